/**
 * The editors' life cycle: created when a document opens (with a saved review's decisions
 * restored), destroyed when it closes, and the toolbar's switches applied to them. The editors
 * live as long as the document; React only mirrors what they hold.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { Text } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { createReviewEditors, type ReviewEditors, type UndoHistory } from './editors';
import type { ReviewDocument } from './reviewDocument';
import { restoreReview, reviewField } from './reviewField';
import { restoredReview } from './reviewSession';

/** What the screen hears from the editors. */
export interface EditorEvents {
  /** The editors exist and hold the document; returns what to do when they close. */
  onOpen(view: ReviewEditors): () => void;
  /** A text or the review's dictionary changed (a re-check and an autosave are due). */
  onContentChange(): void;
  /** The editor added or removed review dictionary words (not a restore). */
  onWordsChange(before: ReadonlySet<string>, after: ReadonlySet<string>): void;
  /** Any update: text, selection or review state. */
  onUpdate(): void;
}

/** Creates the review editors in `host` for `doc`; `editors` holds them while they live. */
export function useEditors(options: {
  editors: RefObject<ReviewEditors | null>;
  host: RefObject<HTMLDivElement | null>;
  doc: ReviewDocument;
  originalUnlocked: boolean;
  foldUnchanged: boolean;
  /** More extensions for each editor, fixed for the screen's life (the bilingual panes' alignment). */
  panes?: { a?: Extension; b?: Extension };
  /** "Corrected text"'s undo history kept from an earlier editor of this review, read when the editors are made. */
  history?: UndoHistory;
  events: EditorEvents;
}): void {
  const { editors, host, doc, originalUnlocked, foldUnchanged, panes } = options;
  const historyOf = useEffectEvent(() => options.history);
  const onOpen = useEffectEvent((view: ReviewEditors) => options.events.onOpen(view));
  const onContentChange = useEffectEvent(() => options.events.onContentChange());
  const onWordsChange = useEffectEvent((before: ReadonlySet<string>, after: ReadonlySet<string>) =>
    options.events.onWordsChange(before, after),
  );
  const onUpdate = useEffectEvent(() => options.events.onUpdate());

  useEffect(() => {
    const parent = host.current!;
    let lastA: Text | null = null;
    let lastB: Text | null = null;
    let lastWords = 0;
    let lastWordSet: ReadonlySet<string> = new Set();
    let restoring = false;
    const view = createReviewEditors({
      parent,
      original: doc.original,
      corrected: doc.corrected,
      ...(panes ? { panes } : {}),
      history: historyOf(),
      onUpdate: () => {
        const current = editors.current;
        if (!current) return;
        const wordSet = current.b.state.field(reviewField).words;
        const words = wordSet.size;
        // "Add to dictionary" also goes into the editor's own dictionary; undoing it takes it out again.
        if (words !== lastWords && !restoring) onWordsChange(lastWordSet, wordSet);
        lastWordSet = wordSet;
        if (current.a.state.doc !== lastA || current.b.state.doc !== lastB || words !== lastWords) {
          lastA = current.a.state.doc;
          lastB = current.b.state.doc;
          lastWords = words;
          onContentChange();
        }
        onUpdate();
      },
    });
    editors.current = view;
    lastA = view.a.state.doc;
    lastB = view.b.state.doc;
    if (doc.session) {
      const session = doc.session;
      restoring = true;
      view.b.dispatch({ effects: restoreReview.of(restoredReview(session, view.b.state)) });
      restoring = false;
      lastWords = session.dictionary.length;
      lastWordSet = view.b.state.field(reviewField).words;
    }
    const close = onOpen(view);
    return () => {
      close();
      view.destroy();
      editors.current = null;
    };
  }, [doc, host, editors, panes]);

  useEffect(() => {
    editors.current?.setOriginalEditable(originalUnlocked);
  }, [editors, originalUnlocked]);

  useEffect(() => {
    editors.current?.setFoldUnchanged(foldUnchanged);
  }, [editors, foldUnchanged]);
}

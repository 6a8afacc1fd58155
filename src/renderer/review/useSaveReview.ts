/** Saving the review (`*.verso.json`): Save to where it was saved before, Save As to a new place. */
import { useCallback, useRef, type RefObject } from 'react';
import type { Text } from '@codemirror/state';
import type { Platform } from '../../shared/ipc';
import { serializeSession, type Session } from '../../shared/session';
import type { ReviewEditors } from './editors';
import type { ReviewDocument } from './reviewDocument';

function baseName(name: string): string {
  return name.replace(/\.verso\.json$/i, '').replace(/\.[^.]+$/, '');
}

/** What the screen does with saves. */
export interface SaveReview {
  /** Saves (asks where on the first save, or always with `saveAs`). */
  saveReview(saveAs?: boolean): Promise<void>;
  /** Records the texts just opened as saved when they come from a saved review. */
  opened(view: ReviewEditors): void;
  /** Whether the editors hold exactly what was last saved. */
  isSaved(view: ReviewEditors): boolean;
}

/** Saves of the review in `editors`. */
export function useSaveReview(options: {
  editors: RefObject<ReviewEditors | null>;
  doc: ReviewDocument;
  platform: Platform;
  buildSession: RefObject<() => Session | null>;
  onSaved: (name: string) => void;
  onError: (message: string) => void;
}): SaveReview {
  const { editors, doc, platform, buildSession, onSaved, onError } = options;
  const reviewPath = useRef<string | undefined>(doc.reviewPath);
  const savedDocs = useRef<{ a: Text; b: Text } | null>(null);

  const saveReview = useCallback(
    async (saveAs = false) => {
      const view = editors.current;
      const session = buildSession.current();
      if (!view || !session) return;
      const docs = { a: view.a.state.doc, b: view.b.state.doc };
      try {
        const result = await platform.saveFile({
          suggestedName: `${baseName(doc.article.name)}.verso.json`,
          mimeType: 'application/json',
          data: new TextEncoder().encode(serializeSession(session)),
          path: saveAs ? undefined : reviewPath.current,
        });
        if (!result) return;
        reviewPath.current = result.path;
        savedDocs.current = docs;
        onSaved(result.name);
      } catch (error) {
        onError(`The review was not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [editors, buildSession, platform, doc, onSaved, onError],
  );

  const opened = useCallback(
    (view: ReviewEditors) => {
      // A recovered review (an autosave) is unsaved work until it is saved again.
      savedDocs.current = doc.session && !doc.autosaveId ? { a: view.a.state.doc, b: view.b.state.doc } : null;
    },
    [doc],
  );

  const isSaved = useCallback((view: ReviewEditors) => {
    const saved = savedDocs.current;
    return saved !== null && saved.a === view.a.state.doc && saved.b === view.b.state.doc;
  }, []);

  return { saveReview, opened, isSaved };
}

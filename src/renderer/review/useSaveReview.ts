/** Saving the review (`*.verso.json`): Save to where it was saved before, Save As to a new place. */
import { useCallback, useRef, type RefObject } from 'react';
import type { Platform } from '../../shared/ipc';
import { serializeSession, type Session } from '../../shared/session';
import type { ReviewEditors } from './editors';
import type { ReviewDocument } from './reviewDocument';
import { reviewField, type ReviewData } from './reviewField';

/** What a save holds: both texts and the review's decisions, words and "Ignore all" entries. */
type Kept = Pick<ReviewData, 'decisions' | 'ignoredAll' | 'words'> & { a: unknown; b: unknown };

function keptOf(view: ReviewEditors): Kept {
  const { decisions, ignoredAll, words } = view.b.state.field(reviewField);
  return { a: view.a.state.doc, b: view.b.state.doc, decisions, ignoredAll, words };
}

function baseName(name: string): string {
  return name.replace(/\.verso\.json$/i, '').replace(/\.[^.]+$/, '');
}

/** What the screen does with saves. */
export interface SaveReview {
  /** Saves (asks where on the first save, or always with `saveAs`); true when it was saved. */
  saveReview(saveAs?: boolean): Promise<boolean>;
  /**
   * Records what was just opened as the state to compare with: an article as opened or a review as
   * it was saved has nothing to lose yet.
   */
  opened(view: ReviewEditors): void;
  /** Whether the editors hold exactly what was last saved or opened (texts and decisions). */
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
  const saved = useRef<Kept | null>(null);

  const saveReview = useCallback(
    async (saveAs = false) => {
      const view = editors.current;
      const session = buildSession.current();
      if (!view || !session) return false;
      const kept = keptOf(view);
      try {
        const result = await platform.saveFile({
          suggestedName: `${baseName(doc.article.name)}.verso.json`,
          mimeType: 'application/json',
          data: new TextEncoder().encode(serializeSession(session)),
          path: saveAs ? undefined : reviewPath.current,
        });
        if (!result) return false;
        reviewPath.current = result.path;
        saved.current = kept;
        onSaved(result.name);
        return true;
      } catch (error) {
        onError(`The review was not saved: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    },
    [editors, buildSession, platform, doc, onSaved, onError],
  );

  const opened = useCallback(
    (view: ReviewEditors) => {
      // A recovered review (an autosave) is unsaved work until it is saved again.
      saved.current = doc.autosaveId ? null : keptOf(view);
    },
    [doc],
  );

  const isSaved = useCallback((view: ReviewEditors) => {
    const last = saved.current;
    const now = keptOf(view);
    return (
      last !== null &&
      last.a === now.a &&
      last.b === now.b &&
      last.decisions === now.decisions &&
      last.ignoredAll === now.ignoredAll &&
      last.words === now.words
    );
  }, []);

  return { saveReview, opened, isSaved };
}

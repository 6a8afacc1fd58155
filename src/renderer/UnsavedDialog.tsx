import { useCallback, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

/** What the editor chose for a review with unsaved changes. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * Asks what to do with unsaved changes before another article replaces the review or the review
 * closes: "Save", "Don't Save" or "Cancel" (Escape and a click outside cancel too).
 */
export function useUnsavedPrompt(): { ask: (articleName: string) => Promise<UnsavedChoice>; dialog: ReactNode } {
  const [pending, setPending] = useState<{ name: string; resolve: (choice: UnsavedChoice) => void } | null>(null);
  const ask = useCallback(
    (name: string) =>
      new Promise<UnsavedChoice>((resolve) => {
        setPending((previous) => {
          // A second question while one is open answers the first with Cancel.
          previous?.resolve('cancel');
          return { name, resolve };
        });
      }),
    [],
  );
  const answer = (choice: UnsavedChoice) => {
    pending?.resolve(choice);
    setPending(null);
  };
  const dialog = pending && (
    <Dialog title="Unsaved changes" onClose={() => answer('cancel')}>
      <p>The review of {pending.name} has changes that are not saved.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => answer('save')}>
          Save
        </button>
        <button type="button" onClick={() => answer('discard')}>
          Don&apos;t Save
        </button>
        <button type="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
  return { ask, dialog };
}

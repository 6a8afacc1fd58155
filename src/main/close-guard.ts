/**
 * Closing the window with unsaved changes asks first. The choice is deliberately two-way, Cancel
 * or Close Without Saving: a "Save" button would have to ask the renderer to save, wait for a save
 * dialog the editor may cancel, and then guess whether to close. Cancel keeps the window so the
 * editor can save with Ctrl+S; the autosave still holds their work either way until a clean close.
 * Plain logic over small interfaces, so tests drive it without Electron.
 */

/** The question shown (Electron's `MessageBoxOptions`); button 0, Cancel, is the default. */
export const CLOSE_PROMPT = {
  type: 'warning' as const,
  buttons: ['Cancel', 'Close Without Saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Unsaved changes',
  message: 'This review has changes you have not saved.',
  detail: 'Cancel, then save with File ▸ Save Review (Ctrl+S) to keep them; closing without saving loses them.',
};
/** The index of "Close Without Saving" in {@link CLOSE_PROMPT}'s buttons. */
export const CLOSE_WITHOUT_SAVING = 1;

/** What the guard needs from the window and the app. */
export interface CloseGuardDeps {
  /** Whether the renderer last reported unsaved changes. */
  isDirty(): boolean;
  /** Shows {@link CLOSE_PROMPT}; resolves to the index of the button pressed. */
  ask(): Promise<number>;
  /** Work to finish before the window goes (remember its bounds, drop this run's autosaves). Errors are ignored. */
  beforeClose(): Promise<void>;
  /** Closes the window for real (its `close` event fires again and is let through). */
  close(): void;
}

/** A `close` event that can be cancelled. */
export interface CancellableEvent {
  preventDefault(): void;
}

/**
 * Returns the window's `close` listener. The first `close` is always held back so the async work
 * (the question, saving the window's bounds) can finish; the guard then closes the window itself.
 * A second `close` while the question is showing is ignored.
 */
export function createCloseGuard(deps: CloseGuardDeps): (event: CancellableEvent) => void {
  let state: 'open' | 'deciding' | 'closing' = 'open';
  return (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'deciding') return;
    state = 'deciding';
    void (async () => {
      if (deps.isDirty() && (await deps.ask().catch(() => 0)) !== CLOSE_WITHOUT_SAVING) {
        state = 'open';
        return;
      }
      await deps.beforeClose().catch(() => undefined);
      state = 'closing';
      deps.close();
    })();
  };
}

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

/** A `close` or `will-prevent-unload` event that can be cancelled. */
export interface CancellableEvent {
  preventDefault(): void;
}

/** The two listeners {@link createCloseGuard} returns. */
export interface CloseGuard {
  /** The window's `close` listener. */
  onClose(event: CancellableEvent): void;
  /**
   * The web contents' `will-prevent-unload` listener. The page cancels `beforeunload` while the
   * review is dirty (the browser build's only guard), and since Chromium 119 Electron then drops
   * the close silently: a window the editor chose to close without saving would stay open. So
   * when the guard has decided to close, `preventDefault()` here lets the page unload (Electron:
   * "calling event.preventDefault() will ignore the beforeunload event handler and allow the page
   * to be unloaded"). When the guard closed believing the review clean (the page's last dirty
   * report had not arrived) the page knows better: the editor is asked, as for a dirty review.
   * Any other unload the page cancels (not a close of ours) stays cancelled.
   */
  onWillPreventUnload(event: CancellableEvent): void;
}

/**
 * Returns the window's close listeners. The first `close` is always held back so the async work
 * (the question, saving the window's bounds) can finish; the guard then closes the window itself.
 * A second `close` while the question is showing is ignored.
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  // open: nothing under way; deciding: asking or finishing up; closing: the guard's own close is
  // under way (`confirmed`: the editor said Close Without Saving, or the review was clean and the
  // page agrees).
  let state: 'open' | 'deciding' | 'closing' = 'open';
  let asked = false;
  const decide = (dirty: boolean) => {
    state = 'deciding';
    void (async () => {
      asked = dirty;
      if (dirty && (await deps.ask().catch(() => 0)) !== CLOSE_WITHOUT_SAVING) {
        state = 'open';
        return;
      }
      await deps.beforeClose().catch(() => undefined);
      state = 'closing';
      deps.close();
    })();
  };
  return {
    onClose(event) {
      if (state === 'closing') return;
      event.preventDefault();
      if (state === 'deciding') return;
      decide(deps.isDirty());
    },
    onWillPreventUnload(event) {
      if (state !== 'closing') return;
      if (asked) {
        event.preventDefault();
        return;
      }
      // Closed as clean, but the page holds unsaved changes: ask, then close again.
      decide(true);
    },
  };
}

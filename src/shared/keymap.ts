/**
 * The keyboard map: one table that the native menu (its accelerators), the page's key handler, the
 * help overlay and README's "Keyboard" table all read. Keys are written as the editor reads them,
 * Ctrl standing for Cmd on a Mac.
 */

/** What a key does. Those that are also menu commands carry the menu command's name. */
export type ShortcutCommand =
  | 'next-issue'
  | 'previous-issue'
  | 'next-change'
  | 'previous-change'
  | 'apply-suggestion'
  | 'revert-change'
  | 'undo'
  | 'redo'
  | 'save-review'
  | 'save-review-as'
  | 'open-article'
  | 'find'
  | 'shortcuts'
  | 'next-article'
  | 'previous-article'
  | 'mark-done'
  | 'close';

/** One key and what it does. */
export interface KeyBinding {
  /** "F8", "Shift+F8", "Alt+Down", "Ctrl+Shift+S", "?" (modifiers in the order Ctrl, Shift, Alt). */
  keys: string;
  command: ShortcutCommand;
  /**
   * Who acts on the key. `page` (the default): the review page's key handler, wherever the focus
   * is; a native menu item only shows the key. `shell`: the native menu in the desktop app (its
   * accelerator is registered), the page in the browser. `dialog`: the open dialog or menu.
   * `app`: the app around the review (the batch of articles), wherever the focus is.
   */
  owner?: 'page' | 'shell' | 'dialog' | 'app';
  /**
   * Where the page leaves the key alone: `editor` inside an editor (CodeMirror's own undo history
   * and search panel), `text` in any text entry (a typed "?").
   */
  yieldTo?: 'editor' | 'text';
}

/** One row of the help overlay and of README's table: keys that do one thing or a pair of things. */
export interface ShortcutRow {
  /** What the keys do, as the help overlay and README say it. */
  what: string;
  bindings: readonly KeyBinding[];
}

/** The keyboard map. */
export const KEY_MAP: readonly ShortcutRow[] = [
  {
    what: 'Next / previous issue (selects its text)',
    bindings: [
      { keys: 'F8', command: 'next-issue' },
      { keys: 'Shift+F8', command: 'previous-issue' },
    ],
  },
  {
    what: 'Next / previous change',
    bindings: [
      { keys: 'Alt+Down', command: 'next-change' },
      { keys: 'Alt+Up', command: 'previous-change' },
    ],
  },
  {
    what: 'Apply the first suggestion of the issue at the cursor',
    bindings: [{ keys: 'Ctrl+Enter', command: 'apply-suggestion' }],
  },
  {
    what: 'Revert the change at the cursor ("Revert change"; ↶ beside a paragraph reverts it whole)',
    bindings: [{ keys: 'Alt+Backspace', command: 'revert-change' }],
  },
  {
    what: 'Undo / redo: typing, suggestions, reverts and ignore decisions',
    bindings: [
      { keys: 'Ctrl+Z', command: 'undo', yieldTo: 'editor' },
      { keys: 'Ctrl+Shift+Z', command: 'redo', yieldTo: 'editor' },
      { keys: 'Ctrl+Y', command: 'redo', yieldTo: 'editor' },
    ],
  },
  {
    what: 'Save review / save review as',
    bindings: [
      { keys: 'Ctrl+S', command: 'save-review' },
      { keys: 'Ctrl+Shift+S', command: 'save-review-as' },
    ],
  },
  {
    what: 'Open another article (asks first when the review has unsaved changes)',
    bindings: [{ keys: 'Ctrl+O', command: 'open-article', owner: 'shell' }],
  },
  {
    what: 'Next / previous article (a batch of articles)',
    bindings: [
      { keys: 'Ctrl+PageDown', command: 'next-article', owner: 'app' },
      { keys: 'Ctrl+PageUp', command: 'previous-article', owner: 'app' },
    ],
  },
  {
    what: 'Mark the article done and go to the next one not done',
    bindings: [{ keys: 'Ctrl+Shift+Enter', command: 'mark-done', owner: 'app' }],
  },
  {
    what: 'Find and replace in the corrected text',
    bindings: [{ keys: 'Ctrl+F', command: 'find', yieldTo: 'editor' }],
  },
  {
    what: 'Keyboard shortcuts (this list)',
    bindings: [
      { keys: 'F1', command: 'shortcuts' },
      { keys: '?', command: 'shortcuts', yieldTo: 'text' },
    ],
  },
  {
    what: 'Close a menu or dialog',
    bindings: [{ keys: 'Escape', command: 'close', owner: 'dialog' }],
  },
];

/** A row's keys as the help overlay and README show them: "F8 / Shift+F8". */
export function rowKeys(row: ShortcutRow): string {
  return row.bindings.map((binding) => binding.keys).join(' / ');
}

/** Every binding of the map, in table order. */
export function allBindings(): KeyBinding[] {
  return KEY_MAP.flatMap((row) => row.bindings);
}

/** Electron's accelerator for `keys` ("Ctrl+Shift+S" → "CmdOrCtrl+Shift+S"). */
export function toAccelerator(keys: string): string {
  return keys.replace(/^Ctrl\+/, 'CmdOrCtrl+');
}

/** The accelerator a menu item for `command` shows: its first key in the map, if any. */
export function acceleratorFor(command: string): string | undefined {
  const binding = allBindings().find((b) => b.command === command);
  return binding ? toAccelerator(binding.keys) : undefined;
}

/** The parts of a keyboard event the map reads (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const KEY_NAMES: Record<string, string> = { Down: 'ArrowDown', Up: 'ArrowUp' };

/** Whether `press` is `keys` (Ctrl or Cmd for Ctrl; a typed "?" whatever Shift it took). */
export function matchesKeys(keys: string, press: KeyPress): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!;
  if ((press.ctrlKey || press.metaKey) !== parts.includes('Ctrl') || press.altKey !== parts.includes('Alt')) return false;
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return press.key === key;
  if (press.shiftKey !== parts.includes('Shift')) return false;
  const name = KEY_NAMES[key] ?? key;
  return name.length === 1 ? press.key.toLowerCase() === name.toLowerCase() : press.key === name;
}

/** The binding `press` is, if any. */
export function bindingFor(press: KeyPress): KeyBinding | undefined {
  return allBindings().find((binding) => matchesKeys(binding.keys, press));
}

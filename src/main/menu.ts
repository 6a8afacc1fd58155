/**
 * The native application menu as a plain template: `buildMenuTemplate` returns Electron's
 * `MenuItemConstructorOptions[]` from the app's state and a set of actions, so tests read and click
 * it without Electron (`Menu.buildFromTemplate` happens in index.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_KINDS, type ExportKind } from '../core/formats/export';
import type { MenuCommand, Settings } from '../shared/ipc';
import { acceleratorFor, allBindings, toAccelerator } from '../shared/keymap';

/** What the menu shows. */
export interface MenuState {
  /** `process.platform`: macOS gets the app menu and keeps Quit there. */
  platform: NodeJS.Platform;
  /** Recently opened files, most recent first (from the settings store). */
  recentFiles: readonly string[];
  /** The current theme, checked in View ▸ Theme. */
  theme: Settings['theme'];
}

/** What the menu does. */
export interface MenuActions {
  /** File ▸ Open…: a dialog, then the file goes to the renderer. */
  open(): void;
  /** File ▸ Open Recent ▸ a file. */
  openRecent(path: string): void;
  /** File ▸ Open Recent ▸ Clear Recent. */
  clearRecent(): void;
  /** A command for the review, sent to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** View ▸ Theme ▸ a theme. */
  setTheme(theme: Settings['theme']): void;
}

/**
 * Shortcuts the renderer handles itself (the page-owned keys of ../shared/keymap.ts, and CodeMirror's
 * Ctrl+F search). The menu shows them but must not register them: a registered menu accelerator
 * takes the key before the page sees it, so F8 would never reach the review screen's key handler
 * and Ctrl+Z would bypass the editor's own undo history. `registerAccelerator: false` keeps the key
 * for the page; on macOS, where that option is ignored, the menu only fires for keys the page left
 * unhandled (the page calls preventDefault on the ones it uses).
 */
export const RENDERER_ACCELERATORS: readonly string[] = allBindings()
  .filter((binding) => (binding.owner ?? 'page') === 'page')
  .map((binding) => toAccelerator(binding.keys));

/**
 * A menu item that sends `cmd` and shows its key from the keyboard map without stealing it from
 * the page.
 */
function command(label: string, cmd: MenuCommand, actions: MenuActions): MenuItemConstructorOptions {
  const accelerator = acceleratorFor(cmd);
  return {
    id: cmd,
    label,
    click: () => actions.send(cmd),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  };
}

/** The application menu: File, Edit, Review, View, Help (and the app menu on macOS). */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  // On Windows and Linux "&" marks a mnemonic; a path such as "R&D/notes.txt" must show as typed.
  const escape = (label: string) => (mac ? label : label.replaceAll('&', '&&'));

  const recent: MenuItemConstructorOptions[] = state.recentFiles.map((path, i) => ({
    id: `recent:${i}`,
    label: escape(path),
    click: () => actions.openRecent(path),
  }));
  // DESIGN.md's seven exports; "Corrected XLIFF (.xlf)" is only for a review opened from XLIFF, which
  // the review screen's own Export menu knows and this menu does not.
  const exports: MenuItemConstructorOptions[] = (Object.keys(EXPORT_KINDS) as ExportKind[])
    .filter((kind) => kind !== 'Corrected XLIFF (.xlf)')
    .map((kind) => command(kind, `export:${kind}`, actions));

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      // The menu owns this key in the desktop app (a dialog in main); the page handles it in the browser.
      { id: 'open', label: 'Open…', accelerator: acceleratorFor('open-article'), click: () => actions.open() },
      {
        id: 'open-recent',
        label: 'Open Recent',
        submenu: [
          ...recent,
          ...(recent.length > 0 ? [{ type: 'separator' as const }] : []),
          { id: 'clear-recent', label: 'Clear Recent', enabled: recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      { type: 'separator' },
      command('Save Review', 'save-review', actions),
      command('Save Review As…', 'save-review-as', actions),
      { id: 'export', label: 'Export', submenu: exports },
      { type: 'separator' },
      command('Close Review', 'close-review', actions),
      ...(mac ? [] : [{ type: 'separator' as const }, { id: 'quit', label: 'Quit', role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      command('Undo', 'undo', actions),
      command('Redo', 'redo', actions),
      { type: 'separator' },
      // Roles: the system's own cut/copy/paste in whatever has focus (on macOS, without these
      // menu roles Cmd+C does nothing at all in a text field).
      { id: 'cut', label: 'Cut', role: 'cut' },
      { id: 'copy', label: 'Copy', role: 'copy' },
      { id: 'paste', label: 'Paste', role: 'paste' },
      { id: 'select-all', label: 'Select All', role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', actions),
      { type: 'separator' },
      // Not in the renderer's keyboard map, so the menu owns this key.
      { id: 'settings', label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.send('settings') },
    ],
  };

  const review: MenuItemConstructorOptions = {
    label: mac ? 'Review' : '&Review',
    submenu: [
      command('Next Issue', 'next-issue', actions),
      command('Previous Issue', 'previous-issue', actions),
      { type: 'separator' },
      command('Next Change', 'next-change', actions),
      command('Previous Change', 'previous-change', actions),
    ],
  };

  const themes: [Settings['theme'], string][] = [
    ['system', 'System'],
    ['light', 'Light'],
    ['dark', 'Dark'],
  ];
  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      {
        id: 'theme',
        label: 'Theme',
        submenu: themes.map(([theme, label]) => ({
          id: `theme:${theme}`,
          label,
          type: 'radio' as const,
          checked: state.theme === theme,
          click: () => actions.setTheme(theme),
        })),
      },
      { type: 'separator' },
      { id: 'zoom-in', label: 'Zoom In', role: 'zoomIn' },
      { id: 'zoom-out', label: 'Zoom Out', role: 'zoomOut' },
      { id: 'reset-zoom', label: 'Actual Size', role: 'resetZoom' },
      { type: 'separator' },
      command('Toggle Issues Panel', 'toggle-issues', actions),
      { id: 'toggle-full-screen', label: 'Toggle Full Screen', role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      command('Keyboard Shortcuts', 'shortcuts', actions),
      ...(mac ? [] : [{ type: 'separator' as const }, { id: 'about', label: 'About Verso', role: 'about' as const }]),
    ],
  };

  const template = [file, edit, review, view, help];
  // macOS puts About, Hide and Quit in a menu named after the app.
  return mac ? [{ label: 'Verso', submenu: appMenu() }, ...template] : template;
}

function appMenu(): MenuItemConstructorOptions[] {
  return [
    { id: 'about', label: 'About Verso', role: 'about' },
    { type: 'separator' },
    { role: 'services' },
    { type: 'separator' },
    { role: 'hide' },
    { role: 'hideOthers' },
    { role: 'unhide' },
    { type: 'separator' },
    { id: 'quit', label: 'Quit Verso', role: 'quit' },
  ];
}

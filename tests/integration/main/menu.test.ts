import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, RENDERER_ACCELERATORS, type MenuActions, type MenuState } from '../../../src/main/menu';
import { EXPORT_KINDS } from '../../../src/core/formats';

const DESIGN = '../shared/DESIGN.md';
if (!existsSync(DESIGN)) console.log('menu.test: the two DESIGN.md comparisons are skipped: ../shared/DESIGN.md is not beside the project');

function actions() {
  return {
    open: vi.fn<MenuActions['open']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    send: vi.fn<MenuActions['send']>(),
    setTheme: vi.fn<MenuActions['setTheme']>(),
  };
}

function state(overrides: Partial<MenuState> = {}): MenuState {
  return { platform: 'linux', recentFiles: [], theme: 'system', ...overrides };
}

/** Every item in the template, depth first, with its path of labels. */
function items(template: MenuItemConstructorOptions[], path: string[] = []): { path: string[]; item: MenuItemConstructorOptions }[] {
  return template.flatMap((item) => {
    const here = [...path, (item.label ?? '').replace(/^&/, '')];
    const sub = Array.isArray(item.submenu) ? items(item.submenu, here) : [];
    return [{ path: here, item }, ...sub];
  });
}

function find(template: MenuItemConstructorOptions[], ...path: string[]): MenuItemConstructorOptions {
  const found = items(template).find((entry) => entry.path.join(' > ') === path.join(' > '));
  if (!found) throw new Error(`no menu item ${path.join(' > ')}`);
  return found.item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has File, Edit, Review, View and Help with the items the issue lists', () => {
    const template = buildMenuTemplate(state(), actions());
    expect(template.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'Review', 'View', 'Help']);
    for (const path of [
      ['File', 'Open…'],
      ['File', 'Open Recent', 'Clear Recent'],
      ['File', 'Save Review'],
      ['File', 'Save Review As…'],
      ['File', 'Export'],
      ['File', 'Close Review'],
      ['File', 'Quit'],
      ['Edit', 'Undo'],
      ['Edit', 'Redo'],
      ['Edit', 'Cut'],
      ['Edit', 'Copy'],
      ['Edit', 'Paste'],
      ['Edit', 'Select All'],
      ['Edit', 'Find…'],
      ['Review', 'Next Issue'],
      ['Review', 'Previous Issue'],
      ['Review', 'Next Change'],
      ['Review', 'Previous Change'],
      ['View', 'Theme', 'System'],
      ['View', 'Theme', 'Light'],
      ['View', 'Theme', 'Dark'],
      ['View', 'Zoom In'],
      ['View', 'Zoom Out'],
      ['View', 'Actual Size'],
      ['View', 'Toggle Issues Panel'],
      ['View', 'Toggle Full Screen'],
      ['Help', 'Keyboard Shortcuts'],
      ['Help', 'About Verso'],
    ]) {
      expect(() => find(template, ...path)).not.toThrow();
    }
  });

  it('offers every export by the exact names of the contract, each sending its export command', () => {
    const act = actions();
    const template = buildMenuTemplate(state(), act);
    const exportMenu = find(template, 'File', 'Export').submenu as MenuItemConstructorOptions[];
    const names = exportMenu.map((item) => item.label);
    // Every kind but the XLIFF export, which only the review screen offers (for a review opened from XLIFF).
    expect(names).toEqual(Object.keys(EXPORT_KINDS).filter((kind) => kind !== 'Corrected XLIFF (.xlf)'));
    for (const item of exportMenu) click(item);
    expect(act.send.mock.calls.map((c) => c[0])).toEqual(names.map((n) => `export:${n}`));
  });

  it.runIf(existsSync(DESIGN))('names the exports exactly as DESIGN.md does', () => {
    const design = readFileSync(DESIGN, 'utf8').replace(/\s+/g, ' ');
    const sentence = /menu items are named (.*?)\. The native Electron menu offers the same/.exec(design)?.[1] ?? '';
    const designNames = [...sentence.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(designNames.length).toBe(7);
    const exportMenu = find(buildMenuTemplate(state(), actions()), 'File', 'Export').submenu as MenuItemConstructorOptions[];
    expect(exportMenu.map((item) => item.label)).toEqual(designNames);
  });

  it('shows the keyboard map of DESIGN.md on the menu items, without registering the keys the page handles', () => {
    const template = buildMenuTemplate(state(), actions());
    const expected: [string[], string][] = [
      [['Review', 'Next Issue'], 'F8'],
      [['Review', 'Previous Issue'], 'Shift+F8'],
      [['Review', 'Next Change'], 'Alt+Down'],
      [['Review', 'Previous Change'], 'Alt+Up'],
      [['Edit', 'Undo'], 'CmdOrCtrl+Z'],
      [['Edit', 'Redo'], 'CmdOrCtrl+Shift+Z'],
      [['File', 'Save Review'], 'CmdOrCtrl+S'],
      [['File', 'Save Review As…'], 'CmdOrCtrl+Shift+S'],
      [['Edit', 'Find…'], 'CmdOrCtrl+F'],
      [['Help', 'Keyboard Shortcuts'], 'F1'],
    ];
    for (const [path, accelerator] of expected) {
      const item = find(template, ...path);
      expect(item.accelerator, path.join(' > ')).toBe(accelerator);
      // The renderer's own key handler must see these keys (see RENDERER_ACCELERATORS).
      expect(item.registerAccelerator, path.join(' > ')).toBe(false);
    }
    // Every accelerator that is not registered is one the page handles, and every registered one
    // is a key the page leaves to the menu.
    const shown = items(template).filter(({ item }) => item.accelerator);
    for (const { item } of shown) {
      expect(RENDERER_ACCELERATORS.includes(String(item.accelerator)), String(item.accelerator)).toBe(item.registerAccelerator === false);
    }
    expect(find(template, 'File', 'Open…').accelerator).toBe('CmdOrCtrl+O');
  });

  it.runIf(existsSync(DESIGN))('covers every key of the DESIGN.md keyboard map that has a menu command', () => {
    const design = readFileSync(DESIGN, 'utf8').replace(/\s+/g, ' ');
    const line = /- Keyboard: (.*?\.)(?: |$)/.exec(design)?.[1] ?? '';
    const keys = [...line.matchAll(/((?:Ctrl\+|Shift\+|Alt\+)*(?:F\d+|Down|Up|Enter|[A-Z]))\b/g)].map((m) => m[1].replace(/^Ctrl\+/, 'CmdOrCtrl+'));
    expect(keys).toContain('F8');
    const accelerators = items(buildMenuTemplate(state(), actions())).map(({ item }) => item.accelerator);
    // Ctrl+Enter (apply the first suggestion at the cursor) acts on the issue under the cursor;
    // it has no menu command in the MenuCommand contract, so only the page handles it.
    for (const key of keys.filter((k) => k !== 'CmdOrCtrl+Enter')) expect(accelerators, key).toContain(key);
  });

  it('sends review commands to the renderer and opens files itself', () => {
    const act = actions();
    const template = buildMenuTemplate(state({ recentFiles: ['/news/a.txt', '/news/R&D.txt'] }), act);
    click(find(template, 'File', 'Save Review'));
    click(find(template, 'Review', 'Next Issue'));
    click(find(template, 'View', 'Toggle Issues Panel'));
    click(find(template, 'Help', 'Keyboard Shortcuts'));
    expect(act.send.mock.calls.map((c) => c[0])).toEqual(['save-review', 'next-issue', 'toggle-issues', 'shortcuts']);
    click(find(template, 'File', 'Open…'));
    expect(act.open).toHaveBeenCalledOnce();
    const recent = find(template, 'File', 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['/news/a.txt', '/news/R&&D.txt', undefined, 'Clear Recent']);
    click(recent[1]);
    expect(act.openRecent).toHaveBeenCalledWith('/news/R&D.txt');
    click(find(template, 'File', 'Open Recent', 'Clear Recent'));
    expect(act.clearRecent).toHaveBeenCalledOnce();
  });

  it('disables Clear Recent when there is nothing to clear, and checks the current theme', () => {
    const act = actions();
    const template = buildMenuTemplate(state({ theme: 'dark' }), act);
    expect(find(template, 'File', 'Open Recent', 'Clear Recent').enabled).toBe(false);
    expect(find(template, 'View', 'Theme', 'Dark').checked).toBe(true);
    expect(find(template, 'View', 'Theme', 'System').checked).toBe(false);
    click(find(template, 'View', 'Theme', 'Light'));
    expect(act.setTheme).toHaveBeenCalledWith('light');
  });

  it('uses roles for the system actions so they work in whatever has focus', () => {
    const template = buildMenuTemplate(state(), actions());
    expect(find(template, 'Edit', 'Copy').role).toBe('copy');
    expect(find(template, 'View', 'Zoom In').role).toBe('zoomIn');
    expect(find(template, 'View', 'Toggle Full Screen').role).toBe('togglefullscreen');
    expect(find(template, 'File', 'Quit').role).toBe('quit');
  });

  it('on macOS puts About and Quit in the app menu and keeps paths as typed', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin', recentFiles: ['/R&D.txt'] }), actions());
    expect(template.map((m) => m.label)).toEqual(['Verso', 'File', 'Edit', 'Review', 'View', 'Help']);
    expect(find(template, 'Verso', 'Quit Verso').role).toBe('quit');
    expect(find(template, 'Verso', 'About Verso').role).toBe('about');
    expect(() => find(template, 'File', 'Quit')).toThrow();
    expect(find(template, 'File', 'Open Recent', '/R&D.txt')).toBeTruthy();
  });
});

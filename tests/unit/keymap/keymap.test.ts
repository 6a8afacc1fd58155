// The keyboard map is one table: README's "Keyboard" table, DESIGN.md's keys and the key matcher
// are checked against it here; the menu's accelerators in tests/integration/main/menu.test.ts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { allBindings, bindingFor, KEY_MAP, matchesKeys, rowKeys, toAccelerator, type KeyPress } from '../../../src/shared/keymap';

const DESIGN = '../shared/DESIGN.md';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

/** The rows of README's table under "### Keyboard", as [keys, what]. */
function readmeRows(): [string, string][] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Keyboard'));
  const table = section.slice(section.indexOf('| keys | what |'));
  const lines = table.split('\n');
  const rows: [string, string][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, ''));
    rows.push([cells[0], cells.slice(1).join(' | ')]);
  }
  return rows;
}

describe('keyboard map', () => {
  it("is README's keyboard table, row for row", () => {
    expect(readmeRows()).toEqual(KEY_MAP.map((row) => [rowKeys(row), row.what]));
  });

  it.runIf(existsSync(DESIGN))("holds every key of DESIGN.md's keyboard line", () => {
    const design = readFileSync(DESIGN, 'utf8').replace(/\s+/g, ' ');
    const line = /- Keyboard: (.*?\.)(?: |$)/.exec(design)?.[1] ?? '';
    const keys = [...line.matchAll(/((?:Ctrl\+|Shift\+|Alt\+)*(?:F\d+|Down|Up|Enter|[A-Z]))\b/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    const mapped = allBindings().map((binding) => binding.keys);
    for (const key of keys) expect(mapped, key).toContain(key);
  });

  it('gives each key one meaning', () => {
    const keys = allBindings().map((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches keys with exactly their modifiers, Cmd standing for Ctrl', () => {
    expect(bindingFor(press('F8'))?.command).toBe('next-issue');
    expect(bindingFor(press('F8', { shiftKey: true }))?.command).toBe('previous-issue');
    expect(bindingFor(press('F8', { ctrlKey: true }))).toBeUndefined();
    expect(bindingFor(press('ArrowDown', { altKey: true }))?.command).toBe('next-change');
    expect(bindingFor(press('ArrowUp', { altKey: true }))?.command).toBe('previous-change');
    expect(bindingFor(press('ArrowDown'))).toBeUndefined();
    expect(bindingFor(press('s', { ctrlKey: true }))?.command).toBe('save-review');
    expect(bindingFor(press('s', { metaKey: true }))?.command).toBe('save-review');
    expect(bindingFor(press('S', { ctrlKey: true, shiftKey: true }))?.command).toBe('save-review-as');
    expect(bindingFor(press('Z', { ctrlKey: true, shiftKey: true }))?.command).toBe('redo');
    expect(bindingFor(press('z', { ctrlKey: true }))?.command).toBe('undo');
    expect(bindingFor(press('o', { ctrlKey: true }))?.command).toBe('open-article');
    expect(bindingFor(press('Enter', { ctrlKey: true }))?.command).toBe('apply-suggestion');
    expect(bindingFor(press('Enter'))).toBeUndefined();
    expect(bindingFor(press('s'))).toBeUndefined();
  });

  it('matches "?" whatever Shift it took to type it', () => {
    expect(matchesKeys('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matchesKeys('?', press('?'))).toBe(true);
    expect(matchesKeys('?', press('/'))).toBe(false);
    expect(matchesKeys('?', press('?', { ctrlKey: true }))).toBe(false);
  });

  it("writes Electron's accelerators", () => {
    expect(toAccelerator('Ctrl+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Alt+Down')).toBe('Alt+Down');
    expect(toAccelerator('F8')).toBe('F8');
  });
});

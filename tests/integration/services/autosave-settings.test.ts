import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Autosave } from '../../../src/main/services/autosave';
import { MAX_RECENT_FILES, SETTINGS_FILE, SettingsStore } from '../../../src/main/services/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/ipc';
import type { Session } from '../../../src/shared/session';
import { tempFolder } from '../../helpers/cli';

const folder = tempFolder('verso-appdata-');
afterAll(() => folder.remove());

function session(name: string, savedAt: string): Session {
  return {
    format: 'verso-review', version: 1,
    article: { name, format: 'txt', encoding: 'utf-8', bom: false },
    original: 'offencive', corrected: 'offensive', decisions: {}, ignoredWords: [], ignoredRules: [],
    dictionary: [], settings: { dialect: 'auto', rules: {} }, savedAt,
  };
}

describe('Autosave', () => {
  it('lists autosaved reviews most recent first, and forgets discarded ones', async () => {
    const autosave = new Autosave(join(folder.dir, 'autosave-1'));
    expect(await autosave.listRecoverable()).toEqual([]); // folder not created yet
    await autosave.save('older', session('a.txt', '2024-05-01T10:00:00Z'));
    await autosave.save('newer', session('b.txt', '2024-05-02T10:00:00Z'));
    await autosave.save('older', session('a.txt', '2024-05-01T11:00:00Z')); // replaced, not duplicated
    expect((await autosave.listRecoverable()).map((r) => [r.id, r.articleName, r.savedAt])).toEqual([
      ['newer', 'b.txt', '2024-05-02T10:00:00Z'],
      ['older', 'a.txt', '2024-05-01T11:00:00Z'],
    ]);
    await autosave.discard('newer');
    await autosave.discard('newer'); // twice is fine
    expect((await autosave.listRecoverable()).map((r) => r.id)).toEqual(['older']);
  });

  it('skips damaged files without deleting them', async () => {
    const autosave = new Autosave(join(folder.dir, 'autosave-2'));
    await autosave.save('good', session('a.txt', '2024-05-01T10:00:00Z'));
    writeFileSync(join(autosave.folder, 'bad.verso.json'), '{"format": "verso-review", "version": 99}');
    writeFileSync(join(autosave.folder, 'cut.verso.json'), '{"format": "verso-rev');
    expect((await autosave.listRecoverable()).map((r) => r.id)).toEqual(['good']);
    expect(readFileSync(join(autosave.folder, 'cut.verso.json'), 'utf8')).toContain('verso-rev');
  });

  it('refuses ids that could reach outside its folder', async () => {
    const autosave = new Autosave(join(folder.dir, 'autosave-3'));
    await expect(autosave.save('../escape', session('a.txt', '2024-05-01T10:00:00Z'))).rejects.toThrow(/Not a valid autosave id/);
    await expect(autosave.discard('a/b')).rejects.toThrow(/Not a valid autosave id/);
  });
});

describe('SettingsStore', () => {
  const custom: Settings = { theme: 'dark', dialect: 'en-GB', rules: { spelling: 'warning', 'repeated-word': false }, dictionary: ['Saladin'] };

  it('gives the defaults before anything is stored, and what was stored after', async () => {
    const store = new SettingsStore(join(folder.dir, 'settings-1'));
    expect(await store.read()).toEqual(DEFAULT_SETTINGS);
    await store.write(custom);
    expect(await store.read()).toEqual(custom);
    expect(JSON.parse(readFileSync(join(store.folder, SETTINGS_FILE), 'utf8'))).toEqual(custom);
  });

  it('falls back field by field on a damaged file, and to all defaults on broken JSON', async () => {
    const dir = join(folder.dir, 'settings-2');
    mkdirSync(dir);
    const store = new SettingsStore(dir);
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ theme: 'neon', dialect: 'en-US', rules: { x: 'loud' }, dictionary: [1] }));
    expect(await store.read()).toEqual({ ...DEFAULT_SETTINGS, dialect: 'en-US' });
    writeFileSync(join(dir, SETTINGS_FILE), '{"theme": "da');
    expect(await store.read()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses invalid settings, naming the field, and keeps the stored ones', async () => {
    const store = new SettingsStore(join(folder.dir, 'settings-3'));
    await store.write(custom);
    await expect(store.write({ ...custom, theme: 'neon' as Settings['theme'] })).rejects.toThrow('Settings not saved: "theme" must be one of system, light, dark.');
    await expect(store.write({ ...custom, rules: { spelling: 'loud' as 'info' } })).rejects.toThrow(/"rules\.spelling" must be true, false/);
    await expect(store.write({ ...custom, dictionary: [3 as unknown as string] })).rejects.toThrow(/"dictionary" must be a list of words/);
    expect(await store.read()).toEqual(custom);
  });

  it('keeps at most ten recent files, most recent first, each once', async () => {
    const store = new SettingsStore(join(folder.dir, 'settings-4'));
    expect(await store.recentFiles()).toEqual([]);
    for (let i = 1; i <= 12; i++) await store.addRecentFile(join(folder.dir, `a${i}.txt`));
    await store.addRecentFile(join(folder.dir, 'x', '..', 'a5.txt')); // the same file, another spelling
    const list = await store.recentFiles();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list.map((p) => p.slice(folder.dir.length + 1))).toEqual(['a5.txt', 'a12.txt', 'a11.txt', 'a10.txt', 'a9.txt', 'a8.txt', 'a7.txt', 'a6.txt', 'a4.txt', 'a3.txt']);
    expect(await store.removeRecentFile(join(folder.dir, 'a12.txt'))).not.toContain(join(folder.dir, 'a12.txt'));
  });
});

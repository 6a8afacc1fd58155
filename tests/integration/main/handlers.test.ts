import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DesktopHandlers, isAppPage, saveFilters, type DialogPort } from '../../../src/main/handlers';
import { Autosave } from '../../../src/main/services/autosave';
import { SettingsStore } from '../../../src/main/services/settings';
import { MAX_SAVE_BYTES } from '../../../src/main/validate';
import { MAX_ARTICLE_BYTES } from '../../../src/shared/limits';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/ipc';
import { parseSession, serializeSession, type Session } from '../../../src/shared/session';
import { tempFolder } from '../../helpers/cli';

const root = tempFolder('verso-main-');
afterAll(() => root.remove());
const SAMPLE = 'resources/samples/iraq-heroes-operation.txt';

/** A dialog that answers from a script: each call takes the next answer (a path, or null for Cancel). */
function scriptedDialogs(answers: (string | null)[]) {
  const calls: { kind: 'open' | 'save'; defaultPath?: string }[] = [];
  const dialogs: DialogPort = {
    async showOpen() {
      calls.push({ kind: 'open' });
      return answers.shift() ?? null;
    },
    async showOpenMany() {
      calls.push({ kind: 'open' });
      const answer = answers.shift();
      return answer ? answer.split('\n') : [];
    },
    async showFolder() {
      calls.push({ kind: 'open' });
      return answers.shift() ?? null;
    },
    async showSave(options) {
      calls.push({ kind: 'save', defaultPath: options.defaultPath });
      return answers.shift() ?? null;
    },
  };
  return { dialogs, calls, answers };
}

let count = 0;
function setup(answers: (string | null)[] = [], queueFile?: string) {
  const dir = join(root.dir, `case-${++count}`);
  const script = scriptedDialogs(answers);
  const settings = new SettingsStore(join(dir, 'userData'));
  const handlers = new DesktopHandlers({
    settings,
    autosave: new Autosave(join(dir, 'userData', 'autosave')),
    dialogs: script.dialogs,
    samplePath: SAMPLE,
    defaultFolder: join(dir, 'Documents'),
    queueFile: queueFile ?? join(dir, 'userData', 'queue.json'),
  });
  return { dir, handlers, settings, script };
}

function session(name: string, savedAt = '2024-05-01T10:00:00.000Z'): Session {
  return {
    format: 'verso-review',
    version: 1,
    article: { name, format: 'txt', encoding: 'utf-8', bom: false },
    original: 'An offencive remark.',
    corrected: 'An offensive remark.',
    decisions: {},
    ignoredWords: [],
    ignoredRules: [],
    dictionary: [],
    settings: { dialect: 'auto', rules: {} },
    savedAt,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('main handlers on real folders', () => {
  it('opens an article chosen in the dialog, and remembers it in the recent files', async () => {
    const article = root.file('mosul.txt', 'Iraqi forces launched the operation.\n');
    const { handlers, script } = setup([article]);
    const opened = await handlers.openArticle();
    expect(opened?.name).toBe('mosul.txt');
    expect(opened?.path).toBe(article);
    expect(new TextDecoder().decode(opened!.bytes)).toBe('Iraqi forces launched the operation.\n');
    expect(script.calls).toEqual([{ kind: 'open' }]);
    expect(await handlers.recentFiles()).toEqual([article]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    const { handlers } = setup([null]);
    expect(await handlers.openArticle()).toBeNull();
    expect(await handlers.recentFiles()).toEqual([]);
  });

  it('opens the shipped sample without adding it to the recent files', async () => {
    const { handlers } = setup();
    const sample = await handlers.openSample();
    expect(sample.name).toBe('iraq-heroes-operation.txt');
    expect(new TextDecoder().decode(sample.bytes)).toContain('Iraq on Monday launched the third phase');
    expect(await handlers.recentFiles()).toEqual([]);
  });

  it('refuses oversize, empty and unknown files before reading them, naming the file', async () => {
    const { handlers, dir } = setup();
    const big = root.file('huge.txt', new Uint8Array(20 * 1024 * 1024 + 1));
    await expect(handlers.openPath(big)).rejects.toThrow(/huge\.txt is too large/);
    await expect(handlers.openPath(root.file('empty.txt', ''))).rejects.toThrow(/empty\.txt is empty/);
    await expect(handlers.openPath(root.file('photo.png', 'x'))).rejects.toThrow(/photo\.png is not a format/);
    await expect(handlers.openPath(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt does not exist/);
    expect(await handlers.recentFiles()).toEqual([]);
  });

  it('opens a saved review, which may then be saved in place without a dialog', async () => {
    const reviewPath = root.file('mosul.verso.json', serializeSession(session('mosul.txt')));
    const { handlers, script } = setup();
    const opened = await handlers.openPath(reviewPath);
    expect(parseSession(new TextDecoder().decode(opened.bytes), opened.name).corrected).toBe('An offensive remark.');
    const updated = serializeSession({ ...session('mosul.txt'), corrected: 'An offensive remark!' });
    const result = await handlers.saveFile({ suggestedName: 'mosul.verso.json', mimeType: 'application/json', data: bytes(updated), path: reviewPath });
    expect(result).toEqual({ name: 'mosul.verso.json', path: reviewPath });
    expect(readFileSync(reviewPath, 'utf8')).toBe(updated);
    expect(script.calls).toEqual([]);
  });

  it('opens again a review it saved of a 19 MB article whose quotes and line breaks JSON escapes', async () => {
    const line = 'He said "the offensive" would start.\n';
    const article = line.repeat(Math.floor((19 * 1024 * 1024) / line.length));
    const review = serializeSession({ ...session('long.txt'), original: article, corrected: article.replace('offensive', 'offencive') });
    // Larger than the old open limit (41 MB), within what a save accepts.
    expect(review.length).toBeGreaterThan(41 * 1024 * 1024);
    const { handlers, script } = setup();
    const target = join(root.dir, 'long.verso.json');
    script.answers.push(target);
    expect(await handlers.saveFile({ suggestedName: 'long.verso.json', mimeType: 'application/json', data: bytes(review) })).toMatchObject({ path: target });
    const opened = await handlers.openPath(target);
    expect(parseSession(new TextDecoder().decode(opened.bytes), opened.name).original).toBe(article);
    // The autosave of the same review is accepted too.
    await handlers.autosave('long-review', bytes(review));
  });

  it('refuses a .json that is not a review when opening it, and never writes to it', async () => {
    const path = root.file('figures.json', '{"casualties": 12}\n');
    const { handlers } = setup();
    await expect(handlers.openPath(path)).rejects.toThrow(/figures\.json is not a Verso review/);
    const review = serializeSession(session('figures.txt'));
    await expect(handlers.saveFile({ suggestedName: 'figures.json', mimeType: 'application/json', data: bytes(review), path })).rejects.toThrow(/only where you chose/);
    expect(readFileSync(path, 'utf8')).toBe('{"casualties": 12}\n');
    expect(await handlers.recentFiles()).toEqual([]);
  });

  it('writes only a review over a review it opened', async () => {
    const text = serializeSession(session('basra.txt'));
    const path = root.file('basra.verso.json', text);
    const { handlers } = setup();
    await handlers.openPath(path);
    const html = bytes('<!DOCTYPE html><p>report</p>');
    await expect(handlers.saveFile({ suggestedName: 'basra.html', mimeType: 'text/html', data: html, path })).rejects.toThrow(/not a Verso review/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('saves where the editor chose in the dialog, then to the same path without asking again', async () => {
    const { handlers, script, dir } = setup();
    const target = join(root.dir, 'chosen.verso.json');
    script.answers.push(target);
    const first = await handlers.saveFile({ suggestedName: 'mosul.verso.json', mimeType: 'application/json', data: bytes('one') });
    expect(first).toEqual({ name: 'chosen.verso.json', path: target });
    expect(script.calls).toEqual([{ kind: 'save', defaultPath: join(dir, 'Documents', 'mosul.verso.json') }]);
    await handlers.saveFile({ suggestedName: 'mosul.verso.json', mimeType: 'application/json', data: bytes('two'), path: target });
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(script.calls).toHaveLength(1);
    // No temporary file left beside it.
    expect(readdirSync(root.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('starts the save dialog in the folder of the last opened file', async () => {
    const article = root.file('folder-test.txt', 'Text.\n');
    const { handlers, script } = setup([article, null]);
    await handlers.openArticle();
    expect(await handlers.saveFile({ suggestedName: 'folder-test.corrected.txt', mimeType: 'text/plain', data: bytes('x') })).toBeNull();
    expect(script.calls[1].defaultPath).toBe(join(root.dir, 'folder-test.corrected.txt'));
  });

  it('refuses a path main never handed out, and writes nothing', async () => {
    const { handlers, dir } = setup();
    const target = join(dir, 'sneaky.txt');
    await expect(
      handlers.saveFile({ suggestedName: 'a.txt', mimeType: 'text/plain', data: bytes('x'), path: target }),
    ).rejects.toThrow(/only where you chose in a save dialog/);
    await expect(
      handlers.saveFile({ suggestedName: 'a.txt', mimeType: 'text/plain', data: bytes('x'), path: join(dir, 'x', '..', '..', 'etc') }),
    ).rejects.toThrow(/only where you chose/);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes over an opened article, even when it is chosen in the dialog or through a link', async () => {
    const article = root.file('original.txt', 'The original machine translation.\n');
    const link = join(root.dir, 'original-link.txt');
    symlinkSync(article, link);
    const { handlers } = setup([article, article, link]);
    await handlers.openArticle();
    // Opening an article does not make it writable.
    await expect(handlers.saveFile({ suggestedName: 'o.txt', mimeType: 'text/plain', data: bytes('x'), path: article })).rejects.toThrow(
      /only where you chose/,
    );
    await expect(handlers.saveFile({ suggestedName: 'o.txt', mimeType: 'text/plain', data: bytes('x') })).rejects.toThrow(
      /does not write over the article original\.txt/,
    );
    await expect(handlers.saveFile({ suggestedName: 'o.txt', mimeType: 'text/plain', data: bytes('x') })).rejects.toThrow(
      /does not write over the article/,
    );
    expect(readFileSync(article, 'utf8')).toBe('The original machine translation.\n');
  });

  it('refuses malformed save requests: not an object, not bytes, too large, a name with folders', async () => {
    const { handlers } = setup([join(root.dir, 'never.txt')]);
    const ok = { suggestedName: 'a.txt', mimeType: 'text/plain', data: bytes('x') };
    await expect(handlers.saveFile(null)).rejects.toThrow(/must be an object/);
    await expect(handlers.saveFile({ ...ok, data: 'text' })).rejects.toThrow(/must be bytes/);
    await expect(handlers.saveFile({ ...ok, data: [1, 2, 3] })).rejects.toThrow(/must be bytes/);
    await expect(handlers.saveFile({ ...ok, data: new Uint8Array(MAX_SAVE_BYTES + 1) })).rejects.toThrow(/too large/);
    await expect(handlers.saveFile({ ...ok, suggestedName: '../../etc/passwd' })).rejects.toThrow(/cannot contain folders/);
    await expect(handlers.saveFile({ ...ok, suggestedName: '' })).rejects.toThrow(/1 to 255/);
    await expect(handlers.saveFile({ ...ok, path: 42 })).rejects.toThrow(/Bad path/);
    expect(existsSync(join(root.dir, 'never.txt'))).toBe(false);
  });

  it('round-trips settings, and refuses invalid ones without touching what is stored', async () => {
    const { handlers } = setup();
    expect(await handlers.readSettings()).toEqual(DEFAULT_SETTINGS);
    const custom: Settings = { theme: 'dark', dialect: 'en-GB', rules: { spelling: 'warning', 'repeated-word': false }, dictionary: ['Saladin'] };
    await handlers.writeSettings(custom);
    expect(await handlers.readSettings()).toEqual(custom);
    await expect(handlers.writeSettings({ ...custom, theme: 'neon' })).rejects.toThrow(/Unknown theme/);
    await expect(handlers.writeSettings({ ...custom, rules: { spelling: 'loud' } })).rejects.toThrow(/Bad setting for rule/);
    await expect(handlers.writeSettings({ ...custom, dictionary: [42] })).rejects.toThrow(/Bad dictionary word/);
    await expect(handlers.writeSettings('dark')).rejects.toThrow(/must be an object/);
    expect(await handlers.readSettings()).toEqual(custom);
  });

  it('keeps recent files most recent first, drops one that can no longer be opened, and clears them', async () => {
    const a = root.file('recent-a.txt', 'A.\n');
    const b = root.file('recent-b.txt', 'B.\n');
    const { handlers, settings, dir } = setup();
    await handlers.openPath(a);
    await handlers.openPath(b);
    await handlers.openPath(a);
    expect(await handlers.recentFiles()).toEqual([a, b]);
    const gone = join(dir, 'gone.txt');
    await settings.addRecentFile(gone);
    expect(await handlers.recentFiles()).toEqual([gone, a, b]);
    await expect(handlers.openRecent(gone)).rejects.toThrow(/does not exist/);
    expect(await handlers.recentFiles()).toEqual([a, b]);
    await handlers.clearRecentFiles();
    expect(await handlers.recentFiles()).toEqual([]);
  });

  it('autosaves a review, lists it for recovery as review bytes, and discards it', async () => {
    const { handlers, dir } = setup();
    const data = bytes(serializeSession(session('mosul.txt', '2024-05-02T10:00:00.000Z')));
    await handlers.autosave('review-1', data);
    expect(readdirSync(join(dir, 'userData', 'autosave'))).toEqual(['review-1.verso.json']);

    // A later run (a fresh set of handlers over the same folder) finds it.
    const next = new DesktopHandlers({
      settings: new SettingsStore(join(dir, 'userData')),
      autosave: new Autosave(join(dir, 'userData', 'autosave')),
      dialogs: scriptedDialogs([]).dialogs,
      samplePath: SAMPLE,
      defaultFolder: dir,
      queueFile: join(dir, 'userData', 'queue.json'),
    });
    const found = await next.listRecoverable();
    expect(found.map((r) => [r.id, r.articleName, r.savedAt])).toEqual([['review-1', 'mosul.txt', '2024-05-02T10:00:00.000Z']]);
    expect(found[0].data).toBeInstanceOf(Uint8Array);
    expect(parseSession(new TextDecoder().decode(found[0].data), 'x').corrected).toBe('An offensive remark.');
    // The run that wrote it does not offer its own open review back.
    expect(await handlers.listRecoverable()).toEqual([]);

    await next.discardAutosave('review-1');
    expect(await next.listRecoverable()).toEqual([]);
  });

  it('discards the autosaves of this run on a clean close, and leaves others for recovery', async () => {
    const { handlers, dir } = setup();
    const other = new Autosave(join(dir, 'userData', 'autosave'));
    await other.save('from-a-crash', session('crash.txt'));
    await handlers.autosave('mine', bytes(serializeSession(session('mine.txt'))));
    await handlers.discardOwnAutosaves();
    expect(readdirSync(join(dir, 'userData', 'autosave'))).toEqual(['from-a-crash.verso.json']);
  });

  it('refuses bad autosave ids and data', async () => {
    const { handlers, dir } = setup();
    const data = bytes(serializeSession(session('a.txt')));
    for (const id of ['../escape', 'a/b', '', 'x'.repeat(65), 'dot.dot', 42, null]) {
      await expect(handlers.autosave(id, data), String(id)).rejects.toThrow(/autosave id/);
      await expect(handlers.discardAutosave(id), String(id)).rejects.toThrow(/autosave id/);
    }
    await expect(handlers.autosave('ok', 'text')).rejects.toThrow(/Expected bytes/);
    await expect(handlers.autosave('ok', new Uint8Array(MAX_SAVE_BYTES + 1))).rejects.toThrow(/too large/);
    await expect(handlers.autosave('ok', new Uint8Array([0xff, 0xfe, 0x00]))).rejects.toThrow(/UTF-8/);
    await expect(handlers.autosave('ok', bytes('{"format": "something else"}'))).rejects.toThrow(/not a Verso review/);
    expect(existsSync(join(dir, 'userData', 'autosave'))).toBe(false);
  });
});

describe('who may call main', () => {
  const page = 'file:///opt/Verso/resources/app.asar/out/renderer/index.html';
  it('answers only the app page itself', () => {
    expect(isAppPage(page, page)).toBe(true);
    expect(isAppPage(`${page}#/review`, page)).toBe(true);
    expect(isAppPage(`${page}?x=1`, page)).toBe(true);
    expect(isAppPage('file:///opt/Verso/resources/app.asar/out/renderer/other.html', page)).toBe(false);
    expect(isAppPage(`${page}.evil.html`, page)).toBe(false);
    expect(isAppPage('https://example.com/index.html', page)).toBe(false);
    expect(isAppPage(undefined, page)).toBe(false);
  });

  it('offers save dialog filters by the suggested name', () => {
    expect(saveFilters('a.verso.json')[0]).toEqual({ name: 'Verso review', extensions: ['json'] });
    expect(saveFilters('a.corrected.docx')[0]).toEqual({ name: 'DOCX file', extensions: ['docx'] });
    expect(saveFilters('README')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});

describe('a batch of articles', () => {
  const put = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  it('opens every article under a chosen folder, named by its path inside it, sorted, hidden and other files left out', async () => {
    const { dir, handlers } = setup();
    const desk = join(dir, 'desk');
    put(join(desk, 'world', 'b.txt'), 'World news.');
    put(join(desk, 'a.md'), 'Top story.');
    put(join(desk, 'notes.csv'), 'a,b');
    put(join(desk, '.drafts', 'c.txt'), 'Hidden.');
    const again = setup([desk]);
    const files = await again.handlers.openFolder();
    expect(files?.map((f) => f.name)).toEqual(['a.md', 'world/b.txt']);
    expect(new TextDecoder().decode(files?.[1].bytes)).toBe('World news.');
    // The articles opened are never written over.
    await expect(again.handlers.saveFile({ suggestedName: 'x.txt', mimeType: 'text/plain', data: bytes('x'), path: files?.[0].path })).rejects.toThrow();
    expect(await handlers.openFolder()).toBeNull();
  });

  it('opens a folder whose one article is too large to read: that one comes with its reason, the others with their text', async () => {
    const { dir } = setup();
    const desk = join(dir, 'desk');
    put(join(desk, 'a.txt'), 'Top story.');
    put(join(desk, 'world', 'huge.txt'), '');
    truncateSync(join(desk, 'world', 'huge.txt'), MAX_ARTICLE_BYTES + 1);
    put(join(desk, 'world', 'z.txt'), 'Last story.');
    const { handlers } = setup([desk]);
    const files = (await handlers.openFolder())!;
    expect(files.map((f) => [f.name, f.bytes.length, f.problem])).toEqual([
      ['a.txt', 10, undefined],
      ['world/huge.txt', 0, expect.stringMatching(/^world\/huge\.txt is too large to open \(/)],
      ['world/z.txt', 11, undefined],
    ]);
  });

  it('opens several picked files, one of them gone: that one comes with its reason', async () => {
    const { dir } = setup();
    put(join(dir, 'a.txt'), 'Top story.');
    put(join(dir, 'c.txt'), 'Third story.');
    const { handlers } = setup([[join(dir, 'a.txt'), join(dir, 'gone.txt'), join(dir, 'c.txt')].join('\n')]);
    const files = await handlers.openArticles();
    expect(files.map((f) => [f.name, f.bytes.length, f.problem])).toEqual([
      ['a.txt', 10, undefined],
      ['gone.txt', 0, expect.stringMatching(/^gone\.txt does not exist/)],
      ['c.txt', 12, undefined],
    ]);
  });

  it('exports several files into a folder the editor picks, never into the folder of the articles it opened', async () => {
    const { dir } = setup();
    const desk = join(dir, 'desk');
    put(join(desk, 'a.txt'), 'Top story.');
    put(join(desk, 'world', 'b.txt'), 'World news.');
    const out = join(dir, 'out');
    const { handlers, script } = setup([desk, desk, out]);
    await handlers.openFolder();
    const files = [
      { path: 'a.corrected.txt', data: bytes('Top story, corrected.') },
      { path: 'world/b.corrected.txt', data: bytes('World news, corrected.') },
    ];
    await expect(handlers.saveFiles({ suggestedName: 'corrected-texts', files })).rejects.toThrow(/articles' own folder \(desk\)/);
    expect(readdirSync(desk).sort()).toEqual(['a.txt', 'world']);
    expect(await handlers.saveFiles({ suggestedName: 'corrected-texts', files })).toEqual({ name: 'out', path: out });
    expect(readFileSync(join(out, 'world', 'b.corrected.txt'), 'utf8')).toBe('World news, corrected.');
    expect(script.calls.map((c) => c.kind)).toEqual(['open', 'open', 'open']);
    expect(await handlers.saveFiles({ suggestedName: 'corrected-texts', files })).toBeNull();
  });

  it("after a restart, still refuses the folder of the stored batch's articles", async () => {
    const { dir } = setup();
    const desk = join(dir, 'desk');
    put(join(desk, 'a.txt'), 'Top story.');
    const first = setup();
    await first.handlers.writeQueue(JSON.stringify({ format: 'verso-batch', version: 1, current: 0, articles: [{ name: 'a.txt', path: join(desk, 'a.txt'), file: '', status: 'New' }] }));
    // The next run reads the batch the last one stored.
    const { handlers: restarted } = setup([desk], join(first.dir, 'userData', 'queue.json'));
    await restarted.readQueue();
    await expect(restarted.saveFiles({ suggestedName: 'corrected-texts', files: [{ path: 'a.corrected.txt', data: bytes('x') }] })).rejects.toThrow(/articles' own folder/);
    expect(readdirSync(desk)).toEqual(['a.txt']);
  });

  it('refuses paths that leave the chosen folder, and other bad requests, before asking for a folder', async () => {
    const { handlers, script } = setup();
    for (const path of ['../a.txt', '/etc/a.txt', 'world//a.txt', 'world/./a.txt', 'C:\\a.txt', 'a\\..\\b.txt', '']) {
      await expect(handlers.saveFiles({ suggestedName: 'corrected-texts', files: [{ path, data: bytes('x') }] })).rejects.toThrow(/path/i);
    }
    await expect(handlers.saveFiles({ suggestedName: 'corrected-texts', files: [] })).rejects.toThrow(/1 to 5000 files/);
    await expect(handlers.saveFiles({ suggestedName: 'corrected-texts', files: [{ path: 'a.txt', data: 'text' }] })).rejects.toThrow(/bytes/);
    await expect(
      handlers.saveFiles({ suggestedName: 'corrected-texts', files: [{ path: 'A.txt', data: bytes('x') }, { path: 'a.txt', data: bytes('y') }] }),
    ).rejects.toThrow(/share the path/);
    expect(script.calls).toEqual([]);
  });

  it('refuses a folder with no article in it, naming it', async () => {
    const { dir } = setup();
    put(join(dir, 'empty', 'data.csv'), 'a,b');
    const { handlers } = setup([join(dir, 'empty')]);
    await expect(handlers.openFolder()).rejects.toThrow('empty holds no article (.txt, .md, .html, .docx or .xlf).');
  });

  it('keeps the batch between runs, and forgets it when asked', async () => {
    const { dir, handlers } = setup();
    expect(await handlers.readQueue()).toBeNull();
    await handlers.writeQueue('{"articles":[]}');
    expect(readFileSync(join(dir, 'userData', 'queue.json'), 'utf8')).toBe('{"articles":[]}');
    expect(await handlers.readQueue()).toBe('{"articles":[]}');
    await expect(handlers.writeQueue(42)).rejects.toThrow(/must be text/);
    await handlers.writeQueue(null);
    expect(await handlers.readQueue()).toBeNull();
  });
});

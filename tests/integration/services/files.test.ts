import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BadInputError,
  encodeText,
  exportDocx,
  exportHtml,
  exportMarkdown,
  exportTxt,
  importArticle,
} from '../../../src/core';
import { openReview, readArticleFile, saveReview, writeFileAtomic } from '../../../src/main/services/files';
import { SessionError, reviewFileName, type Session } from '../../../src/shared/session';
import { tempFolder } from '../../helpers/cli';

const folder = tempFolder('verso-files-');
afterAll(() => folder.remove());

async function refusal(path: string): Promise<string> {
  const error = await readArticleFile(path).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BadInputError);
  return (error as Error).message;
}

/** Opens a file from disk the way the app does: services read, core imports. */
async function open(path: string) {
  const file = await readArticleFile(path);
  return importArticle(file.name, file.bytes);
}

describe('readArticleFile', () => {
  it('reads an article and names it', async () => {
    const path = folder.file('story.txt', 'Hello');
    const file = await readArticleFile(path);
    expect(file).toEqual({ name: 'story.txt', path, bytes: new Uint8Array(Buffer.from('Hello')) });
  });

  it('refuses a missing path', async () => {
    expect(await refusal(join(folder.dir, 'gone.txt'))).toMatch(/^gone\.txt does not exist \(/);
  });

  it('refuses a folder', async () => {
    const path = join(folder.dir, 'folder.txt');
    mkdirSync(path);
    expect(await refusal(path)).toBe('folder.txt is a folder, not an article.');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(folder.file('empty.md', ''))).toMatch(/^empty\.md is empty/);
  });

  it('checks the size before reading: a 3 GB file is refused at once with the limit stated', async () => {
    const path = folder.file('huge.txt', '');
    truncateSync(path, 3 * 1024 ** 3); // sparse: no disk used; reading it would fail differently
    // Reading 3 GB into one buffer would fail with another error (Node's 2 GB buffer limit): the
    // size message proves the size was checked first.
    expect(await refusal(path)).toBe('huge.txt is too large to open (3072 MB; the limit is 20 MB).');
  });

  it('refuses an unknown extension before touching the file', async () => {
    expect(await refusal(join(folder.dir, 'missing.exe'))).toMatch(/^missing\.exe is not a format Verso opens/);
  });
});

describe('round trips through real files', () => {
  const txt: [string, Uint8Array][] = [
    ['utf8.txt', encodeText('“Quotes” and é\nend\n')],
    ['bom.txt', encodeText('with BOM\n', 'utf-8', true)],
    ['le.txt', encodeText('UTF-16 LE 🙂\r\n', 'utf-16le', true)],
    ['be.txt', encodeText('UTF-16 BE\n', 'utf-16be', true)],
    ['crlf.txt', encodeText('a\r\nb\r\n\r\nc\r\n')],
    ['nofinal.txt', encodeText('no final newline')],
  ];
  it.each(txt)('%s: open → export unchanged gives identical bytes', async (name, bytes) => {
    const article = await open(folder.file(name, bytes));
    const out = join(folder.dir, 'out-' + name);
    await writeFileAtomic(out, exportTxt(article.text, article));
    expect(new Uint8Array(readFileSync(out))).toEqual(bytes);
  });

  const text = 'The “Heroes of Iraq” operation began.\n\nIt’s 4,853\u00a0km² — said ‘officials’.\nSecond line.';
  it.each([
    ['md', async () => exportMarkdown(text, { encoding: 'utf-8', bom: false })],
    ['html', async () => exportHtml(text, 'Title')],
    ['docx', async () => exportDocx(text, 'Title')],
  ] as const)('.%s: export → write → open gives the same text', async (ext, make) => {
    const path = join(folder.dir, `export.${ext}`);
    await writeFileAtomic(path, await make());
    expect((await open(path)).text).toBe(text);
  });

  it('open → edit → save review → reopen gives the same state', async () => {
    const articlePath = folder.file('iraq.txt', encodeText('a nine-month offencive\r\n', 'utf-16le', true));
    const article = await open(articlePath);
    const session: Session = {
      format: 'verso-review', version: 1,
      article: { name: article.name, format: article.format, encoding: article.encoding, bom: article.bom, path: articlePath },
      original: article.text, corrected: article.text.replace('offencive', 'offensive'),
      decisions: { 'spelling:13:offencive': 'applied' }, ignoredWords: ['Kazemi'], ignoredRules: [],
      dictionary: ['Saladin'], settings: { dialect: 'en-GB', rules: { spelling: 'warning' } },
      savedAt: '2024-05-01T10:00:00.000Z',
    };
    const reviewPath = join(folder.dir, reviewFileName(article.name));
    expect(reviewPath.endsWith('iraq.verso.json')).toBe(true);
    await saveReview(reviewPath, session);
    const reopened = await openReview(reviewPath);
    expect(reopened).toEqual(session);
    // …and its corrected text exports in the article's own encoding.
    expect(new Uint8Array(exportTxt(reopened.corrected, reopened.article))).toEqual(encodeText('a nine-month offensive\r\n', 'utf-16le', true));
  });
});

describe('openReview', () => {
  it('names the file when it is missing, a folder or not a review', async () => {
    await expect(openReview(join(folder.dir, 'gone.verso.json'))).rejects.toThrow(/^gone\.verso\.json does not exist/);
    await expect(openReview(folder.dir)).rejects.toThrow(/is a folder, not a review/);
    const notReview = folder.file('notes.verso.json', '{"format": "other"}');
    await expect(openReview(notReview)).rejects.toThrow(SessionError);
    await expect(openReview(notReview)).rejects.toThrow(/^notes\.verso\.json is not a Verso review/);
  });
});

describe('saveReview', () => {
  function review(articlePath: string): Session {
    return {
      format: 'verso-review', version: 1,
      article: { name: 'a.txt', format: 'txt', encoding: 'utf-8', bom: false, path: articlePath },
      original: 'x', corrected: 'y', decisions: {}, ignoredWords: [], ignoredRules: [], dictionary: [],
      settings: { dialect: 'auto', rules: {} }, savedAt: '2024-05-01T10:00:00.000Z',
    };
  }

  it('never writes over the original article, by any name for it', async () => {
    const articlePath = folder.file('original.txt', 'the original');
    const link = join(folder.dir, 'link-to-original.txt');
    linkSync(articlePath, link);
    for (const path of [articlePath, relative(process.cwd(), articlePath), join(folder.dir, '.', 'original.txt'), link]) {
      await expect(saveReview(path, review(articlePath))).rejects.toThrow(/will not save the review over the article original\.txt/);
    }
    expect(readFileSync(articlePath, 'utf8')).toBe('the original');
  });
});

describe('writeFileAtomic', () => {
  it('on failure leaves the old file as it was and no temporary file behind', async () => {
    const sub = join(folder.dir, 'fail');
    mkdirSync(sub);
    const target = join(sub, 'target');
    mkdirSync(target); // renaming a file over a folder fails
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(['target']);
    writeFileSync(join(sub, 'kept.txt'), 'old');
    await expect(writeFileAtomic(join(sub, 'kept.txt'), 'new', { beforeRename: () => Promise.reject(new Error('disk gone')) })).rejects.toThrow('disk gone');
    expect(readFileSync(join(sub, 'kept.txt'), 'utf8')).toBe('old');
    expect(readdirSync(sub).sort()).toEqual(['kept.txt', 'target']);
  });

  it('writes through a symlink to its file and keeps the file\'s permissions', async () => {
    const real = folder.file('real.txt', 'old');
    chmodSync(real, 0o600);
    const link = join(folder.dir, 'link.txt');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it('refuses to write into a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(folder.dir, 'nope', 'x.txt'), 'data')).rejects.toThrow(/ENOENT/);
  });
});

// Getting work out and back in, in the web build: exports as downloads, saved reviews, recovery.
// (The Electron build writes through save dialogs instead; tests/e2e/electron-shell.test.ts covers those.)
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, copyFileSync, truncateSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { applyOffensive, openSample, waitForStatus } from './review-actions';
import { waitForAutosave } from './storage';
import { TempFiles, dropFile, exportFile, parseCsv } from './transfer';
import { docxToText } from '../../src/core';
import { htmlToText } from '../../src/core/formats/html-text';
import { MAX_ARTICLE_BYTES, MAX_REVIEW_BYTES } from '../../src/shared/limits';

const web = TARGETS.find((t) => t.name === 'web')!;
const SAMPLE = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');

/** Counts every read of a file's bytes the page makes from now on (the real read still happens). */
async function countReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    const counted = window as unknown as { bytesRead: number };
    counted.bytesRead = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      counted.bytesRead++;
      return read.call(this);
    };
  });
}

/** How many file reads {@link countReads} has seen. */
function readsSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { bytesRead: number }).bytesRead);
}

announceSkip(web);
describe.runIf(!web.missing)('files and exports (web)', () => {
  let app: RunningApp | undefined;
  const temp = new TempFiles('verso-files-');
  afterEach(async () => {
    await app?.close();
    app = undefined;
    temp.remove();
  });

  it('exports the corrected text keeping every byte the editor did not change', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const txt = await exportFile(page, 'Corrected text (.txt)');
    expect(txt.name).toBe('iraq-heroes-operation.corrected.txt');
    expect(txt.bytes.toString('utf8')).toBe(SAMPLE.replace('offencive', 'offensive'));
  });

  it('exports .docx, .html and .md that read back as the corrected text', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const expected = SAMPLE.replace('offencive', 'offensive');
    const paragraphs = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    const docx = await exportFile(page, 'Corrected text (.docx)');
    expect(docx.name).toBe('iraq-heroes-operation.corrected.docx');
    expect(paragraphs(await docxToText(docx.name, new Uint8Array(docx.bytes)))).toEqual(paragraphs(expected));
    const html = await exportFile(page, 'Corrected text (.html)');
    expect(paragraphs(htmlToText(html.bytes.toString('utf8'))).join(' ').replace(/\s+/g, ' ')).toBe(
      paragraphs(expected).join(' ').replace(/\s+/g, ' '),
    );
    const md = await exportFile(page, 'Corrected text (.md)');
    expect(md.bytes.toString('utf8')).toBe(expected);
  });

  it('exports a patch that GNU patch applies to the original', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const patch = await exportFile(page, 'Changes (.patch)');
    const article = temp.path('article.txt');
    copyFileSync('resources/samples/iraq-heroes-operation.txt', article);
    temp.write('changes.patch', patch.bytes);
    const run = spawnSync('patch', ['article.txt', 'changes.patch'], { cwd: dirname(article), encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(readFileSync(article, 'utf8')).toBe(SAMPLE.replace('offencive', 'offensive'));
  });

  it('exports the issues as CSV with the decisions, and a self-contained report', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const csv = await exportFile(page, 'Issues (.csv)');
    const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const header = rows[0];
    const status = header.indexOf('status');
    const text = header.indexOf('text');
    const applied = rows.slice(1).filter((r) => r[status] === 'applied');
    expect(applied.map((r) => r[text])).toEqual(['offencive']);
    expect(rows.slice(1).filter((r) => r[status] === 'open').length).toBeGreaterThan(3);

    const report = (await exportFile(page, 'Review report (.html)')).bytes.toString('utf8');
    expect(report).toMatch(/<del[^>]*>[^<]*offencive/);
    expect(report).toMatch(/<ins[^>]*>[^<]*offensive/);
    expect(report).not.toMatch(/<script/i);
    // The one edited paragraph (line 5) heads the most edited ones, from the export's own diff.
    expect(report).toMatch(/<h2 id="most-edited">Most edited paragraphs<\/h2>[^]*?<tbody>\s*<tr><td>5<\/td>/);
  });

  it('saves a review and reopens it with its text and decisions', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const issues = page.getByRole('list', { name: 'Open issues' });
    await issues.getByRole('listitem').filter({ hasText: 'liberation' }).getByRole('button', { name: 'Ignore', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('iraq-heroes-operation.verso.json');
    const review = readFileSync(await download.path());

    await page.getByRole('button', { name: 'Close' }).click();
    await dropFile(page, 'iraq-heroes-operation.verso.json', review);
    await waitForStatus(page, /\b1 change\b/);
    await page.getByRole('list', { name: 'Open issues' }).getByRole('listitem').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Corrected text' }).textContent()).toContain('nine-month offensive');
    expect(await issues.getByRole('listitem').filter({ hasText: 'liberation' }).count()).toBe(0);
  });

  it('offers an autosaved review after the page is lost, and recovers it', async () => {
    app = await web.launch();
    const { page } = app;
    page.on('dialog', (dialog) => void dialog.accept());
    await openSample(page);
    await applyOffensive(page);
    // Autosave runs two seconds after the last change.
    await waitForAutosave(page);
    await page.reload();
    const recovery = page.getByRole('region', { name: 'Recovery' });
    await recovery.waitFor();
    expect(await recovery.textContent()).toContain('iraq-heroes-operation.txt');
    await recovery.getByRole('button', { name: 'Recover' }).click();
    await waitForStatus(page, /\b1 change\b/);
    expect(await page.getByRole('textbox', { name: 'Corrected text' }).textContent()).toContain('nine-month offensive');
  });

  it('refuses a damaged review file with one clear message and keeps the open review', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await dropFile(page, 'broken.verso.json', '{"format": "verso-review", "version": 99}');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.verso\.json/);
    expect(await page.getByRole('textbox', { name: 'Corrected text' }).textContent()).toContain('offencive');
  });

  it('refuses a review file over the size limit before reading it, with one message, and keeps the open review', async () => {
    // A real file one byte over the limit, sparse (the disk holds none of its bytes).
    const big = temp.write('huge.verso.json', '');
    truncateSync(big, MAX_REVIEW_BYTES + 1);
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await countReads(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open article…' }).click(),
    ]);
    await chooser.setFiles(big);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('huge.verso.json is too large to be a Verso review (81 MB; the limit is 81 MB).');
    expect(await readsSoFar(page)).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Corrected text' }).textContent()).toContain('offencive');
  });

  it('lists an oversized article of a batch of picked files as Unreadable, unread, and opens the others', async () => {
    const big = temp.write('big.txt', '');
    truncateSync(big, MAX_ARTICLE_BYTES + 1);
    const small = temp.write('small.txt', 'The minister said the talks would resume.\n');
    app = await web.launch();
    const { page } = app;
    await countReads(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open article…' }).click(),
    ]);
    await chooser.setFiles([big, small]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('1 of 2 files cannot be read and is marked Unreadable: big.txt is too large to open (20 MB; the limit is 20 MB).');
    const articles = page.getByRole('region', { name: 'Articles' }).getByRole('listitem');
    await expect.poll(() => articles.count()).toBe(2);
    expect(await articles.first().textContent()).toMatch(/^big\.txtbig\.txt is too large to open .*Unreadable$/);
    expect(await articles.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await readsSoFar(page)).toBe(1);
  });
});

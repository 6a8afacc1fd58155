// A batch of articles in the web build: several files opened at once (and a folder), worked
// through with the keyboard, marked done, found again after a page reload, summarised as CSV.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { csvRecords, parseCsv } from './transfer';

const web = TARGETS.find((t) => t.name === 'web')!;

const ARTICLES = [
  { name: 'a-mosul.txt', text: 'Iraq launched an offencive on Mosul.\n\nThe army moved north.\n' },
  // CRLF, as from a Windows desk.
  { name: 'b-basra.txt', text: 'The the port of Basra reopened.\r\n\r\nShips were waiting.\r\n' },
  { name: 'c-erbil.txt', text: 'Erbil held its elections on Sunday.\n' },
];

const articles = (page: Page) => page.getByRole('region', { name: 'Articles' });
const item = (page: Page, name: string) => articles(page).getByRole('listitem').filter({ hasText: name });

async function reviewing(page: Page, name: string): Promise<void> {
  // The review is named by the article's file name, the list by its path in the folder.
  await page.getByRole('main', { name: `Review of ${name.split('/').pop()}` }).waitFor();
  await item(page, name).and(page.locator('[aria-current="true"]')).waitFor();
}

announceSkip(web);
describe.runIf(!web.missing)('a batch of articles (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens several files as a queue, works through it with the keys, keeps it over a reload, exports the summary CSV', async () => {
    app = await web.launch();
    const { page } = app;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(ARTICLES.map((a) => ({ name: a.name, mimeType: 'text/plain', buffer: Buffer.from(a.text) })));
    await reviewing(page, 'a-mosul.txt');
    expect(await articles(page).getByRole('listitem').count()).toBe(3);
    // The others are checked in the background, in queue order; the progress bar goes when they are.
    await item(page, 'b-basra.txt').getByText(/1 open issue · 0 changes/).waitFor();
    await item(page, 'c-erbil.txt').getByText(/0 open issues · 0 changes/).waitFor();
    await page.getByRole('progressbar', { name: 'Checking the articles' }).waitFor({ state: 'detached' });
    expect(await item(page, 'b-basra.txt').textContent()).toContain('New');

    // Every checking worker counts the checks it is asked for from now on.
    const workers = page.workers().filter((w) => /check\.worker/.test(w.url()));
    expect(workers.length).toBe(2);
    for (const worker of workers) {
      await worker.evaluate(() => {
        const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; checksAsked: string[] };
        const handle = scope.onmessage!;
        scope.checksAsked = [];
        scope.onmessage = (event: MessageEvent) => {
          const data = event.data as { type?: string; corrected?: string };
          if (data.type === 'check') scope.checksAsked.push(data.corrected ?? '');
          return handle(event);
        };
      });
    }
    const asked = async () => (await Promise.all(workers.map((w) => w.evaluate(() => (self as unknown as { checksAsked: string[] }).checksAsked)))).flat();

    await page.keyboard.press('Control+PageDown');
    await reviewing(page, 'b-basra.txt');
    expect(await item(page, 'b-basra.txt').textContent()).toContain('In review');
    // Checked in the background, it opens with its issue listed, without being checked again.
    await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'The the' }).waitFor();
    expect(await asked()).toEqual([]);
    // Its first edit is checked as any edit is.
    await page.getByRole('textbox', { name: 'Corrected text' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ships docked.');
    await page.waitForFunction(() => /\b1 change\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    await expect.poll(asked).toEqual([expect.stringContaining('Ships docked.')]);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => /\b0 changes\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    await page.keyboard.press('Control+PageUp');
    await reviewing(page, 'a-mosul.txt');

    // An edit in the first article, then Mark done: the next article not done opens.
    const corrected = page.getByRole('textbox', { name: 'Corrected text' });
    await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' }).waitFor();
    await page.getByRole('button', { name: 'Replace with offensive', exact: true }).click();
    await page.waitForFunction(() => /\b1 change\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    await page.keyboard.press('Control+Shift+Enter');
    await reviewing(page, 'b-basra.txt');
    expect(await item(page, 'a-mosul.txt').textContent()).toMatch(/0 open issues · 1 change · HTER 0\.\d+.*Done/);

    // A reload finds the batch where it was, the first article's correction kept.
    await page.reload();
    await reviewing(page, 'b-basra.txt');
    expect(await item(page, 'a-mosul.txt').textContent()).toContain('Done');
    await item(page, 'a-mosul.txt').getByRole('button').click();
    await reviewing(page, 'a-mosul.txt');
    await corrected.getByText('Iraq launched an offensive on Mosul.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Batch summary (.csv)' }).click()]);
    expect(download.suggestedFilename()).toBe('batch-summary.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(expect.arrayContaining(['article', 'words', 'open issues', 'open spelling', 'decisions', 'changes', 'HTER', 'status']));
    const column = (name: string) => rows[0].indexOf(name);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byName.keys()]).toEqual(ARTICLES.map((a) => a.name));
    const first = byName.get('a-mosul.txt')!;
    expect(first[column('status')]).toBe('Done');
    expect(first[column('changes')]).toBe('1');
    expect(first[column('decisions')]).toBe('1');
    expect(Number(first[column('HTER')])).toBeGreaterThan(0);
    expect(first[column('words')]).toBe('10');
    const second = byName.get('b-basra.txt')!;
    expect(second[column('open issues')]).toBe('1');
    // The one issue ("The the") is counted under its category, and the categories add up.
    const categories = rows[0].filter((c) => c.startsWith('open ') && c !== 'open issues');
    expect(categories.reduce((sum, c) => sum + Number(second[column(c)]), 0)).toBe(1);
    expect(byName.get('c-erbil.txt')![column('status')]).toBe('New');

    // Every corrected text, from the keyboard: Tab from the last summary button, Enter; one zip.
    await page.getByRole('button', { name: 'Batch summary (.html)' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export all corrected texts…');
    const [zip] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(zip.suggestedFilename()).toBe('corrected-texts.zip');
    const entries = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    expect(Object.keys(entries).sort()).toEqual([
      'a-mosul.corrected.txt',
      'a-mosul.report.html',
      'b-basra.corrected.txt',
      'b-basra.report.html',
      'batch-summary.csv',
      'batch-summary.html',
      'c-erbil.corrected.txt',
      'c-erbil.report.html',
    ]);
    const decoded = (name: string) => new TextDecoder().decode(entries[name]);
    expect(decoded('a-mosul.corrected.txt')).toBe(ARTICLES[0].text.replace('offencive', 'offensive'));
    expect(decoded('b-basra.corrected.txt')).toBe(ARTICLES[1].text);
    expect(decoded('c-erbil.corrected.txt')).toBe(ARTICLES[2].text);
    await articles(page).getByText('Exported 3 corrected texts with their review reports and the batch summary as corrected-texts.zip').waitFor();
    // The summary in the folder links each article's own report, and every link resolves inside it.
    const links = [...decoded('batch-summary.html').matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [decodeURIComponent(m[1]), m[2]]);
    expect(links).toEqual(ARTICLES.map((a) => [a.name.replace('.txt', '.report.html'), a.name]));
    for (const [target] of links) expect(entries[target], target).toBeDefined();
    // Each report is that article's review: the decision taken in the first, the open issue of the second.
    const mosul = decoded('a-mosul.report.html');
    expect(mosul).toContain('a-mosul.txt');
    expect(mosul).toMatch(/<span class="status applied">applied<\/span>.*offencive/);
    expect(mosul).toContain('<del>offencive</del>');
    const basra = decoded('b-basra.report.html');
    expect(basra).toContain('b-basra.txt');
    expect(basra).toMatch(/<span class="status open">open<\/span>.*repeated-word/);
    expect(parseCsv(decoded('batch-summary.csv').slice(1)).length).toBe(4);
    expect(app.errors).toEqual([]);
  });

  it('lists a binary and an oversized file of several picked as Unreadable, naming them in the alert, and opens the others as the batch', async () => {
    app = await web.launch();
    const { page } = app;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = mkdtempSync(join(tmpdir(), 'verso-picked-'));
    const paths = ['photo.txt', ARTICLES[0].name, 'huge.txt', ARTICLES[1].name].map((name) => join(dir, name));
    writeFileSync(paths[0], png);
    writeFileSync(paths[1], ARTICLES[0].text);
    // Sparse: over the 20 MB limit on paper, nothing on disk; the page must not read it.
    writeFileSync(paths[2], '');
    truncateSync(paths[2], 20 * 1024 * 1024 + 1);
    writeFileSync(paths[3], ARTICLES[1].text);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
    await chooser.setFiles(paths);
    // The first readable article opens, the cursor in its corrected text.
    await reviewing(page, 'a-mosul.txt');
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Corrected text"]') !== null);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    rmSync(dir, { recursive: true, force: true });
    expect(await alert.textContent()).toMatch(
      /^2 of 4 files cannot be read and are marked Unreadable: photo\.txt is not a text file \(it contains NUL bytes\)\. huge\.txt is too large to open \(/,
    );
    const names = await articles(page).getByRole('listitem').locator('.article-name').allTextContents();
    expect(names).toEqual(['photo.txt', 'a-mosul.txt', 'huge.txt', 'b-basra.txt']);
    expect(await item(page, 'photo.txt').textContent()).toBe('photo.txtphoto.txt is not a text file (it contains NUL bytes).Unreadable');
    await articles(page).getByRole('heading', { name: 'Articles 0/2 done · 2 unreadable' }).waitFor();
    // Next and Previous go between the two readable ones only, both ways round.
    await page.keyboard.press('Control+PageDown');
    await reviewing(page, 'b-basra.txt');
    await page.keyboard.press('Control+PageDown');
    await reviewing(page, 'a-mosul.txt');
    await page.keyboard.press('Control+PageUp');
    await reviewing(page, 'b-basra.txt');
    // Choosing an unreadable one says why and leaves the review open.
    await item(page, 'huge.txt').getByRole('button').click();
    await page.getByRole('alert').filter({ hasText: /^huge\.txt is too large to open/ }).waitFor();
    await reviewing(page, 'b-basra.txt');
    // Mark done twice: the batch is done, never landing on an unreadable one.
    await page.keyboard.press('Control+Shift+Enter');
    await reviewing(page, 'a-mosul.txt');
    await page.keyboard.press('Control+Shift+Enter');
    await articles(page).getByRole('heading', { name: 'Articles 2/2 done · 2 unreadable' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Batch summary (.csv)' }).click()]);
    const rows = csvRecords(readFileSync(await download.path(), 'utf8').slice(1));
    expect(rows.map((r) => [r.article, r.status, r.problem.replace(/ \(.*/, '')])).toEqual([
      ['photo.txt', 'Unreadable', 'photo.txt is not a text file'],
      ['a-mosul.txt', 'Done', ''],
      ['huge.txt', 'Unreadable', 'huge.txt is too large to open'],
      ['b-basra.txt', 'Done', ''],
    ]);
    // Closed and resumed from the welcome screen, the batch counts its readable articles only.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Resume the batch (2 of 2 articles done)' }).click();
    await reviewing(page, 'a-mosul.txt');
    // Dropped files go the same way.
    await page.evaluate(async (bytes) => {
      const data = new DataTransfer();
      data.items.add(new File(['Kirkuk voted on Sunday.\n'], 'd-kirkuk.txt', { type: 'text/plain' }));
      data.items.add(new File([new Uint8Array(bytes)], 'scan.md', { type: 'text/markdown' }));
      data.items.add(new File(['Najaf held a festival.\n'], 'e-najaf.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [...png]);
    await reviewing(page, 'd-kirkuk.txt');
    await page.getByRole('alert').filter({ hasText: 'scan.md is not a text file' }).waitFor();
    expect(await articles(page).getByRole('listitem').locator('.article-name').allTextContents()).toEqual(['d-kirkuk.txt', 'scan.md', 'e-najaf.txt']);
    expect(app.errors).toEqual([]);
  });

  it('lists a malformed XLIFF file of a folder as Unreadable from the start, with the parser\'s reason, and opens the good one beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-desk-'));
    try {
      mkdirSync(join(dir, 'desk'), { recursive: true });
      const unit = '<trans-unit id="1"><source>Le port de Bassora a rouvert.</source><target>The the port of Basra reopened.</target>';
      writeFileSync(join(dir, 'desk', 'a-good.xlf'), `<xliff version="1.2"><file source-language="fr" target-language="en"><body>${unit}</trans-unit></body></file></xliff>`);
      // The trans-unit is never closed.
      writeFileSync(join(dir, 'desk', 'b-cut.xlf'), `<xliff version="1.2"><file source-language="fr" target-language="en"><body>${unit}</body></file></xliff>`);
      writeFileSync(join(dir, 'desk', 'c-erbil.txt'), ARTICLES[2].text);
      app = await web.launch();
      const { page } = app;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
      await chooser.setFiles(join(dir, 'desk'));
      await reviewing(page, 'a-good.xlf');
      // Found as the folder is listed, before any check: the alert names it at once.
      await page.getByRole('alert').filter({ hasText: /^1 of 3 files cannot be read and is marked Unreadable: b-cut\.xlf is not well-formed XML/ }).waitFor();
      expect(await item(page, 'b-cut.xlf').textContent()).toMatch(/^b-cut\.xlfb-cut\.xlf is not well-formed XML \(.*\)\.Unreadable$/);
      await articles(page).getByRole('heading', { name: 'Articles 0/2 done · 1 unreadable' }).waitFor();
      // Next skips it: from the good XLIFF file straight to the text article.
      await page.keyboard.press('Control+PageDown');
      await reviewing(page, 'c-erbil.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows a damaged .docx and .html in a folder as Unreadable from the start, and exports the summary page with the reports it links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-desk-'));
    const out = mkdtempSync(join(tmpdir(), 'verso-summary-'));
    try {
      mkdirSync(join(dir, 'desk', 'world'), { recursive: true });
      mkdirSync(join(dir, 'desk', 'sport'), { recursive: true });
      writeFileSync(join(dir, 'desk', 'basra.txt'), ARTICLES[1].text);
      // Cut short in the download: the zip's directory is gone.
      writeFileSync(join(dir, 'desk', 'sport', 'cup.docx'), readFileSync('tests/fixtures/formats/curly-quotes.docx').subarray(0, 700));
      writeFileSync(join(dir, 'desk', 'sport', 'page.html'), Buffer.from('<p>The match \0\0 ended</p>'));
      // Whole, but its first part's compressed data is damaged: only unzipping it finds that.
      const late = Buffer.from(readFileSync('tests/fixtures/formats/curly-quotes.docx'));
      late.fill(0xff, 30 + late.readUInt16LE(26), 30 + late.readUInt16LE(26) + 40);
      writeFileSync(join(dir, 'desk', 'sport', 'replay.docx'), late);
      writeFileSync(join(dir, 'desk', 'world', 'mosul & "north".txt'), ARTICLES[0].text);
      app = await web.launch();
      const { page } = app;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
      await chooser.setFiles(join(dir, 'desk'));
      await reviewing(page, 'basra.txt');
      // Listed as Unreadable with their reasons at once: not checked in the background, never "Checking…".
      expect(await item(page, 'sport/cup.docx').textContent()).toMatch(/^sport\/cup\.docxsport\/cup\.docx is damaged or not a Word document .*Unreadable$/);
      expect(await item(page, 'sport/page.html').textContent()).toMatch(/is not a text file \(it contains NUL bytes\)\.Unreadable$/);
      await page.getByRole('alert').filter({ hasText: /^2 of 5 files cannot be read/ }).waitFor();
      await page.getByRole('progressbar', { name: 'Checking the articles' }).waitFor({ state: 'detached' });
      // The damage screening cannot see is found by the background check: Unreadable too, with its reason.
      await item(page, 'sport/replay.docx').getByText('Unreadable', { exact: true }).waitFor();
      expect(await item(page, 'sport/replay.docx').textContent()).toMatch(/sport\/replay\.docx is damaged or not a Word document/);
      await articles(page).getByRole('heading', { name: 'Articles 0/2 done · 3 unreadable' }).waitFor();
      await page.keyboard.press('Control+PageDown');
      await reviewing(page, 'world/mosul & "north".txt');
      await page.getByRole('button', { name: 'Replace with offensive', exact: true }).click();
      await page.waitForFunction(() => /\b1 change\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));

      // "Batch summary (.html)": the page and every report it links, one download.
      const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Batch summary (.html)' }).click()]);
      expect(zip.suggestedFilename()).toBe('batch-summary.zip');
      const entries = unzipSync(new Uint8Array(readFileSync(await zip.path())));
      expect(Object.keys(entries).sort()).toEqual(['basra.report.html', 'batch-summary.html', 'world/mosul & "north".report.html']);
      await articles(page).getByText('Exported the batch summary with 2 review reports as batch-summary.zip (3 unreadable left out)').waitFor();
      for (const [name, data] of Object.entries(entries)) {
        mkdirSync(dirname(join(out, name)), { recursive: true });
        writeFileSync(join(out, name), data);
      }
      // Opened from disk in the browser, each linked name opens that article's own report.
      const summaryUrl = pathToFileURL(join(out, 'batch-summary.html')).href;
      await page.goto(summaryUrl);
      await page.getByText('2 articles, 0 done. 3 files could not be read').waitFor();
      const table = page.getByRole('table');
      expect(await table.getByRole('row').filter({ hasText: 'sport/page.html' }).textContent()).toContain('Unreadable');
      expect(await table.getByRole('link').allTextContents()).toEqual(['basra.txt', 'world/mosul & "north".txt']);
      for (const [name, file, headline] of [
        ['basra.txt', 'basra.txt', 'The the port of Basra reopened.'],
        ['world/mosul & "north".txt', 'mosul & "north".txt', 'Iraq launched an offensive on Mosul.'],
      ]) {
        await page.goto(summaryUrl);
        await Promise.all([page.waitForURL((url) => url.href !== summaryUrl), page.getByRole('link', { name, exact: true }).click()]);
        expect(existsSync(fileURLToPath(page.url())), page.url()).toBe(true);
        expect(await page.title()).toBe(`Review report: ${headline}`);
        expect(await page.locator('body').textContent()).toContain(file);
      }
      // The report of the article edited holds the decision.
      expect(await page.content()).toContain('<del>offencive</del>');
      expect(app.errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('opens a folder (nested, other files left out) as a queue sorted by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-folder-'));
    try {
      mkdirSync(join(dir, 'desk', 'world'), { recursive: true });
      writeFileSync(join(dir, 'desk', 'world', 'b.txt'), 'World news from Basra.\n');
      writeFileSync(join(dir, 'desk', 'a.md'), 'Top story from Mosul.\n');
      writeFileSync(join(dir, 'desk', 'notes.csv'), 'a,b\n');
      app = await web.launch();
      const { page } = app;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
      await chooser.setFiles(join(dir, 'desk'));
      await reviewing(page, 'a.md');
      const names = await articles(page).getByRole('listitem').locator('.article-name').allTextContents();
      expect(names).toEqual(['a.md', 'world/b.txt']);
      // The corrected texts keep their places in the folder, each in its article's format.
      const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all corrected texts…' }).click()]);
      const entries = unzipSync(new Uint8Array(readFileSync(await zip.path())));
      expect(Object.keys(entries).sort()).toEqual(['a.corrected.md', 'a.report.html', 'batch-summary.csv', 'batch-summary.html', 'world/b.corrected.txt', 'world/b.report.html']);
      const summary = new TextDecoder().decode(entries['batch-summary.html']);
      const links = [...summary.matchAll(/<a href="([^"]+)">/g)].map((m) => decodeURIComponent(m[1]));
      expect(links).toEqual(['a.report.html', 'world/b.report.html']);
      expect(new TextDecoder().decode(entries['world/b.corrected.txt'])).toBe('World news from Basra.\n');
      const shot = process.env.VERSO_SCREENSHOT;
      if (shot) await page.screenshot({ path: shot });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goes on typing in the next article, undoes in each article what was done there, even after going back, and says when the batch is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-undo-'));
    try {
      mkdirSync(join(dir, 'desk'));
      for (const a of ARTICLES) writeFileSync(join(dir, 'desk', a.name), a.text);
      app = await web.launch();
      const { page } = app;
      const corrected = page.getByRole('textbox', { name: 'Corrected text' });
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
      await chooser.setFiles(join(dir, 'desk'));
      await reviewing(page, 'a-mosul.txt');
      await page.getByRole('button', { name: 'Replace with offensive', exact: true }).click();
      await corrected.getByText('Iraq launched an offensive on Mosul.').waitFor();
      // Ctrl+PageDown from the editor: the next article's corrected text has the cursor, typing goes there.
      await corrected.click();
      await page.keyboard.press('Control+PageDown');
      await reviewing(page, 'b-basra.txt');
      await page.keyboard.type('Now ');
      await corrected.getByText('Now The the port of Basra reopened.').waitFor();
      // Undo here undoes this article's typing, and nothing more: the first article's correction stays.
      await page.keyboard.press('Control+Z');
      await corrected.getByText(/^The the port of Basra reopened\./).waitFor();
      await page.keyboard.press('Control+Z');
      expect(await corrected.textContent()).toBe('The the port of Basra reopened.Ships were waiting.');
      // Back in the first article, Ctrl+Z undoes the replacement made there before moving on, and redo redoes it.
      await page.keyboard.press('Control+PageUp');
      await reviewing(page, 'a-mosul.txt');
      await corrected.getByText('Iraq launched an offensive on Mosul.').waitFor();
      await page.keyboard.press('Control+Z');
      await corrected.getByText('Iraq launched an offencive on Mosul.').waitFor();
      await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' }).waitFor();
      await page.keyboard.press('Control+Shift+Z');
      await corrected.getByText('Iraq launched an offensive on Mosul.').waitFor();
      await page.waitForFunction(() => /\b1 change\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
      // Mark done through the batch: the last one says the batch is done.
      for (const name of ['b-basra.txt', 'c-erbil.txt']) {
        await page.keyboard.press('Control+Shift+Enter');
        await reviewing(page, name);
      }
      await page.keyboard.press('Control+Shift+Enter');
      await articles(page).getByText('All 3 articles are done: export the batch summary or every corrected text.').waitFor();
      const shot = process.env.VERSO_SCREENSHOT;
      if (shot) await page.screenshot({ path: shot });
      expect(app.errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when a folder picked has no article in it, or no file at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-empty-'));
    try {
      mkdirSync(join(dir, 'notes'));
      writeFileSync(join(dir, 'notes', 'list.csv'), 'a,b\n');
      writeFileSync(join(dir, 'notes', '.hidden.txt'), 'Hidden.\n');
      mkdirSync(join(dir, 'nothing'));
      app = await web.launch();
      const { page } = app;
      for (const [folder, message] of [
        ['notes', 'notes holds no article (.txt, .md, .html, .docx or .xlf): its one file is of another kind.'],
        ['nothing', 'That folder has no files in it: there is no article to open (Verso opens .txt, .md, .html, .docx or .xlf files).'],
      ]) {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
        await chooser.setFiles(join(dir, folder));
        await page.getByRole('alert').filter({ hasText: message }).waitFor();
        await page.getByRole('button', { name: 'Open folder…' }).waitFor();
      }
      expect(app.errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

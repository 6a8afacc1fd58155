// Recovery copies in the web build: a recovered review is unsaved work until it is saved, its copy
// stays until a save or "Discard", copies live in IndexedDB (an earlier build's localStorage copies
// are moved there), and a review larger than localStorage could hold is kept too.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { applyOffensive } from './review-actions';
import { autosaveIds, waitForAutosave } from './storage';
import { dropFile } from './transfer';

const web = TARGETS.find((t) => t.name === 'web')!;
const SAMPLE = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');

async function waitForStatus(page: Page, text: RegExp, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[role="status"]')?.textContent ?? ''),
    [text.source, text.flags],
    { timeout },
  );
}

/** Leaving the page always goes ahead; every other dialog is recorded and answered with `answer`. */
function answerDialogs(page: Page, answer: () => boolean): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    asked.push(dialog.message());
    void (answer() ? dialog.accept() : dialog.dismiss());
  });
  return asked;
}

announceSkip(web);
describe.runIf(!web.missing)('recovery copies (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('treats a recovered review as unsaved: closing asks, and its copy stays until it is saved', async () => {
    app = await web.launch();
    const { page } = app;
    const asked = answerDialogs(page, () => true);
    await page.getByRole('button', { name: 'Try the sample article' }).click();
    await applyOffensive(page);
    await waitForAutosave(page);
    await page.reload();
    const recovery = page.getByRole('region', { name: 'Recovery' });
    await recovery.getByRole('button', { name: 'Recover' }).click();
    await waitForStatus(page, /\b1 change\b/);

    // Closing asks; "Cancel" keeps the review open.
    await page.getByRole('button', { name: 'Close' }).click();
    const question = page.getByRole('dialog', { name: 'Unsaved changes' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(asked).toEqual([]);
    expect(await page.getByRole('textbox', { name: 'Corrected text' }).textContent()).toContain('nine-month offensive');

    // The copy is still there for the next start.
    expect((await autosaveIds(page)).length).toBe(1);
    await page.reload();
    await recovery.getByRole('button', { name: 'Recover' }).click();
    await waitForStatus(page, /\b1 change\b/);

    // Saving it is what makes the copy unnecessary.
    await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    await expect.poll(() => autosaveIds(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Try the sample article' }).waitFor();
    expect(await recovery.count()).toBe(0);
  });

  it('moves a recovery copy an earlier build left in localStorage into IndexedDB', async () => {
    app = await web.launch();
    const { page } = app;
    const review = {
      format: 'verso-review',
      version: 1,
      article: { name: 'old-copy.txt', format: 'txt', encoding: 'utf-8', bom: false },
      original: 'An old article with an offencive word.\n',
      corrected: 'An old article with an offensive word. Kept from last week.\n',
      decisions: {},
      ignoredWords: [],
      ignoredRules: [],
      dictionary: [],
      settings: { dialect: 'auto', rules: {} },
      savedAt: '2024-05-01T10:20:30.000Z',
    };
    await page.evaluate((json) => {
      const bytes = new TextEncoder().encode(json);
      const data = btoa(String.fromCharCode(...bytes));
      localStorage.setItem('verso.autosave.review-old', JSON.stringify({ savedAt: '2024-05-01T10:20:31.000Z', data }));
    }, JSON.stringify(review));
    await page.reload();
    const recovery = page.getByRole('region', { name: 'Recovery' });
    await recovery.waitFor();
    expect(await recovery.textContent()).toContain('old-copy.txt');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('verso.autosave.')))).toEqual([]);
    expect(await autosaveIds(page)).toEqual(['review-old']);
    await recovery.getByRole('button', { name: 'Recover' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Corrected text' }).textContent())
      .toContain('Kept from last week.');
  });

  it('keeps a recovery copy of a review larger than localStorage can hold', async () => {
    app = await web.launch();
    const { page } = app;
    answerDialogs(page, () => true);
    // About 3 MB of article: its review (both texts) is over 6 MB, past localStorage's 5 MB.
    const copies = Math.ceil(3_000_000 / SAMPLE.length);
    const big = Array.from({ length: copies }, () => SAMPLE).join('\n\n') + '\n';
    await dropFile(page, 'big-article.txt', big);
    const text = page.getByRole('textbox', { name: 'Corrected text' });
    await text.waitFor({ timeout: 60_000 });
    await text.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('EDITED ');
    await waitForStatus(page, /\b1 change\b/, 60_000);
    await waitForAutosave(page);
    await page.reload();
    const recovery = page.getByRole('region', { name: 'Recovery' });
    await recovery.waitFor();
    expect(await recovery.textContent()).toContain('big-article.txt');
    await recovery.getByRole('button', { name: 'Recover' }).click();
    await waitForStatus(page, /\b1 change\b/, 60_000);
    expect(await text.textContent()).toMatch(/^EDITED Iraq launches/);
  });
});

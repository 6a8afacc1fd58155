// The editor's flow through the review screen (web build): the keyboard map in the help overlay,
// opening another article from the review, and what the screen says while and after it works.
import { afterEach, describe, expect, it } from 'vitest';
import type { FileChooser, Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { applyOffensive, openSample, waitForStatus } from './review-actions';
import { TempFiles, dropFile } from './transfer';
import { KEY_MAP } from '../../src/shared/keymap';

const web = TARGETS.find((t) => t.name === 'web')!;

function corrected(page: Page) {
  return page.getByRole('textbox', { name: 'Corrected text' });
}

announceSkip(web);
/**
 * Presses `keys` and resolves with the file chooser it opens. Playwright turns on file-chooser
 * interception when the listener is added, without waiting for the browser; a round trip to the page
 * first makes sure it is on before the key goes out (on a loaded machine the key could win the race,
 * and the chooser then went unseen).
 */
async function chooserAfterKey(page: Page, keys: string): Promise<FileChooser> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => document.readyState);
  await page.keyboard.press(keys);
  return chooser;
}

describe.runIf(!web.missing)('the editor\'s flow (web)', () => {
  let app: RunningApp | undefined;
  const temp = new TempFiles('verso-flow-');
  afterEach(async () => {
    await app?.close();
    app = undefined;
    temp.remove();
  });

  /** A real article file in a temp folder. */
  const article = (name: string, text: string): string => temp.write(name, text);

  it('lists every key of the keyboard map in the help overlay, Save review as included', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Ctrl+Shift+S');
    for (const row of KEY_MAP) {
      expect(text).toContain(row.what);
      for (const binding of row.bindings) expect(text).toContain(binding.keys);
    }
  });

  it('saves the review as with Ctrl+Shift+S', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Shift+S')]);
    expect(download.suggestedFilename()).toBe('iraq-heroes-operation.verso.json');
  });

  it('opens another article from the review toolbar, and with Ctrl+O', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const first = article('first.txt', 'The first article about Basra.\n');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open article…' }).click(),
    ]);
    await chooser.setFiles(first);
    await page.getByRole('main', { name: 'Review of first.txt' }).waitFor();
    expect(await corrected(page).textContent()).toContain('The first article about Basra.');

    const second = article('second.txt', 'The second article about Erbil.\n');
    await corrected(page).click();
    const again = await chooserAfterKey(page, 'Control+o');
    await again.setFiles(second);
    await page.getByRole('main', { name: 'Review of second.txt' }).waitFor();
    expect(await corrected(page).textContent()).toContain('The second article about Erbil.');
  });

  it('opens the picker with Ctrl+O on the welcome screen', async () => {
    app = await web.launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Open article…' }).waitFor();
    const chooser = await chooserAfterKey(page, 'Control+o');
    await chooser.setFiles(article('welcome.txt', 'An article opened from the welcome screen.\n'));
    await page.getByRole('main', { name: 'Review of welcome.txt' }).waitFor();
  });

  it('asks Save, Don\'t Save or Cancel before another article replaces unsaved changes', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    const path = article('next.txt', 'The next article about Kirkuk.\n');
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });

    // Cancel: the review stays as it was.
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
    await chooser.setFiles(path);
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Save', "Don't Save", 'Cancel']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await corrected(page).textContent()).toContain('nine-month offensive');

    // Save: the review is saved (a download here), then the next article opens.
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
    await chooser.setFiles(path);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('iraq-heroes-operation.verso.json');
    await page.getByRole('main', { name: 'Review of next.txt' }).waitFor();
    expect(await corrected(page).textContent()).toContain('The next article about Kirkuk.');
  });

  it("asks before a dropped article replaces unsaved changes, and Don't Save opens it", async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    await dropFile(page, 'dropped.txt', 'A dropped article about Najaf.\n');
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await dialog.waitFor();
    // Escape is Cancel.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await corrected(page).textContent()).toContain('nine-month offensive');
    await dropFile(page, 'dropped.txt', 'A dropped article about Najaf.\n');
    await dialog.getByRole('button', { name: "Don't Save" }).click();
    await page.getByRole('main', { name: 'Review of dropped.txt' }).waitFor();
    expect(await corrected(page).textContent()).toContain('A dropped article about Najaf.');
  });

  it("keeps the status bar's message with the article it was about", async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    await waitForStatus(page, /Saved iraq-heroes-operation\.verso\.json/);
    await dropFile(page, 'other.txt', 'Another article about Mosul.\n');
    await page.getByRole('main', { name: 'Review of other.txt' }).waitFor();
    await waitForStatus(page, /\d+ open issues?/);
    expect(await page.getByRole('status').textContent()).not.toMatch(/Saved/);
  });

  it('says "Checking…" with its progress in the Issues region until the first check is done, never "No open issues"', async () => {
    app = await web.launch();
    const { page } = app;
    // Watch the Issues region from its first render on.
    await page.evaluate(() => {
      const seen = { noIssuesEarly: false, progress: false, checking: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const region = document.querySelector('[role="region"][aria-label="Issues"]');
        if (!region) return;
        const checked = /English/.test(document.querySelector('[role="status"]')?.textContent ?? '');
        if (!checked && /No open issues/.test(region.textContent ?? '')) seen.noIssuesEarly = true;
        if (region.querySelector('[role="progressbar"]')) seen.progress = true;
        if (/Checking…/.test(region.textContent ?? '')) seen.checking = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // A long article: its first check takes a while.
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Report ${i + 1}: the minister said the talks would resume after a short break.`);
    await dropFile(page, 'long.txt', paragraphs.join('\n\n') + '\n');
    const region = page.getByRole('region', { name: 'Issues' });
    await region.waitFor();
    await waitForStatus(page, /English/);
    await expect.poll(async () => /Checking…/.test((await region.textContent()) ?? '')).toBe(false);
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, boolean> }).seen);
    expect(seen).toEqual({ noIssuesEarly: false, progress: true, checking: true });
    expect(await region.getByRole('progressbar').count()).toBe(0);
  });

  it('says which change navigation landed on and scrolls it to the middle of the view', async () => {
    app = await web.launch();
    const { page } = app;
    // A long article with one misspelling in its middle and one near its end.
    const paragraphs = Array.from({ length: 160 }, (_, i) => `Report ${i + 1}: the minister said the talks would resume after a short break.`);
    paragraphs[80] = 'Report 81: the army began an offencive near the river.';
    paragraphs[150] = 'Report 151: the goverment said nothing more.';
    await dropFile(page, 'long.txt', paragraphs.join('\n\n') + '\n');
    const issues = page.getByRole('region', { name: 'Issues' });
    await issues.getByRole('button', { name: 'Replace with offensive', exact: true }).click();
    await waitForStatus(page, /\b1 change\b/);
    await issues.getByRole('button', { name: 'Replace with government', exact: true }).click();
    await waitForStatus(page, /\b2 changes\b/);
    await corrected(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+ArrowDown');
    await waitForStatus(page, /Change 1 of 2/);
    // The selected change sits in the middle third of the scrolled view.
    const where = await page.evaluate(() => {
      const range = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      // The merge view scrolls as one: its host is the scroller.
      const scroller = document.querySelector('.merge-host')!.getBoundingClientRect();
      return (range.top + range.bottom) / 2 - scroller.top - scroller.height / 2;
    });
    const height = await page.evaluate(() => document.querySelector('.merge-host')!.getBoundingClientRect().height);
    expect(Math.abs(where)).toBeLessThan(height / 6);
    // And nothing covers it: the point at its middle is the corrected text, well above the status bar.
    const seen = await page.evaluate(() => {
      const range = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const status = document.querySelector('[role="status"]')!.getBoundingClientRect();
      const hit = document.elementFromPoint((range.left + range.right) / 2, (range.top + range.bottom) / 2);
      return { inCorrected: !!hit?.closest('[aria-label="Corrected text"]'), gap: status.top - range.bottom };
    });
    expect(seen.inCorrected).toBe(true);
    expect(seen.gap).toBeGreaterThan(height / 4);
    await page.keyboard.press('Alt+ArrowDown');
    await waitForStatus(page, /Change 2 of 2/);
    await page.keyboard.press('Alt+ArrowDown');
    await waitForStatus(page, /Change 1 of 2/);
  });

  it('says there is nothing to fold on an unedited article instead of hiding it all', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const fold = page.getByRole('button', { name: 'Fold unchanged' });
    await fold.click();
    await waitForStatus(page, /No changes to fold/);
    expect(await fold.getAttribute('aria-pressed')).toBe('false');
    expect(await corrected(page).textContent()).toContain('nine-month offencive');
    await applyOffensive(page);
    await fold.click();
    expect(await fold.getAttribute('aria-pressed')).toBe('true');
  });
});

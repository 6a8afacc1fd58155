// The batch desk in the web build, in Debian's Chromium, timed from inside the page:
// - "Open folder…" on 200 articles of about 500 words (real MT sentences of
//   ../shared/corpora/mlqe-pe-en, see bench/corpus.ts; written to a temp folder, never committed):
//   the folder picked → the first article's review on screen, and → its first issues listed;
// - "Next article" (Ctrl+PageDown) onto an article the background check has already checked:
//   the key → the next review on screen, and → its issues listed (target ≤ 300 ms, issue #15);
// - how long the background check of the whole batch takes, and how many articles it did a second;
// - "Export all corrected texts…" on the 200: the click → the zip's download (texts, a review
//   report each, the summaries).
// Prints figures only; a loaded machine makes them noisy.
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../scripts/static-server.mjs';
import { withPage } from './browser';
import { median, writeDesk } from './corpus';

const ARTICLES = Number(process.env.VERSO_ARTICLES ?? 200);
const WORDS = 500;
const NEXTS = Number(process.env.VERSO_NEXTS ?? 8);

const dir = mkdtempSync(join(tmpdir(), 'verso-queue-bench-'));
const desk = join(dir, 'desk');
writeDesk(desk, ARTICLES, WORDS);

/**
 * Marks, in the page, when the review of the article at `index` of the list is on screen
 * (`<label>-shown`) and when its first check has finished (`<label>-issues`: the Issues region
 * lists issues or says there are none).
 */
async function watchReview(page: Page, label: string): Promise<void> {
  await page.evaluate((label) => {
    let shown = false;
    const current = () => document.querySelector('[aria-label="Articles"] li[aria-current="true"] .article-name')?.textContent ?? '';
    const start = current();
    const look = (observer?: MutationObserver) => {
      const name = current();
      if (!name || name === start) return;
      const review = document.querySelector(`main[aria-label="Review of ${name.split('/').pop()}"]`);
      if (!review) return;
      if (!shown) {
        shown = true;
        performance.mark(`${label}-shown`);
      }
      const issues = review.querySelector('[aria-label="Open issues"] li') ?? (review.textContent?.includes('No open issues') ? review : null);
      if (issues) {
        performance.mark(`${label}-issues`);
        observer?.disconnect();
      }
    };
    new MutationObserver((_, observer) => look(observer)).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, label);
}

async function measure(page: Page, label: string, from: string): Promise<{ shown: number; issues: number }> {
  await page.waitForFunction((label) => performance.getEntriesByName(`${label}-issues`).length > 0, label, { timeout: 120_000, polling: 50 });
  return page.evaluate(
    ([label, from]) => ({
      shown: performance.measure(`${label}:shown`, from, `${label}-shown`).duration,
      issues: performance.measure(`${label}:issues`, from, `${label}-issues`).duration,
    }),
    [label, from],
  );
}

const server = await serveStatic('out/web');
try {
  await withPage(server.url, async (page) => {
    await page.getByRole('button', { name: 'Open folder…' }).waitFor();
    // Let the app's checker warm up on the welcome screen, as an editor's first seconds would.
    await page.waitForTimeout(3000);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open folder…' }).click()]);
    await watchReview(page, 'open');
    // The clock starts just before Playwright hands the folder's files to the picker (the file
    // input is never in the document, so its change event cannot be caught here): it includes
    // Playwright's own transfer of the 200 files.
    await page.evaluate(() => performance.mark('picked'));
    await chooser.setFiles(desk);
    const opened = await measure(page, 'open', 'picked');
    console.log(`${ARTICLES} articles of ~${WORDS} words: folder picked → first review on screen ${opened.shown.toFixed(0)} ms, → its issues listed ${opened.issues.toFixed(0)} ms`);

    const shown: number[] = [];
    const issues: number[] = [];
    const items = page.getByRole('region', { name: 'Articles' }).getByRole('listitem');
    for (let k = 1; k <= NEXTS; k++) {
      // Wait until the background check has the next article's figures: it is "ready".
      await items.nth(k).getByText(/open issues? ·/).waitFor({ timeout: 120_000 });
      await page.waitForTimeout(300);
      await watchReview(page, `next${k}`);
      await page.evaluate(() => window.addEventListener('keydown', () => performance.mark('key'), { capture: true, once: true }));
      await page.keyboard.press('Control+PageDown');
      const t = await measure(page, `next${k}`, 'key');
      await page.evaluate(() => performance.clearMarks('key'));
      shown.push(t.shown);
      issues.push(t.issues);
    }
    console.log(`Next article onto one checked in the background (n=${NEXTS}): key → review on screen median ${median(shown).toFixed(0)} ms (${shown.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`  key → its issues listed median ${median(issues).toFixed(0)} ms, max ${Math.max(...issues).toFixed(0)} ms (${issues.map((t) => t.toFixed(0)).join(', ')}) (target ≤ 300)`);

    const t0 = Date.now();
    await page.getByRole('progressbar', { name: 'Checking the articles' }).waitFor({ state: 'detached', timeout: 600_000 });
    const left = await page.evaluate(() => performance.now() - (performance.getEntriesByName('picked')[0]?.startTime ?? 0));
    console.log(`background check of the whole batch done ${(left / 1000).toFixed(1)} s after the folder was picked (waited ${((Date.now() - t0) / 1000).toFixed(1)} s more after the Next runs): ${(ARTICLES / (left / 1000)).toFixed(1)} articles a second`);

    const exportStart = Date.now();
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('button', { name: 'Export all corrected texts…' }).click(),
    ]);
    const exportMs = Date.now() - exportStart;
    const zipPath = await zip.path();
    console.log(`Export all corrected texts… on ${ARTICLES}: click → zip downloaded ${(exportMs / 1000).toFixed(1)} s (${statSync(zipPath).size} bytes, ${zip.suggestedFilename()})`);
  });
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

// The review screen in the web build, in Debian's Chromium, timed from inside the page:
// - open the sample → first issues shown, cold (new browser profile, checker not warmed) and warm;
// - keystroke → updated diff and counts (status bar re-rendered), on the sample and on a
//   100k-word article; long tasks (> 50 ms) on the main thread while typing.
import type { Page } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { withPage } from './browser';
import { article, median } from './corpus';

async function firstIssues(page: Page, waitBeforeClick: number): Promise<number> {
  await page.getByRole('button', { name: 'Try the sample article' }).waitFor();
  if (waitBeforeClick) await page.waitForTimeout(waitBeforeClick);
  await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Try the sample article')!;
    button.addEventListener('click', () => performance.mark('open'), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[aria-label="Open issues"] li')) {
        performance.mark('issues');
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Try the sample article' }).click();
  await page.locator('[aria-label="Open issues"] li').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.measure('first-issues', 'open', 'issues').duration);
}

/** Types `count` characters one at a time; returns each keystroke's time to an updated status bar. */
async function keystrokes(page: Page, count: number): Promise<{ latencies: number[]; longTasks: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[]; __down: number };
    w.__lat = [];
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    window.addEventListener('keydown', (e) => (w.__down = e.timeStamp), { capture: true });
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(() => {
      if (w.__down) {
        w.__lat.push(performance.now() - w.__down);
        w.__down = 0;
      }
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  const editor = page.getByRole('textbox', { name: 'Corrected text' });
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  for (let i = 0; i < count; i++) {
    // Alternate inserting and deleting so the change count moves on every key.
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number[] };
    return { latencies: w.__lat, longTasks: w.__long };
  });
}

async function openText(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Try the sample article' }).waitFor();
  const handle = await page.evaluateHandle(
    ([n, t]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([t], n, { type: 'text/plain' }));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent('body', 'drop', { dataTransfer: handle });
  await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
  await page.locator('[aria-label="Open issues"] li').first().waitFor({ timeout: 120_000 });
}

function summary(label: string, values: number[]): string {
  if (values.length === 0) return `${label}: no samples`;
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return `${label}: median ${median(values).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${values.length})`;
}

const server = await serveStatic('out/web');
try {
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) cold.push(await withPage(server.url, (page) => firstIssues(page, 0)));
  console.log(`open sample → first issues, cold (click at once): ${cold.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(cold).toFixed(0)} ms (target ≤ 1500)`);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(await withPage(server.url, (page) => firstIssues(page, 4000)));
  console.log(`open sample → first issues, checker warmed on the welcome screen: median ${median(warm).toFixed(0)} ms`);

  await withPage(server.url, async (page) => {
    await firstIssues(page, 0);
    const { latencies, longTasks } = await keystrokes(page, 40);
    console.log(summary('keystroke → diff and counts, sample (target median ≤ 16)', latencies));
    console.log(`long tasks while typing, sample: ${longTasks.length} (${longTasks.map((t) => t.toFixed(0)).join(', ')} ms)`);
  });

  const big = article(100_000);
  await withPage(server.url, async (page) => {
    const t0 = Date.now();
    await openText(page, 'mt-100k.txt', big.mt);
    console.log(`open 100k-word article → first issues: ${Date.now() - t0} ms`);
    const { latencies, longTasks } = await keystrokes(page, 40);
    console.log(summary('keystroke → diff and counts, 100k words (target median ≤ 50)', latencies));
    console.log(`long tasks while typing, 100k words: ${longTasks.length} (${longTasks.map((t) => t.toFixed(0)).join(', ')} ms)`);
  });
} finally {
  await server.close();
}

// Debian's Chromium for the browser benches, launched as the e2e tests launch it: headless, the
// brief's flags, a fresh profile that is removed afterwards.
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Opens `url` in a fresh headless Chromium (1400 × 900), runs `fn` on the page, and closes it all. */
export async function withPage<T>(url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'verso-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    return await fn(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

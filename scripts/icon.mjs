// npm run icon: renders resources/icon.svg to resources/icon.png (1024 × 1024, transparent corners),
// the one icon electron-builder needs: it derives the macOS .icns and the Windows .ico from it.
// Uses the Chromium the browser tests already need (CHROMIUM_PATH, default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const SIZE = 1024;
const svg = readFileSync('resources/icon.svg', 'utf8').replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: 'resources/icon.png', omitBackground: true });
  console.log(`wrote resources/icon.png (${SIZE} × ${SIZE})`);
} finally {
  await browser.close();
}

// The formats must run in the renderer and its worker, not only in node: bundle them for the
// browser with Vite (as the web build does) and run a .docx round trip in a real Chromium.
// mammoth in particular has node-only files that only its package.json "browser" map replaces.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/cli';
import { CURLY_QUOTES_TEXT } from '../../fixtures/formats/make-fixtures';
import { buildReport } from '../../../src/core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const folder = tempFolder('verso-browser-formats-');
afterAll(() => folder.remove());
if (!existsSync(CHROMIUM)) console.log(`browser-bundle.test: skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!existsSync(CHROMIUM))(`formats in a browser bundle (Chromium at ${CHROMIUM})`, () => {
  it('bundle without node built-ins, round-trip a .docx in Chromium, and render a hostile report as text', async () => {
    const entry = new URL('../../../src/core/formats/index.ts', import.meta.url).pathname;
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: folder.dir,
        minify: false,
        lib: { entry, formats: ['iife'], name: 'VersoFormats', fileName: () => 'formats.js' },
      },
    });
    expect(readdirSync(folder.dir)).toEqual(['formats.js']);
    const bundle = readFileSync(join(folder.dir, 'formats.js'), 'utf8');
    expect(bundle).not.toMatch(/\brequire\(\s*["'](node:)?(fs|path|os|stream|util|buffer)["']\s*\)/);
    expect(bundle).not.toContain('__vite-browser-external');

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!DOCTYPE html><title>formats</title>');
      await page.addScriptTag({ content: bundle });
      const result = await page.evaluate(async (text) => {
        const f = (globalThis as unknown as { VersoFormats: typeof import('../../../src/core/formats') }).VersoFormats;
        const docx = await f.exportDocx(text, 'Title');
        const fromDocx = await f.importArticle('a.docx', docx);
        const fromHtml = await f.importArticle('a.html', f.exportHtml(text, 'Title'));
        return { docx: fromDocx.text, html: fromHtml.text };
      }, CURLY_QUOTES_TEXT);
      expect(errors).toEqual([]);
      expect(result.docx).toBe(CURLY_QUOTES_TEXT);
      expect(result.html).toBe(CURLY_QUOTES_TEXT.replace(/ {2,}/g, ' '));

      // A hostile article's report, opened as a page: nothing runs, nothing loads, all is text.
      const hostile = 'Intro <script>alert(1)</script>\n\n"><img src=x onerror=alert(1)> end';
      const report = buildReport({
        title: hostile, fileName: '<b>x</b>.txt', original: hostile, corrected: hostile + ' <svg onload=alert(2)>',
        changes: [{ kind: 'insert', fromA: hostile.length, toA: hostile.length, fromB: hostile.length, toB: hostile.length + 22, a: '', b: ' <svg onload=alert(2)>' }],
        stats: { wordsA: 7, wordsB: 9, edits: 2, ter: 0.22 }, issues: [], machineIssues: [], language: hostile, dialect: 'en-GB', generatedAt: hostile,
      });
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(report, { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        elements: document.querySelectorAll('script, img, svg, b, iframe').length,
        text: document.body.innerText,
      }));
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      expect(seen.elements).toBe(0);
      expect(seen.text).toContain('Intro <script>alert(1)</script>');
      expect(seen.text).toContain('"><img src=x onerror=alert(1)> end');
      expect(seen.text).toContain('<svg onload=alert(2)>');
    } finally {
      await browser.close();
    }
  });
});

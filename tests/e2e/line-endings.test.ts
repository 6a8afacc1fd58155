// An article's bytes come back as they were wherever the editor did not change them: CRLF, a
// missing final newline, a BOM, mixed line endings, UTF-16. Each is opened in the web build, one
// fix is applied, and every export and the saved review are compared byte for byte.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { waitForStatus } from './review-actions';
import { dropFile, exportFile as exported } from './transfer';
import { docxToText, encodeText } from '../../src/core';
import { htmlToText } from '../../src/core/formats/html-text';

const web = TARGETS.find((t) => t.name === 'web')!;
// The sample has LF line endings and no final newline.
const SAMPLE = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');

interface Variant {
  name: string;
  text: string;
  encoding: 'utf-8' | 'utf-16le';
  bom: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'crlf.txt', text: SAMPLE.replace(/\n/g, '\r\n') + '\r\n', encoding: 'utf-8', bom: false },
  { name: 'crlf-no-final-newline.txt', text: SAMPLE.replace(/\n/g, '\r\n'), encoding: 'utf-8', bom: false },
  { name: 'bom-crlf.txt', text: SAMPLE.replace(/\n/g, '\r\n') + '\r\n', encoding: 'utf-8', bom: true },
  // Mostly LF, with a CRLF paragraph break after the headline and a final CRLF.
  { name: 'mixed.txt', text: SAMPLE.replace('\n\n', '\r\n\r\n') + '\r\n', encoding: 'utf-8', bom: false },
  { name: 'utf16-crlf.md', text: SAMPLE.replace(/\n/g, '\r\n') + '\r\n', encoding: 'utf-16le', bom: true },
];

/** An export's bytes. */
const exportBytes = async (page: Page, item: string) => (await exported(page, item)).bytes;

// As HTML and Word read them: paragraphs, runs of spaces as one.
const paragraphs = (text: string) =>
  text
    .split(/(?:\r\n|\r|\n)+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

announceSkip(web);
describe.runIf(!web.missing)('line endings, final newline and BOM (web)', () => {
  let app: RunningApp | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  for (const variant of VARIANTS) {
    it(`keeps every byte of ${variant.name} the editor did not change, in every export and the saved review`, async () => {
      app = await web.launch();
      const { page } = app;
      const original = encodeText(variant.text, variant.encoding, variant.bom);
      const expectedText = variant.text.replace('offencive', 'offensive');
      const expected = Buffer.from(encodeText(expectedText, variant.encoding, variant.bom));
      await dropFile(page, variant.name, original);
      const item = page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' });
      await item.getByRole('button', { name: 'Replace with offensive', exact: true }).click();
      await waitForStatus(page, /\b1 change\b/);

      expect((await exportBytes(page, 'Corrected text (.txt)')).equals(expected)).toBe(true);
      expect((await exportBytes(page, 'Corrected text (.md)')).equals(expected)).toBe(true);
      expect(paragraphs(htmlToText((await exportBytes(page, 'Corrected text (.html)')).toString('utf8')))).toEqual(
        paragraphs(expectedText),
      );
      const docx = await exportBytes(page, 'Corrected text (.docx)');
      expect(paragraphs(await docxToText('x.docx', new Uint8Array(docx)))).toEqual(paragraphs(expectedText));

      const patch = await exportBytes(page, 'Changes (.patch)');
      if (variant.encoding === 'utf-8') {
        dir = mkdtempSync(join(tmpdir(), 'verso-eol-'));
        writeFileSync(join(dir, 'article.txt'), original);
        writeFileSync(join(dir, 'changes.patch'), patch);
        copyFileSync(join(dir, 'article.txt'), join(dir, 'before.txt'));
        const run = spawnSync('patch', ['--binary', 'article.txt', 'changes.patch'], { cwd: dir, encoding: 'utf8' });
        expect(run.status, run.stderr + run.stdout).toBe(0);
        expect(readFileSync(join(dir, 'article.txt')).equals(expected)).toBe(true);
      }

      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
      const review = JSON.parse(readFileSync(await download.path(), 'utf8')) as { original: string; corrected: string };
      expect(review.original).toBe(variant.text);
      expect(review.corrected).toBe(expectedText);
      expect(app.errors, app.errors.join("\n")).toEqual([]);
    });
  }
});

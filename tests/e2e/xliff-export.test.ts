// An XLIFF file reviewed in the web build and exported back: "Corrected XLIFF (.xlf)" is offered
// only for a review opened from XLIFF, writes the edited target into the file, keeps every other
// byte (declaration, notes, attributes, inline tags of the unchanged unit, CRLF line ends), and the
// exported file opens again as a review whose machine translation is the corrected text.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { TARGETS, type RunningApp } from './harness';

const web = TARGETS.find((t) => t.name === 'web')!;

// An invented job: two units, the first with an inline tag and a note, the second with a typo.
const XLIFF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  '  <file source-language="fr" target-language="en" datatype="plaintext" original="port.txt">',
  '    <body>',
  '      <trans-unit id="t1" approved="no">',
  '        <source>Le port de <g id="1">Saint-Malo</g> accueille 12 navires.</source>',
  '        <target state="needs-review-translation">The port of <g id="1">Saint-Malo</g> welcomes 12 ships.</target>',
  '        <note from="pm">Keep the place name.</note>',
  '      </trans-unit>',
  '      <trans-unit id="t2">',
  '        <source>Les travaux dureront trois ans.</source>',
  '        <target>The works will last tree years.</target>',
  '      </trans-unit>',
  '    </body>',
  '  </file>',
  '</xliff>',
  '',
].join('\r\n');

async function openFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/xliff+xml', buffer: bytes });
}

async function exportItems(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Export' }).click();
  const items = await page.getByRole('menu').getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  return items;
}

describe('XLIFF export (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exports the XLIFF with the corrected target and every other byte as it was, and opens it again', async () => {
    app = await web.launch();
    const { page } = app;
    await openFile(page, 'port.xlf', Buffer.from(XLIFF, 'utf8'));
    const corrected = page.getByRole('textbox', { name: 'Corrected text' });
    await corrected.waitFor();
    await page.getByRole('textbox', { name: 'Source text' }).waitFor();
    expect(await exportItems(page)).toContain('Corrected XLIFF (.xlf)');

    // Correct "tree" to "three" in the second unit.
    await corrected.locator('.cm-line').filter({ hasText: 'tree years' }).click();
    await page.keyboard.press('End');
    for (let k = 0; k < ' years.'.length; k++) await page.keyboard.press('ArrowLeft');
    for (let k = 0; k < 'ree'.length; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type('hree');
    await page.screenshot({ path: 'test-results/xliff-edit.png' });
    await expect.poll(() => corrected.textContent()).toContain('three years');

    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menu').getByRole('menuitem', { name: 'Corrected XLIFF (.xlf)' }).click()]);
    expect(download.suggestedFilename()).toBe('port.corrected.xlf');
    const exported = readFileSync(await download.path());
    // Byte for byte the same file but for the one word.
    expect(exported.equals(Buffer.from(XLIFF.replace('tree years', 'three years'), 'utf8'))).toBe(true);

    // The exported file opens as a review whose machine translation carries the correction.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: "Don't Save" }).click();
    await openFile(page, 'port.corrected.xlf', exported);
    await page.getByRole('textbox', { name: 'Machine translation' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Machine translation' }).textContent()).toContain('The works will last three years.');
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('does not offer XLIFF for a review of a plain text article', async () => {
    app = await web.launch();
    const { page } = app;
    await openFile(page, 'port.txt', Buffer.from('The port of Saint-Malo welcomes 12 ships.\n', 'utf8'));
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    const items = await exportItems(page);
    expect(items).toContain('Corrected text (.txt)');
    expect(items).not.toContain('Corrected XLIFF (.xlf)');
  }, 120_000);
});

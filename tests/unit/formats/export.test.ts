import { describe, expect, it } from 'vitest';
import {
  EXPORT_KINDS,
  decodeText,
  encodeText,
  exportDocx,
  exportFileName,
  exportHtml,
  exportMarkdown,
  exportTxt,
  importArticle,
  textToDocx,
} from '../../../src/core';
import { sampleArticle } from './factories';

const TRICKY =
  'The “Heroes of Iraq” operation — ‘phase three’ — began.\n\n' +
  'It’s 4,853\u00a0km² across Saladin, Diyala & Kirkuk <provinces> said "officials".\n' +
  'A second line in the same paragraph… with é, ß, 中文 and 🙂.\n\n' +
  'Tabs\tstay and  double  spaces stay in Word.';

describe('exportTxt', () => {
  const variants: [string, Uint8Array][] = [
    ['UTF-8', encodeText('one\ntwo\n')],
    ['UTF-8 with BOM', encodeText('“one”\ntwo\n', 'utf-8', true)],
    ['UTF-16LE', encodeText('one\r\ntwo 🙂', 'utf-16le', true)],
    ['UTF-16BE', encodeText('one\ntwo\r\n', 'utf-16be', true)],
    ['CRLF', encodeText('one\r\ntwo\r\n\r\nthree\r\n')],
    ['no final newline', encodeText('one\ntwo')],
  ];
  it.each(variants)('gives back the same bytes for an unchanged %s file', async (_label, bytes) => {
    const article = await importArticle('a.txt', bytes);
    expect(exportTxt(article.text, article)).toEqual(bytes);
  });

  it('writes an edit in the original encoding, other bytes untouched', async () => {
    const article = await importArticle('a.txt', encodeText('offencive\r\nend', 'utf-16le', true));
    const out = exportTxt(article.text.replace('offencive', 'offensive'), article);
    expect(decodeText(out)).toEqual({ text: 'offensive\r\nend', encoding: 'utf-16le', bom: true });
  });
});

describe('exportMarkdown', () => {
  it('re-imports as the same text', async () => {
    const source = await importArticle('a.md', encodeText('# Title\n\n' + TRICKY + '\n'));
    const again = await importArticle('b.md', exportMarkdown(source.text, source));
    expect(again.text).toBe(source.text);
  });
});

describe('exportHtml', () => {
  it('re-imports as the same paragraphs and characters', async () => {
    const text = TRICKY.replace(/\t| {2,}/g, ' ');
    const again = await importArticle('a.html', exportHtml(text, 'A <title>'));
    expect(again.text).toBe(text);
  });

  it('re-imports the corrected sample article unchanged', async () => {
    const { corrected } = sampleArticle();
    // The sample's photo caption keeps a double space and a line starting with a space; HTML
    // collapses spaces and trims lines, as any browser shows them.
    const expected = corrected.trimEnd().replace(/ {2,}/g, ' ').replace(/^ | $/gm, '');
    expect((await importArticle('a.html', exportHtml(corrected, 'Iraq'))).text).toBe(expected);
  });

  it('escapes the text: markup in an article stays text', () => {
    const page = new TextDecoder().decode(exportHtml('<script>alert(1)</script>\n\n"><img src=x onerror=alert(1)>', '<b>'));
    expect(page).not.toMatch(/<script|<img|<b>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('exportDocx', () => {
  it('re-imports with mammoth keeping every character, curly quotes included', async () => {
    const bytes = await exportDocx(TRICKY, 'Tricky');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect((await importArticle('a.docx', bytes)).text).toBe(TRICKY);
  });

  it('keeps all paragraphs of a 14-paragraph article', async () => {
    const { corrected } = sampleArticle();
    const paragraphs = corrected.trim().split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(14);
    const again = await importArticle('sample.docx', await textToDocx(corrected));
    expect(again.text).toBe(corrected.trim());
  });
});

describe('exportFileName', () => {
  it('names every export after the article, with the menu names of the contract', () => {
    expect(Object.keys(EXPORT_KINDS)).toEqual([
      'Corrected text (.txt)',
      'Corrected text (.md)',
      'Corrected text (.docx)',
      'Corrected text (.html)',
      'Review report (.html)',
      'Issues (.csv)',
      'Changes (.patch)',
      'Corrected XLIFF (.xlf)',
    ]);
    expect(exportFileName('job.xlf', 'Corrected XLIFF (.xlf)')).toBe('job.corrected.xlf');
    expect(exportFileName('iraq.txt', 'Corrected text (.txt)')).toBe('iraq.corrected.txt');
    expect(exportFileName('iraq.docx', 'Review report (.html)')).toBe('iraq.report.html');
    expect(exportFileName('notes', 'Issues (.csv)')).toBe('notes.issues.csv');
  });
});

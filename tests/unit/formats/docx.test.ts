import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, importArticle } from '../../../src/core';
import { CURLY_QUOTES_TEXT, makeFixtures } from '../../fixtures/formats/make-fixtures';

const fixture = new URL('../../fixtures/formats/curly-quotes.docx', import.meta.url);

beforeAll(async () => {
  if (process.env.VERSO_MAKE_FIXTURES) await makeFixtures();
});

describe('importArticle: .docx', () => {
  it('keeps every character of a Word file made with the docx package, curly quotes included', async () => {
    const article = await importArticle('curly-quotes.docx', new Uint8Array(readFileSync(fixture)));
    expect(article).toEqual({ name: 'curly-quotes.docx', format: 'docx', text: CURLY_QUOTES_TEXT, encoding: 'utf-8', bom: false });
  });

  it('reads bytes that are a view into a larger buffer', async () => {
    const bytes = readFileSync(fixture);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const article = await importArticle('view.docx', padded.subarray(10, 10 + bytes.length));
    expect(article.text).toBe(CURLY_QUOTES_TEXT);
  });

  it('refuses a truncated Word file with a message naming it', async () => {
    const bytes = readFileSync(fixture).subarray(0, 600);
    await expect(importArticle('cut.docx', bytes)).rejects.toThrow(BadInputError);
    await expect(importArticle('cut.docx', bytes)).rejects.toThrow(/^cut\.docx is damaged or not a Word document/);
  });
});

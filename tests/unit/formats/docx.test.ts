import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, importArticle } from '../../../src/core';
import { CURLY_QUOTES_TEXT, makeFixtures } from '../../fixtures/formats/make-fixtures';
import { deflatePart, zipArchive, type ZipPart } from '../../helpers/zip';

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

  describe('zip bombs', () => {
    const CONTENT_TYPES =
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const RELS =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    const text = (s: string) => () => [new TextEncoder().encode(s)];
    // word/document.xml: one paragraph of 210 MB of the letter a (a few hundred kilobytes deflated).
    const MB = new TextEncoder().encode('a'.repeat(1024 * 1024));
    function* bombXml() {
      yield new TextEncoder().encode('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
      for (let k = 0; k < 210; k++) yield MB;
      yield new TextEncoder().encode('</w:t></w:r></w:p></w:body></w:document>');
    }
    let parts: ZipPart[];
    beforeAll(async () => {
      parts = [await deflatePart('[Content_Types].xml', text(CONTENT_TYPES)), await deflatePart('_rels/.rels', text(RELS)), await deflatePart('word/document.xml', bombXml)];
    }, 60_000);

    it('refuses a Word file whose parts say they unzip to 210 MB, before unzipping them', async () => {
      const bomb = zipArchive(parts);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      await expect(importArticle('bomb.docx', bomb)).rejects.toThrow(/^bomb\.docx unzips to more than a Word article can hold \(210 MB; the limit is 200 MB\)/);
    });

    it('refuses a Word file whose headers lie (1 KB stated, 210 MB inside), stopping as soon as a part outgrows its header', async () => {
      const lying = zipArchive(parts.map((p) => (p.name === 'word/document.xml' ? { ...p, size: 1024 } : p)));
      await expect(importArticle('lying.docx', lying)).rejects.toThrow(/^lying\.docx unzips to more than a Word article can hold/);
    });
  });
});


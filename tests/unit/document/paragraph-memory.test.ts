// A long session on a long article: the document model kept between checks must hold each
// paragraph's own text, not the whole article's text of the version the paragraph was read in.
// (V8 keeps a substring as a view of its parent: a re-check after each edit of a 100k-word
// article kept one whole copy of the article per paragraph edited.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ParagraphCache, type Document } from '../../../src/core/document';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('ParagraphCache', () => {
  it('keeps no whole earlier version of the text alive after edits to many paragraphs', () => {
    // 600 paragraphs, about 360,000 characters; the curly apostrophe makes it a two-byte string (~720 kB).
    const paragraphs = Array.from({ length: 600 }, (_, i) =>
      `Paragraph ${i}: the council’s report lists ${i * 3} open files in the district, and officials said more would follow before the end of the year. `
        .repeat(4)
        .trim(),
    );
    const cache = new ParagraphCache();
    let doc: Document = cache.build(paragraphs.join('\n\n'));
    const before = heapAfterGc();
    // 60 edits, each to another paragraph: each builds a new text of the whole article.
    for (let k = 0; k < 60; k++) {
      paragraphs[k * 10] = paragraphs[k * 10].replace('open files', 'files still open');
      doc = cache.build(paragraphs.join('\n\n'));
    }
    const grown = heapAfterGc() - before;
    expect(doc.paragraphs[590].analysis.text).toContain('files still open');
    // Each kept whole version would cost ~720 kB (43 MB for 60); the paragraphs themselves ~50 kB.
    expect(grown).toBeLessThan(8_000_000);
  });
});

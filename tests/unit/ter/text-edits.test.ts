// terTextEdits hashes the words where they stand in the text; it must split them as terWords does
// (ASCII whitespace only) and score them as terEdits does.
import { describe, expect, it } from 'vitest';
import { terWords } from '../../../src/core';
import { terEdits, terTextEdits, TerScratch } from '../../../src/core/ter/tercom';
import { prng } from '../diff/cases';

describe('TER over text', () => {
  it('splits and scores as terWords and terEdits on words joined by every kind of space', () => {
    const random = prng(5);
    const vocabulary = ['the', 'The', 'minister', 'said', 'a\u00a0b', 'x\u2009y', 'état', 'ÉTAT', '“quote”', 'it’s', '—', '5,000', 'w'];
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u000b', '\f', '\u00a0', '\u2003'];
    const scratch = new TerScratch();
    for (let n = 0; n < 400; n++) {
      const text = () => {
        let out = random() < 0.3 ? spaces[Math.floor(random() * spaces.length)] : '';
        for (let k = Math.floor(random() * 25); k > 0; k--) out += vocabulary[Math.floor(random() * vocabulary.length)] + spaces[Math.floor(random() * spaces.length)];
        return out;
      };
      const hyp = text();
      const ref = random() < 0.2 ? hyp : text();
      const expected = terEdits(terWords(hyp, { caseSensitive: true }), terWords(ref, { caseSensitive: true }));
      // One scratch for all, as a document scores its segments.
      expect(terTextEdits(hyp, ref, scratch), JSON.stringify([hyp, ref])).toEqual(expected);
      expect(terTextEdits(hyp.toLowerCase(), ref.toLowerCase(), scratch)).toEqual(terEdits(terWords(hyp), terWords(ref)));
    }
  });

  it('counts every word inserted or deleted when one side has none', () => {
    expect(terTextEdits(' \t', 'two words')).toEqual({ edits: 2, refWords: 2 });
    expect(terTextEdits('three more words', '\u00a0')).toEqual({ edits: 3, refWords: 1 });
    expect(terTextEdits('', '')).toEqual({ edits: 0, refWords: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../src/core';
import { prng } from './cases';

// What the hand-written tokenizer must cut exactly like.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

describe('wordTokens', () => {
  it('cuts words with inner apostrophes, whitespace runs and single code points', () => {
    expect(wordTokens("don't  stop—l'armée 😀x\u00a02,5")).toEqual(["don't", '  ', 'stop', '—', "l'armée", ' ', '😀', 'x', '\u00a0', '2', ',', '5']);
  });

  it('agrees with the regular expression on random strings (20,000, surrogates and marks included)', () => {
    const random = prng(7);
    const alphabet = ['a', 'B', 'word', "'", "'", ' ', '  ', 'é', 'e\u0301', "'", '\u2019', ' ', '\n', '\t', '\u00a0', '\u3000', '.', ',', '😀', '𝒜', '\ud800', '\udc00', '1', '٣', 'ß', '-', 'ж'];
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 16); k > 0; k--) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(text.match(TOKEN) ?? []);
    }
  });
});

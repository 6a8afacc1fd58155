import { describe, expect, it } from 'vitest';
import { DocumentDiff, diffStats, ter } from '../../../src/core';
import { segmentEdits, splitSentences } from '../../../src/core/diff/document';

describe('splitSentences', () => {
  it('splits after terminal punctuation before a capital, digit or opening quote, losing nothing', () => {
    const text = 'He left. She stayed! Did they? "Yes," he said. 2024 was long… (Quiet.) "Fine." end';
    const parts = splitSentences(text);
    expect(parts.join('')).toBe(text);
    expect(parts).toEqual(['He left. ', 'She stayed! ', 'Did they? ', '"Yes," he said. ', '2024 was long… ', '(Quiet.) ', '"Fine." end']);
  });
  it('does not split before a lower-case word or inside a number', () => {
    expect(splitSentences('It cost 3.5 million e.g. for roads. next')).toHaveLength(1);
  });
});

describe('document HTER: TERCOM corpus figure over sentence segments', () => {
  it('a pair of two sentences each, one changed: the TER edits of that sentence pair', () => {
    const a = 'Intro stays the same.\n\nIn paris the talks resumed today. The minister spoke briefly.\n';
    const b = 'Intro stays the same.\n\nThe talks resumed today in paris. The minister spoke briefly.\n';
    const stats = new DocumentDiff(a, b).stats();
    const sentence = ter('In paris the talks resumed today.', 'The talks resumed today in paris.');
    expect(sentence.edits).toBeGreaterThan(0);
    expect(stats.edits).toBe(sentence.edits);
    expect(stats.wordsB).toBe(4 + 10);
    expect(stats.ter).toBeCloseTo(sentence.edits / 14, 12);
    // Per paragraph: the unchanged one costs nothing; the changed one is its sentence's edits.
    expect(stats.paragraphs.map((p) => [p.edits, p.refWords])).toEqual([
      [0, 4],
      [sentence.edits, 10],
    ]);
  });

  it('sums the sentence pairs of a paragraph', () => {
    const a = 'The cat sat on mat. A dog ran far away. Birds sing.';
    const b = 'The cat sat on the mat. The dog ran away. Birds sing.';
    const expected = ter('The cat sat on mat.', 'The cat sat on the mat.').edits + ter('A dog ran far away.', 'The dog ran away.').edits;
    expect(segmentEdits(a, b)).toEqual({ edits: expected, refWords: 12 });
    expect(diffStats(a, b)).toEqual({ wordsA: 12, wordsB: 12, edits: expected, ter: expected / 12 });
  });

  it('falls back to the whole paragraph when the sentence counts differ', () => {
    const a = 'The talks resumed today. In paris they were held.';
    const b = 'The talks resumed today in paris.';
    const whole = ter(a, b);
    expect(segmentEdits(a, b)).toEqual({ edits: whole.edits, refWords: whole.refWords });
    expect(diffStats(a, b).edits).toBe(whole.edits);
  });

  it('pairs sentences through the diff: a split sentence shares a segment, the others stand alone', () => {
    const a = 'The cat sat on mat. The dog ran far away and it barked loudly. Birds sing. Rain fell.';
    const b = 'The cat sat on the mat. The dog ran away. It barked loudly. Birds sing. Rain fell hard.';
    const expected =
      ter('The cat sat on mat.', 'The cat sat on the mat.').edits +
      ter('The dog ran far away and it barked loudly.', 'The dog ran away. It barked loudly.').edits +
      ter('Rain fell.', 'Rain fell hard.').edits;
    expect(segmentEdits(a, b)).toEqual({ edits: expected, refWords: 18 });
  });

  it('counts an inserted or deleted paragraph as its words, and identical texts as nothing', () => {
    const a = 'Kept paragraph.\n\nKept too.\n';
    const b = 'Kept paragraph.\n\nA new paragraph of six words.\n\nKept too.\n';
    expect(diffStats(a, b)).toEqual({ wordsA: 4, wordsB: 10, edits: 6, ter: 0.6 });
    expect(diffStats(b, a)).toEqual({ wordsA: 10, wordsB: 4, edits: 6, ter: 1.5 });
    expect(diffStats(a, a)).toEqual({ wordsA: 4, wordsB: 4, edits: 0, ter: 0 });
  });

  it('is case-insensitive as TERCOM', () => {
    expect(diffStats('The Cat sat. It purred.', 'the cat sat. It purred.').edits).toBe(0);
  });
});

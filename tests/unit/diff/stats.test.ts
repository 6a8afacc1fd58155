import { describe, expect, it } from 'vitest';
import { DocumentDiff, diffStats, ter } from '../../../src/core';
import { segmentEdits } from '../../../src/core/diff/document';
import { buildDocument, sentenceBreaks } from '../../../src/core/document';

describe('sentence segments: the document model\'s splitter', () => {
  const sentences = (text: string, atAbbreviations = false) => {
    const out: string[] = [];
    let start = 0;
    for (const { next } of sentenceBreaks(text, 0, text.length, { atAbbreviations })) {
      out.push(text.slice(start, next));
      start = next;
    }
    return [...out, text.slice(start)];
  };
  it('splits after terminal punctuation before a capital, digit or opening quote, losing nothing', () => {
    const text = 'He left. She stayed! Did they? "Yes," he said. 2024 was long… (Quiet.) «Fine.» end';
    const parts = sentences(text);
    expect(parts.join('')).toBe(text);
    expect(parts).toEqual(['He left. ', 'She stayed! ', 'Did they? ', '"Yes," he said. ', '2024 was long… ', '(Quiet.) ', '«Fine.» end']);
  });
  it('does not split before a lower-case word, inside a number, or after an abbreviation or an initial', () => {
    expect(sentences('It cost 3.5 million e.g. for roads. next')).toHaveLength(1);
    expect(sentences('Mr. Rasool met U.S. troops and J. Smith. They left.')).toEqual(['Mr. Rasool met U.S. troops and J. Smith. ', 'They left.']);
  });
  it('splits after an abbreviation or an initial too when asked (the HTER segments)', () => {
    expect(sentences('Mr. Rasool met J. Smith. They left.', true)).toEqual(['Mr. ', 'Rasool met J. ', 'Smith. ', 'They left.']);
  });
  it('cuts a stretch of a longer text at absolute offsets, reading nothing past its end', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const from = text.indexOf('Inside one');
    const to = text.indexOf('After');
    // The break before "After" needs the capital past the stretch's end: not a break here.
    expect(sentenceBreaks(text, from, to)).toEqual([{ end: text.indexOf(' Inside two'), next: text.indexOf('Inside two') }]);
    expect(sentenceBreaks(text, from, to + 1).map((b) => b.next)).toEqual([text.indexOf('Inside two'), to]);
  });
  it('is the checker\'s sentence split: same breaks as the document model', () => {
    const text = 'Mr. Rasool met U.S. troops. J. Smith said “Go.” Then they left! Next.';
    const model = buildDocument(text).paragraphs[0].analysis.sentences;
    expect(model.map((s) => s.start).slice(1)).toEqual(sentenceBreaks(text).map((b) => b.next));
  });
});

describe('document HTER segments break at abbreviations on both sides', () => {
  it('scores "Mr." and the rest of its sentence as two segments', () => {
    const a = 'Mr. Smith arrived late. The talks began.';
    const b = 'Mr. Smith came late. The talks began.';
    expect(segmentEdits(a, b)).toEqual({ edits: ter('Smith arrived late.', 'Smith came late.').edits, refWords: 7 });
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

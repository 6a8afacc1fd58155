import { describe, expect, it } from 'vitest';
import { corpusTer, ter, terWords } from '../../../src/core';

describe('ter', () => {
  it('is zero for identical segments', () => {
    expect(ter('the cat sat', 'the cat sat')).toEqual({ edits: 0, refWords: 3, ter: 0 });
  });

  it('counts a substitution, an insertion and a deletion', () => {
    expect(ter('the cat sat', 'the dog sat').edits).toBe(1);
    expect(ter('the cat sat', 'the cat sat down').edits).toBe(1);
    expect(ter('the big cat sat', 'the cat sat').edits).toBe(1);
  });

  it('counts a moved block as one shift, where Levenshtein would count four edits', () => {
    // Levenshtein: 4 (two deletions, two insertions); TER: one shift of "in paris".
    const score = ter('in paris the talks resumed today', 'the talks resumed today in paris');
    expect(score.edits).toBe(1);
    expect(score.refWords).toBe(6);
    expect(score.ter).toBeCloseTo(1 / 6, 10);
  });

  it('ignores case unless asked, and splits on whitespace only', () => {
    expect(ter('The Cat', 'the cat').edits).toBe(0);
    expect(ter('The Cat', 'the cat', { caseSensitive: true }).edits).toBe(2);
    expect(ter('cat,', 'cat ,').edits).toBe(2);
    expect(terWords('  a\tb \n c  ')).toEqual(['a', 'b', 'c']);
    // TERCOM splits on ASCII whitespace only: a no-break space stays inside the word.
    expect(terWords('10\u00a0km')).toEqual(['10\u00a0km']);
  });

  it('handles empty segments as TERCOM does', () => {
    expect(ter('', '')).toEqual({ edits: 0, refWords: 0, ter: 0 });
    expect(ter('', 'two words')).toEqual({ edits: 2, refWords: 2, ter: 1 });
    expect(ter('two words', '   ')).toEqual({ edits: 2, refWords: 0, ter: 1 });
  });

  it('is not capped at 1', () => {
    expect(ter('a b c d', 'x').ter).toBe(4);
  });
});

describe('corpusTer', () => {
  it('divides total edits by total reference words', () => {
    const result = corpusTer(['a b c', 'x y'], ['a b d', 'x y z w']);
    expect(result.segments.map((s) => s.edits)).toEqual([1, 2]);
    expect(result.ter).toBeCloseTo(3 / 7, 10);
  });

  it('refuses lists of different lengths', () => {
    expect(() => corpusTer(['a'], [])).toThrow(RangeError);
  });
});

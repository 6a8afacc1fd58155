import { describe, expect, it } from 'vitest';
import { flagged as flaggedBy, flaggedTexts as flaggedTextsBy } from './helpers';

// Off by default: turned on for its own tests.
const on = { rules: { 'straight-quotes': true } };
const flagged = (text: string) => flaggedBy(text, 'straight-quotes', on);

describe('straight-quotes', () => {
  it('flags each straight double quote of an article with no curly ones, with its curly form', () => {
    const text = 'The minister called it a "historic" day.\n\nCritics said the "plan" and the "deal" were late.';
    const found = flagged(text);
    expect(found.map((f) => f.issue.suggestions?.[0]).join('')).toBe('“”“”“”');
    expect(found.every((f) => f.text === '"' && f.issue.safe && f.issue.category === 'punctuation')).toBe(true);
  });

  it('is off by default', () => {
    expect(flaggedTextsBy('The minister called it a "historic" day.', 'straight-quotes')).toEqual([]);
  });

  it('does not flag an article that mixes styles (quote-style speaks), an odd mark or an inch mark', () => {
    expect(flagged('A “historic” day, and a "plan".')).toEqual([]);
    expect(flagged('He said "we will act, and left.')).toEqual([]);
    const text = 'A 55" screen costs less, and the "deal" is on.';
    expect(flagged(text).map((f) => text.slice(f.issue.start, f.issue.start + 5))).toEqual(['"deal', '" is ']);
  });
});

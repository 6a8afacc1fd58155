import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('foreign-quotes', () => {
  it('flags guillemets with the padding inside them, suggesting the article’s curly quotes', () => {
    const text = 'He called it « a historic day » and added that “nothing will change”.';
    const [f] = flagged(text, 'foreign-quotes');
    expect(f.text).toBe('« a historic day »');
    expect(f.issue.suggestions).toEqual(['“a historic day”']);
  });

  it('suggests straight quotes in an article that writes straight quotes', () => {
    const text = 'The minister said "we will act" and called the plan „a necessary step“ on Monday.';
    expect(flagged(text, 'foreign-quotes').map((f) => f.issue.suggestions[0])).toEqual(['"a necessary step"']);
  });

  it('flags corner brackets, nested ones as single quotes, and Chinese title marks', () => {
    const text = 'The paper 《People’s Daily》 quoted him: 「We said 『never』 before」.';
    const found = flagged(text, 'foreign-quotes');
    expect(found.map((f) => f.issue.suggestions[0])).toEqual(['“People’s Daily”', '“We said ‘never’ before”']);
  });

  it('flags a lone source-language mark with the English mark for its side', () => {
    expect(flagged('Not a time, but millennia prepared this result in the human soul ».', 'foreign-quotes').map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['»', '”'],
    ]);
  });

  it('does not flag a quotation wholly in another script twice (foreign-script takes its marks)', () => {
    const text = 'Protesters chanted « Слава Україні! » as police watched.';
    expect(flaggedTexts(text, 'foreign-quotes')).toEqual([]);
    expect(flaggedTexts(text, 'foreign-script')).toEqual(['« Слава Україні! »']);
  });

  it('does not flag English quotation marks', () => {
    expect(flaggedTexts('He said “yes” and ‘maybe’ and "no".', 'foreign-quotes')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('decimal-comma', () => {
  it('flags a decimal comma before a magnitude, a percentage or a unit, with the point as the fix', () => {
    const text = 'The city has 3,6 million people. Inflation rose 0,8% in May and unemployment reached 27,4 per cent. The river rose 2,5 metres.';
    const found = flagged(text, 'decimal-comma');
    expect(found.map((f) => f.text)).toEqual(['3,6', '0,8', '27,4', '2,5']);
    expect(found.map((f) => f.issue.suggestions[0])).toEqual(['3.6', '0.8', '27.4', '2.5']);
  });

  it('flags a decimal comma after a currency sign and regroups thousands written with points', () => {
    const found = flagged('The bill came to €1.234,56 and the fee to $3,5.', 'decimal-comma');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['1.234,56', '1,234.56'],
      ['3,5', '3.5'],
    ]);
  });

  it('flags two-digit fractions and one-digit ones before what they count', () => {
    expect(flaggedTexts('The rate was 340,75 drachma for a euro, or one car per 3,8 inhabitants.', 'decimal-comma')).toEqual(['340,75', '3,8']);
  });

  it('flags both ends of a range of decimals', () => {
    expect(flaggedTexts('Output will be between 3,5 and 4,2 million tonnes.', 'decimal-comma')).toEqual(['3,5', '4,2']);
  });

  it('does not flag thousands separators', () => {
    expect(flaggedTexts('About 1,200 people and 200,000 sheep; 1,000,000 euros in all.', 'decimal-comma')).toEqual([]);
  });

  it('does not flag lists, "two or three" and ranges of years', () => {
    expect(flaggedTexts('See pages 1,5 and the items 3,4 and 5.', 'decimal-comma')).toEqual([]);
    expect(flaggedTexts('It takes 2,3 days to arrive, and the numbers 1,5 appeared twice.', 'decimal-comma')).toEqual([]);
    expect(flaggedTexts('The drought of 1990,91 was the worst.', 'decimal-comma')).toEqual([]);
    expect(flaggedTexts('The lists 1,2,3 and 2,5-dimethylfuran were read out.', 'decimal-comma')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('spacing', () => {
  it('flags a double space between sentences, suggesting one space', () => {
    const [f] = flagged('rule by the Islamic State (IS) group.  Iraqi forces announced the liberation.', 'spacing');
    expect(f.text).toBe('  ');
    expect(f.issue.suggestions).toEqual([' ']);
    expect(f.issue.safe).toBe(true);
  });

  it('flags a space before punctuation', () => {
    expect(flaggedTexts('ISIS has about 3,000 fighters , according to the centre .', 'spacing')).toEqual([' ', ' ']);
  });

  it('flags a missing space after a comma or a full stop', () => {
    expect(flaggedTexts('killing and wounding Iraqi,foreign personnel.It was not known.', 'spacing')).toEqual([',', '.']);
  });

  it('does not flag numbers, decimals, abbreviations, URLs or e-mail addresses', () => {
    const text = 'It will target 4,853 square kilometres, 2.5 times the U.S. figure; see www.example.com/Report.Html or info@afp.com.';
    expect(flaggedTexts(text, 'spacing')).toEqual([]);
  });

  it('does not flag single spaces or an ellipsis', () => {
    expect(flaggedTexts('The US has about 5,200 troops in Iraq … for now.', 'spacing')).toEqual([]);
  });
});

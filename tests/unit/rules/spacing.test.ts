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

  it('flags a comma moved onto the next word, suggesting it before the space', () => {
    const [f, ...rest] = flagged('The roads were closed ,and schools shut.', 'spacing');
    expect(rest).toEqual([]);
    expect(f.text).toBe(' ,');
    expect(f.issue.suggestions).toEqual([', ']);
  });

  it('flags invisible characters pasted in with the copy, suggesting deleting them', () => {
    const found = flagged('Rescue teams\u200b worked through the night. The co\u00adoperation held.\ufeff', 'spacing');
    expect(found.map((f) => f.text)).toEqual(['\u200b', '\u00ad', '\ufeff']);
    expect(found.map((f) => f.issue.suggestions)).toEqual([[''], [''], ['']]);
    expect(found[0].issue.message).toMatch(/zero-width space/);
    expect(found[1].issue.message).toMatch(/soft hyphen/);
  });

  it('does not flag the joiners that emoji and Persian words need', () => {
    expect(flaggedTexts('The family \u{1F468}\u200d\u{1F469}\u200d\u{1F467} posed. The word می\u200cخواهم was quoted.', 'spacing')).toEqual([]);
  });

  it('does not flag numbers, decimals, abbreviations, URLs or e-mail addresses', () => {
    const text = 'It will target 4,853 square kilometres, 2.5 times the U.S. figure; see www.example.com/Report.Html or info@afp.com.';
    expect(flaggedTexts(text, 'spacing')).toEqual([]);
  });

  it('does not flag single spaces or an ellipsis', () => {
    expect(flaggedTexts('The US has about 5,200 troops in Iraq … for now.', 'spacing')).toEqual([]);
  });
});

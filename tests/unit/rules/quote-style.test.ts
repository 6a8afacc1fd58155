import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('quote-style', () => {
  it('flags straight quotes in a text that otherwise uses curly quotes, suggesting curly ones', () => {
    const text =
      'Iraqi forces announced the "liberation" of Mosul.\n\n“We announce the start of the third phase,” he said.\n\nThe operation will “target 4,853 square kilometres”, he said.';
    const [f] = flagged(text, 'quote-style');
    expect(f.text).toBe('"liberation"');
    expect(f.issue.suggestions).toEqual(['“liberation”']);
  });

  it('flags single quotes as the primary mark when most quotes are double', () => {
    const text = '“We will win,” he said. “It is over,” she said. The minister called it a ‘victory’ on Monday.';
    expect(flaggedTexts(text, 'quote-style')).toEqual(['‘victory’']);
  });

  it('flags mixed straight and curly apostrophes', () => {
    expect(flaggedTexts("Iraq's army and Iraq's police met the country’s leaders. Baghdad's view", 'quote-style')).toEqual(['’']);
  });

  it('does not flag quotes inside agency boilerplate (it is deleted whole)', () => {
    const text =
      'Forces announced the “liberation” of Mosul. - === RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO / IRAQI PRIME MINISTER\'S PRESS OFFICE" - NO MARKETING NO ADVERTISING CAMPAIGNS ===';
    expect(flaggedTexts(text, 'quote-style')).toEqual([]);
  });

  it('does not flag single quotes nested inside double quotes, nor one consistent style', () => {
    expect(flaggedTexts('“He called it ‘a victory’ for Iraq,” the spokesman said. “We are ready,” he added.', 'quote-style')).toEqual([]);
    expect(flaggedTexts('He said "we are ready" and "we will win".', 'quote-style')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged as flaggedBy, flaggedTexts as flaggedTextsBy } from './helpers';

// Off by default: turned on for its own tests.
const on = { rules: { 'abbreviation-dots': true } };
const flagged = (text: string, rule: string) => flaggedBy(text, rule, on);
const flaggedTexts = (text: string, rule: string) => flaggedTextsBy(text, rule, on);

describe('abbreviation-dots', () => {
  it('flags the less used of "UN" and "U.N.", suggesting the article’s form', () => {
    const text = 'The UN said on Monday that aid would resume.\n\nA U.N. spokesman added that the UN mission would stay.';
    const [f, ...rest] = flagged(text, 'abbreviation-dots');
    expect(rest).toEqual([]);
    expect(f.text).toBe('U.N.');
    expect(f.issue.suggestions).toEqual(['UN']);
    expect(f.issue.category).toBe('consistency');
  });

  it('flags any abbreviation by its letters, not from a list, and keeps a full stop that ends the sentence', () => {
    const text = 'The E.C.O.W.A.S. summit opened. ECOWAS leaders met. ECOWAS troops stayed in the north. ECOWAS said so. Aid came from the E.C.O.W.A.S. The talks went on.';
    const found = flagged(text, 'abbreviation-dots');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['E.C.O.W.A.S.', 'ECOWAS'],
      ['E.C.O.W.A.S.', 'ECOWAS.'],
    ]);
  });

  it('takes the full stop after a plain form when the dotted form is the article’s', () => {
    const text = 'U.S. troops left. U.S. officials said so. The aid came from the US.';
    const [f] = flagged(text, 'abbreviation-dots');
    expect(f.text).toBe('US.');
    expect(f.issue.suggestions).toEqual(['U.S.']);
  });

  it('does not flag an article that writes each abbreviation one way, nor an all-caps credit line', () => {
    expect(flaggedTexts('The U.S. and the U.K. agreed. U.S. troops stayed. The EU said nothing.', 'abbreviation-dots')).toEqual([]);
    expect(flaggedTexts('THIS PICTURE WAS RELEASED BY THE US ARMY\n\nU.S. troops left the base on Monday.', 'abbreviation-dots')).toEqual([]);
  });

  it('does not flag initials against an unrelated capitalised word', () => {
    expect(flaggedTexts('J.K. Rowling spoke to the BBC. The BBC aired it.', 'abbreviation-dots')).toEqual([]);
  });

  it('does not run unless turned on', () => {
    const text = 'The UN said so. The U.N. agreed. The UN left.';
    expect(flaggedTextsBy(text, 'abbreviation-dots')).toEqual([]);
    expect(flaggedTexts(text, 'abbreviation-dots')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('confusables', () => {
  it('flags "per say", "in regards to" and "for all intensive purposes"', () => {
    const found = flagged('Per say it works, in regards to the law, for all intensive purposes.', 'confusables');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['Per say', 'Per se'],
      ['in regards to', 'in regard to'],
      ['for all intensive purposes', 'for all intents and purposes'],
    ]);
  });
});

describe('two articles in a row', () => {
  it('flags "a an" once, as a doubled article', () => {
    const [f, ...rest] = flagged('This is a an example, and the the a one.', 'confusables');
    expect(f.text).toBe('a an');
    expect(f.issue.suggestions).toEqual(['an']);
    expect(rest.map((r) => r.text)).toEqual(['the a']);
  });
  it('does not flag an article before a capital A or a hyphenated "a-"', () => {
    expect(flaggedTexts('He joined the A team and an a-list cast.', 'confusables')).toEqual([]);
  });
});

describe('case-insensitive patterns', () => {
  it('keep their offsets in a paragraph whose lower case is longer (a dotted capital I)', () => {
    const found = flagged('İstanbul said, per say, in regards to it.', 'confusables');
    expect(found.map((f) => f.text)).toEqual(['per say', 'in regards to']);
  });
});

describe('confusables in non-English names', () => {
  it('does not take the last letter of "Bistrița" for an article', () => {
    expect(flaggedTexts('Churches in Bistrița the town were built.', 'confusables')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('confusables', () => {
  it('flags "has began" and suggests "has begun"', () => {
    const [f] = flagged('The withdrawal of coalition forces has began in the north.', 'confusables');
    expect(f.text).toBe('has began');
    expect(f.issue.suggestions).toEqual(['has begun']);
  });

  it('flags then/than in comparisons, "should of", "it’s own", "their is" and a/an slips', () => {
    const text = 'Losses were higher then expected. They should of left. The army has it’s own plan. Their is no doubt. It was a offensive and an victory.';
    expect(flaggedTexts(text, 'confusables')).toEqual(['higher then', 'should of', 'it’s own', 'Their is', 'a offensive', 'an victory']);
    expect(flagged(text, 'confusables')[0].issue.suggestions).toEqual(['higher than']);
  });

  it('does not flag correct uses: "then" in sequence, "could of course", "its own", "a one-off", "an hour"', () => {
    const text = 'They cleared Saladin and then Diyala. It could of course fail. The army has its own plan. It was a one-off, an hour long, a European mission and a unit.';
    expect(flaggedTexts(text, 'confusables')).toEqual([]);
  });
});

describe('two articles in a row', () => {
  it('flags "a an" once, as a doubled article, not as "a" before a vowel', () => {
    const [f, ...rest] = flagged('This is a an example, and the the a one.', 'confusables');
    expect(f.text).toBe('a an');
    expect(f.issue.suggestions).toEqual(['an']);
    expect(rest.map((r) => r.text)).toEqual(['the a']);
  });
  it('does not flag an article before a capital A or a hyphenated "a-"', () => {
    expect(flaggedTexts('He joined the A team and an a-list cast.', 'confusables')).toEqual([]);
  });
});

describe('double comparatives and superlatives', () => {
  it('flags "more taller than" and "the most biggest", suggesting the adjective alone', () => {
    const found = flagged('The new tower is more taller than the old one, and the most biggest in the region.', 'confusables');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['more taller than', 'taller than'],
      ['most biggest', 'biggest'],
    ]);
  });
  it('does not flag "more older people" or "more than"', () => {
    expect(flaggedTexts('More older people voted, more than ever, and most of them early.', 'confusables')).toEqual([]);
  });
});

describe('case-insensitive patterns', () => {
  it('match in any case, on lower-cased text, at the right offsets', () => {
    const found = flagged('Costs were Higher Then expected. They SHOULD OF left.', 'confusables');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['Higher Then', 'Higher than'],
      ['SHOULD OF', 'Should have'],
    ]);
  });
  it('keep their offsets in a paragraph whose lower case is longer (a dotted capital I)', () => {
    const found = flagged('İstanbul grew larger then Ankara. They should of left.', 'confusables');
    expect(found.map((f) => f.text)).toEqual(['larger then', 'should of']);
  });
});

describe('confusables in non-English names', () => {
  it('does not take the last letter of "Bistrița" for the article "a"', () => {
    expect(flaggedTexts('Churches in Bistrița and probably in Râmnic were built.', 'confusables')).toEqual([]);
  });
});

describe('its before an adjective or noun', () => {
  it('does not flag the possessive "its" before a noun or adjective', () => {
    expect(flaggedTexts('The empire in different parts of its time; its likely successor; its true nature; its only child.', 'confusables')).toEqual([]);
  });
});

// UK/US variants come from the two dictionaries' differences, not from a hand-made list.
import { describe, expect, it } from 'vitest';
import { loadLexicon, variantLookup } from '../../../src/core/spelling';

describe('variantLookup', () => {
  const lexicon = loadLexicon();
  const variants = variantLookup(lexicon, [{ gb: 'grey', us: 'gray' }]);

  it('pairs thousands of one-dialect forms across the usual reforms', () => {
    const paired = [...lexicon.gbOnly].filter((w) => /^[a-z]+$/.test(w) && variants.get(w));
    expect(paired.length).toBeGreaterThan(2000);
    const samples: [string, string][] = [
      ['colour', 'color'],
      ['organise', 'organize'],
      ['centre', 'center'],
      ['catalogue', 'catalog'],
      ['defence', 'defense'],
      ['travelled', 'traveled'],
      ['paediatric', 'pediatric'],
      ['manoeuvre', 'maneuver'],
      ['programme', 'program'],
      ['fulfil', 'fulfill'],
    ];
    for (const [gb, us] of samples) {
      expect(variants.get(gb)).toEqual({ dialect: 'en-GB', counterpart: us });
    }
    expect(variants.get('color')).toEqual({ dialect: 'en-US', counterpart: 'colour' });
  });

  it('never makes a word both dialects accept into a variant', () => {
    for (const word of ['program', 'tire', 'dialogue', 'check', 'meter', 'license']) expect(variants.get(word)).toBeUndefined();
  });

  it('takes extra pairs from data only where the dictionaries agree a side is one dialect\'s', () => {
    expect(variants.get('grey')?.counterpart).toBe('gray');
  });
});

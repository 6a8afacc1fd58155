import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { flagged, flaggedTexts } from './helpers';

describe('dialect-mix', () => {
  it('flags a US spelling in a UK-spelling text, suggesting the UK form', () => {
    const text = 'The training programmes they led were halted. The operation will target 4,853 square kilometres. Officials organized the withdrawal.';
    const [f] = flagged(text, 'dialect-mix');
    expect(f.text).toBe('organized');
    expect(f.issue.suggestions).toEqual(['organised']);
  });

  it('flags UK spellings against a chosen US dialect', () => {
    expect(flaggedTexts('The programmes covered 40 kilometres.', 'dialect-mix', { dialect: 'en-US' })).toEqual(['programmes', 'kilometres']);
  });

  it('detects the dialect from the majority of variant spellings', () => {
    const checker = createChecker();
    expect(checker.check('The color of the neighborhood center was gray. Its colour faded.').dialect).toBe('en-US');
    expect(checker.check('The colour of the centre. The defence ministry mobilised.').dialect).toBe('en-GB');
  });

  it('covers a real variant list generated from the dictionaries, not a handful of pairs', () => {
    const text = 'The colour, the theatre, the catalogue, the defence, the travelled road, the paediatric ward and the analysed data.';
    expect(flaggedTexts(text, 'dialect-mix', { dialect: 'en-US' })).toEqual(['colour', 'theatre', 'catalogue', 'defence', 'travelled', 'paediatric', 'analysed']);
  });

  it('does not flag spellings inside names ("Ministry of Defence", "World Health Organization")', () => {
    const text = 'The World Health Organization and the Ministry of Defence met at the Centre for Global Policy. The colour was grey.';
    expect(flaggedTexts(text, 'dialect-mix')).toEqual([]);
  });

  it('does not flag words both dialects accept (program, tire, dialogue)', () => {
    expect(flaggedTexts('The colour of the computer program; they tire of dialogue.', 'dialect-mix')).toEqual([]);
  });
});

describe('dialect detection without variant spellings in running text', () => {
  it('falls back to the spellings of names', () => {
    const checker = createChecker();
    expect(checker.check('Defense Secretary Lloyd Austin spoke at the Center for Strategic and International Studies.').dialect).toBe('en-US');
  });
});

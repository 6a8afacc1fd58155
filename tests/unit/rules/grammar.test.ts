// The grammar layer as a rule of the registry: its entries are listed and switched like rules,
// names and quotations are never flagged, and the slips confusables used to catch still are.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core';
import { GRAMMAR_RULES } from '../../../src/core/rules';
import { flagged, flaggedTexts } from './helpers';

describe('grammar entries in the registry', () => {
  it('lists every grammar entry as a rule of category grammar, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GRAMMAR_RULES) expect(RULES.find((r) => r.id === g.id)?.category).toBe('grammar');
    expect(ids).not.toContain('grammar');
  });

  it('does not flag a grammar slip whose entry is switched off, and flags it at the chosen severity', () => {
    const text = 'The withdrawal has began in the north.';
    expect(flaggedTexts(text, 'perfect-simple-past')).toEqual(['has began']);
    expect(flaggedTexts(text, 'perfect-simple-past', { rules: { 'perfect-simple-past': false } })).toEqual([]);
    expect(flagged(text, 'perfect-simple-past', { rules: { 'perfect-simple-past': 'error' } })[0].issue.severity).toBe('error');
  });

  it('gives each entry the default its data file says (enabled: false lists it off until the settings turn it on)', () => {
    for (const g of GRAMMAR_RULES) expect(RULES.find((r) => r.id === g.id)?.enabledByDefault, g.id).toBe(g.enabled);
    const text = 'The authorities has promised an inquiry.';
    expect(flaggedTexts(text, 'plural-subject-singular-verb')).toEqual(['authorities has']);
    expect(flaggedTexts(text, 'plural-subject-singular-verb', { rules: { 'plural-subject-singular-verb': false } })).toEqual([]);
    expect(flagged(text, 'plural-subject-singular-verb', { rules: { 'plural-subject-singular-verb': 'info' } })[0].issue.severity).toBe('info');
  });
});

describe('grammar slips', () => {
  it('flags "has began", "should of", "higher then", "Their is" and "a offensive" with their fixes', () => {
    const text = 'The talks has began. They should of left. Losses were higher then expected. Their is no doubt. It was a offensive.';
    const found = (rule: string) => flagged(text, rule).map((f) => [f.text, f.issue.suggestions[0]]);
    expect(found('perfect-simple-past')).toEqual([['has began', 'has begun']]);
    expect(found('modal-of')).toEqual([['should of', 'should have']]);
    expect(found('comparative-then')).toEqual([['higher then', 'higher than']]);
    expect(found('their-is')).toEqual([['Their is', 'There is']]);
    expect(found('a-before-vowel-sound')).toEqual([['a offensive', 'an offensive']]);
  });

  it('does not flag slips inside quotation marks', () => {
    expect(flaggedTexts('The banner read “The war has began” in red.', 'perfect-simple-past')).toEqual([]);
    expect(flaggedTexts('The banner read "The war has began" in red.', 'perfect-simple-past')).toEqual([]);
  });

  it('does not flag a name inside a sentence', () => {
    expect(flaggedTexts('The film Despite Of Everything opened.', 'despite-of')).toEqual([]);
  });

  it('does not flag a comma splice across a sentence start whose full stop was lost', () => {
    // A headline run into its text: "In" starts a sentence, so "In May, the …" is no splice.
    const text = 'Ministers talked to the unions to discuss wages In May, the strike was called off.';
    expect(flaggedTexts(text, 'comma-splice')).toEqual([]);
    expect(flaggedTexts('Ministers talked to the unions, in May, the strike was called off.', 'comma-splice')).toEqual([', the']);
    expect(flaggedTexts('Ministers talked to the unions, In May, the strike was called off.', 'comma-splice')).toEqual([]);
  });

  it('flags a slip after a lost sentence start as it would in a sentence of its own', () => {
    expect(flaggedTexts('Workers marched through the town The talks has began again.', 'perfect-simple-past')).toEqual(['has began']);
  });

  it('does not flag sentences mostly of words the dictionaries do not know', () => {
    expect(flaggedTexts('Dacă a hotărât să plece, a anunțat-o.', 'a-before-vowel-sound')).toEqual([]);
  });
});

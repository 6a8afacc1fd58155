// Every grammar rule's own examples (src/core/rules/data/grammar/*.yaml), run through the real
// checker: each incorrect example is flagged exactly where it marks, with its correction first;
// each correct example is not flagged by that rule.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { GRAMMAR_RULES } from '../../../src/core/rules';

const checker = createChecker();

describe('grammar rules carry their own examples', () => {
  it('has rules, each with incorrect and correct examples', () => {
    expect(GRAMMAR_RULES.length).toBeGreaterThan(10);
    for (const r of GRAMMAR_RULES) {
      expect(r.examples.incorrect.length, r.id).toBeGreaterThan(0);
      expect(r.examples.correct.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of GRAMMAR_RULES) {
    describe(r.id, () => {
      for (const ex of r.examples.incorrect) {
        it(`flags “${ex.flagged!.text}” in “${ex.text}”`, () => {
          const issues = checker.check(ex.text, { rules: { [r.id]: true } }).issues.filter((i) => i.rule === r.id);
          expect(issues.map((i) => [ex.text.slice(i.start, i.end), i.suggestions[0]])).toEqual([[ex.flagged!.text, ex.flagged!.correction]]);
          expect(issues[0].category).toBe('grammar');
        });
      }
      for (const ex of r.examples.correct) {
        it(`does not flag “${ex.text}”`, () => {
          const issues = checker.check(ex.text, { rules: { [r.id]: true } }).issues.filter((i) => i.rule === r.id);
          expect(issues.map((i) => ex.text.slice(i.start, i.end))).toEqual([]);
        });
      }
    });
  }
});

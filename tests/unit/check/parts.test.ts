// One check run in parts (CheckOptions.only), as `verso check --jobs 2` runs it on two threads:
// the parts' issues put together by mergeIssues are the whole check's issues, ids and order
// included, with or without a source; only the part with an accuracy rule reads the source.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RUN_IDS, createChecker, mergeIssues, type CheckOptions } from '../../../src/core';
import { PARTS } from '../../../src/cli/batch/parts';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
// Slips for many rules at once, twice over (same rule, same text: the ids count occurrences).
const slips = 'The the minister said  that it\'s own plan , which he called "bold, offencive, would start on 12 may.\n\nThe colour of the the color.\n\nAccording to the minister said the the plan is late.';
const SOURCE = 'Le ministre a annoncé 1 240 emplois le 3 mars.\n\nLa production a chuté de 18,5 % en 2025.';
const TRANSLATION = 'The minister announced 1,420 jobs on 3 May.\n\nProduction fell by 18.5% in 2024, the the report said.';

const checker = createChecker();
const inParts = (text: string, options: CheckOptions, parts: readonly (readonly string[])[]) => parts.map((only) => checker.check(text, { ...options, only }));

describe('a check in parts', () => {
  it('gives the whole check\'s issues, ids and order when the parts are merged (the --jobs parts)', () => {
    for (const text of [sample, slips, `${sample}\n\n${slips}`]) {
      const whole = checker.check(text);
      const parts = inParts(text, {}, PARTS);
      expect(parts.every((p) => p.issues.length > 0)).toBe(true);
      expect(mergeIssues(parts.map((p) => p.issues))).toEqual(whole.issues);
      for (const p of parts) {
        expect(p.language).toEqual(whole.language);
        expect(p.dialect).toBe(whole.dialect);
        expect(p.stats).toEqual(whole.stats);
      }
    }
  });

  it('gives the whole check\'s issues for any cut of the rules, one rule a part', () => {
    const text = `${sample}\n\n${slips}`;
    const whole = checker.check(text, { rules: { 'number-style': true } });
    const parts = inParts(text, { rules: { 'number-style': true } }, RUN_IDS.map((id) => [id]));
    expect(mergeIssues(parts.map((p) => p.issues))).toEqual(whole.issues);
  });

  it('runs only the rules named, whatever the settings turn on', () => {
    const spelling = checker.check(slips, { only: ['spelling'], rules: { 'number-style': true } });
    expect(new Set(spelling.issues.map((i) => i.rule))).toEqual(new Set(['spelling']));
    expect(checker.check(slips, { only: [] }).issues).toEqual([]);
  });

  it('reads the source only in the part with an accuracy rule, which alone gives the bilingual summary', () => {
    const whole = checker.check(TRANSLATION, { source: SOURCE });
    expect(whole.issues.filter((i) => i.category === 'accuracy').length).toBeGreaterThanOrEqual(2);
    const [first, second] = inParts(TRANSLATION, { source: SOURCE }, PARTS);
    expect(first.bilingual).toBeUndefined();
    expect(first.alignment).toBeUndefined();
    expect(second.bilingual).toEqual(whole.bilingual);
    expect(second.alignment).toEqual(whole.alignment);
    expect(mergeIssues([first.issues, second.issues])).toEqual(whole.issues);
  });

  it('has every rule in exactly one of the --jobs parts', () => {
    expect([...PARTS[0], ...PARTS[1]].sort()).toEqual([...RUN_IDS].sort());
    expect(PARTS[0].some((id) => PARTS[1].includes(id))).toBe(false);
    expect(PARTS[0]).toContain('grammar');
    expect(PARTS[1]).toContain('spelling');
  });
});

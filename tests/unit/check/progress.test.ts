import { describe, expect, it } from 'vitest';
import { RULES, createChecker } from '../../../src/core';

describe('check progress', () => {
  it('reports each rule that runs, in order, ending at the total', () => {
    const checker = createChecker();
    const run = (rules: Record<string, boolean>) => {
      const seen: [number, number][] = [];
      checker.check('The the minister spoke.\n', { rules }, (done, total) => seen.push([done, total]));
      return seen;
    };
    const all = run({});
    const total = all.at(-1)![1];
    expect(total).toBeGreaterThan(5);
    expect(all).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    // A rule turned off is not counted.
    const on = RULES.find((rule) => rule.enabledByDefault !== false && rule.id === 'spelling')!;
    expect(run({ [on.id]: false }).at(-1)).toEqual([total - 1, total - 1]);
  });
});

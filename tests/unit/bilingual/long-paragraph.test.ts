// A source and its translation pasted as one paragraph each, 100,000 characters a side: the
// accuracy rules compared each figure and each name of the translation with every one of the
// source's (a Chinese pair took 28 s, one with thousands of one figure 22 s). They still find the
// one figure changed and the one name misread among them.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';

const checker = createChecker();
const accuracy = (target: string, source: string) =>
  checker
    .check(target, { source })
    .issues.filter((i) => i.category === 'accuracy')
    .map((i) => `${i.rule} ${target.slice(i.start, i.end)}`);

describe('a pair of long single paragraphs', () => {
  it('of a rise given thousands of times, one of them turned into a fall', () => {
    const times = 6000;
    const source = '出口增长了3.5%，'.repeat(times);
    const target =
      'Exports rose by 3.5%, '.repeat(times / 2) +
      'exports fell by 3.5%, ' +
      'exports rose by 3.5%, '.repeat(times / 2 - 1);
    expect(accuracy(target, source)).toContain('change-direction fell');
  });

  it('of a name said thousands of times, once misread', () => {
    const times = 4000;
    const source = '王毅会见了记者。'.repeat(times);
    const target = 'Wang Yi met reporters. '.repeat(times - 1) + 'Wang Er met reporters.';
    expect(accuracy(target, source).some((f) => f.startsWith('name-reading Wang Er'))).toBe(true);
  });
});

// Messages that count something say what they count ("used 8 times"), never a bare "(8×)".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createChecker } from '../../../src/core';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');

describe('counted messages', () => {
  it('flags with a count that says what it counts', () => {
    const issues = createChecker().check(sample).issues;
    const counted = issues.filter((issue) => issue.rule === 'acronym-mismatch' || issue.rule === 'quote-style');
    expect(counted.length).toBeGreaterThanOrEqual(2);
    for (const issue of counted) expect(issue.message).toMatch(/\(used \d+ times?\)/);
    for (const issue of issues) expect(issue.message).not.toMatch(/\d×/);
  });
});

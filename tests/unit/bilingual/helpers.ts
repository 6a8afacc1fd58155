// Tiny factories for accuracy rule tests: one shared checker, a source beside each text.
import { createChecker, type Issue } from '../../../src/core';

const checker = createChecker();

/** What one accuracy rule flags in `translation` given `source`: the flagged text on both sides. */
export function flagged(source: string, translation: string, rule: string): { text: string; source: string; issue: Issue }[] {
  return checker
    .check(translation, { source })
    .issues.filter((i) => i.rule === rule)
    .map((issue) => ({ text: translation.slice(issue.start, issue.end), source: source.slice(issue.sourceStart, issue.sourceEnd), issue }));
}

/** The flagged translation and source texts only, as "translation <- source". */
export function pairs(source: string, translation: string, rule: string): string[] {
  return flagged(source, translation, rule).map((f) => `${f.text} <- ${f.source}`);
}

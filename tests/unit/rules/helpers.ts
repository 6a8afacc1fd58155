// Tiny factories for rule tests: one shared checker (dictionaries load once per test file).
import { createChecker, type CheckOptions, type Issue } from '../../../src/core';

const checker = createChecker();

/** What one rule flags in a text: the flagged texts, messages and suggestions. */
export function flagged(text: string, rule: string, options: CheckOptions = {}): { text: string; issue: Issue }[] {
  return checker
    .check(text, options)
    .issues.filter((i) => i.rule === rule)
    .map((issue) => ({ text: text.slice(issue.start, issue.end), issue }));
}

/** The flagged texts only. */
export function flaggedTexts(text: string, rule: string, options: CheckOptions = {}): string[] {
  return flagged(text, rule, options).map((f) => f.text);
}

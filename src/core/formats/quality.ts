/**
 * An MQM-style quality score: severity-weighted penalty points per 100 words, subtracted from 100.
 * MQM (Multidimensional Quality Metrics) weighs minor/major/critical errors 1/5/10; Verso maps its
 * severities onto those (info = minor, warning = major, error = critical).
 */
import { CATEGORIES, type Category, type Severity } from '../issue';
import type { IssueStatus, ReviewedIssue } from '../../shared/report';

/** Penalty points per issue, by severity (MQM minor 1, major 5, critical 10). */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { info: 1, warning: 5, error: 10 };

/** The score and how it was reached. */
export interface QualityScore {
  /** `max(0, 100 − penaltiesPer100Words)`, rounded to one decimal. */
  score: number;
  /** Sum of the severity weights of the issues counted. */
  penalties: number;
  /** Words the penalties are spread over (the machine translation's word count). */
  words: number;
  /** Issues counted: every issue the editor did not dismiss (open or applied). */
  counted: number;
}

/** The formula as the report states it, in words an editor can check. */
export const QUALITY_FORMULA =
  'Score = 100 − (penalty points × 100 ÷ words of the machine translation), floored at 0. ' +
  'Each open or applied issue costs penalty points by severity: info (MQM minor) 1, warning (MQM major) 5, ' +
  'error (MQM critical) 10. Ignored issues are judged not to be errors and cost nothing.';

/**
 * The quality score of a machine translation of `words` words given the editor's decisions.
 * Ignored issues are dismissed by the editor as not errors, so they do not count.
 */
export function qualityScore(issues: readonly ReviewedIssue[], words: number): QualityScore {
  let penalties = 0;
  let counted = 0;
  for (const { issue, status } of issues) {
    if (status === 'ignored') continue;
    penalties += SEVERITY_WEIGHTS[issue.severity];
    counted++;
  }
  const per100 = words > 0 ? (penalties * 100) / words : penalties > 0 ? Infinity : 0;
  const score = Math.max(0, Math.round((100 - per100) * 10) / 10);
  return { score, penalties, words, counted };
}

/** Open, applied and ignored counts for one category. */
export type StatusCounts = Record<IssueStatus, number>;

/** Issue counts per category and status, in {@link CATEGORIES} order, categories without issues left out. */
export function countByCategory(issues: readonly ReviewedIssue[]): [Category, StatusCounts][] {
  const counts = new Map<Category, StatusCounts>();
  for (const { issue, status } of issues) {
    let row = counts.get(issue.category);
    if (!row) counts.set(issue.category, (row = { open: 0, applied: 0, ignored: 0 }));
    row[status]++;
  }
  return CATEGORIES.filter((c) => counts.has(c)).map((c) => [c, counts.get(c) as StatusCounts]);
}

/** Line and column of offsets in one text (see ../text/lines). */
export { lineLocator } from '../text/lines';

/**
 * An MQM-style quality score: severity-weighted penalty points per 100 words, subtracted from 100.
 * MQM (Multidimensional Quality Metrics) weighs minor/major/critical errors 1/5/10; Verso maps its
 * severities onto those (info = minor, warning = major, error = critical).
 */
import { CATEGORIES, type Category, type Issue, type Severity } from '../issue';
import { lineLocator } from '../text/lines';
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
  /** Issues counted: every issue of the machine translation the editor did not dismiss. */
  counted: number;
}

/** The formula as the report states it, in words an editor can check. */
export const QUALITY_FORMULA =
  'Score = 100 − (penalty points × 100 ÷ words of the machine translation), floored at 0. ' +
  'The points are for the issues found in the machine translation as delivered, never for the editor’s own ' +
  'changes: each costs penalty points by severity: info (MQM minor) 1, warning (MQM major) 5, error (MQM ' +
  'critical) 10, whether the editor fixed it or it is still in the text. Issues the editor ignored are judged ' +
  'not to be errors and cost nothing.';

/**
 * The quality score of a machine translation of `words` words from the issues found in it, with
 * what the editor made of each ({@link translationIssues}). Ignored issues are dismissed by the
 * editor as not errors, so they do not count; fixed ("applied") and still open ones do.
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

/**
 * The machine translation's issues (`machine`, offsets into `original`) with what the editor made
 * of each, judged from the corrected text's issues (`reviewed`): one the editor ignored (the same
 * rule on the same text) is "ignored"; one still found in the corrected text and not decided is
 * "open"; any other is gone from the text, fixed: "applied". Each of the editor's issues answers for
 * one issue of the machine translation, so two "the the" of which one was ignored count one each.
 */
export function translationIssues(machine: readonly Issue[], original: string, reviewed: readonly ReviewedIssue[]): ReviewedIssue[] {
  const key = (rule: string, text: string) => `${rule}\u0000${text}`;
  const pools: Record<'ignored' | 'open', Map<string, number>> = { ignored: new Map(), open: new Map() };
  for (const { issue, status, text } of reviewed) {
    if (status === 'applied') continue;
    const k = key(issue.rule, text ?? '');
    pools[status].set(k, (pools[status].get(k) ?? 0) + 1);
  }
  const take = (pool: Map<string, number>, k: string) => {
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    return n > 0;
  };
  const locate = lineLocator(original);
  return machine.map((issue) => {
    const text = original.slice(issue.start, issue.end);
    const k = key(issue.rule, text);
    const status = take(pools.ignored, k) ? 'ignored' : take(pools.open, k) ? 'open' : 'applied';
    const at = locate(issue.start);
    return { issue, status, text, line: at.line, column: at.column };
  });
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

/**
 * Issues: what the checking engine reports. Plain serialisable objects, so the same value
 * crosses the worker boundary, IPC and the JSON report unchanged.
 */

/** How serious an issue is. `error` = almost certainly wrong; `warning` = probably; `info` = worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** Every severity, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The issue categories of the JSON report contract (../shared/DESIGN.md). */
export type Category =
  | 'spelling'
  | 'grammar'
  | 'style'
  | 'punctuation'
  | 'consistency'
  | 'terminology'
  | 'language'
  | 'boilerplate'
  | 'accuracy';

/** Every category, in the order the report and the issue filters list them. */
export const CATEGORIES: readonly Category[] = [
  'spelling',
  'grammar',
  'style',
  'punctuation',
  'consistency',
  'terminology',
  'language',
  'boilerplate',
  'accuracy',
];

/** One flagged stretch of text. Offsets are UTF-16 indices into the decoded text, end exclusive. */
export interface Issue {
  /** Stable within one text: derived from rule, range and flagged text, so decisions survive re-checks. */
  id: string;
  /** Rule id: the rule's file name under src/core/rules/, or for a grammar pattern its data entry's id. */
  rule: string;
  category: Category;
  severity: Severity;
  /** What is wrong, in words an editor understands. */
  message: string;
  start: number;
  end: number;
  /** Replacement texts for `start..end`, best first. Empty when no fix is known. */
  suggestions: string[];
  /** True when the first suggestion is safe to apply without a human looking (used by `verso fix`). */
  safe?: boolean;
  /** Accuracy issues only: the range of the source text it concerns (UTF-16 offsets, end exclusive). */
  sourceStart?: number;
  sourceEnd?: number;
}

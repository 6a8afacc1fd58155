/**
 * What the exports of a review are built from: the issues with the editor's decisions, and the
 * inputs of the "Review report (.html)". Plain serialisable values, so the renderer can hand them
 * to a worker or to main unchanged.
 */
import type { Change, DiffStats } from '../core/diff/types';
import type { Issue } from '../core/issue';
import type { BilingualSummary } from '../core/bilingual/summary';

/** What the editor did with an issue. `open` = not decided yet. */
export type IssueStatus = 'open' | 'applied' | 'ignored';

/** An issue and the editor's decision on it. */
export interface ReviewedIssue {
  issue: Issue;
  status: IssueStatus;
  /**
   * The flagged text as the editor saw it. Default: `text.slice(issue.start, issue.end)` of the
   * text the export is given (the corrected text).
   */
  text?: string;
  /** 1-based line of `issue.start`; computed from the given text when absent. */
  line?: number;
  /** 1-based column (UTF-16 code units) of `issue.start`; computed from the given text when absent. */
  column?: number;
}

/** One aligned paragraph's figures (the shape of the diff engine's ParagraphStats). */
export interface ParagraphFigures {
  fromB: number;
  toB: number;
  edits: number;
  refWords: number;
  ter: number;
}

/** Everything the review report shows. */
export interface ReportInput {
  /** The article's headline or, failing that, its file name. */
  title: string;
  fileName: string;
  /** The machine translation as opened. */
  original: string;
  /** The editor's corrected text. */
  corrected: string;
  /** The differences from `original` to `corrected` (offsets into each), in any order. */
  changes: readonly Change[];
  /** Word counts and HTER from the diff engine (`ter` = edits over the corrected text's words). */
  stats: DiffStats;
  /**
   * Per aligned paragraph: where it stands in `corrected`, its TER edits, its words and its HTER
   * (DocumentDiff's `stats().paragraphs`). When given, the report lists the most edited paragraphs.
   */
  paragraphs?: readonly ParagraphFigures[];
  /** Every issue found, with its decision. Offsets are into `corrected` unless `line`/`text` say otherwise. */
  issues: readonly ReviewedIssue[];
  /**
   * The issues found in the machine translation itself (`original`, offsets into it), checked with
   * the same settings: what the quality score is computed from.
   */
  machineIssues: readonly Issue[];
  /** Language of the article, e.g. `English (eng)`. */
  language: string;
  /** Spelling variant checked against, e.g. `en-GB`. */
  dialect: string;
  /** When the report was made, as the editor should read it (the caller formats it). */
  generatedAt: string;
  /**
   * A bilingual review's source: its file name and text (what accuracy issues' `sourceStart` and
   * `sourceEnd` point into) and the check's summary. The report then shows a bilingual summary and
   * the source excerpt beside each accuracy issue.
   */
  source?: { name: string; text: string; summary?: BilingualSummary };
}

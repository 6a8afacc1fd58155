/**
 * Checking one article file for `verso check`: read it the way the app opens it, check it, and
 * format the report. The same function runs on the main thread (`--jobs 1`) and in each worker.
 */
import { BadInputError, createChecker, mergeIssues, parseHouseStyle, type CheckOptions, type Severity } from '../../core';
import { importArticle } from '../../core/formats/import';
import { readArticle, readFileBytes } from '../files';
import type { SharedRankings } from './rankings';
import { articleReport, formatReport, worstSeverity, type ArticleReport, type CheckFormat } from './report';

/** The settings every file of one `verso check` run is checked with (plain data: it crosses to the workers). */
export interface CheckSettings {
  format: CheckFormat;
  dialect: 'auto' | 'en-GB' | 'en-US';
  /** The `--rules` house-style file, already read (and validated once on the main thread). Default none. */
  rules?: { file: string; text: string };
  /**
   * Per rule id, from `--settings`, `--enable` and `--disable` (false off, true or a severity on).
   * Default none: every rule at its default.
   */
  ruleSettings?: Record<string, boolean | Severity>;
  /** Words accepted as correct (the `--settings` file's dictionary). Default none. */
  dictionary?: string[];
  /** The `--source` file (one article only), already read. Default none. */
  source?: { file: string; text: string };
}

/** What checking one file gave: its printed report and worst severity, or why it was refused. */
export type FileOutcome = { output: string; worst: number } | { refused: string };

/** What checking one file with some of the rules gave (./parts.ts): the report of their issues, or why the file was refused. */
export type PartOutcome = { report: ArticleReport } | { refused: string };

/**
 * A file's outcome from the outcomes of its parts (one part: the whole check). The parts' issues
 * are merged in the order one check gives them; the bilingual summary comes from the part that ran
 * the accuracy rules. A refusal of either part is the file's.
 */
export function fileOutcome(parts: readonly PartOutcome[], format: CheckFormat): FileOutcome {
  const reports: ArticleReport[] = [];
  for (const part of parts) {
    if ('refused' in part) return part;
    reports.push(part.report);
  }
  let report = reports[0];
  if (reports.length > 1) {
    const source = reports.find((r) => r.source)?.source;
    // The first part's key order (the contract's), with every part's issues and the source summary last.
    report = { ...report, issues: mergeIssues(reports.map((r) => r.issues)), ...(source ? { source } : {}) };
  }
  return { output: formatReport(report, format), worst: worstSeverity(report) };
}

// HTML and Word files are checked as the app shows them (their paragraphs' text); every other
// file is read as plain text, as `verso check` always has.
const IMPORTED = /\.(html?|xhtml|docx|xlf|xliff)$/i;

/** The text `verso check` checks in `path`, or a BadInputError naming it. */
export async function readArticleText(path: string): Promise<string> {
  return (await readArticleWithSource(path)).text;
}

/** The text `verso check` checks in `path`, and the source a bilingual file (XLIFF) carries. */
export async function readArticleWithSource(path: string): Promise<{ text: string; source?: string }> {
  if (IMPORTED.test(path)) return importArticle(path, readFileBytes(path));
  return { text: readArticle(path).text };
}

/**
 * A checker for one run: loads the dictionaries once, then checks file after file, each with the
 * rules `only` names (./parts.ts; default all of them). Refusals (BadInputError) become outcomes;
 * anything else is a bug and is thrown. `rankings`: the speller's suggestion rankings, shared with
 * the run's other threads (./rankings.ts); default its own.
 */
export function createFileChecker(settings: CheckSettings, rankings?: SharedRankings): (path: string, only?: readonly string[]) => Promise<PartOutcome> {
  const checker = createChecker({ rankings });
  const options: CheckOptions = { dialect: settings.dialect };
  if (settings.rules) options.houseStyle = parseHouseStyle(settings.rules.text, settings.rules.file);
  if (settings.source) options.source = settings.source.text;
  if (settings.ruleSettings) options.rules = settings.ruleSettings;
  if (settings.dictionary) options.dictionary = settings.dictionary;
  return async (path, only) => {
    let text: string;
    let own: string | undefined;
    try {
      ({ text, source: own } = await readArticleWithSource(path));
    } catch (error) {
      if (error instanceof BadInputError) return { refused: error.message };
      throw error;
    }
    // An XLIFF file is its own source unless --source names another.
    const source = settings.source ?? (own === undefined ? undefined : { file: path, text: own });
    const these = only ? { ...options, only } : options;
    return { report: articleReport(path, text, checker.check(text, source ? { ...these, source: source.text } : these), source) };
  };
}

/**
 * Checking one article file for `verso check`: read it the way the app opens it, check it, and
 * format the report. The same function runs on the main thread (`--jobs 1`) and in each worker.
 */
import { BadInputError, createChecker, parseHouseStyle, type CheckOptions, type Severity } from '../../core';
import { importArticle } from '../../core/formats/import';
import { readArticle, readFileBytes } from '../files';
import type { SharedRankings } from './rankings';
import { articleReport, formatReport, worstSeverity, type CheckFormat } from './report';

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
 * A checker for one run: loads the dictionaries once, then checks file after file. Refusals
 * (BadInputError) become outcomes; anything else is a bug and is thrown. `rankings`: the speller's
 * suggestion rankings, shared with the run's other threads (./rankings.ts); default its own.
 */
export function createFileChecker(settings: CheckSettings, rankings?: SharedRankings): (path: string) => Promise<FileOutcome> {
  const checker = createChecker({ rankings });
  const options: CheckOptions = { dialect: settings.dialect };
  if (settings.rules) options.houseStyle = parseHouseStyle(settings.rules.text, settings.rules.file);
  if (settings.source) options.source = settings.source.text;
  if (settings.ruleSettings) options.rules = settings.ruleSettings;
  if (settings.dictionary) options.dictionary = settings.dictionary;
  return async (path) => {
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
    const report = articleReport(path, text, checker.check(text, source ? { ...options, source: source.text } : options), source);
    return { output: formatReport(report, settings.format), worst: worstSeverity(report) };
  };
}

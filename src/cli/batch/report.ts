/**
 * One checked article as `verso check` prints it: the JSON document of DESIGN.md's contract, and
 * its text, JSON and JSON-lines forms. The main thread and the check workers both format here, so
 * the output is the same whichever thread checked the file.
 */
import { SEVERITIES, type CheckResult, type Severity } from '../../core';
import { lineColumn, lineStarts } from '../../core/text/lines';

/** `verso check`'s output formats. */
export const CHECK_FORMATS = ['text', 'json', 'jsonl'] as const;
/** One of {@link CHECK_FORMATS}. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The JSON document of one checked file (the contract in DESIGN.md). */
export function articleReport(file: string, text: string, result: CheckResult, source?: { file: string; text: string }) {
  const starts = lineStarts(text);
  return {
    file,
    language: result.language,
    dialect: result.dialect,
    machineTranslated: result.machineTranslated,
    stats: result.stats,
    issues: result.issues.map((i) => ({
      id: i.id,
      rule: i.rule,
      category: i.category,
      severity: i.severity,
      message: i.message,
      start: i.start,
      end: i.end,
      ...lineColumn(starts, i.start),
      text: text.slice(i.start, i.end),
      suggestions: i.suggestions,
      // With --source: where in the source's text an accuracy issue points, and what it says there.
      ...(i.sourceStart !== undefined && source ? { sourceStart: i.sourceStart, sourceEnd: i.sourceEnd, sourceText: source.text.slice(i.sourceStart, i.sourceEnd) } : {}),
    })),
    ...(source && result.bilingual ? { source: { file: source.file, ...result.bilingual } } : {}),
  };
}

/** What {@link articleReport} returns. */
export type ArticleReport = ReturnType<typeof articleReport>;

/** A source excerpt for one line of text output: at most 80 characters, on one line. */
function sourceExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
}

/** The text format: one line per issue, `file:line:col  severity  rule  message  "flagged text"  -> suggestion` (DESIGN.md). */
export function textLines(report: ArticleReport): string {
  let lines = '';
  for (const i of report.issues) {
    const first = i.suggestions[0];
    const shown = first === '' ? '(delete)' : first === ' ' ? '(one space)' : first;
    const fix = first === undefined ? '' : `  -> ${shown}`;
    // An accuracy issue also shows what the source says there (with --source), after the contract's fields.
    const source = 'sourceText' in i && typeof i.sourceText === 'string' ? `  source: ${JSON.stringify(sourceExcerpt(i.sourceText))}` : '';
    lines += `${report.file}:${i.line}:${i.column}  ${i.severity}  ${i.rule}  ${i.message}  ${JSON.stringify(i.text)}${fix}${source}\n`;
  }
  return lines;
}

/**
 * A report as printed in `format`: text lines; JSON lines (one line, newline-terminated); or for
 * `json` the pretty-printed document without a final newline (the caller joins documents into an
 * array, see {@link JsonWriter}).
 */
export function formatReport(report: ArticleReport, format: CheckFormat): string {
  if (format === 'text') return textLines(report);
  if (format === 'jsonl') return `${JSON.stringify(report)}\n`;
  return JSON.stringify(report, null, 2);
}

/**
 * The most severe issue's index in {@link SEVERITIES} (0 is error), or `SEVERITIES.length` when
 * the article has no issues: `--fail-on S` fails when this is at most S's index.
 */
export function worstSeverity(report: ArticleReport): number {
  let worst = SEVERITIES.length;
  for (const i of report.issues) worst = Math.min(worst, SEVERITIES.indexOf(i.severity as Severity));
  return worst;
}

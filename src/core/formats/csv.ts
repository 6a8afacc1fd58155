/**
 * "Issues (.csv)": one row per issue, RFC 4180, safe to open in a spreadsheet.
 */
import type { ReviewedIssue } from '../../shared/report';
import { lineLocator } from './quality';

/** The header row, in column order. */
export const ISSUE_CSV_COLUMNS = [
  'id', 'rule', 'category', 'severity', 'status', 'line', 'column', 'text', 'message', 'suggestions',
] as const;

/** How several suggestions share one cell. */
export const SUGGESTION_SEPARATOR = ' | ';

/**
 * The issues as CSV text: a header row, then one row per issue; rows end with CRLF; a field holding
 * a comma, quote, CR or LF is quoted with its quotes doubled (RFC 4180). A text cell starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet shows it instead of running it as
 * a formula (OWASP "CSV injection"). `text` is what the issue offsets point into (the corrected
 * text), used for the flagged text and line/column when the issue does not carry them.
 */
export function issuesToCsv(issues: readonly ReviewedIssue[], text: string, source?: string): string {
  // A bilingual review adds one last column: the source text an accuracy issue points at.
  const rows: string[][] = [source === undefined ? [...ISSUE_CSV_COLUMNS] : [...ISSUE_CSV_COLUMNS, 'source']];
  const locate = lineLocator(text);
  for (const reviewed of issues) {
    const { issue, status } = reviewed;
    const at = reviewed.line !== undefined ? null : locate(issue.start);
    rows.push([
      cell(issue.id),
      cell(issue.rule),
      issue.category,
      issue.severity,
      status,
      String(reviewed.line ?? at?.line ?? ''),
      String(reviewed.column ?? at?.column ?? ''),
      cell(reviewed.text ?? text.slice(issue.start, issue.end)),
      cell(issue.message),
      cell(issue.suggestions.join(SUGGESTION_SEPARATOR)),
      ...(source === undefined ? [] : [cell(issue.sourceStart === undefined ? '' : source.slice(issue.sourceStart, issue.sourceEnd))]),
    ]);
  }
  return rows.map((row) => row.map(quote).join(',') + '\r\n').join('');
}

/** UTF-8 bytes of {@link issuesToCsv} with a BOM, which spreadsheet programs need to read UTF-8 (curly quotes). */
export function issuesToCsvBytes(issues: readonly ReviewedIssue[], text: string, source?: string): Uint8Array {
  return new TextEncoder().encode('\uFEFF' + issuesToCsv(issues, text, source));
}

function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? '"' + field.replace(/"/g, '""') + '"' : field;
}

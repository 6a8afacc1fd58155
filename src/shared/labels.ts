/**
 * How Verso writes the figures and dates that several places show (the status bar, the Articles
 * list, the review report, the batch summary, the CSVs, the command line), so each reads the same
 * everywhere. tests/unit/labels.test.ts keeps other forms from coming back.
 */

/**
 * HTER as Verso shows it: the fraction DESIGN.md's reports carry (edits over the corrected text's
 * words), to three decimals: `0.125`. Always after the label "HTER", never as a percentage.
 */
export function formatHter(hter: number): string {
  return hter.toFixed(3);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A moment as Verso shows it, in local time: `1 December 2026, 13:05`. Written out rather than
 * left to the locale, so the report, the recovery list and every build read the same.
 */
export function formatDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * Lines of a text: where each starts, and the 1-based line and column of an offset. The one
 * implementation behind the CLI's `file:line:col`, the CSV and report line numbers and the patch
 * writer's hunks. A line ends after its `\n` (a CRLF line's `\r` is its last character); columns
 * are UTF-16 code units, as offsets are.
 */

/** 1-based line and column of an offset. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts: always 0 first; one more after every `\n` (even at the very end). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based index of the line holding `offset` in `starts` (from {@link lineStarts}); binary search. */
export function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of `offset`, given the text's {@link lineStarts}. */
export function lineColumn(starts: readonly number[], offset: number): LineColumn {
  const k = lineIndex(starts, offset);
  return { line: k + 1, column: offset - starts[k] + 1 };
}

/**
 * A locator for many offsets in one text: the line starts are found once, so a report or CSV with
 * thousands of issues stays linear instead of rescanning the article. Offsets are clamped to the text.
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  return (offset) => lineColumn(starts, Math.max(0, Math.min(offset, text.length)));
}

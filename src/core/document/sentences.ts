/** Sentence boundaries inside a paragraph. */

/** A stretch of a paragraph; offsets relative to the paragraph, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

// Words whose full stop does not end a sentence (US-style titles, Latin, months, common short forms).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt capt sgt maj gov sen rep st jr sr no nos vs etc e.g i.e al approx dept est fig inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n'.split(
    ' ',
  ),
);

// A sentence ends at . ! ? or … (plus closing quotes/brackets) before whitespace and a capital,
// a digit or an opening quote; or at the end of the paragraph.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences (trimmed spans). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    if (match[1] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      // "Mr. Smith", "U.S. troops", "J. Smith": not an end.
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    const end = at + match[1].length + match[2].length;
    pushTrimmed(text, start, end, spans);
    start = end + match[3].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ start, end });
}

/**
 * Sentence boundaries: the one splitter behind the checker's document model (sentences of a
 * paragraph) and the diff's document HTER (the sentence segments TER scores).
 */

/** A stretch of a paragraph; offsets relative to the paragraph, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Where one sentence stops and the next begins. */
export interface SentenceBreak {
  /** End of the sentence's text: after its terminal punctuation and closing quotes or brackets. */
  end: number;
  /** Start of the next sentence: after the whitespace following `end`. */
  next: number;
}

// Words whose full stop does not end a sentence (US-style titles, Latin, months, common short forms).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt capt sgt maj gov sen rep st jr sr no nos vs etc e.g i.e al approx dept est fig inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n'.split(
    ' ',
  ),
);

// A sentence ends at . ! ? or … (and any closing quotes or brackets) followed by whitespace and
// something that starts a sentence: a capital, a digit, or an opening quote or bracket before one.
// A match starts where the run of stops does (it would start there if anywhere in the run): the
// search does not read a long run of dots from each of its dots to its end.
const BOUNDARY = /(?<![.!?\u2026])([.!?\u2026]+)(["'\u201d\u2019\u00bb)\]]*)(\s+)(?=["'\u201c\u2018\u00ab([]?[\p{Lu}\p{Lt}\p{N}])/gu;
/** The word (letters and inner dots) just before a full stop. */
const WORD_BEFORE = /([\p{L}.]+)$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** Options for {@link sentenceBreaks}. */
export interface SentenceBreakOptions {
  /**
   * Break after an abbreviation or an initial too ("Mr. Smith" is two pieces). Default false. The
   * document HTER segments use it: both sides of a pair break alike, and the finer segments score
   * closer to TERCOM's per-sentence figures on MLQE-PE than whole sentences do.
   */
  atAbbreviations?: boolean;
}

/**
 * The sentence breaks in `text[from, to)`, in order, absolute offsets; nothing past `to` is read.
 * A single full stop after a known abbreviation or an initial ("Mr. Smith", "U.S. troops",
 * "J. Smith") is not a break unless `atAbbreviations`; the text after the last break is the last
 * sentence.
 */
export function sentenceBreaks(text: string, from = 0, to = text.length, options: SentenceBreakOptions = {}): SentenceBreak[] {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: SentenceBreak[] = [];
  for (const match of stretch.matchAll(BOUNDARY)) {
    const at = match.index;
    if (match[1] === '.' && !options.atAbbreviations) {
      const before = WORD_BEFORE.exec(stretch.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      if (ABBREVIATIONS.has(before.toLowerCase()) || ONE_CAPITAL.test(before)) continue;
    }
    const end = at + match[1].length + match[2].length;
    out.push({ end: from + end, next: from + end + match[3].length });
  }
  return out;
}

/** Splits a paragraph into sentences (spans trimmed of whitespace; empty ones left out). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const { end, next } of sentenceBreaks(text)) {
    pushTrimmed(text, start, end, spans);
    start = next;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ start, end });
}

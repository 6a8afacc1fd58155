/**
 * TER and HTER over plain text: TERCOM's tokenization (whitespace), case folding and empty-segment
 * rules around the shift search in ./tercom.
 */
import { isSpace, TerScratch, terTextEdits } from './tercom';

/** Options for {@link ter} and {@link corpusTer}. */
export interface TerOptions {
  /** Compare words with their case. Default false: TERCOM lower-cases both sides. */
  caseSensitive?: boolean;
}

/** One segment's TER. */
export interface TerScore {
  /** Insertions, deletions, substitutions and block shifts turning the hypothesis into the reference. */
  edits: number;
  /** Words in the reference. */
  refWords: number;
  /** `edits / refWords`; 0 when both are empty, 1 when only the reference is empty. Not capped. */
  ter: number;
}

/** A corpus's TER: every segment's, and the corpus figure. */
export interface CorpusTer {
  segments: TerScore[];
  /** Total edits over total reference words (0 with no reference words and no edits, else 1 when there are no reference words). */
  ter: number;
}


/** A segment's words as TER sees them: whitespace-separated, lower-cased unless case-sensitive. */
export function terWords(text: string, options: TerOptions = {}): string[] {
  const folded = options.caseSensitive ? text : text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let k = 0; k < folded.length; k++) {
    if (isSpace(folded.charCodeAt(k))) {
      if (start !== -1) words.push(folded.slice(start, k));
      start = -1;
    } else if (start === -1) start = k;
  }
  if (start !== -1) words.push(folded.slice(start));
  return words;
}

/** The rate for a count, with TERCOM's and sacreBLEU's convention for an empty reference. */
function rate(edits: number, refWords: number): number {
  if (refWords > 0) return edits / refWords;
  return edits > 0 ? 1 : 0;
}

/**
 * Translation Edit Rate of one segment, exactly as TERCOM 0.7.25 computes it. HTER of a post-edit
 * is `ter(machineTranslation, postEdit)`.
 */
export function ter(hypothesis: string, reference: string, options: TerOptions = {}): TerScore {
  return score(hypothesis, reference, options, new TerScratch());
}

function score(hypothesis: string, reference: string, options: TerOptions, scratch: TerScratch): TerScore {
  // terTextEdits splits the folded texts as terWords does.
  const fold = (text: string) => (options.caseSensitive ? text : text.toLowerCase());
  const { edits, refWords } = terTextEdits(fold(hypothesis), fold(reference), scratch);
  return { edits, refWords, ter: rate(edits, refWords) };
}

/**
 * TER of line-aligned segments: each segment's, and the corpus figure (total edits over total
 * reference words, as TERCOM's summary line). Throws a RangeError when the lists differ in length.
 */
export function corpusTer(hypotheses: readonly string[], references: readonly string[], options: TerOptions = {}): CorpusTer {
  if (hypotheses.length !== references.length) {
    throw new RangeError(`corpusTer: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  let edits = 0;
  let refWords = 0;
  // One working memory for the corpus: its segments are scored one after another.
  const scratch = new TerScratch();
  const segments = hypotheses.map((hypothesis, k) => {
    const segment = score(hypothesis, references[k], options, scratch);
    edits += segment.edits;
    refWords += segment.refWords;
    return segment;
  });
  return { segments, ter: rate(edits, refWords) };
}

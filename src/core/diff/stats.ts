/**
 * The TER figures of a diff's blocks: each aligned block scored sentence by sentence with TERCOM's
 * search, summed into the document's figures. {@link DocumentDiff} keeps them per paragraph across
 * updates; {@link DiffStatsTally} sums them for a caller that has the blocks one at a time.
 */
import { sentenceBreaks } from '../document/sentences';
import { TerScratch, terTextEdits } from '../ter/tercom';
import type { Change, DiffStats } from './types';

/** HTER of `edits` over `words` reference words (1 when only the hypothesis has words). */
export const rate = (edits: number, words: number) => (words > 0 ? edits / words : edits > 0 ? 1 : 0);

/** A change's two ranges: all the TER figures need of it. */
export type ChangeRanges = Pick<Change, 'fromA' | 'toA' | 'fromB' | 'toB'>;

/** A block's ranges and its changes' ranges: what the TER figures of a block depend on besides the texts. */
export interface BlockRanges {
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
  readonly changes: readonly ChangeRanges[];
}

/**
 * TER edits and reference words of one aligned block (see {@link DocumentDiff.stats}): none and
 * its words when it has no change, else {@link stretchEdits}.
 */
export function blockEdits(a: string, b: string, block: BlockRanges, scratch: TerScratch): { edits: number; refWords: number } {
  if (block.changes.length === 0) return { edits: 0, refWords: countWords(b, block.fromB, block.toB) };
  return stretchEdits(a, block.fromA, block.toA, b, block.fromB, block.toB, block.changes, scratch);
}

/**
 * The document figures ({@link DocumentDiff.totals}) summed block by block, in any order: for a
 * caller that has the blocks one at a time (`verso diff` scores them on a second thread while the
 * rest of the text is diffed). The sums are integers, so the order changes nothing.
 */
export class DiffStatsTally {
  private wordsA = 0;
  private wordsB = 0;
  private edits = 0;
  // The TER search's working memory, this tally's own.
  private readonly scratch = new TerScratch();

  constructor(
    private readonly a: string,
    private readonly b: string,
  ) {}

  /** Counts one block of the texts' diff. */
  add(block: BlockRanges): void {
    this.wordsA += countWords(this.a, block.fromA, block.toA);
    const score = blockEdits(this.a, this.b, block, this.scratch);
    this.wordsB += score.refWords;
    this.edits += score.edits;
  }

  /** Counts figures summed elsewhere (another tally's {@link sums}). */
  addSums(sums: DiffSums): void {
    this.wordsA += sums.wordsA;
    this.wordsB += sums.wordsB;
    this.edits += sums.edits;
  }

  /** The sums so far. */
  sums(): DiffSums {
    return { wordsA: this.wordsA, wordsB: this.wordsB, edits: this.edits };
  }

  /** The figures of the blocks counted so far, as {@link DocumentDiff.totals} gives them for all. */
  totals(): DiffStats {
    return { wordsA: this.wordsA, wordsB: this.wordsB, edits: this.edits, ter: rate(this.edits, this.wordsB) };
  }
}

/** The integer sums behind {@link DiffStats}. */
export interface DiffSums {
  wordsA: number;
  wordsB: number;
  edits: number;
}

/**
 * Absolute offsets where a sentence other than the first starts in `text[from, to)`: the document
 * model's sentence breaks. Abbreviations ("Mr. Smith") break too: they break the same way on both
 * sides, and a pair whose sides break differently is scored as one segment (see {@link stretchEdits}).
 */
function sentenceStarts(text: string, from: number, to: number): number[] {
  return sentenceBreaks(text, from, to, { atAbbreviations: true }).map((b) => b.next);
}

/**
 * TER edits of one aligned stretch, `a[fromA, toA)` against `b[fromB, toB)` with `changes` (the
 * word diff's changes inside it, absolute offsets), scored sentence by sentence.
 *
 * Sentences are paired through the diff: a sentence start in B cuts the stretch when the diff maps
 * it (it lies outside every change) onto a sentence start in A. So a sentence the editor split,
 * joined, added or dropped stays in one segment with its neighbour, and every other sentence is a
 * segment of its own. Each segment is scored by TERCOM's search (none is needed when its two sides
 * are the same text); reference words are the corrected stretch's words.
 *
 * Segments are sentences because that is what TER was defined and calibrated on (tercom, sacreBLEU
 * and published HTER figures such as MLQE-PE's score sentences); it also keeps the cost linear in
 * the document: TERCOM's shift search grows with the square of a segment's length, and a
 * paragraph-long segment costs milliseconds where its sentences cost microseconds.
 *
 * `scratch` is the TER search's working memory (the caller's, or a fresh one).
 */
export function stretchEdits(
  a: string,
  fromA: number,
  toA: number,
  b: string,
  fromB: number,
  toB: number,
  changes: readonly ChangeRanges[],
  scratch = new TerScratch(),
): { edits: number; refWords: number } {
  const startsA = sentenceStarts(a, fromA, toA);
  const startsB = sentenceStarts(b, fromB, toB);
  const cutsA = [fromA];
  const cutsB = [fromB];
  let c = 0;
  let k = 0;
  for (const pB of startsB) {
    // The last change ending at or before pB maps it; a change around it means no mapping.
    while (c < changes.length && changes[c].toB <= pB) c++;
    if (c < changes.length && changes[c].fromB < pB) continue;
    const pA = c > 0 ? pB - changes[c - 1].toB + changes[c - 1].toA : pB - fromB + fromA;
    while (k < startsA.length && startsA[k] < pA) k++;
    if (k < startsA.length && startsA[k] === pA && pA > cutsA[cutsA.length - 1]) {
      cutsA.push(pA);
      cutsB.push(pB);
    }
  }
  cutsA.push(toA);
  cutsB.push(toB);
  let edits = 0;
  let refWords = 0;
  for (let s = 0; s + 1 < cutsA.length; s++) {
    const textA = a.slice(cutsA[s], cutsA[s + 1]);
    const textB = b.slice(cutsB[s], cutsB[s + 1]);
    if (textA === textB) refWords += countWords(b, cutsB[s], cutsB[s + 1]);
    else {
      // TER's words, case-folded (equal word lists need no search).
      const score = terTextEdits(textA.toLowerCase(), textB.toLowerCase(), scratch);
      edits += score.edits;
      refWords += score.refWords;
    }
  }
  return { edits, refWords };
}

/** Whitespace-separated words in `text[from, to)` (TER's count: ASCII whitespace only). */
export function countWords(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}


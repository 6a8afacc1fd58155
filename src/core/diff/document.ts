/**
 * The incremental diff behind the review screen: the original stays fixed, the corrected text
 * changes with every keystroke, and only the paragraphs an edit touches are diffed again.
 */
import { terWords } from '../ter/ter';
import { TerScratch } from '../ter/tercom';
import { diffBlocks, type DiffBlock } from './diff';
import { blockEdits, countWords, rate, stretchEdits } from './stats';
import { DiffScratch, diffWords } from './words';
import type { Change, DiffStats } from './types';

export { stretchEdits } from './stats';

/** TER of one aligned paragraph (or split/merged pair, or inserted/deleted paragraph). */
export interface ParagraphStats {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
  /**
   * TER edits turning this stretch of the original into the corrected one: the sum over its
   * sentence segments, sentences paired through the word diff (see {@link stretchEdits}).
   */
  edits: number;
  /** Words in the corrected stretch. */
  refWords: number;
  /** HTER of the paragraph: edits / refWords (1 when only the original has words). */
  ter: number;
}

/** Figures about a review: {@link DiffStats} plus what the status bar and report show. */
export interface DocumentStats extends DiffStats {
  /** Number of changes. */
  changes: number;
  /** Words of the original touched by a change. */
  changedWordsA: number;
  /** Words of the corrected text touched by a change. */
  changedWordsB: number;
  /** One entry per aligned paragraph, in order. */
  paragraphs: ParagraphStats[];
}

/** {@link stretchEdits} of two texts taken whole (one paragraph each, say), with their word diff. */
export function segmentEdits(textA: string, textB: string): { edits: number; refWords: number } {
  return stretchEdits(textA, 0, textA.length, textB, 0, textB.length, diffWords(textA, 0, textA.length, textB, 0, textB.length));
}

/**
 * Compares two texts the same way as {@link DocumentDiff.update} and {@link diffTexts}: the
 * figures of a whole document. See {@link DocumentDiff.stats} for how document HTER is defined.
 */
export function diffStats(a: string, b: string): DiffStats {
  return new DocumentDiff(a, b).totals();
}

/** Position of the first difference between two strings. */
function commonPrefix(x: string, y: string): number {
  const limit = Math.min(x.length, y.length);
  let k = 0;
  // Compare in chunks first: string equality on slices runs as a memory compare.
  for (let step = 4096; step >= 1; step >>= 4) {
    while (k + step <= limit && x.slice(k, k + step) === y.slice(k, k + step)) k += step;
  }
  while (k < limit && x.charCodeAt(k) === y.charCodeAt(k)) k++;
  return k;
}

/** Length of the common end of two strings, not reaching before `floor` in either. */
function commonSuffix(x: string, y: string, floor: number): number {
  const limit = Math.min(x.length, y.length) - floor;
  let k = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (k + step <= limit && x.slice(x.length - k - step, x.length - k) === y.slice(y.length - k - step, y.length - k)) k += step;
  }
  while (k < limit && x.charCodeAt(x.length - k - 1) === y.charCodeAt(y.length - k - 1)) k++;
  return k;
}

/** A block moved along the corrected text by `delta`. */
function shifted(block: DiffBlock, delta: number): DiffBlock {
  if (delta === 0) return block;
  const from = block.changes;
  const changes: Change[] = new Array<Change>(from.length);
  for (let k = 0; k < from.length; k++) {
    const c = from[k];
    // Literal objects, not spreads: thousands are rebuilt on every keystroke.
    changes[k] = { kind: c.kind, fromA: c.fromA, toA: c.toA, fromB: c.fromB + delta, toB: c.toB + delta, a: c.a, b: c.b };
  }
  return { fromA: block.fromA, toA: block.toA, fromB: block.fromB + delta, toB: block.toB + delta, changes };
}

/**
 * The diff of a fixed original against a corrected text that keeps changing.
 *
 * `update` finds the edited span by the common prefix and suffix of the old and new corrected
 * texts and re-diffs only the paragraphs around it; the result has the same effect as a fresh
 * {@link diffTexts} (applying the changes to the original gives the corrected text exactly).
 * Reverting every change gives the original (see {@link revertAll}).
 */
export class DocumentDiff {
  /** The original text (the machine translation). */
  readonly a: string;
  private current: string;
  private blocks: DiffBlock[];
  private flat: Change[] | null = null;
  // TER per stretch pair, kept across updates: most paragraphs do not change between two calls.
  private terCache = new Map<string, { edits: number; refWords: number }>();
  // This diff's own working memory for the word diff and the TER search, reused across updates.
  private readonly diffScratch = new DiffScratch();
  private readonly terScratch = new TerScratch();

  constructor(a: string, b: string) {
    this.a = a;
    this.current = b;
    this.blocks = diffBlocks(a, 0, a.length, b, 0, b.length, this.diffScratch);
  }

  /** The current corrected text. */
  get b(): string {
    return this.current;
  }

  /** Every change, sorted, absolute offsets. */
  get changes(): readonly Change[] {
    if (!this.flat) {
      let total = 0;
      for (const block of this.blocks) total += block.changes.length;
      const flat: Change[] = new Array<Change>(total);
      let n = 0;
      for (const block of this.blocks) for (const c of block.changes) flat[n++] = c;
      this.flat = flat;
    }
    return this.flat;
  }

  /** Takes a new corrected text and returns the new changes. */
  update(b: string): readonly Change[] {
    const old = this.current;
    if (b === old) return this.changes;
    if (this.blocks.length === 0) {
      this.current = b;
      this.flat = null;
      this.blocks = diffBlocks(this.a, 0, this.a.length, b, 0, b.length, this.diffScratch);
      return this.changes;
    }
    const prefix = commonPrefix(old, b);
    const suffix = commonSuffix(old, b, prefix);
    return this.rediff(b, prefix, old.length - suffix);
  }

  /**
   * Replaces `b[from, to)` of the current corrected text with `insert` and returns the new changes:
   * {@link update} for an editor that knows what was typed, without comparing the whole texts.
   */
  applyEdit(from: number, to: number, insert: string): readonly Change[] {
    const old = this.current;
    if (!(0 <= from && from <= to && to <= old.length)) throw new RangeError(`applyEdit: ${from}..${to} is outside the text (length ${old.length})`);
    if (from === to && insert === '') return this.changes;
    const b = old.slice(0, from) + insert + old.slice(to);
    // The concatenation is a rope; reading it (paragraph splitting, slices) would walk or copy it
    // again and again. Converting it to a number flattens it once, in place (as `flatstr` does).
    void Number(b);
    if (this.blocks.length === 0) return this.update(b);
    return this.rediff(b, from, to);
  }

  /** Re-diffs around the edit that replaced old `[editFrom, editTo)` to give `b`. */
  private rediff(b: string, editFrom: number, editTo: number): readonly Change[] {
    const old = this.current;
    this.current = b;
    const blocks = this.blocks;
    const delta = b.length - old.length;
    // The paragraphs holding the edit, and one more each side: an edit at a paragraph's edge (a
    // line break typed or removed) can join or split it with its neighbour.
    const first = Math.max(0, this.blockAt(editFrom) - 1);
    const last = Math.min(blocks.length - 1, this.blockAt(editTo) + 1);
    const fresh = diffBlocks(this.a, blocks[first].fromA, blocks[last].toA, b, blocks[first].fromB, blocks[last].toB + delta, this.diffScratch);
    const next: DiffBlock[] = new Array<DiffBlock>(first + fresh.length + blocks.length - last - 1);
    let n = 0;
    for (let k = 0; k < first; k++) next[n++] = blocks[k];
    for (const block of fresh) next[n++] = block;
    for (let k = last + 1; k < blocks.length; k++) next[n++] = shifted(blocks[k], delta);
    // The change list: the part before the edit is the same objects, the rest is new.
    const previous = this.flat;
    let kept = 0;
    for (let k = 0; k < first; k++) kept += blocks[k].changes.length;
    this.blocks = next;
    if (previous) {
      let total = kept;
      for (let k = first; k < next.length; k++) total += next[k].changes.length;
      const flat: Change[] = new Array<Change>(total);
      for (let k = 0; k < kept; k++) flat[k] = previous[k];
      let m = kept;
      for (let k = first; k < next.length; k++) for (const c of next[k].changes) flat[m++] = c;
      this.flat = flat;
    } else this.flat = null;
    return this.changes;
  }

  /** Index of the last block starting at or before `pos` in the corrected text. */
  private blockAt(pos: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].fromB <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Word counts, TER edits and HTER of the document and of each paragraph.
   *
   * Document HTER is TERCOM's corpus figure (total edits over total reference words across
   * segments, as tercom and sacreBLEU report it) with the document's sentences as segments:
   * Σ segment edits / Σ words of the corrected text, where the segments are the sentences of each
   * aligned paragraph pair, paired through the word diff; a sentence split, joined, added or
   * dropped shares a segment with its neighbour (see {@link stretchEdits}). Unchanged paragraphs and
   * sentences are 0 edits and cost no TER search; an inserted or deleted paragraph costs its words.
   * This is not the TER of the whole text as one segment (TERCOM cannot search shifts across an
   * article) and can differ from it where a post-editor moved words between sentences. `verso ter`
   * and {@link ter} still score each line exactly as TERCOM does.
   */
  stats(): DocumentStats {
    const { paragraphs, wordsA, wordsB, edits } = this.score();
    const changes = this.changes;
    return {
      wordsA,
      wordsB,
      edits,
      ter: rate(edits, wordsB),
      changes: changes.length,
      changedWordsA: touchedWords(this.a, changes, 'A'),
      changedWordsB: touchedWords(this.current, changes, 'B'),
      paragraphs,
    };
  }

  /** The document figures of {@link stats} alone (what `verso diff --format json` prints), without the per-change counts. */
  totals(): DiffStats {
    const { wordsA, wordsB, edits } = this.score();
    return { wordsA, wordsB, edits, ter: rate(edits, wordsB) };
  }

  /** Word counts and TER edits per aligned paragraph and in total. */
  private score(): { paragraphs: ParagraphStats[]; wordsA: number; wordsB: number; edits: number } {
    const { a } = this;
    const b = this.current;
    const paragraphs: ParagraphStats[] = [];
    let wordsA = 0;
    let wordsB = 0;
    let edits = 0;
    const cache = new Map<string, { edits: number; refWords: number }>();
    for (const block of this.blocks) {
      wordsA += countWords(a, block.fromA, block.toA);
      let score: { edits: number; refWords: number };
      if (block.changes.length === 0) score = blockEdits(a, b, block, this.terScratch);
      else {
        const key = `${a.slice(block.fromA, block.toA)}\u0000${b.slice(block.fromB, block.toB)}`;
        score = this.terCache.get(key) ?? blockEdits(a, b, block, this.terScratch);
        cache.set(key, score);
      }
      wordsB += score.refWords;
      edits += score.edits;
      paragraphs.push({ fromA: block.fromA, toA: block.toA, fromB: block.fromB, toB: block.toB, edits: score.edits, refWords: score.refWords, ter: rate(score.edits, score.refWords) });
    }
    this.terCache = cache;
    return { paragraphs, wordsA, wordsB, edits };
  }
}

const isSpace = (text: string, k: number) => /\s/.test(text[k] ?? ' ');

/** Whitespace-separated words of `text` that a change's range on that side overlaps or cuts. */
function touchedWords(text: string, changes: readonly Change[], side: 'A' | 'B'): number {
  let count = 0;
  let countedTo = -1;
  for (const c of changes) {
    let from = side === 'A' ? c.fromA : c.fromB;
    let to = side === 'A' ? c.toA : c.toB;
    // An empty range inside a word (a letter deleted on the other side) touches that word.
    while (from > 0 && !isSpace(text, from - 1)) from--;
    while (to < text.length && !isSpace(text, to)) to++;
    if (from < countedTo) from = countedTo;
    if (to <= from) continue;
    count += terWords(text.slice(from, to), { caseSensitive: true }).length;
    countedTo = to;
  }
  return count;
}

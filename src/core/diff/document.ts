/**
 * The incremental diff behind the review screen: the original stays fixed, the corrected text
 * changes with every keystroke, and only the paragraphs an edit touches are diffed again.
 */
import { terWords } from '../ter/ter';
import { terEdits } from '../ter/tercom';
import { diffBlocks, type DiffBlock } from './diff';
import type { Change, DiffStats } from './types';

/** TER of one aligned paragraph (or split/merged pair, or inserted/deleted paragraph). */
export interface ParagraphStats {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
  /** TER edits turning this stretch of the original into the corrected one. */
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

const rate = (edits: number, words: number) => (words > 0 ? edits / words : edits > 0 ? 1 : 0);

/**
 * Compares two texts the same way as {@link DocumentDiff.update} and {@link diffTexts}: the
 * figures of a whole document. Document HTER is the total of each aligned paragraph's TER edits
 * over the corrected text's words (TERCOM's corpus figure with paragraphs as segments): TERCOM
 * itself cannot take a whole article as one segment, its search being quadratic in length.
 */
export function diffStats(a: string, b: string): DiffStats {
  const { wordsA, wordsB, edits, ter } = new DocumentDiff(a, b).stats();
  return { wordsA, wordsB, edits, ter };
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
  return {
    fromA: block.fromA,
    toA: block.toA,
    fromB: block.fromB + delta,
    toB: block.toB + delta,
    // Literal objects, not spreads: thousands are rebuilt on every keystroke.
    changes: block.changes.map((c) => ({ kind: c.kind, fromA: c.fromA, toA: c.toA, fromB: c.fromB + delta, toB: c.toB + delta, a: c.a, b: c.b })),
  };
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

  constructor(a: string, b: string) {
    this.a = a;
    this.current = b;
    this.blocks = diffBlocks(a, 0, a.length, b, 0, b.length);
  }

  /** The current corrected text. */
  get b(): string {
    return this.current;
  }

  /** Every change, sorted, absolute offsets. */
  get changes(): readonly Change[] {
    if (!this.flat) {
      const flat: Change[] = [];
      for (const block of this.blocks) for (const c of block.changes) flat.push(c);
      this.flat = flat;
    }
    return this.flat;
  }

  /** Takes a new corrected text and returns the new changes. */
  update(b: string): readonly Change[] {
    const old = this.current;
    if (b === old) return this.changes;
    this.current = b;
    this.flat = null;
    const blocks = this.blocks;
    if (blocks.length === 0) {
      this.blocks = diffBlocks(this.a, 0, this.a.length, b, 0, b.length);
      return this.changes;
    }
    const prefix = commonPrefix(old, b);
    const suffix = commonSuffix(old, b, prefix);
    const delta = b.length - old.length;
    const editEnd = old.length - suffix;
    // The paragraphs holding the edit, and one more each side: an edit at a paragraph's edge (a
    // line break typed or removed) can join or split it with its neighbour.
    const first = Math.max(0, this.blockAt(prefix) - 1);
    const last = Math.min(blocks.length - 1, this.blockAt(editEnd) + 1);
    const fresh = diffBlocks(this.a, blocks[first].fromA, blocks[last].toA, b, blocks[first].fromB, blocks[last].toB + delta);
    const after = blocks.slice(last + 1).map((block) => shifted(block, delta));
    this.blocks = [...blocks.slice(0, first), ...fresh, ...after];
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

  /** Word counts, TER edits and HTER of the document and of each paragraph. */
  stats(): DocumentStats {
    const { a } = this;
    const b = this.current;
    const paragraphs: ParagraphStats[] = [];
    let wordsA = 0;
    let wordsB = 0;
    let edits = 0;
    const cache = new Map<string, { edits: number; refWords: number }>();
    for (const block of this.blocks) {
      const textA = a.slice(block.fromA, block.toA);
      const textB = b.slice(block.fromB, block.toB);
      const hypWords = terWords(textA);
      wordsA += hypWords.length;
      let score: { edits: number; refWords: number };
      if (block.changes.length === 0) score = { edits: 0, refWords: terWords(textB).length };
      else {
        const key = `${textA}\u0000${textB}`;
        score = this.terCache.get(key) ?? terEdits(hypWords, terWords(textB));
        cache.set(key, score);
      }
      wordsB += score.refWords;
      edits += score.edits;
      paragraphs.push({ fromA: block.fromA, toA: block.toA, fromB: block.fromB, toB: block.toB, ...score, ter: rate(score.edits, score.refWords) });
    }
    this.terCache = cache;
    const changes = this.changes;
    return {
      wordsA,
      wordsB,
      edits,
      ter: rate(edits, wordsB),
      changes: changes.length,
      changedWordsA: touchedWords(a, changes, 'A'),
      changedWordsB: touchedWords(b, changes, 'B'),
      paragraphs,
    };
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

/**
 * The diff model's entry points: the paragraph-aligned word diff of two texts, and applying or
 * reverting its changes.
 */
import { alignParagraphs, splitParagraphs } from './paragraphs';
import type { Change } from './types';
import { DiffScratch, diffWords, makeChange } from './words';

/**
 * One aligned stretch: `a[fromA, toA)` corresponds to `b[fromB, toB)` (a paragraph, a split or
 * merged paragraph, or an inserted or deleted one), with the changes inside it.
 */
export interface DiffBlock {
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
  /** Changes inside the block, absolute offsets, sorted. */
  readonly changes: readonly Change[];
}

/**
 * The aligned blocks of `a[fromA, toA)` against `b[fromB, toB)`, covering both ranges in order.
 * Whole-text diffs and the incremental re-diff of a few paragraphs both run through here.
 * `scratch` is the word diff's working memory: the caller's (a DocumentDiff keeps one for its
 * updates), or a fresh one for this call. `onBlock`, when given, sees each block as soon as it is
 * diffed, in order (`verso diff` hands them to the thread scoring TER while the rest is diffed).
 */
export function diffBlocks(
  a: string,
  fromA: number,
  toA: number,
  b: string,
  fromB: number,
  toB: number,
  scratch = new DiffScratch(),
  onBlock?: (block: DiffBlock) => void,
): DiffBlock[] {
  const pa = splitParagraphs(a, fromA, toA);
  const pb = splitParagraphs(b, fromB, toB);
  const blocks: DiffBlock[] = [];
  scratch.forgetShapes();
  for (const g of alignParagraphs(pa, pb)) {
    const startA = g.aFrom < pa.length ? pa[g.aFrom].from : toA;
    const endA = g.aTo > g.aFrom ? pa[g.aTo - 1].to : startA;
    const startB = g.bFrom < pb.length ? pb[g.bFrom].from : toB;
    const endB = g.bTo > g.bFrom ? pb[g.bTo - 1].to : startB;
    let changes: Change[];
    if (endA - startA === endB - startB && a.slice(startA, endA) === b.slice(startB, endB)) changes = [];
    else if (startA === endA || startB === endB) changes = [makeChange(a, b, startA, endA, startB, endB)];
    else changes = diffWords(a, startA, endA, b, startB, endB, scratch);
    const block: DiffBlock = { fromA: startA, toA: endA, fromB: startB, toB: endB, changes };
    blocks.push(block);
    onBlock?.(block);
  }
  scratch.forgetShapes();
  return blocks;
}

/**
 * The changes turning `a` (the original, usually the machine translation) into `b` (the corrected
 * text): paragraphs aligned first, then words, one-word replacements refined to characters where
 * that helps. Whitespace and line-break changes are included, so {@link applyChanges} gives `b`
 * exactly. Changes are sorted, do not overlap, and satisfy `a.slice(fromA, toA) === change.a` and
 * `b.slice(fromB, toB) === change.b`.
 */
export function diffTexts(a: string, b: string): Change[] {
  if (a === b) return [];
  const out: Change[] = [];
  for (const block of diffBlocks(a, 0, a.length, b, 0, b.length)) for (const change of block.changes) out.push(change);
  return out;
}

/** Throws when a change does not fit the text it is applied to (a stale or foreign change). */
function check(ok: boolean, what: string): void {
  if (!ok) throw new RangeError(`Change does not match the text: ${what}`);
}

/**
 * Applies changes (sorted, non-overlapping, as {@link diffTexts} gives them) to the original,
 * giving the corrected text. Throws a RangeError when a change's `a` is not in `a` at its place.
 */
export function applyChanges(a: string, changes: readonly Change[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const c of changes) {
    check(c.fromA >= pos && a.slice(c.fromA, c.toA) === c.a, `"${c.a}" at ${c.fromA}`);
    parts.push(a.slice(pos, c.fromA), c.b);
    pos = c.toA;
  }
  parts.push(a.slice(pos));
  return parts.join('');
}

/**
 * The corrected text with one change undone: its `b` range replaced by its `a` text. `changes` is
 * the list the change belongs to; the other changes' offsets in the result move by the length
 * difference (re-diff, or use {@link DocumentDiff}, to get the new list).
 */
export function revertChange(b: string, changes: readonly Change[], change: Change): string {
  check(
    changes.some((c) => c === change || (c.fromB === change.fromB && c.toB === change.toB && c.a === change.a && c.b === change.b)),
    'the change is not one of the changes given',
  );
  check(b.slice(change.fromB, change.toB) === change.b, `"${change.b}" at ${change.fromB}`);
  return b.slice(0, change.fromB) + change.a + b.slice(change.toB);
}

/** The corrected text with every change undone: the original again. */
export function revertAll(b: string, changes: readonly Change[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const c of changes) {
    check(c.fromB >= pos && b.slice(c.fromB, c.toB) === c.b, `"${c.b}" at ${c.fromB}`);
    parts.push(b.slice(pos, c.fromB), c.a);
    pos = c.toB;
  }
  parts.push(b.slice(pos));
  return parts.join('');
}

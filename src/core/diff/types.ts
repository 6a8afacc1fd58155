/**
 * The diff model's values. A change is immutable and carries both sides' ranges, so the review
 * screen, the report and the patch writer can all read it without recomputing anything.
 */

/** What a change does to the original. */
export type ChangeKind = 'insert' | 'delete' | 'replace';

/** One difference between the original (A) and the corrected text (B). Offsets in UTF-16 code units, end exclusive. */
export interface Change {
  readonly kind: ChangeKind;
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
  /** `a.slice(fromA, toA)`. */
  readonly a: string;
  /** `b.slice(fromB, toB)`. */
  readonly b: string;
}

/**
 * Figures about a pair of texts: the `stats` object of `verso diff --format json`.
 *
 * `edits` and `ter` are TERCOM's corpus figure with sentences as segments: the texts' paragraphs
 * are aligned, each changed pair is cut into sentences where a sentence start on one side meets one
 * on the other through the word diff (a split, joined, added or dropped sentence stays with its
 * neighbour), each segment pair is scored by TERCOM's search, and `ter = Σ segment edits / Σ words
 * of B`. Unchanged paragraphs count 0 edits; an inserted or deleted paragraph counts its words.
 */
export interface DiffStats {
  /** Whitespace-separated words of A (the original, usually the machine translation). */
  wordsA: number;
  /** Whitespace-separated words of B (the corrected text): TER's reference length. */
  wordsB: number;
  /** TER edits (insertions, deletions, substitutions, block shifts) summed over the sentence segments. */
  edits: number;
  /** `edits / wordsB`: document HTER when A is MT and B its post-edit (1 when B has no words but A has). */
  ter: number;
}

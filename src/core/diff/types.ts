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

/** Figures about a pair of texts. */
export interface DiffStats {
  wordsA: number;
  wordsB: number;
  /** Word edits (TER's count: insertions, deletions, substitutions, shifts). */
  edits: number;
  /** Edits over the corrected text's word count (HTER when A is MT and B its post-edit). */
  ter: number;
}

/**
 * The word-level changes between the two editors, read from the merge view's chunks (which the
 * core diff engine computed through `diffConfig.override`), in absolute positions on both sides.
 */
import type { EditorState } from '@codemirror/state';
import { getChunks } from '@codemirror/merge';

/** One change with absolute positions in the machine translation (A) and the corrected text (B). */
export interface ReviewChange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** Every change, in document order, from the corrected editor's state. */
export function reviewChanges(stateB: EditorState): ReviewChange[] {
  const info = getChunks(stateB);
  if (!info) return [];
  const out: ReviewChange[] = [];
  for (const chunk of info.chunks) {
    for (const change of chunk.changes) {
      out.push({
        fromA: chunk.fromA + change.fromA,
        toA: chunk.fromA + change.toA,
        fromB: chunk.fromB + change.fromB,
        toB: chunk.fromB + change.toB,
      });
    }
  }
  return out;
}

/** The change under or touching `pos` in B, if any. */
export function changeAt(changes: readonly ReviewChange[], pos: number): ReviewChange | undefined {
  return changes.find((c) => c.fromB <= pos && pos <= c.toB);
}

/** "1 change", "3 changes". */
export function changesLabel(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`;
}

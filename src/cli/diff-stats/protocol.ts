// The messages between `verso diff` and its TER thread (./thread.ts, ./worker.ts).
import type { BlockRanges, DiffSums } from '../../core/diff';

/** Main thread to worker: the two texts first, then batches of blocks (see {@link packBlocks}), then `null`: no more blocks. */
export type StatsMessage = { a: string; b: string } | Int32Array | null;

/** Worker to main thread: the sums of every block it was sent, or why it could not count them. */
export type StatsAnswer = { sums: DiffSums } | { crash: string };

/** Appends a block to a batch: its four offsets, its number of changes, then each change's four offsets. */
export function packBlock(block: BlockRanges, out: number[]): void {
  out.push(block.fromA, block.toA, block.fromB, block.toB, block.changes.length);
  for (const c of block.changes) out.push(c.fromA, c.toA, c.fromB, c.toB);
}

/** The blocks of a batch {@link packBlock} made, in order. */
export function* unpackBlocks(batch: Int32Array): Generator<BlockRanges> {
  let k = 0;
  while (k < batch.length) {
    const fromA = batch[k];
    const toA = batch[k + 1];
    const fromB = batch[k + 2];
    const toB = batch[k + 3];
    const n = batch[k + 4];
    k += 5;
    const changes = new Array<{ fromA: number; toA: number; fromB: number; toB: number }>(n);
    for (let c = 0; c < n; c++, k += 4)
      changes[c] = { fromA: batch[k], toA: batch[k + 1], fromB: batch[k + 2], toB: batch[k + 3] };
    yield { fromA, toA, fromB, toB, changes };
  }
}

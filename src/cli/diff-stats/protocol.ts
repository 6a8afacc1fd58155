// The messages between `verso diff` and its TER thread (./thread.ts, ./worker.ts).
import type { BlockRanges, DiffSums } from '../../core/diff';

/**
 * Main thread to worker: the two texts first, then batches of blocks (see {@link packBlock}), then
 * `null`: no more blocks. Each batch comes with its claim, a cell both threads see (see
 * {@link claimBatch}): the thread scores a batch only when it claims it first, and the main thread,
 * once its diff is written, scores the batches the thread has not reached yet, the last first.
 */
export type StatsMessage = { a: string; b: string } | { blocks: Int32Array; claim: Int32Array } | null;

/** Worker to main thread: the sums of every block it claimed, or why it could not count them. */
export type StatsAnswer = { sums: DiffSums } | { crash: string };

/** Who scores a batch: nobody yet, the TER thread, the main thread. */
export const UNCLAIMED = 0;
export const BY_THREAD = 1;
export const BY_MAIN = 2;

/** A batch's claim: one cell of shared memory, unclaimed. */
export function newClaim(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Claims a batch for `who` (BY_THREAD or BY_MAIN); false when the other thread has it already. */
export function claimBatch(claim: Int32Array, who: number): boolean {
  return Atomics.compareExchange(claim, 0, UNCLAIMED, who) === UNCLAIMED;
}

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

// The TER thread of `verso diff` (bundled to out/cli/diff-stats-worker.js): scores the blocks the
// main thread sends while it diffs the rest of the texts, batch by batch, each batch it claims
// before the main thread does (see ./protocol.ts), and answers with the sums.
import { parentPort } from 'node:worker_threads';
import { DiffStatsTally } from '../../core/diff';
import { BY_THREAD, claimBatch, type StatsAnswer, type StatsMessage, unpackBlocks } from './protocol';

const port = parentPort;
if (!port) throw new Error('diff-stats-worker.js runs as a worker thread of verso diff');
let tally: DiffStatsTally | null = null;
port.on('message', (message: StatsMessage) => {
  let answer: StatsAnswer | null = null;
  try {
    if (message === null) {
      if (!tally) throw new Error('the end came before the texts');
      answer = { sums: tally.sums() };
    } else if ('blocks' in message) {
      if (!tally) throw new Error('blocks came before the texts');
      if (claimBatch(message.claim, BY_THREAD)) for (const block of unpackBlocks(message.blocks)) tally.add(block);
    } else tally = new DiffStatsTally(message.a, message.b);
  } catch (error) {
    answer = { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (answer) {
    port.postMessage(answer);
    port.close();
  }
});

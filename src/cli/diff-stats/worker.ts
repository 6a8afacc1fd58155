// The TER thread of `verso diff` (bundled to out/cli/diff-stats-worker.js): scores the blocks the
// main thread sends while it diffs the rest of the texts, and answers with the sums.
import { parentPort } from 'node:worker_threads';
import { DiffStatsTally } from '../../core/diff';
import { type StatsAnswer, type StatsMessage, unpackBlocks } from './protocol';

const port = parentPort;
if (!port) throw new Error('diff-stats-worker.js runs as a worker thread of verso diff');
let tally: DiffStatsTally | null = null;
port.on('message', (message: StatsMessage) => {
  let answer: StatsAnswer | null = null;
  try {
    if (message instanceof Int32Array) {
      if (!tally) throw new Error('blocks came before the texts');
      for (const block of unpackBlocks(message)) tally.add(block);
    } else if (message === null) {
      if (!tally) throw new Error('the end came before the texts');
      answer = { sums: tally.sums() };
    } else tally = new DiffStatsTally(message.a, message.b);
  } catch (error) {
    answer = { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (answer) {
    port.postMessage(answer);
    port.close();
  }
});

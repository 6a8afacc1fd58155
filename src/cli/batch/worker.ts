// A `verso check --jobs N` worker thread (bundled to out/cli/check-worker.js): loads the
// dictionaries once, then checks the files the main thread sends with the rules of the part each
// task names (./parts.ts), one answer per task, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import { useLexiconImage } from '../../core/spelling/lexicon';
import { createFileChecker } from './check-file';
import { PARTS } from './parts';
import type { WorkerAnswer, WorkerMessage, WorkerSetup } from './pool';
import { SharedRankings } from './rankings';

const port = parentPort;
if (!port) throw new Error('check-worker.js runs as a worker thread of verso check');
const setup = workerData as WorkerSetup;
// The main thread loaded this image already (so it is sound): a view of its shared memory.
if (setup.lexiconImage) useLexiconImage(setup.lexiconImage);
const rankings = new SharedRankings();
const check = createFileChecker(setup.settings, rankings);
// One file at a time, in the order sent: a second task waits in the queue, not in the checker.
let queue = Promise.resolve();
port.on('message', (message: WorkerMessage) => {
  // Rankings the other threads made: ready for this thread's next file.
  if ('rankings' in message) return rankings.learn(message.rankings);
  const task = message;
  queue = queue.then(async () => {
    let answer: WorkerAnswer;
    try {
      const only = task.part === undefined ? undefined : PARTS[task.part];
      answer = { index: task.index, outcome: await check(task.path, only), rankings: rankings.take() };
    } catch (error) {
      answer = { index: task.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
});

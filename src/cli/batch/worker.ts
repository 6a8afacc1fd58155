// A `verso check --jobs N` worker thread (bundled to out/cli/check-worker.js): loads the
// dictionaries once, then checks the files the main thread sends, one answer per file.
import { parentPort, workerData } from 'node:worker_threads';
import { createFileChecker, type CheckSettings } from './check-file';
import type { CheckTask, WorkerAnswer } from './pool';

const port = parentPort;
if (!port) throw new Error('check-worker.js runs as a worker thread of verso check');
const check = createFileChecker(workerData as CheckSettings);
// One file at a time, in the order sent: a second task waits in the queue, not in the checker.
let queue = Promise.resolve();
port.on('message', (task: CheckTask) => {
  queue = queue.then(async () => {
    let answer: WorkerAnswer;
    try {
      answer = { index: task.index, outcome: await check(task.path) };
    } catch (error) {
      answer = { index: task.index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
});

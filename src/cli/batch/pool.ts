/**
 * Runs `verso check`'s files through the checker: on this thread, or on worker threads when
 * there are several jobs. Outcomes are handed over as they come (any order) with their index;
 * the caller puts them back in the order of the files.
 */
import { Worker } from 'node:worker_threads';
import { createFileChecker, type CheckSettings, type FileOutcome } from './check-file';

/** A file to check, as sent to a worker. */
export interface CheckTask {
  index: number;
  path: string;
}

/** A worker's answer: the outcome of one task, or the stack of an error it could not handle. */
export type WorkerAnswer = { index: number; outcome: FileOutcome } | { index: number; crash: string };

/** How to run the checks. */
export interface PoolOptions {
  settings: CheckSettings;
  /** Worker threads to use; 1 (or no `workerScript`) checks on this thread. */
  jobs: number;
  /** The built worker entry (out/cli/check-worker.js). Absent when run from source: then everything runs here. */
  workerScript?: URL;
}

// Tasks each worker holds at once: one being checked and one waiting, so a worker never sits idle
// while its next file is on the way.
const IN_FLIGHT = 2;

/** Checks every file; `onOutcome` is called once per file, in completion order. */
export async function checkFiles(files: string[], options: PoolOptions, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const jobs = Math.min(options.jobs, files.length);
  if (jobs <= 1 || !options.workerScript) {
    const check = createFileChecker(options.settings);
    for (let i = 0; i < files.length; i++) onOutcome(i, await check(files[i]));
    return;
  }
  const script = options.workerScript;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let sent = 0;
      let settled = 0;
      const feed = (worker: Worker) => {
        if (sent < files.length) {
          const task: CheckTask = { index: sent, path: files[sent] };
          sent++;
          worker.postMessage(task);
        }
      };
      for (let w = 0; w < jobs; w++) {
        const worker = new Worker(script, { workerData: options.settings });
        workers.push(worker);
        worker.on('message', (answer: WorkerAnswer) => {
          if ('crash' in answer) {
            reject(new Error(`checking ${files[answer.index]}: ${answer.crash}`));
            return;
          }
          onOutcome(answer.index, answer.outcome);
          if (++settled === files.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (settled < files.length) reject(new Error(`a check worker stopped (exit code ${code}) before the files were checked`));
        });
      }
      for (let k = 0; k < IN_FLIGHT; k++) for (const worker of workers) feed(worker);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

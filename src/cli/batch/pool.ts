/**
 * Runs `verso check`'s files through the checker on N jobs: this thread and N-1 worker threads,
 * all taking the next file from one queue. (This thread would otherwise sit idle waiting for the
 * workers; checking here too saves one thread's start-up: its dictionaries, its compiled code.)
 * Outcomes are handed over as they come, in any order, with their index; the caller puts them
 * back in the order of the files. The suggestion rankings each thread makes travel with these
 * messages to the other threads (./rankings.ts), so an unknown word is ranked about once per run,
 * not once per thread.
 */
import { Worker } from 'node:worker_threads';
import { createFileChecker, type CheckSettings, type FileOutcome } from './check-file';
import { SharedRankings, type RankingEntries } from './rankings';

/** A file to check, as sent to a worker. */
export interface CheckTask {
  index: number;
  path: string;
}

/** What a worker is sent: a file to check, or rankings other threads made. */
export type WorkerMessage = CheckTask | { rankings: RankingEntries };

/**
 * A worker's answer: the outcome of one task with the rankings it made since its last answer, or
 * the stack of an error it could not handle.
 */
export type WorkerAnswer = { index: number; outcome: FileOutcome; rankings: RankingEntries } | { index: number; crash: string };

/** How to run the checks. */
export interface PoolOptions {
  settings: CheckSettings;
  /** Jobs: this thread plus `jobs - 1` worker threads (never more jobs than files). */
  jobs: number;
  /** The built worker entry (out/cli/check-worker.js). Absent when run from source: then everything runs here. */
  workerScript?: URL;
  /** The lexicon image this thread loaded (./lexicon-image.ts), shared with the workers. Default none: each parses the text. */
  lexiconImage?: Uint8Array;
}

/** What a check worker is started with. */
export interface WorkerSetup {
  settings: CheckSettings;
  lexiconImage?: Uint8Array;
}

// Tasks each worker holds at once: this thread hands out work only between its own files, so a
// worker keeps a few queued rather than wait for it.
const IN_FLIGHT = 4;

// Lets the event loop run (worker answers, feeding them) between two of this thread's own files.
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Checks every file; `onOutcome` is called once per file, in completion order. */
export async function checkFiles(files: string[], options: PoolOptions, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const script = options.workerScript;
  const helpers = script ? Math.min(options.jobs, files.length) - 1 : 0;
  let sent = 0;
  const take = () => (sent < files.length ? sent++ : -1);
  const workers: Worker[] = [];
  let failure: unknown;
  let answered = 0;
  let expected = 0;
  let allAnswered = () => {};
  const answers = new Promise<void>((resolve) => (allAnswered = resolve));
  const feed = (worker: Worker) => {
    const index = take();
    if (index < 0) return;
    expected++;
    worker.postMessage({ index, path: files[index] } satisfies WorkerMessage);
  };
  const rankings = new SharedRankings();
  // Rankings made on one thread, to every worker but the one that made them.
  const share = (entries: RankingEntries, from?: Worker) => {
    if (entries.length === 0) return;
    for (const worker of workers) if (worker !== from) worker.postMessage({ rankings: entries } satisfies WorkerMessage);
  };
  const fail = (error: unknown) => {
    failure ??= error;
    allAnswered();
  };
  try {
    for (let w = 0; w < helpers && script; w++) {
      const setup: WorkerSetup = { settings: options.settings, lexiconImage: options.lexiconImage };
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (answer: WorkerAnswer) => {
        if ('crash' in answer) return fail(new Error(`checking ${files[answer.index]}: ${answer.crash}`));
        rankings.learn(answer.rankings);
        share(answer.rankings, worker);
        answered++;
        onOutcome(answer.index, answer.outcome);
        feed(worker);
        if (sent === files.length && answered === expected) allAnswered();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (failure === undefined && (sent < files.length || answered < expected)) fail(new Error(`a check worker stopped (exit code ${code}) before its files were checked`));
      });
    }
    for (let k = 0; k < IN_FLIGHT; k++) for (const worker of workers) feed(worker);
    // This thread's share: the next file nobody has taken, until none is left.
    const check = createFileChecker(options.settings, rankings);
    for (let index = take(); index >= 0 && failure === undefined; index = take()) {
      onOutcome(index, await check(files[index]));
      share(rankings.take());
      if (workers.length) await yieldToEvents();
    }
    if (answered < expected && failure === undefined) await answers;
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

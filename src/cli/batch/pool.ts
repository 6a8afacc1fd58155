/**
 * Runs `verso check`'s files through the checker on N jobs: this thread and N-1 worker threads.
 * On one job this thread checks every file with every rule. On more, each file's check is split in
 * two parts (./parts.ts) and each thread has a part of its own: it takes the next task of its part,
 * or else opens the next file (leaving the file's other part to the threads of that part), or else,
 * at the end, takes a task of the other part. (This thread would otherwise sit idle waiting for the
 * workers; checking here too saves one thread's start-up: its dictionaries, its compiled code.)
 * Files are handed over as their parts come in, in any order, with their index; the caller puts
 * them back in the order of the files. The suggestion rankings each thread makes travel with these
 * messages to the other threads (./rankings.ts), so an unknown word is ranked about once per run,
 * not once per thread.
 */
import { Worker } from 'node:worker_threads';
import { createFileChecker, fileOutcome, type CheckSettings, type FileOutcome, type PartOutcome } from './check-file';
import { PARTS } from './parts';
import { SharedRankings, type RankingEntries } from './rankings';

/** A file to check, as sent to a worker: with the rules of one of {@link PARTS}, or all of them. */
export interface CheckTask {
  index: number;
  path: string;
  /** Index into {@link PARTS}; absent: every rule. */
  part?: number;
}

/** What a worker is sent: a file to check, or rankings other threads made. */
export type WorkerMessage = CheckTask | { rankings: RankingEntries };

/**
 * A worker's answer: the outcome of one task with the rankings it made since its last answer, or
 * the stack of an error it could not handle.
 */
export type WorkerAnswer = { index: number; outcome: PartOutcome; rankings: RankingEntries } | { index: number; crash: string };

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

// Tasks each worker holds at once: this thread hands out work only between its own tasks, so a
// worker keeps a few queued rather than wait for it.
const IN_FLIGHT = 4;

// Lets the event loop run (worker answers, feeding them) between two of this thread's own tasks.
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The tasks of a run, handed out as threads ask for them (see the module comment). */
export class Tasks {
  private opened = 0;
  // Per part, the tasks of files opened by a thread of the other part, oldest first.
  private waiting: CheckTask[][] = PARTS.map(() => []);
  private heads: number[] = PARTS.map(() => 0);

  constructor(
    private readonly files: readonly string[],
    /** False: one task per file, every rule. */
    private readonly split: boolean,
  ) {}

  /** The next task for a thread of `part`, or undefined when every task has been handed out. */
  next(part: number): CheckTask | undefined {
    if (!this.split) return this.opened < this.files.length ? this.open() : undefined;
    const own = this.shift(part);
    if (own) return own;
    if (this.opened < this.files.length) {
      const task = this.open();
      PARTS.forEach((_, p) => p !== part && this.waiting[p].push({ ...task, part: p }));
      return { ...task, part };
    }
    for (let p = 0; p < PARTS.length; p++) {
      const other = this.shift(p);
      if (other) return other;
    }
    return undefined;
  }

  private open(): CheckTask {
    const index = this.opened++;
    return { index, path: this.files[index] };
  }

  private shift(part: number): CheckTask | undefined {
    const list = this.waiting[part];
    return this.heads[part] < list.length ? list[this.heads[part]++] : undefined;
  }
}

/** Checks every file; `onOutcome` is called once per file, in completion order. */
export async function checkFiles(files: string[], options: PoolOptions, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const script = options.workerScript;
  const helpers = script ? Math.min(options.jobs, files.length) - 1 : 0;
  const split = helpers > 0;
  const tasks = new Tasks(files, split);
  // Thread t (0 is this one) runs the part t % 2.
  const partOf = (thread: number) => thread % PARTS.length;
  const only = (task: CheckTask) => (task.part === undefined ? undefined : PARTS[task.part]);
  const workers: Worker[] = [];
  let failure: unknown;
  // Per file, the outcomes of its parts checked so far (by part), and how many.
  const parts = new Map<number, { outcomes: PartOutcome[]; count: number }>();
  let finished = 0;
  let allFinished = () => {};
  const done = new Promise<void>((resolve) => (allFinished = resolve));
  const receive = (task: CheckTask, outcome: PartOutcome) => {
    const got = parts.get(task.index) ?? { outcomes: [], count: 0 };
    got.outcomes[task.part ?? 0] = outcome;
    if (++got.count < (split ? PARTS.length : 1)) return void parts.set(task.index, got);
    parts.delete(task.index);
    onOutcome(task.index, fileOutcome(got.outcomes, options.settings.format));
    if (++finished === files.length) allFinished();
  };
  const rankings = new SharedRankings();
  // Rankings made on one thread, to every worker but the one that made them.
  const share = (entries: RankingEntries, from?: Worker) => {
    if (entries.length === 0) return;
    for (const worker of workers) if (worker !== from) worker.postMessage({ rankings: entries } satisfies WorkerMessage);
  };
  const fail = (error: unknown) => {
    failure ??= error;
    allFinished();
  };
  try {
    for (let thread = 1; thread <= helpers && script; thread++) {
      const setup: WorkerSetup = { settings: options.settings, lexiconImage: options.lexiconImage };
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      // The tasks sent to this worker, which answers them in the order sent.
      const sent: CheckTask[] = [];
      const feed = () => {
        const task = tasks.next(partOf(thread));
        if (!task) return false;
        sent.push(task);
        worker.postMessage(task satisfies WorkerMessage);
        return true;
      };
      worker.on('message', (answer: WorkerAnswer) => {
        if ('crash' in answer) return fail(new Error(`checking ${files[answer.index]}: ${answer.crash}`));
        rankings.learn(answer.rankings);
        share(answer.rankings, worker);
        receive(sent.shift() as CheckTask, answer.outcome);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (failure === undefined && finished < files.length) fail(new Error(`a check worker stopped (exit code ${code}) before its files were checked`));
      });
      for (let k = 0; k < IN_FLIGHT && feed(); k++);
    }
    // This thread's share: the next task of its part, until none is left.
    const check = createFileChecker(options.settings, rankings);
    for (let task = tasks.next(partOf(0)); task && failure === undefined; task = tasks.next(partOf(0))) {
      receive(task, await check(task.path, only(task)));
      share(rankings.take());
      if (workers.length) await yieldToEvents();
    }
    if (finished < files.length && failure === undefined) await done;
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

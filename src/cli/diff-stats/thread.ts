// `verso diff`'s TER figures on a second thread: the blocks go to it as they are diffed, so the
// two halves of the work (the diff, TERCOM's search per sentence) run side by side; a thread that
// has not started on them by the time the diff is written is not waited for (see finish()).
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BlockRanges, DiffStatsTally, DiffSums } from '../../core/diff';
import { BY_MAIN, claimBatch, newClaim, packBlock, type StatsAnswer, type StatsMessage, UNCLAIMED } from './protocol';

/**
 * Blocks sent to the thread in one message: small enough that it starts early and that the two
 * threads end close together when they share the last batches, large enough that messages stay few.
 */
const BATCH_BLOCKS = 32;

/**
 * Bytes of the two files from which a second thread pays: below it, starting one (an isolate, the
 * TER code compiled again there) costs more than scoring on the main thread while nothing else runs.
 */
export const THREAD_MIN_BYTES = 64 * 1024;

/**
 * Whether to use the second thread: `on` and `off` decide (the environment's VERSO_DIFF_THREAD,
 * for tests and benchmarks); `auto`, the default, uses it when it can pay (see {@link statsThreadPays}).
 */
export type ThreadSetting = 'on' | 'off' | 'auto';

/** The setting VERSO_DIFF_THREAD gives (`auto` when unset or unknown). */
export function threadSetting(value: string | undefined): ThreadSetting {
  return value === 'on' || value === 'off' ? value : 'auto';
}

/**
 * Whether `verso diff` of these two files scores TER on a second thread. With `auto`: on a machine
 * with two cores or more, for files of {@link THREAD_MIN_BYTES} together or more, and only while a
 * core is free (the load average over the last minute, `load`, at least half a core below the
 * number of cores): measured on a 2-core machine whose cores other work kept busy (load 5-6), the
 * two threads slowed each other down and the whole process took longer than on one thread.
 */
export function statsThreadPays(
  pathA: string,
  pathB: string,
  setting: ThreadSetting = 'auto',
  load = loadavg()[0],
): boolean {
  if (setting !== 'auto') return setting === 'on';
  const cores = availableParallelism();
  if (cores < 2 || load > cores - 0.5) return false;
  try {
    return statSync(pathA).size + statSync(pathB).size >= THREAD_MIN_BYTES;
  } catch {
    // The reader says what is wrong with the file.
    return false;
  }
}

/** A batch of blocks sent to the thread, kept on the main thread to score it there if the thread has not claimed it. */
interface SentBatch {
  readonly blocks: readonly BlockRanges[];
  readonly claim: Int32Array;
}

/** The TER thread: started before the files are read, fed the texts and then the blocks in order. */
export class DiffStatsThread {
  private readonly worker: Worker;
  private readonly answer: Promise<DiffSums>;
  private readonly sent: SentBatch[] = [];
  /** The blocks not sent yet, and the same packed. */
  private blocks: BlockRanges[] = [];
  private packed: number[] = [];

  /** A thread running `script`, or null when none can be started (the caller then counts on its own thread). */
  static start(script: URL): DiffStatsThread | null {
    try {
      return new DiffStatsThread(new Worker(script));
    } catch {
      return null;
    }
  }

  private constructor(worker: Worker) {
    this.worker = worker;
    this.answer = new Promise<DiffSums>((resolve, reject) => {
      this.worker.once('message', (answer: StatsAnswer) =>
        'sums' in answer ? resolve(answer.sums) : reject(new Error(answer.crash)),
      );
      this.worker.once('error', reject);
      this.worker.once('exit', (code) =>
        reject(new Error(`the TER thread stopped before answering (exit status ${code})`)),
      );
    });
    // Whoever awaits finish() sees a failure; until then it must not count as unhandled.
    this.answer.catch(() => undefined);
  }

  /** The original and the corrected text, before any block. */
  texts(a: string, b: string): void {
    this.post({ a, b });
  }

  /** One block of the diff, in order. */
  add(block: BlockRanges): void {
    this.blocks.push(block);
    packBlock(block, this.packed);
    if (this.blocks.length >= BATCH_BLOCKS) this.flush();
  }

  /**
   * The sums of the blocks the thread scored; rejects when the thread failed (the caller then
   * counts every block afresh on its own thread). When the thread has not claimed its first batch
   * yet, this thread scores into `tally` every block instead, the last batch first, until one the
   * thread claimed meanwhile (it claims them in order), and waits only if it has.
   */
  async finish(tally: DiffStatsTally): Promise<DiffSums> {
    // A thread at work is left to finish: this thread's copy of the TER code is cold, and scoring
    // its last batches here cost more than waiting (measured on the 100k-word bench pair, 2 cores,
    // load 1-3: 740 against 704 ms wall, 1,260 against 1,160 ms CPU, 12 interleaved runs). Only a
    // thread that has not claimed its first batch by now (it is late starting, or stuck) is not
    // waited for: this thread claims every batch and scores them itself.
    if (this.sent.length > 0 && Atomics.load(this.sent[0].claim, 0) !== UNCLAIMED) {
      this.flush();
    } else {
      for (const block of this.blocks) tally.add(block);
      this.blocks = [];
      this.packed = [];
      let k = this.sent.length - 1;
      for (; k >= 0 && claimBatch(this.sent[k].claim, BY_MAIN); k--) for (const block of this.sent[k].blocks) tally.add(block);
      if (k < 0) {
        // The thread scored nothing: its answer is not needed.
        this.stop();
        return { wordsA: 0, wordsB: 0, edits: 0 };
      }
    }
    this.post(null);
    try {
      return await this.answer;
    } catch (error) {
      this.stop();
      throw error;
    } finally {
      // Answered (it then ends on its own) or failed: the process need not wait for it.
      this.worker.unref();
    }
  }

  /** Ends the thread (the command failed before finishing, bad input say). */
  stop(): void {
    this.worker.unref();
    void this.worker.terminate();
  }

  private flush(): void {
    if (this.blocks.length === 0) return;
    const packed = Int32Array.from(this.packed);
    const claim = newClaim();
    this.sent.push({ blocks: this.blocks, claim });
    this.post({ blocks: packed, claim }, [packed.buffer]);
    this.blocks = [];
    this.packed = [];
  }

  private post(message: StatsMessage, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(message, transfer);
  }
}

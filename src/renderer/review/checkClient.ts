/**
 * The review screen's side of the checking worker. One worker serves the whole app and is started
 * (and its dictionaries loaded) as soon as the app opens, so the first article is checked without
 * waiting for that. Requests are coalesced: while the worker is busy only the newest request
 * waits, so a burst of typing costs one check, not one per key.
 */
import type { CheckOptions } from '../../core';
import { MAX_CRASHES, type WorkerRequest, type WorkerResponse } from './protocol';

/** What the client reports back. */
export type CheckListener = (response: WorkerResponse) => void;

/** Sends check requests to a worker and hands back responses; restarts the worker if it dies. */
export class CheckClient {
  private worker: Worker;
  private busy = false;
  private waiting: WorkerRequest | null = null;
  private listener: CheckListener | null = null;
  /** The original the worker holds, so it is sent only when it changes. */
  private workerOriginal: string | null = null;
  /** Crashes since the last finished check. */
  private crashes = 0;

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'verso-check' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (worker !== this.worker) return;
      // Progress comes while the worker is still busy with the check.
      if (event.data.type === 'progress') return this.listener?.(event.data);
      this.busy = false;
      if (event.data.type === 'checked') this.crashes = 0;
      if (event.data.type !== 'warm') this.listener?.(event.data);
      this.flush();
    };
    // An uncaught error in the worker (or a message it cannot read) leaves it in an unknown state
    // with its check lost: replace it, and tell the review, which checks again.
    const crashed = (event: Event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      const message = event instanceof ErrorEvent && event.message ? event.message : 'it stopped unexpectedly';
      this.restart(message);
    };
    worker.onerror = crashed;
    worker.onmessageerror = crashed;
    this.busy = true;
    worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
    return worker;
  }

  private restart(message: string): void {
    this.worker.terminate();
    this.crashes++;
    this.workerOriginal = null;
    this.worker = this.spawn();
    this.listener?.({ type: 'restarted', message, retry: this.crashes < MAX_CRASHES });
  }

  /** Stops the worker for good (a client of its own, such as the batch's background checks, is done). */
  dispose(): void {
    this.listener = null;
    this.waiting = null;
    this.worker.terminate();
  }

  /** Who hears the results (the open review); null when no review is open. */
  listen(listener: CheckListener | null): void {
    this.listener = listener;
    if (!listener) this.waiting = null;
  }

  /**
   * Asks for a check of `corrected` at `version`; an older waiting request is dropped. With
   * `machineIssues` the answer carries the machine translation's issues even if unchanged.
   */
  check(version: number, original: string, corrected: string, options: CheckOptions, machineIssues = false): void {
    this.waiting = { type: 'check', version, original, corrected, options, machineIssues };
    this.flush();
  }

  private flush(): void {
    if (this.busy || !this.waiting) return;
    this.busy = true;
    const request = this.waiting;
    if (request.type === 'check' && request.original !== undefined) {
      if (request.original === this.workerOriginal) delete request.original;
      else this.workerOriginal = request.original;
    }
    this.worker.postMessage(request);
    this.waiting = null;
  }
}

let shared: CheckClient | null = null;

/** The app's checking worker, started on first use. */
export function checkClient(): CheckClient {
  shared ??= new CheckClient();
  return shared;
}

/**
 * The review screen's side of the checking worker. Requests are coalesced: while the worker is
 * busy only the newest request waits, so a burst of typing costs one check, not one per key.
 */
import type { CheckOptions } from '../../core';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** What the client reports back. */
export interface CheckListener {
  (response: WorkerResponse): void;
}

/** Sends check requests to a worker and hands back responses. */
export class CheckClient {
  private readonly worker: Worker;
  private busy = false;
  private waiting: WorkerRequest | null = null;

  constructor(private readonly listener: CheckListener) {
    this.worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'verso-check' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      this.busy = false;
      this.listener(event.data);
      this.flush();
    };
    this.worker.onerror = (event) => {
      this.busy = false;
      this.listener({ type: 'failed', version: -1, message: event.message || 'The checker stopped unexpectedly.' });
      this.flush();
    };
  }

  /** Asks for a check of `corrected` at `version`; an older waiting request is dropped. */
  check(version: number, original: string, corrected: string, options: CheckOptions): void {
    this.waiting = { type: 'check', version, original, corrected, options };
    this.flush();
  }

  /** True while a check is running or waiting. */
  get pending(): boolean {
    return this.busy || this.waiting !== null;
  }

  private flush(): void {
    if (this.busy || !this.waiting) return;
    this.busy = true;
    this.worker.postMessage(this.waiting);
    this.waiting = null;
  }

  dispose(): void {
    this.worker.terminate();
  }
}

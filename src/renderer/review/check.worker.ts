/// <reference lib="webworker" />
// The checking worker: runs the engine's checks and the document statistics off the main thread,
// so typing never waits for them. Both keep caches, so a re-check after one edit is cheap.
import { createChecker, DocumentDiff, type Checker } from '../../core';
import type { WorkerRequest, WorkerResponse } from './protocol';

let checker: Checker | undefined;
let documentDiff: { original: string; diff: DocumentDiff } | undefined;

function post(message: WorkerResponse): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    checker ??= createChecker();
    const result = checker.check(request.corrected, request.options);
    if (!documentDiff || documentDiff.original !== request.original) {
      documentDiff = { original: request.original, diff: new DocumentDiff(request.original, request.corrected) };
    } else {
      documentDiff.diff.update(request.corrected);
    }
    const stats = documentDiff.diff.stats();
    post({
      type: 'checked',
      version: request.version,
      result,
      stats: { wordsA: stats.wordsA, wordsB: stats.wordsB, edits: stats.edits, hter: stats.ter },
      millis: performance.now() - started,
    });
  } catch (error) {
    post({ type: 'failed', version: request.version, message: error instanceof Error ? error.message : String(error) });
  }
};

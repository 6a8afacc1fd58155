/// <reference lib="webworker" />
// The checking worker: runs the engine's checks and the document statistics off the main thread,
// so typing never waits for them. Both keep caches, so a re-check after one edit is cheap.
import { createChecker, DocumentDiff, type Checker, type Issue } from '../../core';
import type { WorkerRequest, WorkerResponse } from './protocol';

let checker: Checker | undefined;
let documentDiff: { original: string; diff: DocumentDiff } | undefined;
let original = '';
/** What the machine translation's issues were last found for (its text and the options), and them. */
let machine: { original: string; options: string; issues: Issue[] } | undefined;

function post(message: WorkerResponse): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  if (request.type === 'warm') {
    checker ??= createChecker();
    post({ type: 'warm', millis: performance.now() - started });
    return;
  }
  try {
    checker ??= createChecker();
    // The original is sent only when it changed (it is as long as the article).
    if (request.original !== undefined) original = request.original;
    // The machine translation as delivered is checked too (for the report's quality score), only
    // when it or the options changed: it rarely does. Progress counts both checks' rules.
    const options = JSON.stringify(request.options);
    const checkMachine = !machine || machine.original !== original || machine.options !== options;
    const parts = checkMachine ? 2 : 1;
    const progress = (part: number) => (done: number, total: number) =>
      post({ type: 'progress', version: request.version, done: part * total + done, total: parts * total });
    const result = checker.check(request.corrected, request.options, progress(0));
    let machineIssues: Issue[] | undefined;
    if (checkMachine) {
      machine = { original, options, issues: checker.check(original, request.options, progress(1)).issues };
      machineIssues = machine.issues;
    } else if (request.machineIssues) {
      machineIssues = machine!.issues;
    }
    if (!documentDiff || documentDiff.original !== original) {
      documentDiff = { original, diff: new DocumentDiff(original, request.corrected) };
    } else {
      documentDiff.diff.update(request.corrected);
    }
    const stats = documentDiff.diff.stats();
    post({
      type: 'checked',
      version: request.version,
      result,
      ...(machineIssues ? { machineIssues } : {}),
      stats: { wordsA: stats.wordsA, wordsB: stats.wordsB, edits: stats.edits, hter: stats.ter },
      millis: performance.now() - started,
    });
  } catch (error) {
    post({ type: 'failed', version: request.version, message: error instanceof Error ? error.message : String(error) });
  }
};

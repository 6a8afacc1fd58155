/** Runs exports in their own worker, one promise per request. */
import type { ExportKind } from '../../core';
import type { ExportContext, ExportFile } from './exports';
import type { ExportRequest, ExportResponse } from './export.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (file: ExportFile) => void; reject: (error: Error) => void }>();

function exportWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'verso-export' });
  worker.onmessage = (event: MessageEvent<ExportResponse>) => {
    const request = pending.get(event.data.id);
    if (!request) return;
    pending.delete(event.data.id);
    if ('file' in event.data) request.resolve(event.data.file);
    else request.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || 'The export stopped unexpectedly.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Builds the export named by its menu item, off the main thread. */
export function buildExportInWorker(kind: ExportKind, context: ExportContext): Promise<ExportFile> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    exportWorker().postMessage({ id, kind, context } satisfies ExportRequest);
  });
}

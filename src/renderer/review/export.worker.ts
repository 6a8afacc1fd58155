/// <reference lib="webworker" />
// Builds exports off the main thread: a report or a .docx of a long article takes long enough to
// be felt while typing.
import type { ExportKind } from '../../core';
import { buildExport, type ExportContext, type ExportFile } from './exports';

/** To the worker. */
export interface ExportRequest {
  id: number;
  kind: ExportKind;
  context: ExportContext;
}

/** From the worker. */
export type ExportResponse = { id: number; file: ExportFile } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { id, kind, context } = event.data;
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  try {
    const file = await buildExport(kind, context);
    scope.postMessage({ id, file } satisfies ExportResponse, [file.data.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ExportResponse);
  }
};

/** The exports: built in a worker from the editors' texts and issues, then saved or downloaded. */
import { useCallback, useState, type RefObject } from 'react';
import type { ExportKind, Issue } from '../../core';
import type { Platform, Settings } from '../../shared/ipc';
import type { ReviewEditors } from './editors';
import { buildExportInWorker } from './exportClient';
import { exactText } from './lineBreaks';
import type { ReviewDocument } from './reviewDocument';
import { reviewedIssues } from './reviewSession';
import { languageName } from './StatusBar';
import type { CheckSummary } from './useCheckScheduler';

/** What the screen gets: `exportAs`, and the kind being built (null when none). */
export interface Exports {
  exportAs(kind: ExportKind): Promise<void>;
  exporting: ExportKind | null;
}

/** Exports of the review in `editors`; progress and results go to `onMessage`. */
export function useExports(options: {
  editors: RefObject<ReviewEditors | null>;
  doc: ReviewDocument;
  platform: Platform;
  summary: CheckSummary | null;
  /** The machine translation's issues from the checker (null until its first check is back). */
  machineIssues: () => readonly Issue[] | null;
  settings: Settings;
  /** A bilingual review's source, when one was added. */
  source?: { name: string; text: string } | null;
  onMessage: (message: string | null) => void;
  onError: (message: string) => void;
}): Exports {
  const { editors, doc, platform, summary, machineIssues, settings, onMessage, onError } = options;
  const source = options.source;
  const [exporting, setExporting] = useState<ExportKind | null>(null);

  const exportAs = useCallback(
    async (kind: ExportKind) => {
      const view = editors.current;
      if (!view) return;
      const machine = machineIssues();
      if (!machine && kind === 'Review report (.html)') {
        onError('The article is still being checked: export the report once the check has finished.');
        return;
      }
      try {
        onMessage(`Exporting ${kind}…`);
        setExporting(kind);
        const file = await buildExportInWorker(kind, {
          doc,
          // The article's own line breaks (the issues' offsets are into these texts too).
          original: exactText(view.a.state),
          corrected: exactText(view.b.state),
          issues: reviewedIssues(view),
          machineIssues: machine ?? [],
          language: summary ? `${languageName(summary.language.code)} (${summary.language.code})` : 'unknown',
          dialect: summary?.dialect ?? settings.dialect,
          ...(source ? { source: { ...source, ...(summary?.bilingual ? { summary: summary.bilingual } : {}) } } : {}),
        });
        setExporting(null);
        const result = await platform.saveFile({ suggestedName: file.name, mimeType: file.mimeType, data: file.data });
        onMessage(result ? `Exported ${result.name}` : null);
      } catch (error) {
        setExporting(null);
        onMessage(null);
        onError(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [editors, doc, platform, summary, machineIssues, settings.dialect, source, onMessage, onError],
  );

  return { exportAs, exporting };
}

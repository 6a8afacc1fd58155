/**
 * "Export all corrected texts…": every article of the batch as its corrected text, in the
 * article's own format (a .docx comes back as a .docx), named as the Export menu names it and kept
 * at the article's place in the batch (`world/baghdad.txt` → `world/baghdad.corrected.txt`), with
 * its review report beside it and the batch summary, linking every report, at the top.
 */
import { exportFileName, type ExportKind } from '../../core';
import type { SaveFilesRequest, Settings } from '../../shared/ipc';
import type { Session } from '../../shared/session';
import { CheckClient } from '../review/checkClient';
import { buildExportInWorker } from '../review/exportClient';
import { openReviewDocument } from '../review/reviewDocument';
import { buildArticleReport } from './batchReports';
import { fileToOpen, summaryCsv, type Queue } from './queue';
import { summaryHtml } from './summaryHtml';

/** The Export menu item that writes an article of `format` back in its own format (an XLIFF file's text as .txt). */
export function correctedTextKind(format: Session['article']['format']): ExportKind {
  switch (format) {
    case 'md':
      return 'Corrected text (.md)';
    case 'html':
      return 'Corrected text (.html)';
    case 'docx':
      return 'Corrected text (.docx)';
    default:
      return 'Corrected text (.txt)';
  }
}

/** The files to write, and why any readable article was left out (one sentence each). */
export interface CorrectedTexts {
  files: SaveFilesRequest['files'];
  leftOut: string[];
}

/** Where a file beside an article goes: `world/b.txt` and `.report.html` → `world/b.report.html`. */
function besideArticle(name: string, articleName: string, kind: ExportKind): string {
  const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
  // A saved review in the batch is named after the article it holds.
  const base = /\.json$/i.test(name) ? articleName : name.slice(folder.length);
  return folder + exportFileName(base, kind);
}

/**
 * What a batch export writes: "Export all corrected texts…" (`texts`) or "Batch summary (.html)"
 * (`summary`). Both write the summary page with the review reports it links, since a summary whose
 * names link nothing, or files that are not there, is no use to whoever opens it.
 */
export type BatchExport = 'texts' | 'summary';

/**
 * Builds the batch's folder: each readable article's review report beside its place in the batch
 * (`world/b.report.html`) and at the top `batch-summary.html` (the summary table, each article
 * linking its report); for `texts` also each article's corrected text (from its review so far; the
 * article itself, its text unchanged, when it was never opened) and `batch-summary.csv`. An
 * Unreadable article has a row in the summary and nothing else. Off the main thread (the export
 * worker, and a checking worker of its own for the reports); `onProgress` hears how many readable
 * articles are done.
 */
export async function buildCorrectedTexts(queue: Queue, settings: Settings, onProgress: (built: number) => void, what: BatchExport = 'texts'): Promise<CorrectedTexts> {
  const files: CorrectedTexts['files'] = [];
  const leftOut: string[] = [];
  const taken = new Set<string>(['batch-summary.html', 'batch-summary.csv']);
  const reports: (string | null)[] = queue.articles.map(() => null);
  const client = new CheckClient();
  let built = 0;
  try {
    for (const [index, article] of queue.articles.entries()) {
      if (article.status === 'Unreadable') continue;
      try {
        const doc = await openReviewDocument(fileToOpen(article));
        const kind = correctedTextKind(doc.article.format);
        const report = await buildArticleReport(doc, settings, client, index);
        if (what === 'texts') {
          const text = await buildExportInWorker(kind, { doc, original: doc.original, corrected: doc.corrected, issues: [], machineIssues: [], language: '', dialect: '' });
          files.push({ path: uniquePath(besideArticle(article.name, doc.article.name, kind), taken), data: text.data });
        }
        const reportPath = uniquePath(besideArticle(article.name, doc.article.name, 'Review report (.html)'), taken);
        files.push({ path: reportPath, data: report.data });
        reports[index] = reportPath;
      } catch (error) {
        leftOut.push(`${article.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      onProgress(++built);
    }
  } finally {
    client.dispose();
  }
  if (files.length > 0) {
    const encoder = new TextEncoder();
    files.push({ path: 'batch-summary.html', data: encoder.encode(summaryHtml(queue, 'Batch summary', reports)) });
    if (what === 'texts') files.push({ path: 'batch-summary.csv', data: encoder.encode(summaryCsv(queue)) });
  }
  return { files, leftOut };
}

// Two articles of one name (picked from different places) get `name (2).corrected.txt`.
function uniquePath(path: string, taken: Set<string>): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const dot = path.indexOf('.', path.lastIndexOf('/') + 1);
    candidate = dot > 0 ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

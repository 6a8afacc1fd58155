/**
 * "Export all corrected texts…": every article of the batch as its corrected text, in the
 * article's own format (a .docx comes back as a .docx), named as the Export menu names it and kept
 * at the article's place in the batch (`world/baghdad.txt` → `world/baghdad.corrected.txt`).
 */
import { exportFileName, type ExportKind } from '../../core';
import type { SaveFilesRequest } from '../../shared/ipc';
import type { Session } from '../../shared/session';
import { buildExportInWorker } from '../review/exportClient';
import { openReviewDocument } from '../review/reviewDocument';
import { fileToOpen, type Queue } from './queue';

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

/** The files to write, and why any article was left out (one sentence each). */
export interface CorrectedTexts {
  files: SaveFilesRequest['files'];
  leftOut: string[];
}

/**
 * Builds each article's corrected text from its review so far (the article itself when it was
 * never opened: its text unchanged), off the main thread; `onProgress` hears how many are built.
 */
export async function buildCorrectedTexts(queue: Queue, onProgress: (built: number) => void): Promise<CorrectedTexts> {
  const files: CorrectedTexts['files'] = [];
  const leftOut: string[] = [];
  const taken = new Set<string>();
  for (const [index, article] of queue.articles.entries()) {
    try {
      const doc = await openReviewDocument(fileToOpen(article));
      const kind = correctedTextKind(doc.article.format);
      const file = await buildExportInWorker(kind, {
        doc,
        original: doc.original,
        corrected: doc.corrected,
        issues: [],
        machineIssues: [],
        language: '',
        dialect: '',
      });
      const folder = article.name.includes('/') ? article.name.slice(0, article.name.lastIndexOf('/') + 1) : '';
      // A saved review in the batch is named after the article it holds.
      const base = /\.json$/i.test(article.name) ? doc.article.name : article.name.slice(folder.length);
      files.push({ path: uniquePath(folder + exportFileName(base, kind), taken), data: file.data });
    } catch (error) {
      leftOut.push(`${article.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    onProgress(index + 1);
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

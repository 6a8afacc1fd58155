/** Building every export of the "Export" menu from the review as it stands. */
import {
  buildReport,
  diffTexts,
  EXPORT_KINDS,
  exportDocx,
  exportFileName,
  exportHtml,
  exportMarkdown,
  exportTxt,
  formatPatch,
  issuesToCsvBytes,
  type ExportKind,
} from '../../core';
import type { ReviewedIssue } from '../../shared/report';
import type { ReviewDocument } from './reviewDocument';
import type { ReviewStats } from './protocol';

/** The review as an export needs it. */
export interface ExportContext {
  doc: ReviewDocument;
  original: string;
  corrected: string;
  issues: readonly ReviewedIssue[];
  stats: ReviewStats | null;
  language: string;
  dialect: string;
}

/** One file ready to save. */
export interface ExportFile {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

const encoder = new TextEncoder();

function headline(text: string, fallback: string): string {
  const first = text.split(/\r?\n/).find((line) => line.trim());
  return first ? first.trim().slice(0, 200) : fallback;
}

/** Builds the export named by its menu item. */
export async function buildExport(kind: ExportKind, context: ExportContext): Promise<ExportFile> {
  const { doc, corrected, original } = context;
  const name = exportFileName(doc.article.name, kind);
  const { mimeType } = EXPORT_KINDS[kind];
  const title = headline(corrected, doc.article.name);
  let data: Uint8Array;
  switch (kind) {
    case 'Corrected text (.txt)':
      data = exportTxt(corrected, doc.article);
      break;
    case 'Corrected text (.md)':
      data = exportMarkdown(corrected, doc.article);
      break;
    case 'Corrected text (.docx)':
      data = await exportDocx(corrected, title);
      break;
    case 'Corrected text (.html)':
      data = exportHtml(corrected, title);
      break;
    case 'Review report (.html)': {
      const changes = diffTexts(original, corrected);
      const stats = context.stats ?? { wordsA: 0, wordsB: 0, edits: 0, hter: 0 };
      data = encoder.encode(
        buildReport({
          title,
          fileName: doc.article.name,
          original,
          corrected,
          changes,
          stats: { wordsA: stats.wordsA, wordsB: stats.wordsB, edits: stats.edits, ter: stats.hter },
          issues: context.issues,
          language: context.language,
          dialect: context.dialect,
          generatedAt: new Date().toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
        }),
      );
      break;
    }
    case 'Issues (.csv)':
      data = issuesToCsvBytes(context.issues, corrected);
      break;
    case 'Changes (.patch)':
      data = encoder.encode(formatPatch(original, corrected, doc.article.name, doc.article.name));
      break;
  }
  return { name, mimeType, data };
}

/** Building every export of the "Export" menu from the review as it stands. */
import {
  buildReport,
  DocumentDiff,
  EXPORT_KINDS,
  exportDocx,
  exportFileName,
  exportHtml,
  exportMarkdown,
  exportTxt,
  exportXliff,
  formatPatch,
  parseXliff,
  issuesToCsvBytes,
  type ExportKind,
  type Issue,
} from '../../core';
import type { ReportInput, ReviewedIssue } from '../../shared/report';
import type { ReviewDocument } from './reviewDocument';
import { formatDateTime } from '../../shared/labels';

/** The review as an export needs it. */
export interface ExportContext {
  doc: ReviewDocument;
  original: string;
  corrected: string;
  issues: readonly ReviewedIssue[];
  /** The machine translation's own issues (offsets into `original`), for the report's quality score. */
  machineIssues: readonly Issue[];
  language: string;
  dialect: string;
  /** A bilingual review's source, for the report's bilingual summary and the source excerpts. */
  source?: { name: string; text: string; summary?: NonNullable<ReportInput['source']>['summary'] };
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
      // The report's figures come from one diff of the texts it shows, per paragraph included.
      const review = new DocumentDiff(original, corrected);
      const stats = review.stats();
      data = encoder.encode(
        buildReport({
          title,
          fileName: doc.article.name,
          original,
          corrected,
          changes: review.changes,
          stats: { wordsA: stats.wordsA, wordsB: stats.wordsB, edits: stats.edits, ter: stats.ter },
          paragraphs: stats.paragraphs,
          issues: context.issues,
          machineIssues: context.machineIssues,
          language: context.language,
          dialect: context.dialect,
          generatedAt: formatDateTime(new Date()),
          ...(context.source ? { source: context.source } : {}),
        }),
      );
      break;
    }
    case 'Issues (.csv)':
      data = issuesToCsvBytes(context.issues, corrected, context.source?.text);
      break;
    case 'Changes (.patch)':
      data = encoder.encode(formatPatch(original, corrected, doc.article.name, doc.article.name));
      break;
    case 'Corrected XLIFF (.xlf)':
      if (doc.xliff === undefined) throw new Error('only a review opened from an XLIFF file can be exported as XLIFF.');
      // The file as it was opened, in its own encoding and BOM, with the corrected targets written in.
      data = exportTxt(exportXliff(doc.article.name, doc.xliff, parseXliff(doc.article.name, doc.xliff), corrected), doc.article);
      break;
  }
  return { name, mimeType, data };
}

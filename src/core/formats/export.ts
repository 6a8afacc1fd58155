/**
 * Writing the corrected text out in the formats a newsroom uses. Every function is pure and
 * platform-free: bytes out, the platform decides where they go (save dialog or download).
 */
import { encodeText } from '../text/decode';
import { paragraphsOf, type ImportedArticle } from './article';
import { textToDocx } from './docx';
import { escapeHtml } from '../text/html';

/** What an exported text keeps of its source article: how it was encoded. */
export type ArticleEncoding = Pick<ImportedArticle, 'encoding' | 'bom'>;

/**
 * The corrected text as a `.txt` file: the original's encoding and BOM choice, every character as
 * given, so line endings and the final newline (or its absence) stay exactly as in `text`.
 * Unchanged text gives back the original file byte for byte.
 */
export function exportTxt(text: string, source: ArticleEncoding): Uint8Array {
  return encodeText(text, source.encoding, source.bom);
}

/**
 * The corrected text as a `.md` file, written as is. Markdown is text: an article opened from
 * Markdown keeps its markup, and plain prose is already valid Markdown. Escaping `*` or `#` in a
 * plain-text article would put backslashes into the editor's words, so none is added.
 * Keeps the source's encoding and BOM when it was a text file, UTF-8 otherwise.
 */
export function exportMarkdown(text: string, source: ArticleEncoding): Uint8Array {
  return encodeText(text, source.encoding, source.bom);
}

/**
 * The corrected text as a standalone UTF-8 `.html` page: one `<p>` per paragraph (blank-line
 * separated), `<br>` for single line breaks, everything escaped. Re-importing it gives the same
 * paragraphs; as in any HTML, runs of spaces collapse to one and lines lose leading and trailing spaces.
 */
export function exportHtml(text: string, title: string, lang = 'en'): Uint8Array {
  const body = paragraphsOf(text)
    .map((lines) => '<p>' + lines.map(escapeHtml).join('<br>\n') + '</p>')
    .join('\n');
  const page = `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
</body>
</html>
`;
  return encodeText(page);
}

/** The corrected text as a Word `.docx` (see {@link textToDocx}). Works in browsers and node. */
export function exportDocx(text: string, title: string): Promise<Uint8Array> {
  return textToDocx(text, title);
}

/** The exports the "Export" menu offers, by the contract's menu names (../shared/DESIGN.md). */
export const EXPORT_KINDS = {
  'Corrected text (.txt)': { suffix: '.corrected.txt', mimeType: 'text/plain;charset=utf-8' },
  'Corrected text (.md)': { suffix: '.corrected.md', mimeType: 'text/markdown;charset=utf-8' },
  'Corrected text (.docx)': {
    suffix: '.corrected.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'Corrected text (.html)': { suffix: '.corrected.html', mimeType: 'text/html;charset=utf-8' },
  'Review report (.html)': { suffix: '.report.html', mimeType: 'text/html;charset=utf-8' },
  'Issues (.csv)': { suffix: '.issues.csv', mimeType: 'text/csv;charset=utf-8' },
  'Changes (.patch)': { suffix: '.patch', mimeType: 'text/x-diff;charset=utf-8' },
  /** Only for a review opened from an XLIFF file: that file with the corrected targets. */
  'Corrected XLIFF (.xlf)': { suffix: '.corrected.xlf', mimeType: 'application/xliff+xml' },
} as const;

/** One of the Export menu's item names. */
export type ExportKind = keyof typeof EXPORT_KINDS;

/**
 * The file name offered for an export of `articleName`: its base name plus the kind's suffix,
 * e.g. `article.txt` → `article.corrected.txt`, `article.report.html`.
 */
export function exportFileName(articleName: string, kind: ExportKind): string {
  const dot = articleName.lastIndexOf('.');
  const base = dot > 0 ? articleName.slice(0, dot) : articleName || 'article';
  return base + EXPORT_KINDS[kind].suffix;
}

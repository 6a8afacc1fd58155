/**
 * Opening an article: bytes in, editable text out, or one clear sentence naming the file.
 */
import { BadInputError, decodeText, type TextEncoding } from '../text/decode';
import { checkHasText, checkSize, formatOf, type ImportedArticle } from './article';
import { docxToText } from './docx';
import { decodeWindows1252 } from './windows-1252';
import { parseXliff, xliffTexts } from './xliff';

/**
 * Reads an article from its bytes. The format comes from `name`'s extension (`.txt`, `.text`,
 * `.md`, `.markdown`, `.html`, `.htm`, `.xhtml`, `.docx`, `.xlf`, `.xliff`).
 *
 * Throws {@link BadInputError} (message for the editor, naming the file) for an unknown extension,
 * an empty file, one over {@link MAX_ARTICLE_BYTES}, binary or undecodable bytes, a damaged .docx,
 * or a file with no text in it.
 */
export async function importArticle(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const format = formatOf(name);
  checkSize(name, bytes.length);
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding, bom } = decodeText(bytes, name);
      checkHasText(name, text);
      return { name, format, text, encoding, bom };
    }
    case 'html': {
      // The HTML parser (parse5) is loaded on first use, like mammoth: most articles are plain text.
      const { htmlToText } = await import('./html-text');
      const text = htmlToText(decodeHtml(name, bytes));
      if (text.trim() === '') throw new BadInputError(`${name} has no article text in it.`);
      return { name, format, text, encoding: 'utf-8', bom: false };
    }
    case 'docx':
      return { name, format, text: await docxToText(name, bytes), encoding: 'utf-8', bom: false };
    case 'xliff':
      return { name, format, ...readXliff(name, bytes) };
  }
}

/**
 * An XLIFF file as a bilingual article: the targets are the machine translation (`text`), the
 * sources its source text; `xliff` is the file's own text, for the export. Throws the
 * BadInputError naming `name` for a file that is undecodable, not well-formed or hostile XML, not
 * XLIFF, or without a machine translation. Synchronous: screening a folder runs it too.
 */
export function readXliff(name: string, bytes: Uint8Array): { text: string; encoding: TextEncoding; bom: boolean; source: string; xliff: string } {
  const { text, encoding, bom } = decodeText(bytes, name);
  const { source, translation } = xliffTexts(parseXliff(name, text));
  if (translation.trim() === '') throw new BadInputError(`${name} has no machine translation in it: every target is empty.`);
  return { text: translation, encoding, bom, source, xliff: text };
}

// The labels the web standard reads as windows-1252 (the common ones).
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

/**
 * HTML bytes to a string: UTF-8 or UTF-16 with a BOM, as for text files; failing that, the
 * charset the page declares (old newsroom pages are often windows-1252).
 */
export function decodeHtml(name: string, bytes: Uint8Array): string {
  try {
    return decodeText(bytes, name).text;
  } catch (error) {
    const head = decodeWindows1252(bytes.subarray(0, 4096));
    const charset = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (!charset || charset === 'utf-8' || charset === 'utf8' || bytes.includes(0)) throw error;
    if (WINDOWS_1252_LABELS.has(charset)) return decodeWindows1252(bytes);
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      throw new BadInputError(`${name} declares a character set Verso cannot read (${charset}).`);
    }
    return decoder.decode(bytes);
  }
}

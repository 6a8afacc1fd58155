/**
 * What an imported article is, and the checks every importer shares: size, extension, emptiness.
 */
import { BadInputError, type TextEncoding } from '../text/decode';
import { MAX_ARTICLE_BYTES, formatMegabytes } from '../../shared/limits';

/** The article formats Verso opens. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'docx' | 'xliff';

/** Every article format, in the order the open dialog lists them. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'docx', 'xliff'];

/** An article turned into editable text, with what is needed to write it back the same way. */
export interface ImportedArticle {
  /** File name as given (no folders), e.g. `article.txt`. Used in messages and to name exports. */
  name: string;
  format: ArticleFormat;
  /**
   * The article's text. For `.txt`/`.md`: the decoded file (BOM removed, line endings kept).
   * For `.html`/`.docx`: paragraphs separated by a blank line, `\n` line endings.
   */
  text: string;
  /** How the text was stored. `utf-8` for `.html` and `.docx`. */
  encoding: TextEncoding;
  /** Whether the file started with a byte order mark (`.txt`/`.md`/`.xlf`; false otherwise). */
  bom: boolean;
  /** A bilingual file's source text (XLIFF: one paragraph per unit's source). */
  source?: string;
  /** An XLIFF file's own text, kept to export it with the corrected targets. */
  xliff?: string;
}

/** The largest article Verso opens (20 MB): one limit for the app, the browser build and the CLI. */
export { MAX_ARTICLE_BYTES } from '../../shared/limits';

/** Extensions recognised per format (lower case, without the dot). */
const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  xlf: 'xliff',
  xliff: 'xliff',
};

/**
 * Refuses a file bigger than {@link MAX_ARTICLE_BYTES} or empty, before its bytes are read.
 * `size` is in bytes (from `stat` or `File.size`).
 */
export function checkSize(name: string, size: number): void {
  if (size === 0) throw new BadInputError(`${name} is empty: there is no article to check.`);
  checkNotTooLarge(name, size);
}

/** Refuses an article whose text is only spaces and blank lines (after decoding), as an empty one is. */
export function checkHasText(name: string, text: string): void {
  if (text.trim() === '') throw new BadInputError(`${name} has no text in it (only spaces or blank lines).`);
}

/** Refuses a file bigger than {@link MAX_ARTICLE_BYTES}, before its bytes are read. */
export function checkNotTooLarge(name: string, size: number): void {
  if (size > MAX_ARTICLE_BYTES) {
    throw new BadInputError(
      `${name} is too large to open (${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_ARTICLE_BYTES)}).`,
    );
  }
}

/** The format a file name stands for, or a {@link BadInputError} naming the file and what is accepted. */
export function formatOf(name: string): ArticleFormat {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const format = EXTENSIONS[ext];
  if (!format) {
    throw new BadInputError(
      `${name} is not a format Verso opens (use a .txt, .md, .html, .docx or .xlf file).`,
    );
  }
  return format;
}

/** Whether a file name has an extension of a format Verso opens (`formatOf` would accept it). */
export function isArticleName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && Object.hasOwn(EXTENSIONS, name.slice(dot + 1).toLowerCase());
}


/**
 * The paragraphs of a plain text, each a list of lines: paragraphs are separated by one or more
 * blank lines (CRLF or LF), lines by a single line break. What the HTML and Word exporters write.
 */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n(?:[ \t]*\n)*/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => p.split('\n'));
}

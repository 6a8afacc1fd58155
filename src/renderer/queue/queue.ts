/**
 * A batch of articles ("Open folder…", or several files opened at once): the articles in order,
 * each with its status, its figures and, once the editor has opened it, its review so far. The
 * whole batch is one plain value, stored through Platform.writeQueue so that it reopens where the
 * editor left it (after a page reload in the browser, after a restart in the desktop app).
 */
import { checkHasText, checkSize, decodeText, formatOf } from '../../core';
import type { OpenedFile } from '../../shared/ipc';
import { formatHter } from '../../shared/labels';

/** Where an article of the batch stands. */
export type ArticleStatus = 'New' | 'In review' | 'Done';

/** What the "Articles" list and the batch summary show of one article. */
export interface ArticleFigures {
  /** Words of the corrected text. */
  words: number;
  openIssues: number;
  /** Open issues per category (spelling, style, …). */
  byCategory: Record<string, number>;
  /** Issues decided (applied, ignored). */
  decisions: number;
  changes: number;
  /** HTER of the corrected text against the machine translation (0 before any change). */
  hter: number;
}

/** One article of the batch. */
export interface QueuedArticle {
  /** Name shown and exported: the path inside the opened folder (`world/baghdad.txt`), or the file name. */
  name: string;
  /** Absolute path (desktop app); absent in the browser. */
  path?: string;
  /** The article file's bytes, base64, so the batch can reopen it without the file system. */
  file: string;
  /** The review so far (a serialized `.verso.json` session), once the editor has opened the article. */
  review?: string;
  status: ArticleStatus;
  /** From the background check (a New article) or the review (one opened); absent until then. */
  figures?: ArticleFigures;
  /** Why the article could not be opened or checked (a refused file), when it could not. */
  problem?: string;
}

/** The batch. */
export interface Queue {
  format: 'verso-batch';
  version: 1;
  /** The article under review (index into `articles`). */
  current: number;
  articles: QueuedArticle[];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/** Files offered as a batch, sorted into those it will hold and those left out. */
export interface ScreenedBatch {
  /** The articles the batch holds, in the order given. */
  articles: OpenedFile[];
  /** Why each file left out could not be opened (one sentence each, naming the file), in the order given. */
  leftOut: string[];
}

/**
 * Sorts the files of a batch into the ones it can open and the ones it cannot, without importing
 * them (a folder of 200 articles opens at once): a file the platform could not read (its
 * `problem`), an unknown extension, an empty file, or a text file that is binary or not text in
 * an encoding Verso reads is left out with its reason. A .docx or .html is imported only when the
 * editor gets to it (or by the background check), which reports what this cannot see.
 */
export function screenBatch(files: readonly OpenedFile[]): ScreenedBatch {
  const articles: OpenedFile[] = [];
  const leftOut: string[] = [];
  for (const file of files) {
    try {
      if (file.problem !== undefined) throw new Error(file.problem);
      if (!/\.json$/i.test(file.name)) {
        const format = formatOf(file.name);
        checkSize(file.name, file.bytes.length);
        if (format === 'txt' || format === 'md') checkHasText(file.name, decodeText(file.bytes, file.name).text);
      }
      articles.push(file);
    } catch (error) {
      leftOut.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { articles, leftOut };
}

/** What the alert says of the files left out of a batch of `total` files (see {@link screenBatch}). */
export function leftOutMessage(leftOut: readonly string[], total: number): string {
  const head = leftOut.length === total ? 'None of the files could be opened' : `${leftOut.length} of ${total} ${total === 1 ? 'file' : 'files'} ${leftOut.length === 1 ? 'was' : 'were'} left out of the batch`;
  return `${head}: ${leftOut.join(' ')}`;
}

/** A new batch of `files`, in the order given, the first one under review. */
export function newQueue(files: readonly OpenedFile[]): Queue {
  return {
    format: 'verso-batch',
    version: 1,
    current: 0,
    articles: files.map((f, k) => ({
      name: f.name,
      ...(f.path ? { path: f.path } : {}),
      file: toBase64(f.bytes),
      status: k === 0 ? 'In review' : 'New',
    })),
  };
}

/** What to open for an article: its review so far, or the article file itself. */
export function fileToOpen(article: QueuedArticle): OpenedFile {
  if (article.review !== undefined) return { name: `${article.name.split('/').pop()}.verso.json`, bytes: new TextEncoder().encode(article.review) };
  return { name: article.name.split('/').pop() ?? article.name, ...(article.path ? { path: article.path } : {}), bytes: fromBase64(article.file) };
}

/** The batch with article `index` changed by `change`. */
export function updateArticle(queue: Queue, index: number, change: Partial<QueuedArticle>): Queue {
  const articles = queue.articles.slice();
  articles[index] = { ...articles[index], ...change };
  return { ...queue, articles };
}

/** The batch as stored. */
export function serializeQueue(queue: Queue): string {
  return JSON.stringify(queue);
}

/** A stored batch, or null when `text` is not one (damaged, or from another program). */
export function parseQueue(text: string | null): Queue | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Queue;
    if (data.format !== 'verso-batch' || data.version !== 1 || !Array.isArray(data.articles) || data.articles.length === 0) return null;
    const statuses = new Set(['New', 'In review', 'Done']);
    if (!data.articles.every((a) => typeof a.name === 'string' && typeof a.file === 'string' && statuses.has(a.status))) return null;
    const current = Number.isInteger(data.current) && data.current >= 0 && data.current < data.articles.length ? data.current : 0;
    return { ...data, current };
  } catch {
    return null;
  }
}

/** The next article after `from` (wrapping round) that is not done, or -1 when every one is. */
export function nextUndone(queue: Queue, from: number): number {
  const n = queue.articles.length;
  for (let step = 1; step <= n; step++) {
    const k = (from + step) % n;
    if (queue.articles[k].status !== 'Done') return k;
  }
  return -1;
}

/** The categories an issue may have, in the order the summary's columns list them. */
export const CATEGORIES = ['spelling', 'grammar', 'style', 'punctuation', 'consistency', 'terminology', 'language', 'boilerplate', 'accuracy'] as const;

/** The header row of the batch summary CSV. */
export const SUMMARY_COLUMNS = ['article', 'words', 'open issues', ...CATEGORIES.map((c) => `open ${c}`), 'decisions', 'changes', 'HTER', 'status'];

function csvField(value: string): string {
  // Formula-safe (a name starting with =, +, -, @) and RFC 4180 quoting, as the Issues CSV.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The batch summary: one row per article (figures empty until known), RFC 4180 with CRLF rows,
 * UTF-8 with a BOM for spreadsheet programs.
 */
export function summaryCsv(queue: Queue): string {
  const rows = [SUMMARY_COLUMNS];
  for (const a of queue.articles) {
    const f = a.figures;
    rows.push([
      a.name,
      f ? String(f.words) : '',
      f ? String(f.openIssues) : '',
      ...CATEGORIES.map((c) => (f ? String(f.byCategory[c] ?? 0) : '')),
      f ? String(f.decisions) : '',
      f ? String(f.changes) : '',
      f ? formatHter(f.hter) : '',
      a.status,
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

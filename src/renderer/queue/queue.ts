/**
 * A batch of articles ("Open folder…", or several files opened at once): the articles in order,
 * each with its status, its figures and, once the editor has opened it, its review so far. The
 * whole batch is one plain value, stored through Platform.writeQueue so that it reopens where the
 * editor left it (after a page reload in the browser, after a restart in the desktop app).
 */
import { screenArticle } from '../../core';
import type { OpenedFile } from '../../shared/ipc';
import { formatHter } from '../../shared/labels';

/**
 * Where an article of the batch stands. "Unreadable": the file cannot be opened (binary, damaged,
 * empty…, its `problem` says why); it stays in the list and the summary but is never opened, checked,
 * exported or counted.
 */
export type ArticleStatus = 'New' | 'In review' | 'Done' | 'Unreadable';

const STATUSES: ReadonlySet<string> = new Set<ArticleStatus>(['New', 'In review', 'Done', 'Unreadable']);

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
  /** The article file's bytes, base64, so the batch can reopen it without the file system (empty for an Unreadable one). */
  file: string;
  /** The review so far (a serialized `.verso.json` session), once the editor has opened the article. */
  review?: string;
  status: ArticleStatus;
  /** From the background check (a New article) or the review (one opened); absent until then. */
  figures?: ArticleFigures;
  /**
   * Why the article could not be opened (status Unreadable), or could not be checked in the
   * background (the checker failed; the article still opens): one sentence naming the file.
   */
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

/**
 * Screens the files of a batch without importing them (a folder of 200 articles opens at once; see
 * core's screenArticle: signature, size, a .docx's zip directory, the text's encoding): each file
 * comes back as given, or, when it cannot be opened, with its `problem` and no bytes. A file the
 * platform could not read already has its problem. A saved review (`.json`) is read when opened.
 */
export function screenBatch(files: readonly OpenedFile[]): OpenedFile[] {
  return files.map((file) => {
    if (file.problem !== undefined) return { ...file, bytes: new Uint8Array(0) };
    try {
      if (!/\.json$/i.test(file.name)) screenArticle(file.name, file.bytes);
      return file;
    } catch (error) {
      return { ...file, bytes: new Uint8Array(0), problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

/**
 * What the alert says of the files of a batch of `total` that cannot be read (their problems, see
 * {@link screenBatch}): "2 of 12 files cannot be read and are marked Unreadable: …".
 */
export function unreadableMessage(problems: readonly string[], total: number): string {
  const head =
    problems.length === total
      ? 'None of the files could be opened'
      : `${problems.length} of ${total} ${total === 1 ? 'file' : 'files'} ${problems.length === 1 ? 'cannot be read and is' : 'cannot be read and are'} marked Unreadable`;
  return `${head}: ${problems.join(' ')}`;
}

/** Whether article `index` of the batch can be opened (it is not Unreadable). */
export function isReadable(queue: Queue, index: number): boolean {
  return queue.articles[index]?.status !== 'Unreadable';
}

/** How many articles of the batch can be opened (all but the Unreadable ones). */
export function readableCount(queue: Queue): number {
  return queue.articles.filter((a) => a.status !== 'Unreadable').length;
}

/**
 * A new batch of `files` (screened: see {@link screenBatch}), in the order given, the first
 * readable one under review; null when none can be read.
 */
export function newQueue(files: readonly OpenedFile[]): Queue | null {
  const current = files.findIndex((f) => f.problem === undefined);
  if (current < 0) return null;
  return {
    format: 'verso-batch',
    version: 1,
    current,
    articles: files.map((f, k) => ({
      name: f.name,
      ...(f.path ? { path: f.path } : {}),
      ...(f.problem !== undefined ? { file: '', status: 'Unreadable' as const, problem: f.problem } : { file: toBase64(f.bytes), status: k === current ? ('In review' as const) : ('New' as const) }),
    })),
  };
}

/** What to open for an article: its review so far, or the article file itself. */
export function fileToOpen(article: QueuedArticle): OpenedFile {
  if (article.review !== undefined) return { name: `${article.name.split('/').pop()}.verso.json`, bytes: new TextEncoder().encode(article.review) };
  return { name: article.name.split('/').pop() ?? article.name, ...(article.path ? { path: article.path } : {}), bytes: fromBase64(article.file) };
}

/**
 * Why `article` cannot be opened, from the message opening its file gave (which names the file by
 * its own name, `baghdad.docx …`): named by its path in the batch, as screening names it.
 */
export function problemOf(article: QueuedArticle, message: string): string {
  const own = article.name.split('/').pop() ?? article.name;
  return own !== article.name && message.startsWith(`${own} `) ? article.name + message.slice(own.length) : message;
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

/** A stored batch, or null when `text` is not one (damaged, from another program, or with no article left to open). */
export function parseQueue(text: string | null): Queue | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Queue;
    if (data.format !== 'verso-batch' || data.version !== 1 || !Array.isArray(data.articles) || data.articles.length === 0) return null;
    if (!data.articles.every((a) => typeof a.name === 'string' && typeof a.file === 'string' && STATUSES.has(a.status))) return null;
    let current = Number.isInteger(data.current) && data.current >= 0 && data.current < data.articles.length ? data.current : 0;
    if (!isReadable(data, current)) current = data.articles.findIndex((a) => a.status !== 'Unreadable');
    return current < 0 ? null : { ...data, current };
  } catch {
    return null;
  }
}

/** The next article after `from` (wrapping round) that is not done nor Unreadable, or -1 when there is none. */
export function nextUndone(queue: Queue, from: number): number {
  const n = queue.articles.length;
  for (let step = 1; step <= n; step++) {
    const k = (from + step) % n;
    if (queue.articles[k].status !== 'Done' && queue.articles[k].status !== 'Unreadable') return k;
  }
  return -1;
}

/**
 * "Next article" (`delta` 1) or "Previous article" (-1) from `from`: the next readable article that
 * way, wrapping round; `from` itself when it is the only one.
 */
export function stepFrom(queue: Queue, from: number, delta: 1 | -1): number {
  const n = queue.articles.length;
  for (let step = 1; step < n; step++) {
    const k = (((from + delta * step) % n) + n) % n;
    if (isReadable(queue, k)) return k;
  }
  return from;
}

/** The categories an issue may have, in the order the summary's columns list them. */
export const CATEGORIES = ['spelling', 'grammar', 'style', 'punctuation', 'consistency', 'terminology', 'language', 'boilerplate', 'accuracy'] as const;

/** The header row of the batch summary CSV ("problem": why an Unreadable article cannot be read). */
export const SUMMARY_COLUMNS = ['article', 'words', 'open issues', ...CATEGORIES.map((c) => `open ${c}`), 'decisions', 'changes', 'HTER', 'status', 'problem'];

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
      a.problem ?? '',
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

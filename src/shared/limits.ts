/**
 * The size limits of every file Verso opens or writes, in one place: the app's open and save
 * (src/main), the browser build, the command line and the importers (src/core) all read them here,
 * so a file Verso writes is always one it opens again.
 */
import { BadInputError } from '../core/text/decode';

const MB = 1024 * 1024;

/**
 * The largest article Verso opens: 20 MB. A news article is a few kilobytes; anything near this
 * is not an article, and holding it in two editors plus a diff would freeze the screen.
 */
export const MAX_ARTICLE_BYTES = 20 * MB;

/**
 * The most a .docx may unzip to, all its parts together: 200 MB. Word's XML for the largest article
 * (20 MB of text) is a few times its text; anything far past that is a "zip bomb", a small archive
 * built to fill the memory of whatever unzips it.
 */
export const MAX_DOCX_UNZIPPED_BYTES = 10 * MAX_ARTICLE_BYTES;

/**
 * The largest review file (`.verso.json`) Verso writes, autosaves or opens: 81 MB. A review holds
 * the article twice (original and corrected), and JSON doubles a character it escapes (quotes,
 * backslashes, line breaks), so the review of any article Verso opens fits, with a megabyte for
 * the decisions, dictionary and settings.
 */
export const MAX_REVIEW_BYTES = 4 * MAX_ARTICLE_BYTES + MB;

/**
 * The largest file any save may write (a review, or an export: the report of the largest article
 * holds its text about three times over). The same as {@link MAX_REVIEW_BYTES}, so a review that
 * can be saved can be reopened.
 */
export const MAX_SAVE_BYTES = MAX_REVIEW_BYTES;

/** `bytes` as the editor reads it: `20 MB`, `40.5 MB`. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Refuses a review file (`.json`) bigger than {@link MAX_REVIEW_BYTES}, before its bytes are read
 * or parsed: the one message for it, in the desktop app and the browser build alike. `size` is in
 * bytes (from `stat` or `File.size`).
 */
export function checkReviewSize(name: string, size: number): void {
  if (size > MAX_REVIEW_BYTES) {
    throw new BadInputError(`${name} is too large to be a Verso review (${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_REVIEW_BYTES)}).`);
  }
}

/**
 * What the review screen opens: an article (imported by the engine's formats) or a saved review.
 */
import { importArticle, type CheckOptions } from '../../core';
import { parseSession, SESSION_FORMAT, type Session } from '../../shared/session';
import type { OpenedFile } from '../../shared/ipc';
import type { CheckedResponse } from './protocol';
import { checkReviewSize } from '../../shared/limits';

/** A review as the screen opens it. */
export interface ReviewDocument {
  article: Session['article'];
  original: string;
  corrected: string;
  /** Present when the review was reopened from a file. */
  session?: Session;
  /** Where the review is saved (desktop), once it has been. */
  reviewPath?: string;
  /** The autosave slot to keep using (a recovered review). */
  autosaveId?: string;
  /** A bilingual review's source text (a reopened review's, or an XLIFF file's own sources). */
  source?: { name: string; text: string };
  /**
   * A check already made of this article elsewhere (a batch's background check): shown at once,
   * instead of waiting for the first check, when it was made on exactly the texts the editors
   * hold and with exactly the options the review would check with (see useCheckScheduler).
   */
  prechecked?: Prechecked;
  /** An XLIFF article's file text as opened: "Corrected XLIFF (.xlf)" writes it back with the corrected targets. */
  xliff?: string;
}

/** A check made elsewhere: the texts and options it was made with, and the worker's answer. */
export interface Prechecked {
  original: string;
  corrected: string;
  options: CheckOptions;
  response: CheckedResponse;
}

function looksLikeReview(file: OpenedFile): boolean {
  if (/\.verso\.json$/i.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = new TextDecoder().decode(file.bytes.subarray(0, 200));
  return head.includes(`"${SESSION_FORMAT}"`);
}

/** Opens a file the editor chose: a saved review, or an article to start a new review of. */
export async function openReviewDocument(file: OpenedFile): Promise<ReviewDocument> {
  if (looksLikeReview(file)) {
    checkReviewSize(file.name, file.bytes.length);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    const session = parseSession(text, file.name);
    return {
      article: session.article,
      original: session.original,
      corrected: session.corrected,
      session,
      reviewPath: file.path,
      ...(session.source ? { source: session.source } : {}),
      ...(session.xliff !== undefined ? { xliff: session.xliff } : {}),
    };
  }
  const imported = await importArticle(file.name, file.bytes);
  return {
    article: {
      name: imported.name,
      format: imported.format,
      encoding: imported.encoding,
      bom: imported.bom,
      ...(file.path ? { path: file.path } : {}),
    },
    original: imported.text,
    corrected: imported.text,
    ...(imported.source !== undefined ? { source: { name: imported.name, text: imported.source } } : {}),
    ...(imported.xliff !== undefined ? { xliff: imported.xliff } : {}),
  };
}

/** Messages between the review screen and its checking worker. Plain data only. */
import type { CheckOptions, CheckResult } from '../../core';

/** Figures about the corrected text against the machine translation. */
export interface ReviewStats {
  wordsA: number;
  wordsB: number;
  /** Word edits as TER counts them. */
  edits: number;
  /** HTER of the whole document (0 when nothing changed). */
  hter: number;
}

/** To the worker. */
export type WorkerRequest =
  | { type: 'check'; version: number; original: string; corrected: string; options: CheckOptions };

/** From the worker: results for exactly the text of `version`. */
export type WorkerResponse =
  | { type: 'checked'; version: number; result: CheckResult; stats: ReviewStats; millis: number }
  | { type: 'failed'; version: number; message: string };

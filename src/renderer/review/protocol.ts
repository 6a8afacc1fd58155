/** Messages between the review screen and its checking worker. Plain data only. */
import type { CheckOptions, CheckResult, Issue } from '../../core';

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
  /** `original` is left out when it is the same as in the previous request. */
  /** `machineIssues`: send the machine translation's issues with the answer even if unchanged. */
  | { type: 'check'; version: number; original?: string; corrected: string; options: CheckOptions; machineIssues?: boolean }
  /** Load the dictionaries now, before the first article arrives. */
  | { type: 'warm' };

/** From the worker: results for exactly the text of `version`. */
export type WorkerResponse =
  | { type: 'warm'; millis: number }
  | {
      type: 'checked';
      version: number;
      result: CheckResult;
      /**
       * The issues of the machine translation (`original`) with the same options, offsets into it;
       * sent when they changed since the previous response (they change only with it or the options).
       */
      machineIssues?: Issue[];
      stats: ReviewStats;
      millis: number;
    }
  | { type: 'failed'; version: number; message: string }
  /** How far the check of `version` is: `done` of `total` rules have run. */
  | { type: 'progress'; version: number; done: number; total: number }
  /**
   * Not from the worker but about it: it stopped (an uncaught error, a message it could not read)
   * and a new one was started. Whatever it was checking is lost; `retry` is false once it has
   * stopped {@link MAX_CRASHES} times in a row without finishing a check (re-checking the same text
   * would only stop it again).
   */
  | { type: 'restarted'; message: string; retry: boolean };

/** A check's answer. */
export type CheckedResponse = Extract<WorkerResponse, { type: 'checked' }>;

/** Crashes in a row after which the client stops asking for the same check again. */
export const MAX_CRASHES = 3;

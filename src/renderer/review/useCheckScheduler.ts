/**
 * Check scheduling: the first check when the editors open, a debounced re-check after edits, an
 * immediate one when the settings change, and the worker's results put into the editor only when
 * they match its current text.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Text } from '@codemirror/state';
import type { CheckOptions, CheckResult, Issue } from '../../core';
import type { Settings } from '../../shared/ipc';
import { checkClient, type CheckClient } from './checkClient';
import type { ReviewEditors } from './editors';
import type { Prechecked } from './reviewDocument';
import { useLatest } from './latest';
import { MAX_CRASHES, type ReviewStats, type WorkerResponse } from './protocol';
import { reviewField, setIssues } from './reviewField';

/** The result of the newest check that matched the text. */
export interface CheckSummary {
  language: { code: string; confidence: number };
  dialect: string;
  stats: ReviewStats;
  /** With a source: its language, the alignment and the numbers checked. */
  bilingual?: CheckResult['bilingual'];
}

/**
 * The article's first check: how far it is (`done` of `total` rules; total 0 before the worker
 * said), `failed` when it ended without results, null once its results are in.
 */
export type FirstCheck = { done: number; total: number } | 'failed' | null;

/** What the screen gets from the scheduler. */
export interface CheckScheduler {
  /** Until the first check's results are in, the Issues region says so instead of "No open issues". */
  firstCheck: FirstCheck;
  /** A check is running and has taken long enough to show (300 ms). */
  checking: boolean;
  /** The newest check's language, dialect and figures (null before the first). */
  summary: CheckSummary | null;
  /**
   * Connects the checker to newly opened editors and checks them (a check made elsewhere is taken
   * as the first when it fits their texts and options); returns the disconnect.
   */
  start(prechecked?: Prechecked): () => void;
  /** Whether `summary` is about the editors' texts as they are now (no edit since the last check came back). */
  isCurrent(): boolean;
  /** Checks after `delay` ms (150 by default) unless another edit comes first. */
  scheduleCheck(delay?: number): void;
  /** The issues of the machine translation (offsets into it), null until the first check is back. */
  machineIssues(): readonly Issue[] | null;
}

/** The scheduler for the editors in `editors`, checking with `settings`. */
export function useCheckScheduler(options: {
  editors: RefObject<ReviewEditors | null>;
  settings: Settings;
  /** A bilingual review's source text: turns on the accuracy checks. */
  source?: string;
  /** Hears each check's paragraph alignment as it lands on the text (null without a source). */
  onAlignment?: (alignment: CheckResult['alignment'] | null) => void;
  onError: (message: string) => void;
}): CheckScheduler {
  const { editors, settings } = options;
  const sourceRef = useLatest(options.source);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  const [checking, setChecking] = useState(false);
  const [firstCheck, setFirstCheck] = useState<FirstCheck>({ done: 0, total: 0 });
  const settingsRef = useLatest(settings);
  const onErrorRef = useLatest(options.onError);
  const onAlignmentRef = useLatest(options.onAlignment);
  const client = useRef<CheckClient | null>(null);
  // The newest request's version and the texts it was made on.
  const sent = useRef<{ version: number; a: Text; b: Text } | null>(null);
  const version = useRef(0);
  const originalText = useRef<{ doc: Text; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The texts the summary is about.
  const checkedDocs = useRef<{ a: Text; b: Text } | null>(null);
  const isCurrent = useCallback(() => {
    const view = editors.current;
    return !!view && checkedDocs.current?.a === view.a.state.doc && checkedDocs.current.b === view.b.state.doc;
  }, [editors]);
  const progressTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const machineIssues = useRef<readonly Issue[] | null>(null);

  /** The options a check of the review in `view` is made with now. */
  const optionsFor = useCallback(
    (view: ReviewEditors): CheckOptions => {
      const current = settingsRef.current;
      const checkOptions: CheckOptions = {
        dialect: current.dialect,
        rules: current.rules,
        dictionary: [...current.dictionary, ...view.b.state.field(reviewField).words],
      };
      if (sourceRef.current !== undefined) checkOptions.source = sourceRef.current;
      return checkOptions;
    },
    [settingsRef, sourceRef],
  );

  const sendCheck = useCallback(() => {
    const view = editors.current;
    if (!view || !client.current) return;
    version.current += 1;
    const a = view.a.state.doc;
    const b = view.b.state.doc;
    sent.current = { version: version.current, a, b };
    // The original rarely changes: turn it into a string only when it did.
    if (originalText.current?.doc !== a) originalText.current = { doc: a, text: a.toString() };
    const checkOptions = optionsFor(view);
    client.current.check(version.current, originalText.current.text, b.toString(), checkOptions, machineIssues.current === null);
    clearTimeout(progressTimer.current);
    // Only a check that takes noticeably long shows progress; quick ones would just flicker.
    progressTimer.current = setTimeout(() => setChecking(true), 300);
  }, [editors, optionsFor]);

  const sendCheckRef = useLatest(sendCheck);

  const scheduleCheck = useCallback(
    (delay = 150) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(sendCheck, delay);
    },
    [sendCheck],
  );

  const onWorker = useCallback(
    (response: WorkerResponse) => {
      const view = editors.current;
      const last = sent.current;
      if (response.type === 'restarted') {
        // The check in flight died with the worker: say so, and check again on the new one.
        clearTimeout(progressTimer.current);
        setChecking(false);
        if (!view) return;
        if (response.retry) {
          onErrorRef.current(`The checker stopped (${response.message}) and was restarted; the article is being checked again.`);
          sendCheckRef.current();
        } else {
          setFirstCheck((first) => (first === null ? null : 'failed'));
          onErrorRef.current(
            `The checker stopped (${response.message}) ${MAX_CRASHES} times in a row on this text; the issues shown may be out of date. Edit the text to check again.`,
          );
        }
        return;
      }
      // The machine translation's issues belong to the worker's latest original, whatever the version.
      if (response.type === 'checked' && response.machineIssues) machineIssues.current = response.machineIssues;
      if (!view || !last || response.type === 'warm' || response.version !== last.version) return;
      if (response.type === 'progress') {
        // Only the first check's progress is shown; later ones run while the issues are there.
        setFirstCheck((first) => (first === null || first === 'failed' ? first : { done: response.done, total: response.total }));
        return;
      }
      clearTimeout(progressTimer.current);
      setChecking(false);
      if (response.type === 'failed') {
        setFirstCheck((first) => (first === null ? null : 'failed'));
        onErrorRef.current(`Checking failed: ${response.message}`);
        return;
      }
      // Results never land on stale text: a newer edit has its own check coming.
      if (view.a.state.doc !== last.a || view.b.state.doc !== last.b) return;
      view.b.dispatch({ effects: setIssues.of(response.result.issues) });
      onAlignmentRef.current?.(response.result.alignment ?? null);
      setFirstCheck(null);
      checkedDocs.current = { a: last.a, b: last.b };
      setSummary({ language: response.result.language, dialect: response.result.dialect, stats: response.stats, ...(response.result.bilingual ? { bilingual: response.result.bilingual } : {}) });
    },
    [editors, onErrorRef, onAlignmentRef, sendCheckRef],
  );

  const start = useCallback((prechecked?: Prechecked) => {
    const own = checkClient();
    client.current = own;
    machineIssues.current = null;
    own.listen(onWorker);
    const view = editors.current;
    // A check made elsewhere on these very texts with these very options (a batch article checked
    // in the background) is this review's first check: no need to wait for the worker again.
    if (
      view &&
      prechecked?.response.machineIssues &&
      prechecked.original === view.a.state.doc.toString() &&
      prechecked.corrected === view.b.state.doc.toString() &&
      JSON.stringify(prechecked.options) === JSON.stringify(optionsFor(view))
    ) {
      version.current += 1;
      sent.current = { version: version.current, a: view.a.state.doc, b: view.b.state.doc };
      onWorker({ ...prechecked.response, version: version.current });
    } else sendCheck();
    return () => {
      clearTimeout(timer.current);
      clearTimeout(progressTimer.current);
      own.listen(null);
      if (client.current === own) client.current = null;
    };
  }, [onWorker, sendCheck, editors, optionsFor]);

  // New settings: re-check with them.
  const checkedSettings = useRef(settings);
  useEffect(() => {
    if (checkedSettings.current === settings) return;
    checkedSettings.current = settings;
    scheduleCheck(0);
  }, [settings, scheduleCheck]);

  const getMachineIssues = useCallback(() => machineIssues.current, []);

  return { checking, firstCheck, summary, start, scheduleCheck, isCurrent, machineIssues: getMachineIssues };
}

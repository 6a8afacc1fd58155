import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { redo, undo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import type { Text } from '@codemirror/state';
import { EXPORT_KINDS, type CheckOptions, type ExportKind } from '../../core';
import type { MenuCommand, Platform, Settings } from '../../shared/ipc';
import type { ReviewedIssue } from '../../shared/report';
import { SESSION_FORMAT, SESSION_VERSION, serializeSession, type Session } from '../../shared/session';
import { checkClient, type CheckClient } from './checkClient';
import { reviewChanges } from './changes';
import {
  addToDictionary,
  applySuggestion,
  ignoreAll,
  ignoreIssue,
  issueAtCursor,
  moveToChange,
  moveToIssue,
  revertChangeAtCursor,
  selectIssue,
} from './commands';
import { createReviewEditors, type ReviewEditors } from './editors';
import { ExportMenu } from './ExportMenu';
import { buildExportInWorker } from './exportClient';
import { HelpOverlay } from './HelpOverlay';
import { IssuesPanel } from './IssuesPanel';
import type { ReviewStats, WorkerResponse } from './protocol';
import type { ReviewDocument } from './reviewDocument';
import { openIssues, restoreReview, reviewField, setDecision, setIssues, type DecisionRecord, type TrackedIssue } from './reviewField';
import { SettingsPanel } from './SettingsPanel';
import { StatusBar, languageName } from './StatusBar';

/** What the screen shows, recomputed after each editor update (once per frame at most). */
interface Snapshot {
  open: TrackedIssue[];
  decided: [string, DecisionRecord][];
  changes: number;
  canRevert: boolean;
}

const EMPTY_SNAPSHOT: Snapshot = { open: [], decided: [], changes: 0, canRevert: false };

/** The result of the newest check that matched the text. */
interface CheckSummary {
  language: { code: string; confidence: number };
  dialect: string;
  stats: ReviewStats;
}

function isInsideEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.cm-editor') !== null;
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function baseName(name: string): string {
  return name.replace(/\.verso\.json$/i, '').replace(/\.[^.]+$/, '');
}

/** The review: both editors, the issues, the status bar, export and save. */
export function ReviewScreen(props: {
  doc: ReviewDocument;
  platform: Platform;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onClose: () => void;
  onError: (message: string) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { doc, platform, settings } = props;
  const host = useRef<HTMLDivElement>(null);
  const editors = useRef<ReviewEditors | null>(null);
  const client = useRef<CheckClient | null>(null);
  const settingsRef = useRef(settings);
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY_SNAPSHOT);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  const [checking, setChecking] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<'help' | 'settings' | null>(null);
  const [originalUnlocked, setOriginalUnlocked] = useState(false);
  const [foldUnchanged, setFoldUnchanged] = useState(false);
  const [issuesShown, setIssuesShown] = useState(true);
  // One autosave slot per opened review; a recovered review keeps the id it was autosaved under.
  const autosaveId = useRef(doc.autosaveId ?? `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const reviewPath = useRef<string | undefined>(doc.reviewPath);
  const onDirtyRef = useRef(props.onDirty);
  onDirtyRef.current = props.onDirty;
  const onSettingsRef = useRef(props.onSettings);
  onSettingsRef.current = props.onSettings;
  const savedDocs = useRef<{ a: Text; b: Text } | null>(null);

  // Check scheduling: the newest request's version and the texts it was made on.
  const sent = useRef<{ version: number; a: Text; b: Text; words: number } | null>(null);
  const version = useRef(0);
  const originalText = useRef<{ doc: Text; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const progressTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const checkOptions = useCallback((): CheckOptions => {
    const view = editors.current!;
    const words = view.b.state.field(reviewField).words;
    const current = settingsRef.current;
    return {
      dialect: current.dialect,
      rules: current.rules,
      dictionary: [...current.dictionary, ...words],
    };
  }, []);

  const sendCheck = useCallback(() => {
    const view = editors.current;
    if (!view || !client.current) return;
    version.current += 1;
    const a = view.a.state.doc;
    const b = view.b.state.doc;
    sent.current = { version: version.current, a, b, words: view.b.state.field(reviewField).words.size };
    // The original rarely changes: turn it into a string only when it did.
    if (originalText.current?.doc !== a) originalText.current = { doc: a, text: a.toString() };
    client.current.check(version.current, originalText.current.text, b.toString(), checkOptions());
    clearTimeout(progressTimer.current);
    // Only a check that takes noticeably long shows progress; quick ones would just flicker.
    progressTimer.current = setTimeout(() => setChecking(true), 300);
  }, [checkOptions]);

  const scheduleCheck = useCallback(
    (delay = 150) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(sendCheck, delay);
    },
    [sendCheck],
  );

  // Recomputed after every editor transaction, coalesced to one per task; the open-issue list
  // keeps its identity while the same issues stay open, so typing does not re-render the panel.
  const pendingRefresh = useRef(false);
  const refresh = useCallback(() => {
    if (pendingRefresh.current) return;
    pendingRefresh.current = true;
    queueMicrotask(() => {
      pendingRefresh.current = false;
      const view = editors.current;
      if (!view) return;
      const state = view.b.state;
      const data = state.field(reviewField);
      const changes = reviewChanges(state);
      const head = state.selection.main.head;
      const open = openIssues(state);
      setSnapshot((previous) => {
        const sameOpen =
          previous.open.length === open.length && previous.open.every((issue, i) => issue.id === open[i].id);
        const decided = [...data.decisions.entries()];
        const sameDecided =
          previous.decided.length === decided.length &&
          previous.decided.every(([id, record], i) => id === decided[i][0] && record === decided[i][1]);
        const canRevert = changes.some((c) => c.fromB <= head && head <= c.toB);
        if (sameOpen && sameDecided && previous.changes === changes.length && previous.canRevert === canRevert) {
          return previous;
        }
        return {
          open: sameOpen ? previous.open : open,
          decided: sameDecided ? previous.decided : decided,
          changes: changes.length,
          canRevert,
        };
      });
      const saved = savedDocs.current;
      onDirtyRef.current(!saved || saved.a !== view.a.state.doc || saved.b !== state.doc);
    });
  }, []);

  const onWorker = useCallback(
    (response: WorkerResponse) => {
      const view = editors.current;
      const last = sent.current;
      if (!view || !last || response.type === 'warm' || response.version !== last.version) return;
      clearTimeout(progressTimer.current);
      setChecking(false);
      if (response.type === 'failed') {
        props.onError(`Checking failed: ${response.message}`);
        return;
      }
      // Results never land on stale text: a newer edit has its own check coming.
      if (view.a.state.doc !== last.a || view.b.state.doc !== last.b) return;
      view.b.dispatch({ effects: setIssues.of(response.result.issues) });
      setSummary({ language: response.result.language, dialect: response.result.dialect, stats: response.stats });
    },
    [props],
  );

  // The editors live as long as the document; React only mirrors what they hold.
  useEffect(() => {
    const parent = host.current!;
    let lastA: Text | null = null;
    let lastB: Text | null = null;
    let lastWords = 0;
    let lastWordSet: ReadonlySet<string> = new Set();
    let restoring = false;
    // "Add to dictionary" also goes into the editor's own dictionary; undoing it takes it out again.
    const syncDictionary = (before: ReadonlySet<string>, after: ReadonlySet<string>) => {
      const current = settingsRef.current.dictionary;
      const added = [...after].filter((w) => !before.has(w) && !current.includes(w));
      const removed = new Set([...before].filter((w) => !after.has(w)));
      if (added.length === 0 && removed.size === 0) return;
      onSettingsRef.current({
        ...settingsRef.current,
        dictionary: [...current.filter((w) => !removed.has(w)), ...added],
      });
    };
    const view = createReviewEditors({
      parent,
      original: doc.original,
      corrected: doc.corrected,
      onUpdate: () => {
        const current = editors.current;
        if (!current) return;
        const wordSet = current.b.state.field(reviewField).words;
        const words = wordSet.size;
        if (words !== lastWords && !restoring) syncDictionary(lastWordSet, wordSet);
        lastWordSet = wordSet;
        if (current.a.state.doc !== lastA || current.b.state.doc !== lastB || words !== lastWords) {
          lastA = current.a.state.doc;
          lastB = current.b.state.doc;
          lastWords = words;
          scheduleCheck();
          scheduleAutosaveRef.current();
        }
        refresh();
      },
    });
    editors.current = view;
    lastA = view.a.state.doc;
    lastB = view.b.state.doc;
    savedDocs.current = doc.session ? { a: view.a.state.doc, b: view.b.state.doc } : null;
    if (doc.session) {
      const session = doc.session;
      restoring = true;
      view.b.dispatch({
        effects: restoreReview.of({
          decisions: new Map(
            Object.entries(session.decisions).map(([id, decision]) => [id, { decision, text: '' } as DecisionRecord]),
          ),
          ignoredAll: new Set(session.ignoredWords.map((key) => key.replace(':', '\u0000'))),
          words: new Set(session.dictionary),
        }),
      });
      restoring = false;
      lastWords = session.dictionary.length;
      lastWordSet = view.b.state.field(reviewField).words;
    }
    client.current = checkClient();
    client.current.listen(onWorker);
    sendCheck();
    refresh();
    const id = autosaveId.current;
    return () => {
      clearTimeout(timer.current);
      clearTimeout(progressTimer.current);
      clearTimeout(autosaveTimer.current);
      // Closing a review on purpose leaves nothing to recover.
      void platform.discardAutosave(id).catch(() => undefined);
      client.current?.listen(null);
      client.current = null;
      view.destroy();
      editors.current = null;
    };
    // The document is the only thing that recreates the editors.
  }, [doc]);

  // New settings: re-check with them.
  useEffect(() => {
    if (settingsRef.current === settings) return;
    settingsRef.current = settings;
    scheduleCheck(0);
  }, [settings, scheduleCheck]);

  useEffect(() => {
    editors.current?.setOriginalEditable(originalUnlocked);
  }, [originalUnlocked]);

  useEffect(() => {
    editors.current?.setFoldUnchanged(foldUnchanged);
  }, [foldUnchanged]);

  const reviewedIssues = useCallback((): ReviewedIssue[] => {
    const view = editors.current!;
    const state = view.b.state;
    const open: ReviewedIssue[] = openIssues(state).map((issue) => ({
      issue: { ...issue, start: issue.from, end: issue.to },
      status: 'open',
      text: state.sliceDoc(issue.from, issue.to),
    }));
    const decided: ReviewedIssue[] = [];
    for (const [, record] of state.field(reviewField).decisions) {
      if (record.issue) decided.push({ issue: record.issue, status: record.decision, text: record.text });
    }
    return [...open, ...decided].sort((x, y) => x.issue.start - y.issue.start);
  }, []);

  const buildSession = useCallback((): Session | null => {
    const view = editors.current;
    if (!view) return null;
    const data = view.b.state.field(reviewField);
    return {
        format: SESSION_FORMAT,
        version: SESSION_VERSION,
        article: doc.article,
        original: view.a.state.doc.toString(),
        corrected: view.b.state.doc.toString(),
        decisions: Object.fromEntries([...data.decisions].map(([id, record]) => [id, record.decision])),
        ignoredWords: [...data.ignoredAll].map((key) => key.replace('\u0000', ':')),
        ignoredRules: [],
        dictionary: [...data.words],
        settings: { dialect: settingsRef.current.dialect, rules: settingsRef.current.rules },
        savedAt: new Date().toISOString(),
      };
  }, [doc]);

  const saveReview = useCallback(
    async (saveAs = false) => {
      const view = editors.current;
      const session = buildSession();
      if (!view || !session) return;
      const docs = { a: view.a.state.doc, b: view.b.state.doc };
      try {
        const result = await platform.saveFile({
          suggestedName: `${baseName(doc.article.name)}.verso.json`,
          mimeType: 'application/json',
          data: new TextEncoder().encode(serializeSession(session)),
          path: saveAs ? undefined : reviewPath.current,
        });
        if (!result) return;
        reviewPath.current = result.path;
        savedDocs.current = docs;
        setMessage(`Saved ${result.name}`);
        clearTimeout(autosaveTimer.current);
        void platform.discardAutosave(autosaveId.current).catch(() => undefined);
        refresh();
      } catch (error) {
        props.onError(`The review was not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [buildSession, platform, props, refresh],
  );

  // Autosave a few seconds after the last change, for recovery after a crash.
  const scheduleAutosave = useCallback(() => {
    clearTimeout(autosaveTimer.current);
    autosaveTimer.current = setTimeout(() => {
      const session = buildSession();
      if (!session) return;
      platform
        .autosave(autosaveId.current, new TextEncoder().encode(serializeSession(session)))
        .catch((error: unknown) => setMessage(`Autosave failed: ${error instanceof Error ? error.message : String(error)}`));
    }, 2000);
  }, [buildSession, platform]);
  const scheduleAutosaveRef = useRef(scheduleAutosave);
  scheduleAutosaveRef.current = scheduleAutosave;

  const exportAs = useCallback(
    async (kind: ExportKind) => {
      const view = editors.current;
      if (!view) return;
      try {
        setMessage(`Exporting ${kind}…`);
        setExporting(kind);
        const file = await buildExportInWorker(kind, {
          doc,
          original: view.a.state.doc.toString(),
          corrected: view.b.state.doc.toString(),
          issues: reviewedIssues(),
          language: summary ? `${languageName(summary.language.code)} (${summary.language.code})` : 'unknown',
          dialect: summary?.dialect ?? settingsRef.current.dialect,
        });
        setExporting(null);
        const result = await platform.saveFile({ suggestedName: file.name, mimeType: file.mimeType, data: file.data });
        setMessage(result ? `Exported ${result.name}` : null);
      } catch (error) {
        setExporting(null);
        setMessage(null);
        props.onError(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [doc, platform, props, reviewedIssues, summary],
  );

  const textOf = useCallback(
    (issue: TrackedIssue) => {
      const state = editors.current?.b.state;
      if (!state) return '';
      // The panel's list keeps old objects while the same issues are open: read the current range.
      const current = state.field(reviewField).issues.find((i) => i.id === issue.id) ?? issue;
      return state.sliceDoc(current.from, current.to);
    },
    [],
  );

  const actions = useMemo(
    () => ({
      select: (id: string) => editors.current && selectIssue(editors.current.b, id),
      apply: (id: string, index: number) => editors.current && applySuggestion(editors.current.b, id, index),
      ignore: (id: string) => editors.current && ignoreIssue(editors.current.b, id),
      ignoreAll: (id: string) => editors.current && ignoreAll(editors.current.b, id),
      addToDictionary: (id: string) => {
        const view = editors.current;
        if (!view) return;
        addToDictionary(view.b, id);
      },
      reopen: (id: string) => editors.current?.b.dispatch({ effects: setDecision.of({ id, record: null }) }),
    }),
    [],
  );

  // Commands from the native menu (Electron) do what their keys do.
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        const view = editors.current;
        if (!view) return;
        if (command.startsWith('export:')) {
          const kind = command.slice('export:'.length);
          if (Object.hasOwn(EXPORT_KINDS, kind)) void exportAs(kind as ExportKind);
          return;
        }
        switch (command) {
          case 'save-review':
            return void saveReview();
          case 'save-review-as':
            return void saveReview(true);
          case 'close-review':
            return props.onClose();
          case 'undo':
            return void undo(view.b);
          case 'redo':
            return void redo(view.b);
          case 'find':
            return void openSearchPanel(view.b);
          case 'next-issue':
          case 'previous-issue':
            return void moveToIssue(view.b, command === 'next-issue' ? 1 : -1);
          case 'next-change':
          case 'previous-change':
            return void moveToChange(view.b, command === 'next-change' ? 1 : -1);
          case 'toggle-issues':
            return setIssuesShown((shown) => !shown);
          case 'settings':
            return setOverlay('settings');
          case 'shortcuts':
            return setOverlay('help');
        }
      }),
    [platform, exportAs, saveReview, props],
  );

  // The keyboard map of ../shared/DESIGN.md, wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const view = editors.current;
      if (!view || overlay) return;
      const mod = event.ctrlKey || event.metaKey;
      let handled = true;
      if (event.key === 'F8') moveToIssue(view.b, event.shiftKey ? -1 : 1);
      else if (event.altKey && !mod && event.key === 'ArrowDown') moveToChange(view.b, 1);
      else if (event.altKey && !mod && event.key === 'ArrowUp') moveToChange(view.b, -1);
      else if (event.altKey && !mod && event.key === 'Backspace') revertChangeAtCursor(view.b, view.a);
      else if (mod && event.key === 'Enter') {
        const issue = issueAtCursor(view.b);
        if (issue) applySuggestion(view.b, issue.id, 0);
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 's') void saveReview();
      else if (mod && event.shiftKey && event.key.toLowerCase() === 's') void saveReview(true);
      else if (event.key === 'F1' || (event.key === '?' && !isTextEntry(event.target))) setOverlay('help');
      else if (mod && !isInsideEditor(event.target) && event.key.toLowerCase() === 'z') {
        if (event.shiftKey) redo(view.b);
        else undo(view.b);
      } else if (mod && !isInsideEditor(event.target) && event.key.toLowerCase() === 'y') redo(view.b);
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [overlay, saveReview]);

  return (
    <main className="review" aria-label={`Review of ${doc.article.name}`}>
      <header className="toolbar">
        <h1 className="doc-title" title={doc.article.path ?? doc.article.name}>
          {doc.article.name}
        </h1>
        <button
          type="button"
          className="small"
          disabled={!snapshot.canRevert}
          onClick={() => editors.current && revertChangeAtCursor(editors.current.b, editors.current.a)}
        >
          Revert change
        </button>
        <button type="button" className="small" aria-pressed={foldUnchanged} onClick={() => setFoldUnchanged(!foldUnchanged)}>
          Fold unchanged
        </button>
        <button type="button" className="small" aria-pressed={originalUnlocked} onClick={() => setOriginalUnlocked(!originalUnlocked)}>
          {originalUnlocked ? 'Lock machine translation' : 'Unlock machine translation'}
        </button>
        <button type="button" className="small" onClick={() => void saveReview()}>
          Save review
        </button>
        <ExportMenu onExport={(kind) => void exportAs(kind)} />
        <button type="button" className="small" onClick={() => setOverlay('settings')}>
          Settings
        </button>
        <button type="button" className="small" aria-label="Keyboard shortcuts" onClick={() => setOverlay('help')}>
          ?
        </button>
        <button type="button" className="small quiet" onClick={props.onClose}>
          Close
        </button>
      </header>
      {(checking || exporting) && (
        <div
          className="progress"
          role="progressbar"
          aria-label={exporting ? `Exporting ${exporting}` : 'Checking the article'}
          aria-busy="true"
        >
          <div className="progress-bar" />
        </div>
      )}
      <div className={issuesShown ? 'review-body' : 'review-body no-issues'}>
        <section className="editors" aria-label="Machine translation and corrected text">
          <div className="editor-heads" aria-hidden="true">
            <div>Machine translation{originalUnlocked ? ' (unlocked)' : ''}</div>
            <div>Corrected text</div>
          </div>
          <div className="merge-host" ref={host} />
        </section>
        <IssuesPanel
          hidden={!issuesShown}
          issues={snapshot.open}
          decided={snapshot.decided}
          textOf={textOf}
          actions={actions}
        />
      </div>
      <StatusBar
        openIssues={snapshot.open.length}
        changes={snapshot.changes}
        language={summary?.language ?? null}
        dialect={summary?.dialect ?? null}
        stats={summary?.stats ?? null}
        checking={checking}
        message={message}
      />
      {overlay === 'help' && <HelpOverlay onClose={() => setOverlay(null)} />}
      {overlay === 'settings' && (
        <SettingsPanel settings={settings} onChange={props.onSettings} onClose={() => setOverlay(null)} />
      )}
    </main>
  );
}

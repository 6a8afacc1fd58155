import { useCallback, useEffect, useRef, useState } from 'react';
import { bindingFor } from '../shared/keymap';
import { DEFAULT_SETTINGS, type OpenedFile, type RecoverableReview, type Settings } from '../shared/ipc';
import { platform } from './platform';
import { batchFileToOpened, fileToOpened } from './platform/web';
import { Welcome } from './Welcome';
import { ReviewScreen, type ReviewHandle } from './review/ReviewScreen';
import type { UndoHistory } from './review/editors';
import { useUnsavedPrompt } from './UnsavedDialog';
import { openReviewDocument, type Prechecked, type ReviewDocument } from './review/reviewDocument';
import { checkClient } from './review/checkClient';
import { ArticlesPanel } from './queue/ArticlesPanel';
import {
  fileToOpen,
  isReadable,
  newQueue,
  nextUndone,
  parseQueue,
  problemOf,
  readableCount,
  screenBatch,
  serializeQueue,
  stepFrom,
  summaryCsv,
  unreadableMessage,
  updateArticle,
  type Queue,
} from './queue/queue';
import { buildCorrectedTexts, type BatchExport } from './queue/exportTexts';
import { nextToCheck, useQueueChecks } from './queue/useQueueChecks';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The whole app: the welcome screen until an article is open, then the review. */
export function App() {
  const [doc, setDoc] = useState<ReviewDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [recoverable, setRecoverable] = useState<RecoverableReview[]>([]);
  const dirty = useRef(false);
  // Each opened document gets its own review screen (its messages, autosave slot and editors).
  const [docKey, setDocKey] = useState(0);
  const screen = useRef<ReviewHandle>(null);
  const unsaved = useUnsavedPrompt();
  // The batch of articles being worked through, if any (see ./queue/queue.ts); a ref too, for
  // the handlers that run outside React's render (unload, keys).
  const [queue, setQueueState] = useState<Queue | null>(null);
  const queueRef = useRef<Queue | null>(null);
  const [storedBatch, setStoredBatch] = useState<Queue | null>(null);
  // Whether the review about to open takes the focus (see showArticle).
  const [focusReview, setFocusReview] = useState(false);
  // Each article's undo history while the editor works on others (this batch, this run): going
  // back to an article, Ctrl+Z undoes what was done there before. The one the review opens with.
  const histories = useRef(new Map<number, UndoHistory>());
  const [openHistory, setOpenHistory] = useState<UndoHistory | undefined>(undefined);
  // What the Articles region last said (an export's result, the batch finished), else null.
  const [batchNotice, setBatchNotice] = useState<string | null>(null);
  const setQueue = useCallback((next: Queue | null) => {
    queueRef.current = next;
    setQueueState(next);
  }, []);

  useEffect(() => {
    // Start the checker while the editor looks at the welcome screen.
    checkClient();
    platform.readSettings().then(setSettings, (e) => setError(errorMessage(e)));
    // Reviews autosaved by a session that did not close cleanly are offered back.
    platform.listRecoverable().then(setRecoverable, () => setRecoverable([]));
  }, []);


  const setDirty = useCallback((value: boolean) => {
    if (dirty.current === value) return;
    dirty.current = value;
    platform.setDirty(value);
  }, []);

  useEffect(() => {
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = settings.theme === 'dark' || (settings.theme === 'system' && system.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    system.addEventListener('change', apply);
    return () => system.removeEventListener('change', apply);
  }, [settings.theme]);

  const changeSettings = useCallback((next: Settings) => {
    setSettings(next);
    platform.writeSettings(next).catch((e) => setError(`Settings were not saved: ${errorMessage(e)}`));
  }, []);

  /** Whether the open review may go: saved, or the editor chose Save (and it saved) or Don't Save. */
  const mayLeave = useCallback(async () => {
    // Inside a batch the review is kept with the batch: nothing is lost by moving on.
    if (queueRef.current) return true;
    if (!dirty.current || !doc) return true;
    const choice = await unsaved.ask(doc.article.name);
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return (await screen.current?.save()) ?? false;
  }, [doc, unsaved]);

  const show = useCallback(
    (next: ReviewDocument | null) => {
      setDirty(false);
      setDoc(next);
      setDocKey((key) => key + 1);
    },
    [setDirty],
  );

  /** The batch with the open article's review and figures written into it. */
  const captured = useCallback((): Queue | null => {
    const current = queueRef.current;
    if (!current) return null;
    const review = screen.current?.session() ?? undefined;
    const figures = screen.current?.figures(true) ?? undefined;
    return updateArticle(current, current.current, { ...(review ? { review } : {}), ...(figures ? { figures } : {}) });
  }, []);

  const storeBatch = useCallback((next: Queue | null) => {
    platform.writeQueue(next ? serializeQueue(next) : null).catch((e) => setError(`The batch was not kept: ${errorMessage(e)}`));
  }, []);

  /** Leaves the batch (another article opened on its own, or Close): kept as it stands, to resume. */
  const leaveBatch = useCallback(() => {
    const current = captured();
    if (!current) return;
    storeBatch(current);
    setStoredBatch(current);
    setQueue(null);
  }, [captured, storeBatch, setQueue]);

  // The background checks' answers, by article (this batch only): a New article's review takes
  // its as its first check, so "Next article" lands on an article whose issues are already there.
  const prechecks = useRef(new Map<number, Prechecked>());

  /**
   * Shows article `index` of `batch` (its review so far, or the article itself). One that cannot be
   * opened is marked Unreadable; when the batch is `opening` (nothing of it on screen yet), the
   * next readable article opens instead.
   */
  const showArticle = useCallback(
    async (batch: Queue, index: number, opening = false): Promise<boolean> => {
      const article = batch.articles[index];
      let next = batch;
      try {
        const prechecked = article.status === 'New' ? prechecks.current.get(index) : undefined;
        prechecks.current.delete(index);
        const opened = { ...(await openReviewDocument(fileToOpen(article))), ...(prechecked ? { prechecked } : {}) };
        next = updateArticle({ ...batch, current: index }, index, article.status === 'New' ? { status: 'In review' } : {});
        // The cursor goes on into the next article's corrected text, unless the editor is working
        // elsewhere (the Articles list's buttons keep the focus).
        const focus = document.activeElement;
        setFocusReview(opening || !focus || focus === document.body || focus.closest('main') !== null);
        setOpenHistory(histories.current.get(index));
        setQueue(next);
        show(opened);
        setError(null);
        storeBatch(next);
        return true;
      } catch (e) {
        const problem = problemOf(article, errorMessage(e));
        next = updateArticle(batch, index, { status: 'Unreadable', problem, file: '' });
        setError(problem);
        if (opening) {
          const other = stepFrom(next, index, 1);
          if (other !== index) return showArticle({ ...next, current: other }, other, true);
          setError(unreadableMessage(next.articles.flatMap((a) => (a.problem ? [a.problem] : [])), next.articles.length));
          return false;
        }
        setQueue(next);
        storeBatch(next);
        return false;
      }
    },
    [setQueue, show, storeBatch],
  );

  /** Keeps the open article's undo history (see `histories`) as the editor leaves it. */
  const keepHistory = useCallback(() => {
    const batch = queueRef.current;
    const history = screen.current?.history();
    if (batch && history) histories.current.set(batch.current, history);
  }, []);

  /** Moves to article `index` of the open batch, keeping the current review in it; an Unreadable one says why instead. */
  const goTo = useCallback(
    (index: number) => {
      const batch = queueRef.current;
      if (!batch || index < 0 || index >= batch.articles.length) return;
      if (!isReadable(batch, index)) {
        setError(batch.articles[index].problem ?? `${batch.articles[index].name} cannot be read.`);
        return;
      }
      if (index === batch.current) return;
      const current = captured();
      keepHistory();
      if (current) void showArticle(current, index);
    },
    [captured, showArticle, keepHistory],
  );

  /** "Next article" / "Previous article": the next readable article that way, wrapping round. */
  const step = useCallback(
    (delta: 1 | -1) => {
      const current = queueRef.current;
      if (!current) return;
      goTo(stepFrom(current, current.current, delta));
    },
    [goTo],
  );

  const markDone = useCallback(() => {
    const current = captured();
    if (!current) return;
    const done = updateArticle(current, current.current, { status: 'Done' });
    const next = nextUndone(done, done.current);
    if (next < 0) {
      setQueue(done);
      storeBatch(done);
      const n = readableCount(done);
      setBatchNotice(`${n === 1 ? 'The article is' : `All ${n} articles are`} done: export the batch summary or every corrected text.`);
      return;
    }
    keepHistory();
    void showArticle(done, next);
  }, [captured, setQueue, showArticle, storeBatch, keepHistory]);

  const openBatch = useCallback(
    async (files: OpenedFile[]) => {
      // A file that cannot be opened is listed as Unreadable and named in the alert; the others open as the batch.
      const screened = screenBatch(files);
      const problems = screened.flatMap((f) => (f.problem !== undefined ? [f.problem] : []));
      const batch = newQueue(screened);
      if (!batch) {
        setError(unreadableMessage(problems, files.length));
        return;
      }
      if (!(await mayLeave())) return;
      prechecks.current.clear();
      histories.current.clear();
      if (!(await showArticle(batch, batch.current, true))) return;
      // Those screening found, and any found on opening the first article.
      const unreadable = (queueRef.current?.articles ?? []).flatMap((a) => (a.status === 'Unreadable' && a.problem ? [a.problem] : []));
      if (unreadable.length > 0) setError(unreadableMessage(unreadable, files.length));
    },
    [mayLeave, showArticle],
  );

  // A batch the editor was working through reopens where they left it.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    platform.readQueue().then(
      (text) => {
        const stored = parseQueue(text);
        if (stored && !queueRef.current) void showArticle(stored, stored.current, true);
      },
      () => undefined,
    );
  }, [showArticle]);

  useQueueChecks(queue, settings, (index, result, prechecked) => {
    const current = queueRef.current;
    if (!current || !current.articles[index]) return;
    // An article opened meanwhile has its figures from the review (and was readable).
    if (current.articles[index].status !== 'New') return;
    if (prechecked) prechecks.current.set(index, prechecked);
    const next =
      'unreadable' in result
        ? updateArticle(current, index, { status: 'Unreadable', problem: problemOf(current.articles[index], result.unreadable), file: '' })
        : updateArticle(current, index, result);
    setQueue(next);
    if ('unreadable' in result) storeBatch(next);
  });
  const pending = queue ? queue.articles.filter((a, k) => k >= Math.max(0, nextToCheck(queue)) && a.status === 'New' && !a.figures && !a.problem).length : 0;

  // The open article's figures follow the review into the "Articles" list; the batch is stored
  // whenever they change (an edit, a decision), so a crash loses at most a second of list state.
  const batchOpen = queue !== null;
  useEffect(() => {
    if (!batchOpen) return;
    const timer = setInterval(() => {
      const current = queueRef.current;
      const figures = screen.current?.figures();
      if (!current || !figures) return;
      if (JSON.stringify(figures) === JSON.stringify(current.articles[current.current].figures)) return;
      const next = captured();
      if (!next) return;
      setQueue(next);
      storeBatch(next);
    }, 1000);
    return () => clearInterval(timer);
  }, [batchOpen, captured, setQueue, storeBatch]);

  // The batch's keys (../shared/keymap.ts, owner "app"), wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!queueRef.current || document.querySelector('[role="dialog"]')) return;
      const command = bindingFor(event)?.command;
      if (command !== 'next-article' && command !== 'previous-article' && command !== 'mark-done') return;
      event.preventDefault();
      event.stopPropagation();
      if (command === 'mark-done') markDone();
      else step(command === 'next-article' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [markDone, step]);

  // "Batch summary (.csv)": one file (no links in it).
  const exportSummaryCsv = useCallback(() => {
    const current = captured();
    if (!current) return;
    setQueue(current);
    const data = new TextEncoder().encode(summaryCsv(current));
    platform
      .saveFile({ suggestedName: 'batch-summary.csv', mimeType: 'text/csv', data })
      .catch((e) => setError(`The summary was not exported: ${errorMessage(e)}`));
  }, [captured, setQueue]);

  // "Batch summary (.html)" and "Export all corrected texts…": the summary page with the review
  // reports it links (and, for all texts, the corrected texts and the CSV), written as one set:
  // progress while the reports are built, then where they went.
  const [batchExport, setBatchExport] = useState<{ what: BatchExport; built: number } | null>(null);
  const exportBatch = useCallback(
    async (what: BatchExport) => {
      const current = captured();
      if (!current || batchExport !== null) return;
      setQueue(current);
      setBatchNotice(null);
      setBatchExport({ what, built: 0 });
      const failed = what === 'texts' ? 'The corrected texts were not exported' : 'The batch summary was not exported';
      try {
        const { files, leftOut } = await buildCorrectedTexts(current, settings, (built) => setBatchExport({ what, built }), what);
        setBatchExport(null);
        if (files.length === 0) {
          setError(`${failed}: ${leftOut.join(' ') || 'no article of the batch can be read.'}`);
          return;
        }
        const result = await platform.saveFiles({ suggestedName: what === 'texts' ? 'corrected-texts' : 'batch-summary', files });
        if (!result) return;
        const written = readableCount(current) - leftOut.length;
        const where = `${result.path ? 'into' : 'as'} ${result.name}`;
        const unreadable = current.articles.length - readableCount(current);
        const skipped = unreadable > 0 ? ` (${unreadable} unreadable left out)` : '';
        setBatchNotice(
          what === 'texts'
            ? `Exported ${written === 1 ? '1 corrected text' : `${written} corrected texts`} with their review reports and the batch summary ${where}${skipped}`
            : `Exported the batch summary with ${written === 1 ? '1 review report' : `${written} review reports`} ${where}${skipped}`,
        );
        if (leftOut.length > 0) setError(`${leftOut.length} left out of the export: ${leftOut.join(' ')}`);
      } catch (e) {
        setBatchExport(null);
        setError(`${failed}: ${errorMessage(e)}`);
      }
    },
    [captured, setQueue, batchExport, settings],
  );

  const openFile = useCallback(async (file: OpenedFile) => {
    try {
      const next = await openReviewDocument(file);
      if (!(await mayLeave())) return;
      leaveBatch();
      show(next);
      setError(null);
    } catch (e) {
      // A refused file leaves whatever is open as it was.
      setError(errorMessage(e));
    }
  }, [mayLeave, show, leaveBatch]);

  const recover = useCallback(
    async (review: RecoverableReview) => {
      try {
        const next = await openReviewDocument({ name: `${review.articleName}.verso.json`, bytes: review.data });
        show({ ...next, autosaveId: review.id });
        setRecoverable((list) => list.filter((r) => r.id !== review.id));
        setError(null);
      } catch (e) {
        setError(`The autosaved review could not be recovered: ${errorMessage(e)}`);
      }
    },
    [show],
  );

  const discardRecoverable = useCallback((review: RecoverableReview) => {
    if (!window.confirm(`Discard the autosaved review of ${review.articleName}? This cannot be undone.`)) return;
    platform.discardAutosave(review.id).then(
      () => setRecoverable((list) => list.filter((r) => r.id !== review.id)),
      (e) => setError(errorMessage(e)),
    );
  }, []);

  const run = useCallback(
    async (get: () => Promise<OpenedFile | null>) => {
      setBusy(true);
      try {
        const file = await get();
        if (file) await openFile(file);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [openFile],
  );

  useEffect(() => platform.onOpenFile((file) => void openFile(file)), [openFile]);

  const openArticle = useCallback(() => {
    setBusy(true);
    platform
      .openArticles()
      .then((files) => (files.length > 1 ? openBatch(files) : files.length === 1 ? openFile(files[0]) : undefined))
      .catch((e) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  }, [openBatch, openFile]);

  const openFolder = useCallback(() => {
    setBusy(true);
    platform
      .openFolder()
      .then((files) => (files ? openBatch(files) : undefined))
      .catch((e) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  }, [openBatch]);

  // Ctrl+O: the native menu owns it in the desktop app; in the browser the page opens the picker.
  useEffect(() => {
    if (platform.kind !== 'web') return;
    const onKey = (event: KeyboardEvent) => {
      if (bindingFor(event)?.command !== 'open-article' || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      openArticle();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openArticle]);

  // View ▸ Theme in the native menu has already stored the theme; show it.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const theme = command.startsWith('theme:') ? command.slice('theme:'.length) : null;
        if (theme === 'system' || theme === 'light' || theme === 'dark') setSettings((current) => ({ ...current, theme }));
      }),
    [],
  );

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      if (files.length === 1) void run(() => fileToOpened(files[0]));
      else void Promise.all(files.map((file) => batchFileToOpened(file))).then(openBatch, (e: unknown) => setError(errorMessage(e)));
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      // A batch keeps the open review with it (the browser's storage writes at once).
      const batch = captured();
      if (batch) {
        storeBatch(batch);
        return;
      }
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [run, openBatch, captured, storeBatch]);

  const review = doc && (
    <ReviewScreen
      key={docKey}
      handle={screen}
      doc={doc}
      paused={unsaved.dialog !== null}
      focusOnOpen={queue !== null && focusReview}
      {...(queue !== null && openHistory ? { history: openHistory } : {})}
      platform={platform}
      settings={settings}
      onSettings={changeSettings}
      onError={setError}
      onDirty={setDirty}
      onOpen={openArticle}
      onClose={() => {
        if (queueRef.current) {
          leaveBatch();
          show(null);
          return;
        }
        void mayLeave().then((leave) => leave && show(null));
      }}
    />
  );

  return (
    <div className="app">
      {error && (
        <div role="alert" className="alert">
          <span>{error}</span>
          <button type="button" className="quiet" onClick={() => setError(null)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}
      {doc && queue ? (
        <div className="batch">
          <ArticlesPanel
            queue={queue}
            pending={pending}
            onGo={goTo}
            onPrevious={() => step(-1)}
            onNext={() => step(1)}
            onMarkDone={markDone}
            onExportCsv={exportSummaryCsv}
            onExportHtml={() => void exportBatch('summary')}
            onExportTexts={() => void exportBatch('texts')}
            exporting={batchExport}
            notice={batchNotice}
          />
          {review}
        </div>
      ) : doc ? (
        review
      ) : (
        <Welcome
          busy={busy}
          recoverable={recoverable}
          onRecover={(review) => void recover(review)}
          onDiscard={discardRecoverable}
          onOpen={openArticle}
          onOpenFolder={openFolder}
          batch={storedBatch}
          onResume={() => storedBatch && void showArticle(storedBatch, storedBatch.current, true)}
          onSample={() => void run(() => platform.openSample())}
        />
      )}
      {unsaved.dialog}
    </div>
  );
}

import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { redo, undo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import { diffStats, EXPORT_KINDS, importArticle, type ExportKind } from '../../core';
import type { MenuCommand, Platform, Settings } from '../../shared/ipc';
import { bindingFor, type ShortcutCommand } from '../../shared/keymap';
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
import { undoHistoryOf, type ReviewEditors, type UndoHistory } from './editors';
import { ExportMenu } from './ExportMenu';
import { HelpOverlay } from './HelpOverlay';
import { IssuesPanel } from './IssuesPanel';
import { CONTEXT, issueCards, issueContext } from './findings';
import { useLatest } from './latest';
import type { ReviewDocument } from './reviewDocument';
import { openIssues, reviewField, setDecision, type TrackedIssue } from './reviewField';
import { reviewChanges } from './changes';
import { serializeSession } from '../../shared/session';
import type { ArticleFigures } from '../queue/queue';
import { buildSession, settingsForReview, syncedDictionary } from './reviewSession';
import { SettingsPanel } from './SettingsPanel';
import { SourcePane, type SourcePaneHandle } from './SourcePane';
import { PaneAligner } from './paneAlignment';
import { StatusBar } from './StatusBar';
import { useAutosave } from './useAutosave';
import { useCheckScheduler } from './useCheckScheduler';
import { useEditors } from './useEditors';
import { useExports } from './useExports';
import { useKeyMap } from './useKeyMap';
import { useMenuCommands } from './useMenuCommands';
import { useReviewSnapshot } from './useReviewSnapshot';
import { useSaveReview } from './useSaveReview';

function isInsideEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.cm-editor') !== null;
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** What the app can ask of the open review. */
export interface ReviewHandle {
  /** Saves the review (asking where on a first save); true when it was saved. */
  save(): Promise<boolean>;
  /** The review as it stands, as a `.verso.json` session's text (null before the editors open). */
  session(): string | null;
  /**
   * The figures a batch of articles lists. Null while the newest check is not back (after an
   * edit); with `exact`, the HTER and words are then computed here from the texts instead.
   */
  figures(exact?: boolean): ArticleFigures | null;
  /** "Corrected text"'s undo history, to keep while the editor works on another article (null before the editors open). */
  history(): UndoHistory | null;
}

/**
 * The review: both editors, the issues, the status bar, export and save. Each concern lives in its
 * own hook (editors, checks, snapshot, save, autosave, exports, menu, keys); the screen wires them.
 */
export function ReviewScreen(props: {
  /** What the app can ask of the review (save before another article replaces it). */
  handle?: Ref<ReviewHandle>;
  doc: ReviewDocument;
  /** The app shows a dialog of its own: the review's keys wait. */
  paused?: boolean;
  /** Put the cursor in "Corrected text" once it opens (the next article of a batch, reached from the keyboard). Default false. */
  focusOnOpen?: boolean;
  /** "Corrected text"'s undo history kept when the editor left this review (a batch's article), taken up if the text is the same. */
  history?: UndoHistory;
  /** "Open article…": the app asks for another article (and about unsaved changes). */
  onOpen: () => void;
  platform: Platform;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onClose: () => void;
  onError: (message: string) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { doc, platform, settings, onError, onDirty, onSettings } = props;
  const host = useRef<HTMLDivElement>(null);
  const settingsRef = useLatest(settings);
  const [overlay, setOverlay] = useState<'help' | 'settings' | null>(null);
  const [originalUnlocked, setOriginalUnlocked] = useState(false);
  const [foldUnchanged, setFoldUnchanged] = useState(false);
  const [issuesShown, setIssuesShown] = useState(true);
  const [message, setMessage] = useState<string | null>(null);

  // The editors, while they live (see useEditors); every hook reads them through this.
  const editors = useRef<ReviewEditors | null>(null);
  const sourceRef = useRef<{ name: string; text: string } | null>(doc.source ?? null);
  const sessionOf = useLatest(() => {
    if (!editors.current) return null;
    const session = buildSession(editors.current, doc, settingsRef.current);
    return sourceRef.current ? { ...session, source: sourceRef.current } : session;
  });

  const autosave = useAutosave({ doc, platform, buildSession: sessionOf, onMessage: setMessage });
  const { snapshot, refresh } = useReviewSnapshot(editors, (view) => onDirty(!save.isSaved(view)));
  const save = useSaveReview({
    editors,
    doc,
    platform,
    buildSession: sessionOf,
    onSaved: (name) => {
      setMessage(`Saved ${name}`);
      autosave.discard();
      refresh();
    },
    onError,
  });
  // A bilingual review's source: the reopened review's or the XLIFF file's, or one added with "Add source…".
  const [source, setSource] = useState<{ name: string; text: string } | null>(doc.source ?? null);
  const sourcePane = useRef<SourcePaneHandle | null>(null);
  // Keeps the three panes level (one per screen; the panes attach and detach as they open and close).
  const [aligner] = useState(() => new PaneAligner());
  const [panes] = useState(() => ({ a: aligner.extension('a'), b: aligner.extension('b') }));
  useEffect(() => () => aligner.destroy(), [aligner]);
  const checks = useCheckScheduler({ editors, settings, source: source?.text, onError, onAlignment: (lines) => aligner.setAlignment(lines ?? null) });
  const scheduleCheck = checks.scheduleCheck;
  useEffect(() => {
    sourceRef.current = source;
    if (source) scheduleCheck(0);
  }, [source, scheduleCheck]);
  const addSource = useCallback(async () => {
    try {
      const file = await platform.openArticle();
      if (!file) return;
      const imported = await importArticle(file.name, file.bytes);
      setSource({ name: imported.name, text: imported.source ?? imported.text });
      setMessage(`Source added: ${imported.name}`);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }, [platform, onError]);
  const summaryRef = useLatest(checks.summary);
  useImperativeHandle(
    props.handle,
    () => ({
      save: () => save.saveReview(),
      history: () => (editors.current ? undoHistoryOf(editors.current) : null),
      session: () => {
        const session = sessionOf.current();
        return session ? serializeSession(session) : null;
      },
      figures: (exact = false) => {
        const view = editors.current;
        let summary = summaryRef.current;
        if (!view) return null;
        if (!summary || !checks.isCurrent()) {
          const session = exact ? sessionOf.current() : null;
          if (!session || !summary) return null;
          const stats = diffStats(session.original, session.corrected);
          summary = { ...summary, stats: { wordsA: stats.wordsA, wordsB: stats.wordsB, edits: stats.edits, hter: stats.ter } };
        }
        const open = openIssues(view.b.state);
        const byCategory: Record<string, number> = {};
        for (const issue of open) byCategory[issue.category] = (byCategory[issue.category] ?? 0) + 1;
        return {
          words: summary.stats.wordsB,
          openIssues: open.length,
          byCategory,
          decisions: view.b.state.field(reviewField).decisions.size,
          changes: reviewChanges(view.b.state).length,
          hter: summary.stats.hter,
        };
      },
    }),
    [save, sessionOf, summaryRef, checks],
  );

  useEditors({
    editors,
    host,
    doc,
    originalUnlocked,
    foldUnchanged,
    panes,
    ...(props.history ? { history: props.history } : {}),
    events: {
      onOpen: (view) => {
        save.opened(view);
        aligner.attachMerge({ a: view.a, b: view.b, chunks: () => view.merge.chunks });
        const reviewSettings = doc.session && settingsForReview(settingsRef.current, doc.session);
        if (reviewSettings) onSettings(reviewSettings);
        const stopChecks = checks.start(doc.prechecked);
        refresh();
        if (props.focusOnOpen) view.b.focus();
        return () => {
          aligner.attachMerge(null);
          stopChecks();
          // Closing a review on purpose leaves nothing to recover.
          autosave.discard();
        };
      },
      onContentChange: () => {
        checks.scheduleCheck();
        autosave.schedule();
      },
      onWordsChange: (before, after) => {
        const dictionary = syncedDictionary(settingsRef.current.dictionary, before, after);
        if (dictionary) onSettings({ ...settingsRef.current, dictionary });
      },
      onUpdate: refresh,
    },
  });

  const { exportAs, exporting } = useExports({
    editors,
    doc,
    platform,
    summary: checks.summary,
    machineIssues: checks.machineIssues,
    settings,
    source,
    onMessage: setMessage,
    onError,
  });

  const textOf = useCallback(
    (issue: TrackedIssue) => {
      const state = editors.current?.b.state;
      if (!state) return '';
      // The panel's list keeps old objects while the same issues are open: read the current range.
      const current = state.field(reviewField).issues.find((i) => i.id === issue.id) ?? issue;
      return state.sliceDoc(current.from, current.to);
    },
    [editors],
  );

  const contextOf = useCallback(
    (issue: TrackedIssue) => {
      const state = editors.current?.b.state;
      if (!state) return { before: '', after: '' };
      const current = state.field(reviewField).issues.find((i) => i.id === issue.id) ?? issue;
      return issueContext(state.sliceDoc(Math.max(0, current.from - CONTEXT), current.from), state.sliceDoc(current.to, current.to + CONTEXT));
    },
    [editors],
  );
  // The status bar counts what the Issues region lists: one per card.
  const openCards = useMemo(() => issueCards(snapshot.open).length, [snapshot.open]);

  const actions = useMemo(
    () => ({
      select: (id: string) => {
        const view = editors.current;
        if (!view) return;
        // An accuracy issue selects its text on both sides: the correction and the source.
        const issue = view.b.state.field(reviewField).issues.find((i) => i.id === id);
        if (issue?.sourceStart !== undefined && issue.sourceEnd !== undefined) sourcePane.current?.select(issue.sourceStart, issue.sourceEnd);
        selectIssue(view.b, id);
      },
      apply: (ids: readonly string[], index: number) => editors.current && applySuggestion(editors.current.b, ids, index),
      ignore: (ids: readonly string[]) => editors.current && ignoreIssue(editors.current.b, ids),
      ignoreAll: (ids: readonly string[]) => editors.current && ignoreAll(editors.current.b, ids),
      addToDictionary: (id: string) => {
        const view = editors.current;
        if (!view) return;
        addToDictionary(view.b, id);
      },
      reopen: (id: string) => editors.current?.b.dispatch({ effects: setDecision.of({ id, record: null }) }),
    }),
    [editors],
  );

  /** Does what a key of the keyboard map or a native menu command asks; false if it is not the review's. */
  const run = (command: ShortcutCommand | MenuCommand): boolean => {
    const view = editors.current;
    if (!view) return false;
    if (command.startsWith('export:')) {
      const kind = command.slice('export:'.length);
      if (Object.hasOwn(EXPORT_KINDS, kind)) void exportAs(kind as ExportKind);
      return true;
    }
    switch (command) {
      case 'next-issue':
      case 'previous-issue':
        moveToIssue(view.b, command === 'next-issue' ? 1 : -1);
        return true;
      case 'next-change':
      case 'previous-change': {
        const at = moveToChange(view.b, command === 'next-change' ? 1 : -1);
        setMessage(at ? `Change ${at.index + 1} of ${at.total}` : 'No changes yet');
        return true;
      }
      case 'apply-suggestion': {
        const issue = issueAtCursor(view.b);
        if (issue) applySuggestion(view.b, issue.id, 0);
        return true;
      }
      case 'revert-change':
        revertChangeAtCursor(view.b, view.a);
        return true;
      case 'undo':
        undo(view.b);
        return true;
      case 'redo':
        redo(view.b);
        return true;
      case 'save-review':
      case 'save-review-as':
        void save.saveReview(command === 'save-review-as');
        return true;
      case 'find':
        openSearchPanel(view.b);
        return true;
      case 'shortcuts':
        setOverlay('help');
        return true;
      case 'settings':
        setOverlay('settings');
        return true;
      case 'toggle-issues':
        setIssuesShown((shown) => !shown);
        return true;
      case 'close-review':
        props.onClose();
        return true;
      default:
        return false;
    }
  };

  // Commands from the native menu (Electron) do what their keys do.
  useMenuCommands(platform, (command) => void run(command));

  // The page's keys of the keyboard map (../shared/keymap.ts), wherever the focus is.
  useKeyMap((event) => {
    if (overlay || props.paused) return false;
    const binding = bindingFor(event);
    if (!binding || (binding.owner ?? 'page') !== 'page') return false;
    if (binding.yieldTo === 'editor' && isInsideEditor(event.target)) return false;
    if (binding.yieldTo === 'text' && isTextEntry(event.target)) return false;
    return run(binding.command);
  });

  const { checking, summary } = checks;
  return (
    <main className="review" aria-label={`Review of ${doc.article.name}`}>
      <header className="toolbar">
        <h1 className="doc-title" title={doc.article.path ?? doc.article.name}>
          {doc.article.name}
        </h1>
        <button type="button" className="small" onClick={props.onOpen}>
          Open article…
        </button>
        <button type="button" className="small" onClick={() => void addSource()}>
          {source ? 'Replace source…' : 'Add source…'}
        </button>
        <button
          type="button"
          className="small"
          disabled={!snapshot.canRevert}
          onClick={() => editors.current && revertChangeAtCursor(editors.current.b, editors.current.a)}
        >
          Revert change
        </button>
        <button
          type="button"
          className="small"
          aria-pressed={foldUnchanged}
          title={!foldUnchanged && snapshot.changes === 0 ? 'No changes to fold around yet' : undefined}
          onClick={() => {
            // Before any correction the whole article is unchanged: folding would hide all of it.
            if (!foldUnchanged && snapshot.changes === 0) return setMessage('No changes to fold: the whole article is unchanged');
            setFoldUnchanged(!foldUnchanged);
          }}
        >
          Fold unchanged
        </button>
        <button type="button" className="small" aria-pressed={originalUnlocked} onClick={() => setOriginalUnlocked(!originalUnlocked)}>
          {originalUnlocked ? 'Lock machine translation' : 'Unlock machine translation'}
        </button>
        <button type="button" className="small" onClick={() => void save.saveReview()}>
          Save review
        </button>
        <ExportMenu
          onExport={(kind) => void exportAs(kind)}
          xliff={doc.xliff !== undefined}
          openErrors={snapshot.open.filter((issue) => issue.severity === 'error').length}
        />
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
        <section
          className={source ? 'editors bilingual' : 'editors'}
          aria-label={source ? 'Source text, machine translation and corrected text' : 'Machine translation and corrected text'}
        >
          <div className="editor-heads" aria-hidden="true">
            {source && <div>Source text</div>}
            <div>Machine translation{originalUnlocked ? ' (unlocked)' : ''}</div>
            <div>Corrected text</div>
          </div>
          <div className="editor-row">
            {/* One scroller for all the panes, so they scroll together. */}
            <div className="merge-host">
              <div className="panes">
                {source && <SourcePane text={source.text} handle={sourcePane} aligner={aligner} />}
                <div className="merge-mount" ref={host} />
              </div>
            </div>
          </div>
        </section>
        <IssuesPanel
          hidden={!issuesShown}
          issues={snapshot.open}
          firstCheck={checks.firstCheck}
          decided={snapshot.decided}
          textOf={textOf}
          contextOf={contextOf}
          actions={actions}
        />
      </div>
      <StatusBar
        openIssues={openCards}
        changes={snapshot.changes}
        language={summary?.language ?? null}
        dialect={summary?.dialect ?? null}
        stats={summary?.stats ?? null}
        checking={checking}
        message={message}
      />
      {overlay === 'help' && <HelpOverlay onClose={() => setOverlay(null)} />}
      {overlay === 'settings' && <SettingsPanel settings={settings} onChange={onSettings} onClose={() => setOverlay(null)} />}
    </main>
  );
}

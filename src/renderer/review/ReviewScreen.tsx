import { useCallback, useMemo, useRef, useState } from 'react';
import { redo, undo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import { EXPORT_KINDS, type ExportKind } from '../../core';
import type { MenuCommand, Platform, Settings } from '../../shared/ipc';
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
import type { ReviewEditors } from './editors';
import { ExportMenu } from './ExportMenu';
import { HelpOverlay } from './HelpOverlay';
import { IssuesPanel } from './IssuesPanel';
import { useLatest } from './latest';
import type { ReviewDocument } from './reviewDocument';
import { reviewField, setDecision, type TrackedIssue } from './reviewField';
import { buildSession, settingsForReview, syncedDictionary } from './reviewSession';
import { SettingsPanel } from './SettingsPanel';
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

/**
 * The review: both editors, the issues, the status bar, export and save. Each concern lives in its
 * own hook (editors, checks, snapshot, save, autosave, exports, menu, keys); the screen wires them.
 */
export function ReviewScreen(props: {
  doc: ReviewDocument;
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
  const sessionOf = useLatest(() => (editors.current ? buildSession(editors.current, doc, settingsRef.current) : null));

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
  const checks = useCheckScheduler({ editors, settings, onError });

  useEditors({
    editors,
    host,
    doc,
    originalUnlocked,
    foldUnchanged,
    events: {
      onOpen: (view) => {
        save.opened(view);
        const reviewSettings = doc.session && settingsForReview(settingsRef.current, doc.session);
        if (reviewSettings) onSettings(reviewSettings);
        const stopChecks = checks.start();
        refresh();
        return () => {
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
    settings,
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
    [editors],
  );

  // Commands from the native menu (Electron) do what their keys do.
  useMenuCommands(platform, (command: MenuCommand) => {
    const view = editors.current;
    if (!view) return;
    if (command.startsWith('export:')) {
      const kind = command.slice('export:'.length);
      if (Object.hasOwn(EXPORT_KINDS, kind)) void exportAs(kind as ExportKind);
      return;
    }
    switch (command) {
      case 'save-review':
        return void save.saveReview();
      case 'save-review-as':
        return void save.saveReview(true);
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
  });

  // The keyboard map of ../shared/DESIGN.md, wherever the focus is.
  useKeyMap((event) => {
    const view = editors.current;
    if (!view || overlay) return false;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'F8') moveToIssue(view.b, event.shiftKey ? -1 : 1);
    else if (event.altKey && !mod && event.key === 'ArrowDown') moveToChange(view.b, 1);
    else if (event.altKey && !mod && event.key === 'ArrowUp') moveToChange(view.b, -1);
    else if (event.altKey && !mod && event.key === 'Backspace') revertChangeAtCursor(view.b, view.a);
    else if (mod && event.key === 'Enter') {
      const issue = issueAtCursor(view.b);
      if (issue) applySuggestion(view.b, issue.id, 0);
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === 's') void save.saveReview();
    else if (mod && event.shiftKey && event.key.toLowerCase() === 's') void save.saveReview(true);
    else if (event.key === 'F1' || (event.key === '?' && !isTextEntry(event.target))) setOverlay('help');
    else if (mod && !isInsideEditor(event.target) && event.key.toLowerCase() === 'z') {
      if (event.shiftKey) redo(view.b);
      else undo(view.b);
    } else if (mod && !isInsideEditor(event.target) && event.key.toLowerCase() === 'y') redo(view.b);
    else return false;
    return true;
  });

  const { checking, summary } = checks;
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
        <button type="button" className="small" onClick={() => void save.saveReview()}>
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
      {overlay === 'settings' && <SettingsPanel settings={settings} onChange={onSettings} onClose={() => setOverlay(null)} />}
    </main>
  );
}

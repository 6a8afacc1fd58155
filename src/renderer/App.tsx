import { useCallback, useEffect, useRef, useState } from 'react';
import { bindingFor } from '../shared/keymap';
import { DEFAULT_SETTINGS, type OpenedFile, type RecoverableReview, type Settings } from '../shared/ipc';
import { platform } from './platform';
import { fileToOpened } from './platform/web';
import { Welcome } from './Welcome';
import { ReviewScreen, type ReviewHandle } from './review/ReviewScreen';
import { useUnsavedPrompt } from './UnsavedDialog';
import { openReviewDocument, type ReviewDocument } from './review/reviewDocument';
import { checkClient } from './review/checkClient';

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

  const openFile = useCallback(async (file: OpenedFile) => {
    try {
      const next = await openReviewDocument(file);
      if (!(await mayLeave())) return;
      show(next);
      setError(null);
    } catch (e) {
      // A refused file leaves whatever is open as it was.
      setError(errorMessage(e));
    }
  }, [mayLeave, show]);

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

  const openArticle = useCallback(() => void run(() => platform.openArticle()), [run]);

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
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void run(() => fileToOpened(file));
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
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
  }, [run]);

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
      {doc ? (
        <ReviewScreen
          key={docKey}
          handle={screen}
          doc={doc}
          paused={unsaved.dialog !== null}
          platform={platform}
          settings={settings}
          onSettings={changeSettings}
          onError={setError}
          onDirty={setDirty}
          onOpen={openArticle}
          onClose={() => {
            void mayLeave().then((leave) => leave && show(null));
          }}
        />
      ) : (
        <Welcome
          busy={busy}
          recoverable={recoverable}
          onRecover={(review) => void recover(review)}
          onDiscard={discardRecoverable}
          onOpen={openArticle}
          onSample={() => void run(() => platform.openSample())}
        />
      )}
      {unsaved.dialog}
    </div>
  );
}

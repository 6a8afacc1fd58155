import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type OpenedFile, type RecoverableReview, type Settings } from '../shared/ipc';
import { platform } from './platform';
import { fileToOpened } from './platform/web';
import { Welcome } from './Welcome';
import { ReviewScreen } from './review/ReviewScreen';
import { openReviewDocument, type ReviewDocument } from './review/reviewDocument';
import { checkClient } from './review/checkClient';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const UNSAVED = 'This review has changes that are not saved. Close it anyway?';

/** The whole app: the welcome screen until an article is open, then the review. */
export function App() {
  const [doc, setDoc] = useState<ReviewDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [recoverable, setRecoverable] = useState<RecoverableReview[]>([]);
  const dirty = useRef(false);

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

  const openFile = useCallback(async (file: OpenedFile) => {
    try {
      const next = await openReviewDocument(file);
      if (dirty.current && !window.confirm(UNSAVED)) return;
      setDirty(false);
      setDoc(next);
      setError(null);
    } catch (e) {
      // A refused file leaves whatever is open as it was.
      setError(errorMessage(e));
    }
  }, [setDirty]);

  const recover = useCallback(
    async (review: RecoverableReview) => {
      try {
        const next = await openReviewDocument({ name: `${review.articleName}.verso.json`, bytes: review.data });
        setDirty(false);
        setDoc({ ...next, autosaveId: review.id });
        setRecoverable((list) => list.filter((r) => r.id !== review.id));
        setError(null);
      } catch (e) {
        setError(`The autosaved review could not be recovered: ${errorMessage(e)}`);
      }
    },
    [setDirty],
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
          doc={doc}
          platform={platform}
          settings={settings}
          onSettings={changeSettings}
          onError={setError}
          onDirty={setDirty}
          onClose={() => {
            if (dirty.current && !window.confirm(UNSAVED)) return;
            setDirty(false);
            setDoc(null);
          }}
        />
      ) : (
        <Welcome
          busy={busy}
          recoverable={recoverable}
          onRecover={(review) => void recover(review)}
          onDiscard={discardRecoverable}
          onOpen={() => void run(() => platform.openArticle())}
          onSample={() => void run(() => platform.openSample())}
        />
      )}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type OpenedFile, type Settings } from '../shared/ipc';
import { platform } from './platform';
import { fileToOpened } from './platform/web';
import { Welcome } from './Welcome';
import { ReviewScreen } from './review/ReviewScreen';
import { openReviewDocument, type ReviewDocument } from './review/reviewDocument';

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
  const dirty = useRef(false);

  useEffect(() => {
    platform.readSettings().then(setSettings, (e) => setError(errorMessage(e)));
  }, []);

  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const changeSettings = useCallback((next: Settings) => {
    setSettings(next);
    platform.writeSettings(next).catch((e) => setError(`Settings were not saved: ${errorMessage(e)}`));
  }, []);

  const openFile = useCallback(async (file: OpenedFile) => {
    try {
      const next = await openReviewDocument(file);
      if (dirty.current && !window.confirm(UNSAVED)) return;
      dirty.current = false;
      setDoc(next);
      setError(null);
    } catch (e) {
      // A refused file leaves whatever is open as it was.
      setError(errorMessage(e));
    }
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
          onDirty={(value) => (dirty.current = value)}
          onClose={() => {
            if (dirty.current && !window.confirm(UNSAVED)) return;
            dirty.current = false;
            setDoc(null);
          }}
        />
      ) : (
        <Welcome
          busy={busy}
          onOpen={() => void run(() => platform.openArticle())}
          onSample={() => void run(() => platform.openSample())}
        />
      )}
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { decodeText } from '../core';
import type { OpenedFile } from '../shared/ipc';
import { platform } from './platform';
import { fileToOpened } from './platform/web';
import { Welcome } from './Welcome';
import { ArticleView } from './ArticleView';

/** An article the editor has open. */
export interface OpenArticle {
  name: string;
  path?: string;
  text: string;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The whole app: the welcome screen until an article is open, then the review. */
export function App() {
  const [article, setArticle] = useState<OpenArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const openFile = useCallback((file: OpenedFile) => {
    try {
      const decoded = decodeText(file.bytes, file.name);
      setArticle({ name: file.name, path: file.path, text: decoded.text });
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
        if (file) openFile(file);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [openFile],
  );

  useEffect(() => platform.onOpenFile(openFile), [openFile]);

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
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
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
      {article ? (
        <ArticleView article={article} onClose={() => setArticle(null)} />
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

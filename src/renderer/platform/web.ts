import { DEFAULT_SETTINGS, type OpenedFile, type Platform, type SaveRequest, type Settings } from '../../shared/ipc';
import { discardAutosave, listAutosaves, saveAutosave } from './webAutosave';

const SETTINGS_KEY = 'verso.settings';

/** Reads a File (picker or drop) into an OpenedFile. */
export async function fileToOpened(file: File): Promise<OpenedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/**
 * The browser platform: file picker and drag and drop in, downloads out, settings in localStorage,
 * recovery copies in IndexedDB (./webAutosave.ts).
 */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async openArticle() {
      const file = await pickFile('.txt,.md,.html,.htm,.docx,.xlf,.xliff,.json,text/plain');
      return file ? fileToOpened(file) : null;
    },
    async openSample() {
      const name = 'iraq-heroes-operation.txt';
      const response = await fetch(`./samples/${name}`);
      if (!response.ok) throw new Error(`The sample article could not be loaded (HTTP ${response.status}).`);
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    },
    async saveFile(request: SaveRequest) {
      const blob = new Blob([request.data as Uint8Array<ArrayBuffer>], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { name: request.suggestedName };
    },
    async readSettings(): Promise<Settings> {
      try {
        const stored = localStorage.getItem(SETTINGS_KEY);
        return stored ? { ...DEFAULT_SETTINGS, ...(JSON.parse(stored) as Partial<Settings>) } : DEFAULT_SETTINGS;
      } catch {
        return DEFAULT_SETTINGS;
      }
    },
    async writeSettings(settings: Settings) {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
    onOpenFile() {
      // Browsers hand files over only through the picker and drops, which the app handles itself.
      return () => {};
    },
    autosave: saveAutosave,
    discardAutosave,
    listRecoverable: listAutosaves,
    onMenuCommand() {
      return () => {};
    },
    setDirty() {
      // The browser asks before leaving through beforeunload, which the app sets itself.
    },
  };
}

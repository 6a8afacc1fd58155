import { DEFAULT_SETTINGS, type OpenedFile, type Platform, type SaveRequest, type Settings } from '../../shared/ipc';

const SETTINGS_KEY = 'verso.settings';
const AUTOSAVE_PREFIX = 'verso.autosave.';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

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

/** The browser platform: file picker and drag and drop in, downloads out, settings in localStorage. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async openArticle() {
      const file = await pickFile('.txt,.md,.html,.htm,.docx,.json,text/plain');
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
    async autosave(id, data) {
      const stored = { savedAt: new Date().toISOString(), data: toBase64(data) };
      try {
        localStorage.setItem(AUTOSAVE_PREFIX + id, JSON.stringify(stored));
      } catch {
        throw new Error('The browser has no room left to keep a recovery copy of this review.');
      }
    },
    async discardAutosave(id) {
      localStorage.removeItem(AUTOSAVE_PREFIX + id);
    },
    async listRecoverable() {
      const found = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key?.startsWith(AUTOSAVE_PREFIX)) continue;
        try {
          const stored = JSON.parse(localStorage.getItem(key) ?? '') as { savedAt: string; data: string };
          const data = fromBase64(stored.data);
          const articleName = (JSON.parse(new TextDecoder().decode(data)) as { article?: { name?: string } }).article?.name;
          found.push({ id: key.slice(AUTOSAVE_PREFIX.length), articleName: articleName ?? 'review', savedAt: stored.savedAt, data });
        } catch {
          // A damaged entry is skipped, not deleted: the editor may still want it.
        }
      }
      return found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    },
    onMenuCommand() {
      return () => {};
    },
    setDirty() {
      // The browser asks before leaving through beforeunload, which the app sets itself.
    },
  };
}

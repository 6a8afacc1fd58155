import { zipSync } from 'fflate';
import { checkNotTooLarge, isArticleName } from '../../core/formats/article';
import { checkReviewSize } from '../../shared/limits';
import { DEFAULT_SETTINGS, MAX_QUEUE_CHARS, type OpenedFile, type Platform, type SaveFilesRequest, type SaveRequest, type Settings } from '../../shared/ipc';
import { discardAutosave, listAutosaves, saveAutosave } from './webAutosave';

const SETTINGS_KEY = 'verso.settings';
const QUEUE_KEY = 'verso.queue';
const ACCEPT = '.txt,.md,.html,.htm,.docx,.xlf,.xliff,.json,text/plain';

/**
 * Reads a File (picker or drop) into an OpenedFile, its size checked first: a `.json` (a review, or
 * refused as none) against the review limit, anything else against the article limit, so an
 * oversized file is refused with its one message before a byte of it is read.
 */
export async function fileToOpened(file: File): Promise<OpenedFile> {
  if (/\.json$/i.test(file.name)) checkReviewSize(file.name, file.size);
  else checkNotTooLarge(file.name, file.size);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * One file of a batch (several picked or dropped, or a folder's): as {@link fileToOpened}, but a
 * file that cannot be read comes back with its `problem` and no bytes, as the desktop app's do, so
 * one oversized file never stops the others. Named `name` (a path inside a folder) when given.
 */
export async function batchFileToOpened(file: File, name = file.name): Promise<OpenedFile> {
  try {
    return { ...(await fileToOpened(file)), name };
  } catch (error) {
    return { name, bytes: new Uint8Array(0), problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The file picker: one file, several, or a whole folder (`webkitdirectory`). Null when cancelled;
 * empty when the editor picked a folder with no files in it.
 */
function pickFiles(options: { accept?: string; multiple?: boolean; folder?: boolean }): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    if (options.accept) input.accept = options.accept;
    input.multiple = options.multiple === true;
    input.webkitdirectory = options.folder === true;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** A folder's files as "Open folder…" returns them: articles only, hidden entries skipped, named and sorted by path inside the folder. */
export async function folderToOpened(files: readonly File[]): Promise<OpenedFile[]> {
  const articles = files
    .map((file) => ({ file, path: (file.webkitRelativePath || file.name).split('/').slice(1).join('/') || file.name }))
    .filter(({ path }) => isArticleName(path) && !path.split('/').some((part) => part.startsWith('.')))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return Promise.all(articles.map(({ file, path }) => batchFileToOpened(file, path)));
}

/**
 * Why a folder picked in "Open folder…" opens nothing, naming it: empty, or only files of other
 * kinds (hidden ones not counted), with the kinds Verso opens.
 */
export function noArticleMessage(files: readonly File[]): string {
  const kinds = '.txt, .md, .html, .docx or .xlf';
  const folder = files[0]?.webkitRelativePath.split('/')[0] || 'That folder';
  const shown = files.filter((file) => !(file.webkitRelativePath || file.name).split('/').slice(1).some((part) => part.startsWith('.')));
  if (shown.length === 0) return `${folder} has no files in it: there is no article to open (Verso opens ${kinds} files).`;
  return `${folder} holds no article (${kinds}): ${shown.length === 1 ? 'its one file is of another kind' : `its ${shown.length} files are of other kinds`}.`;
}

/**
 * The browser platform: file picker and drag and drop in, downloads out, settings in localStorage,
 * recovery copies in IndexedDB (./webAutosave.ts).
 */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async openArticle() {
      const [file] = (await pickFiles({ accept: ACCEPT })) ?? [];
      return file ? fileToOpened(file) : null;
    },
    async openArticles() {
      const files = (await pickFiles({ accept: ACCEPT, multiple: true })) ?? [];
      // One file opens as itself (refused with its message); several make a batch.
      return files.length === 1 ? [await fileToOpened(files[0])] : Promise.all(files.map((file) => batchFileToOpened(file)));
    },
    async openFolder() {
      const files = await pickFiles({ folder: true });
      if (files === null) return null;
      const articles = await folderToOpened(files);
      if (articles.length === 0) throw new Error(noArticleMessage(files));
      return articles;
    },
    async readQueue() {
      return localStorage.getItem(QUEUE_KEY);
    },
    // localStorage, not IndexedDB: it writes at once, so the batch stored as the page unloads is there after a reload.
    async writeQueue(data: string | null) {
      if (data === null) localStorage.removeItem(QUEUE_KEY);
      else if (data.length > MAX_QUEUE_CHARS) throw new Error('The batch of articles is too large to keep.');
      else {
        try {
          localStorage.setItem(QUEUE_KEY, data);
        } catch {
          throw new Error('The browser has no room left to keep the batch of articles (its storage is full).');
        }
      }
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
    // One zip download (fflate): Chromium lets a page start one download per click without asking,
    // and the folders inside the set (world/…) survive, which separate downloads would lose.
    async saveFiles(request: SaveFilesRequest) {
      const tree: Record<string, Uint8Array> = {};
      for (const file of request.files) tree[file.path] = file.data;
      const name = `${request.suggestedName}.zip`;
      await this.saveFile({ suggestedName: name, mimeType: 'application/zip', data: zipSync(tree, { level: 6 }) });
      return { name };
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

/**
 * The platform contract: everything the renderer may ask of the machine it runs on. Two
 * implementations stand behind it: the Electron preload bridge (src/preload, validated again in
 * src/main) and the browser implementation (src/renderer/platform/web.ts). The renderer sees only this.
 */

/** A file the editor chose to open: its bytes, decoded by the engine, not by the platform. */
export interface OpenedFile {
  /** File name without folders, e.g. `article.txt`. */
  name: string;
  /** Absolute path on disk; absent in the browser. */
  path?: string;
  bytes: Uint8Array;
  /**
   * Why the file could not be read, when it could not (one of a batch: an unreadable article among
   * readable ones); `bytes` is then empty. The message names the file and is for the editor.
   */
  problem?: string;
}

/** Something to write out: a review, an export. */
export interface SaveRequest {
  /** Name offered to the editor, e.g. `article.corrected.txt`. */
  suggestedName: string;
  /** MIME type, used by the browser's download. */
  mimeType: string;
  data: Uint8Array;
  /** Where to write without asking (a review saved before); the dialog is skipped when present. */
  path?: string;
}

/** Several files written together into one folder the editor picks ("Export all corrected texts…"). */
export interface SaveFilesRequest {
  /**
   * The set's name: the folder dialog's title in the desktop app, the zip download's name (plus
   * `.zip`) in the browser, e.g. `corrected-texts`.
   */
  suggestedName: string;
  /**
   * Each file by its path inside the chosen folder, `/`-separated, without `.` or `..` parts
   * (`world/baghdad.corrected.txt`). At most {@link MAX_SAVE_FILES} files.
   */
  files: { path: string; data: Uint8Array }[];
}

/** The most files one {@link Platform.saveFiles} writes. */
export const MAX_SAVE_FILES = 5000;

/** Where a save went. */
export interface SaveResult {
  name: string;
  path?: string;
}

/** Editor preferences kept between runs. */
export interface Settings {
  /** Colour theme; `system` follows the operating system. Default `system`. */
  theme: 'system' | 'light' | 'dark';
  /** Spelling variant; `auto` picks from the text's own spellings. Default `auto`. */
  dialect: 'auto' | 'en-GB' | 'en-US';
  /** Per-rule override: false turns a rule off, a severity replaces its default. Default `{}`. */
  rules: Record<string, boolean | 'error' | 'warning' | 'info'>;
  /** The editor's own dictionary, kept across reviews. Default `[]`. */
  dictionary: string[];
}

/** The settings a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', dialect: 'auto', rules: {}, dictionary: [] };

/** An autosaved review found at start-up, offered for recovery. */
export interface RecoverableReview {
  id: string;
  articleName: string;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
  /** The `.verso.json` bytes. */
  data: Uint8Array;
}

/** Commands the native menu sends to the renderer (Electron only). */
export type MenuCommand =
  | 'save-review'
  | 'save-review-as'
  | 'close-review'
  | 'undo'
  | 'redo'
  | 'find'
  | 'next-issue'
  | 'previous-issue'
  | 'next-change'
  | 'previous-change'
  | 'toggle-issues'
  | 'settings'
  | 'shortcuts'
  | `theme:${Settings['theme']}`
  | `export:${string}`;

/** What the platform can do for the renderer. Every method may reject with an Error whose message is for the editor. */
export interface Platform {
  /** `electron` or `web`. */
  readonly kind: 'electron' | 'web';
  /** Asks the editor for an article (dialog or file picker). Null when they cancel. */
  openArticle(): Promise<OpenedFile | null>;
  /**
   * Asks for one or several articles ("Open article…" with several files picked makes a batch).
   * Empty when the editor cancels.
   */
  openArticles(): Promise<OpenedFile[]>;
  /**
   * "Open folder…": asks for a folder and returns the articles under it (any depth; the formats
   * Verso opens; hidden entries skipped), sorted by path, each named by its path inside the folder
   * (`world/baghdad.txt`). Null when the editor cancels. Rejects when the folder holds no article.
   * An article that cannot be read (permission denied, too large) comes back with its `problem`
   * and no bytes, so one bad file never stops the others; so does one of several picked in
   * {@link Platform.openArticles}.
   */
  openFolder(): Promise<OpenedFile[] | null>;
  /**
   * The batch of articles the editor was working through (see src/renderer/queue), as the
   * renderer last stored it, or null. Kept in the desktop app's userData folder, in the browser's
   * localStorage (so a page reload finds it).
   */
  readQueue(): Promise<string | null>;
  /** Stores the batch (null forgets it). At most {@link MAX_QUEUE_CHARS} characters. */
  writeQueue(data: string | null): Promise<void>;
  /** The sample article shipped with Verso. */
  openSample(): Promise<OpenedFile>;
  /** Writes a file: a save dialog in Electron (unless `path` is set), a download in the browser. Null when cancelled. */
  saveFile(request: SaveRequest): Promise<SaveResult | null>;
  /**
   * Writes several files into a folder: a folder dialog in Electron (refused, writing nothing, when
   * a file would go into a folder holding an article Verso opened or over such an article; each
   * file written atomically), one zip download in the browser. Null when cancelled; otherwise
   * `name` is the folder's (or the zip's) name and `path` the folder's.
   */
  saveFiles(request: SaveFilesRequest): Promise<SaveResult | null>;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  /** Files the platform opens on its own (command line, file manager, menu). Returns an unsubscribe. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Keeps a copy of the open review for recovery after a crash (`id`: letters, digits, - and _). */
  autosave(id: string, data: Uint8Array): Promise<void>;
  /** Drops the autosaved copy (after a save, a clean close, or declined recovery). */
  discardAutosave(id: string): Promise<void>;
  /** Autosaved reviews left by a session that did not close cleanly, newest first. */
  listRecoverable(): Promise<RecoverableReview[]>;
  /** Native menu commands (Electron); the browser never sends any. Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the shell whether the review has unsaved changes, so closing the window can ask first. */
  setDirty(dirty: boolean): void;
}

/** The largest batch {@link Platform.writeQueue} stores: 40 million characters (200 articles of 20 kB fit fifty times over). */
export const MAX_QUEUE_CHARS = 40_000_000;

/** IPC channel names between preload and main; one per Platform method. */
export const IPC = {
  openArticle: 'verso:open-article',
  openArticles: 'verso:open-articles',
  openFolder: 'verso:open-folder',
  readQueue: 'verso:read-queue',
  writeQueue: 'verso:write-queue',
  openSample: 'verso:open-sample',
  saveFile: 'verso:save-file',
  saveFiles: 'verso:save-files',
  readSettings: 'verso:read-settings',
  writeSettings: 'verso:write-settings',
  openFile: 'verso:open-file',
  autosave: 'verso:autosave',
  discardAutosave: 'verso:discard-autosave',
  listRecoverable: 'verso:list-recoverable',
  menuCommand: 'verso:menu-command',
  setDirty: 'verso:set-dirty',
} as const;

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

/** What the platform can do for the renderer. Every method may reject with an Error whose message is for the editor. */
export interface Platform {
  /** `electron` or `web`. */
  readonly kind: 'electron' | 'web';
  /** Asks the editor for an article (dialog or file picker). Null when they cancel. */
  openArticle(): Promise<OpenedFile | null>;
  /** The sample article shipped with Verso. */
  openSample(): Promise<OpenedFile>;
  /** Writes a file: a save dialog in Electron (unless `path` is set), a download in the browser. Null when cancelled. */
  saveFile(request: SaveRequest): Promise<SaveResult | null>;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  /** Files the platform opens on its own (command line, file manager, menu). Returns an unsubscribe. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

/** IPC channel names between preload and main; one per Platform method. */
export const IPC = {
  openArticle: 'verso:open-article',
  openSample: 'verso:open-sample',
  saveFile: 'verso:save-file',
  readSettings: 'verso:read-settings',
  writeSettings: 'verso:write-settings',
  openFile: 'verso:open-file',
} as const;

/**
 * What main does for each Platform method, as plain node over the file services: no Electron
 * import, so tests run every handler on real temp folders with a scripted dialog. index.ts only
 * wires these to `ipcMain` and to the menu.
 *
 * The renderer is untrusted: every argument is validated here (types, sizes, ids) and it never
 * names a path main did not hand out. A save may go, without asking, only to a path the editor
 * chose in a save dialog or a review file main itself opened; an article that was opened is never
 * written over, whatever the renderer asks.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BadInputError } from '../core/text/decode';
import { parseSession, serializeSession, SessionError, SESSION_EXTENSION } from '../shared/session';
import type { OpenedFile, RecoverableReview, SaveResult, Settings } from '../shared/ipc';
import { MAX_QUEUE_CHARS } from '../shared/ipc';
import { readArticleFile, readArticleFolder, readReviewFile, readQueueFile, removeQueueFile, sameFile, writeFileAtomic, writeFilesInto } from './services/files';
import type { Autosave } from './services/autosave';
import type { SettingsStore } from './services/settings';
import { MAX_REVIEW_BYTES } from '../shared/limits';
import { InvalidArgumentError, validBytes, validId, validSaveFilesRequest, validSaveRequest, validSettings } from './validate';

/** A filter in an open or save dialog (Electron's `FileFilter`). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The dialogs main needs, so tests can answer them. Each resolves to a path, or null when cancelled. */
export interface DialogPort {
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** An open dialog where several files may be picked; empty when cancelled. */
  showOpenMany(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** A folder dialog; null when cancelled. */
  showFolder(options: { title: string }): Promise<string | null>;
  showSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

/** What the handlers work with. */
export interface HandlerDeps {
  settings: SettingsStore;
  autosave: Autosave;
  dialogs: DialogPort;
  /** The sample article shipped with the app. */
  samplePath: string;
  /** Where a save dialog starts when nothing has been opened yet, e.g. the Documents folder. */
  defaultFolder: string;
  /** Where the batch of articles is kept between runs (Platform.writeQueue), e.g. userData/queue.json. */
  queueFile: string;
}

/** The open dialog's filters: articles first, then saved reviews. */
export const OPEN_FILTERS: FileFilter[] = [
  { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx'] },
  // Electron matches only the last extension, so `.verso.json` is offered as `json`.
  { name: 'Verso reviews', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

// Longer than any real path on the three systems; a longer one is not a path main handed out.
const MAX_PATH_LENGTH = 4096;

/** Whether `name` is a saved review rather than an article (reviews are `.verso.json`, or any `.json`). */
export function isReviewName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/** Parses review bytes, throwing the SessionError that says why they are not a review. */
function parseReview(bytes: Uint8Array, name: string): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SessionError(`${name} is not a Verso review: it is not UTF-8 text.`);
  }
  parseSession(text, name);
}

/**
 * Whether an IPC message comes from the app's own page: the built renderer's `index.html` (with
 * any query or fragment), not another file, a navigated-to page or an iframe elsewhere.
 */
export function isAppPage(senderUrl: string | undefined, appPageUrl: string): boolean {
  if (!senderUrl) return false;
  return senderUrl === appPageUrl || senderUrl.startsWith(appPageUrl + '#') || senderUrl.startsWith(appPageUrl + '?');
}

/** The save dialog's filters for a suggested name: its own kind first, then all files. */
export function saveFilters(suggestedName: string): FileFilter[] {
  if (suggestedName.toLowerCase().endsWith(SESSION_EXTENSION)) {
    return [{ name: 'Verso review', extensions: ['json'] }, { name: 'All files', extensions: ['*'] }];
  }
  const ext = extname(suggestedName).slice(1);
  return ext ? [{ name: `${ext.toUpperCase()} file`, extensions: [ext] }, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }];
}

/** The article paths a stored batch names (see src/renderer/queue/queue.ts), none when it is not one. */
function articlePathsOf(text: string | null): string[] {
  if (!text) return [];
  try {
    const data = JSON.parse(text) as { articles?: { path?: unknown }[] };
    if (!Array.isArray(data.articles)) return [];
    return data.articles.flatMap((a) => (typeof a?.path === 'string' && a.path.length <= MAX_PATH_LENGTH ? [a.path] : []));
  } catch {
    return [];
  }
}

/** Main's side of the Platform contract, one method per IPC channel, plus opening paths from the shell. */
export class DesktopHandlers {
  /** Paths the editor chose in a save dialog: a save may go there again without asking. */
  private readonly chosen = new Set<string>();
  /**
   * Reviews main opened (read and parsed as a valid review first): a save may replace one in place
   * without a dialog, but only with a valid review. Any `.json` can be opened, so a file joins this
   * list only once it is known to be a review.
   */
  private readonly reviews = new Set<string>();
  /** Articles main opened: never written over (../shared/DESIGN.md: the original is never overwritten). */
  private readonly articles = new Set<string>();
  /** Autosave ids written in this run, discarded on a clean close. */
  private readonly autosaved = new Set<string>();
  private lastFolder: string | undefined;

  constructor(private readonly deps: HandlerDeps) {}

  /** Platform.openArticle: an open dialog, then {@link openPath}. Null when cancelled. */
  async openArticle(): Promise<OpenedFile | null> {
    const path = await this.deps.dialogs.showOpen({ title: 'Open article or review', filters: OPEN_FILTERS });
    return path === null ? null : this.openPath(path);
  }

  /** Platform.openArticles: an open dialog where several files may be picked, each opened by {@link openPath}. */
  async openArticles(): Promise<OpenedFile[]> {
    const paths = await this.deps.dialogs.showOpenMany({ title: 'Open articles or reviews', filters: OPEN_FILTERS });
    if (paths.length === 1) return [await this.openPath(paths[0])];
    // Several make a batch: one that cannot be opened is reported with the others, not instead of them.
    const files: OpenedFile[] = [];
    for (const path of paths) {
      try {
        files.push(await this.openPath(path));
      } catch (error) {
        files.push({ name: basename(path), path: resolve(path), bytes: new Uint8Array(0), problem: error instanceof Error ? error.message : String(error) });
      }
    }
    return files;
  }

  /**
   * Platform.openFolder: a folder dialog, then every article under the folder (see
   * {@link readArticleFolder}), named by its path inside the folder; one that cannot be read comes
   * with its `problem`. Null when cancelled.
   */
  async openFolder(): Promise<OpenedFile[] | null> {
    const folder = await this.deps.dialogs.showFolder({ title: 'Open a folder of articles' });
    if (folder === null) return null;
    const files = await readArticleFolder(folder);
    for (const file of files) if (file.path) this.articles.add(file.path);
    this.lastFolder = resolve(folder);
    return files;
  }

  /**
   * Platform.readQueue: the stored batch, or null when there is none (or it cannot be read). The
   * batch's articles join those never written over: they were opened in an earlier run.
   */
  async readQueue(): Promise<string | null> {
    const text = await readQueueFile(this.deps.queueFile);
    for (const path of articlePathsOf(text)) this.articles.add(resolve(path));
    return text;
  }

  /** Platform.writeQueue: a string of at most MAX_QUEUE_CHARS, or null to forget the batch. */
  async writeQueue(raw: unknown): Promise<void> {
    if (raw === null) return removeQueueFile(this.deps.queueFile);
    if (typeof raw !== 'string' || raw.length > MAX_QUEUE_CHARS) throw new InvalidArgumentError('The batch of articles must be text of at most 40 million characters.');
    await mkdir(dirname(this.deps.queueFile), { recursive: true });
    await writeFileAtomic(this.deps.queueFile, new TextEncoder().encode(raw));
  }

  /**
   * Opens a file the editor chose outside the page (open dialog, Open Recent, command line, a second
   * instance, the macOS Dock). Sizes are checked before reading. The path joins the recent files;
   * a `.json` that is a valid review becomes writable in place (one that is not is refused, with
   * the reason), an article never does.
   */
  async openPath(path: string): Promise<OpenedFile> {
    const absolute = resolve(path);
    const review = isReviewName(absolute);
    const file = review ? await readReviewFile(absolute) : await readArticleFile(absolute);
    if (review) {
      parseReview(file.bytes, file.name);
      this.reviews.add(absolute);
    } else this.articles.add(absolute);
    this.lastFolder = dirname(absolute);
    await this.deps.settings.addRecentFile(absolute);
    return file;
  }

  /** Opens a recent file; one that can no longer be opened leaves the list. */
  async openRecent(path: string): Promise<OpenedFile> {
    try {
      return await this.openPath(path);
    } catch (error) {
      await this.deps.settings.removeRecentFile(path);
      throw error;
    }
  }

  /** Platform.openSample: the shipped sample article (not added to the recent files). */
  openSample(): Promise<OpenedFile> {
    return readArticleFile(this.deps.samplePath);
  }

  /** Platform.saveFile. Validates the request; writes atomically; null when the dialog is cancelled. */
  async saveFile(raw: unknown): Promise<SaveResult | null> {
    const request = validSaveRequest(raw);
    let target: string;
    if (request.path !== undefined) {
      const path = request.path.length > MAX_PATH_LENGTH ? '' : resolve(request.path);
      if (!this.chosen.has(path) && !this.reviews.has(path)) {
        throw new InvalidArgumentError('Verso can save only where you chose in a save dialog; use Save Review As….');
      }
      // Over a review it opened (not one the editor chose), main writes only a review.
      if (!this.chosen.has(path)) parseReview(request.data, basename(path));
      target = path;
    } else {
      const chosen = await this.deps.dialogs.showSave({
        title: 'Save',
        defaultPath: join(this.lastFolder ?? this.deps.defaultFolder, request.suggestedName),
        filters: saveFilters(request.suggestedName),
      });
      if (chosen === null) return null;
      target = resolve(chosen);
    }
    for (const article of this.articles) {
      if (await sameFile(article, target)) {
        throw new BadInputError(`Verso does not write over the article ${basename(article)}; choose another name.`);
      }
    }
    await writeFileAtomic(target, request.data);
    if (request.path === undefined) this.chosen.add(target);
    this.lastFolder = dirname(target);
    return { name: basename(target), path: target };
  }

  /**
   * Platform.saveFiles: a folder dialog, then every file written into it by {@link writeFilesInto},
   * which refuses the folders of the articles opened (this run's, and those of the stored batch)
   * and any of those articles themselves. Null when cancelled.
   */
  async saveFiles(raw: unknown): Promise<SaveResult | null> {
    const request = validSaveFilesRequest(raw);
    const folder = await this.deps.dialogs.showFolder({ title: 'Choose a folder to export into (not the articles\' own)' });
    if (folder === null) return null;
    const target = resolve(folder);
    await writeFilesInto(target, request.files, this.articles);
    this.lastFolder = target;
    return { name: basename(target), path: target };
  }

  /** Platform.readSettings: never fails (a damaged file gives the defaults). */
  readSettings(): Promise<Settings> {
    return this.deps.settings.read();
  }

  /** Platform.writeSettings. */
  async writeSettings(raw: unknown): Promise<void> {
    await this.deps.settings.write(validSettings(raw));
  }

  /** Platform.autosave: the bytes must be a valid review (it is parsed, then written by the service). */
  async autosave(rawId: unknown, rawData: unknown): Promise<void> {
    const id = validId(rawId);
    const data = validBytes(rawData, MAX_REVIEW_BYTES);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new InvalidArgumentError('An autosave must be UTF-8 text.');
    }
    await this.deps.autosave.save(id, parseSession(text, `autosave ${id}`));
    this.autosaved.add(id);
  }

  /** Platform.discardAutosave. */
  async discardAutosave(rawId: unknown): Promise<void> {
    const id = validId(rawId);
    await this.deps.autosave.discard(id);
    this.autosaved.delete(id);
  }

  /** Platform.listRecoverable: left by a run that did not close cleanly, newest first, as `.verso.json` bytes. */
  async listRecoverable(): Promise<RecoverableReview[]> {
    const found = await this.deps.autosave.listRecoverable();
    // Ids autosaved in this run are the open review's own copy, not something to recover.
    return found
      .filter((review) => !this.autosaved.has(review.id))
      .map((review) => ({
        id: review.id,
        articleName: review.articleName,
        savedAt: review.savedAt,
        data: new TextEncoder().encode(serializeSession(review.session)),
      }));
  }

  /** A clean close: the autosaves this run wrote are no longer needed for recovery. */
  async discardOwnAutosaves(): Promise<void> {
    for (const id of [...this.autosaved]) await this.discardAutosave(id);
  }

  /** The recent files, for the menu. */
  recentFiles(): Promise<string[]> {
    return this.deps.settings.recentFiles();
  }

  /** Forgets every recent file. */
  async clearRecentFiles(): Promise<void> {
    for (const path of await this.deps.settings.recentFiles()) await this.deps.settings.removeRecentFile(path);
  }
}


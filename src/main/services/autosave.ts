/**
 * Autosave of open reviews, and recovery after a crash. Each open review is written, atomically,
 * to `<folder>/<id>.verso.json` in the app's data folder; a clean close discards it, so whatever
 * is left at the next start is work a crash would otherwise have lost.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_EXTENSION, parseSession, type Session } from '../../shared/session';
import { saveReview } from './files';

/** An autosaved review found at start-up. */
export interface RecoverableReview {
  /** The id the review was autosaved under. */
  id: string;
  /** The article's file name, to show the editor. */
  articleName: string;
  /** When it was last autosaved (ISO 8601). */
  savedAt: string;
  /** The review itself, ready to reopen. */
  session: Session;
}

// Ids become file names: letters, digits, "-" and "_" only, so no id can reach outside the folder.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Autosave storage in one folder (created on first save). */
export class Autosave {
  /** `folder`: where autosaves live, e.g. `<userData>/autosave`. */
  constructor(readonly folder: string) {}

  /** Writes (or replaces) the autosave of review `id`. Atomic: a crash mid-save keeps the previous autosave. */
  async save(id: string, session: Session): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    // The same path as a review saved by hand: atomic, and never over the article itself.
    await saveReview(this.fileOf(id), session);
  }

  /**
   * The autosaved reviews in the folder, most recent first. Files that are unreadable or not valid
   * reviews (a half-written temp file is never one: it has another name) are skipped, not deleted.
   */
  async listRecoverable(): Promise<RecoverableReview[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const found: RecoverableReview[] = [];
    for (const name of names) {
      if (!name.endsWith(SESSION_EXTENSION)) continue;
      const id = name.slice(0, -SESSION_EXTENSION.length);
      if (!ID.test(id)) continue;
      try {
        const session = parseSession(await readFile(join(this.folder, name), 'utf8'), name);
        found.push({ id, articleName: session.article.name, savedAt: session.savedAt, session });
      } catch {
        // Left for a person to look at; listing must not fail because of one bad file.
      }
    }
    return found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  }

  /** Removes the autosave of review `id` (after a save by hand, a clean close, or a declined recovery). */
  async discard(id: string): Promise<void> {
    await unlink(this.fileOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  private fileOf(id: string): string {
    if (!ID.test(id)) throw new Error(`Not a valid autosave id: ${JSON.stringify(id)}.`);
    return join(this.folder, id + SESSION_EXTENSION);
  }
}

/**
 * The browser's autosave: recovery copies of open reviews in IndexedDB (database "verso", store
 * "autosaves", one record `{ id, savedAt, data }` per review, `data` the `.verso.json` bytes).
 * localStorage, which earlier builds used, holds about 5 MB per site, less than one long article's
 * review; IndexedDB takes what the browser's storage quota allows. Copies an earlier build left in
 * localStorage (`verso.autosave.<id>`, base64) are moved here the first time they are listed.
 */
import type { RecoverableReview } from '../../shared/ipc';

const DATABASE = 'verso';
const STORE = 'autosaves';
/** Where earlier builds kept autosaves (read once, then moved to IndexedDB). */
export const LEGACY_AUTOSAVE_PREFIX = 'verso.autosave.';

interface StoredAutosave {
  id: string;
  savedAt: string;
  data: Uint8Array;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed.'));
  });
}

function open(version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('This browser has no IndexedDB.'));
      return;
    }
    const req = indexedDB.open(DATABASE, version);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      const db = req.result;
      if (db.objectStoreNames.contains(STORE)) return resolve(db);
      // A database of that name without the store (made by something else): add the store.
      db.close();
      open(db.version + 1).then(resolve, reject);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened.'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab.'));
  });
}

/** Runs `work` in one transaction and resolves once the transaction has committed. */
async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted.'));
    });
    const result = await work(tx.objectStore(STORE));
    await done;
    return result;
  } finally {
    db.close();
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** Writes (or replaces) the recovery copy of review `id`. */
export async function saveAutosave(id: string, data: Uint8Array): Promise<void> {
  const record: StoredAutosave = { id, savedAt: new Date().toISOString(), data: new Uint8Array(data) };
  try {
    await inStore('readwrite', (store) => request(store.put(record)));
  } catch (error) {
    if (isQuotaError(error)) throw new Error('The browser has no room left to keep a recovery copy of this review.');
    throw error;
  }
}

/** Removes the recovery copy of review `id` (and any copy an earlier build left in localStorage). */
export async function discardAutosave(id: string): Promise<void> {
  localStorage.removeItem(LEGACY_AUTOSAVE_PREFIX + id);
  await inStore('readwrite', (store) => request(store.delete(id)));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Moves the copies an earlier build kept in localStorage into IndexedDB. Damaged ones are left where they are. */
async function migrateLegacy(): Promise<void> {
  const found: { key: string; record: StoredAutosave }[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(LEGACY_AUTOSAVE_PREFIX)) continue;
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? '') as { savedAt?: unknown; data?: unknown };
      if (typeof stored.savedAt !== 'string' || typeof stored.data !== 'string') continue;
      found.push({ key, record: { id: key.slice(LEGACY_AUTOSAVE_PREFIX.length), savedAt: stored.savedAt, data: fromBase64(stored.data) } });
    } catch {
      // Not readable as an autosave: left for a person to look at.
    }
  }
  if (found.length === 0) return;
  await inStore('readwrite', async (store) => {
    for (const { record } of found) {
      // A newer copy already in IndexedDB wins.
      const existing = (await request(store.get(record.id))) as StoredAutosave | undefined;
      if (!existing || Date.parse(existing.savedAt) < Date.parse(record.savedAt)) await request(store.put(record));
    }
  });
  // Only once they are safely in IndexedDB do the old copies go.
  for (const { key } of found) localStorage.removeItem(key);
}

/** The recovery copies, most recent first (after moving any left in localStorage). */
export async function listAutosaves(): Promise<RecoverableReview[]> {
  await migrateLegacy();
  const records = (await inStore('readonly', (store) => request(store.getAll()))) as StoredAutosave[];
  const found: RecoverableReview[] = [];
  for (const record of records) {
    try {
      const data = new Uint8Array(record.data);
      const articleName = (JSON.parse(new TextDecoder().decode(data)) as { article?: { name?: string } }).article?.name;
      found.push({ id: record.id, articleName: articleName ?? 'review', savedAt: record.savedAt, data });
    } catch {
      // A damaged copy is skipped, not deleted: the editor may still want it.
    }
  }
  return found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

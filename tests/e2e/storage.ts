// What the web build keeps in the browser, read the way the page itself stores it.
import type { Page } from 'playwright-core';

/** The ids of the recovery copies in the web build's IndexedDB (none when the database does not exist yet). */
export function autosaveIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'verso')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const req = indexedDB.open('verso');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('autosaves')) {
          db.close();
          return resolve([]);
        }
        const keys = db.transaction('autosaves').objectStore('autosaves').getAllKeys();
        keys.onsuccess = () => {
          db.close();
          resolve(keys.result.map(String));
        };
        keys.onerror = () => reject(keys.error);
      };
    });
  });
}

/** Waits until the web build holds at least one recovery copy. */
export async function waitForAutosave(page: Page): Promise<void> {
  const deadline = 20;
  for (let i = 0; i < deadline * 5; i++) {
    if ((await autosaveIds(page)).length > 0) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`no autosave within ${deadline} s`);
}

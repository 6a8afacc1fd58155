// Files in and out of the web build, as the specs move them: a real file in a temp folder, a file
// dropped or picked, an export downloaded, a CSV read back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** A temp folder made on the first write; `remove()` (in afterEach) deletes it if it was made. */
export class TempFiles {
  private dir: string | undefined;
  constructor(private readonly prefix = 'verso-e2e-') {}

  /** Writes `content` to a file named `name` in the folder and returns its path. */
  write(name: string, content: string | Uint8Array): string {
    const path = this.path(name);
    writeFileSync(path, content);
    return path;
  }

  /** Where a file named `name` goes in the folder (made now if need be). */
  path(name: string): string {
    this.dir ??= mkdtempSync(join(tmpdir(), this.prefix));
    return join(this.dir, name);
  }

  remove(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

/** Drops a file named `name` holding `content` (text as UTF-8, or bytes) on the page. */
export async function dropFile(page: Page, name: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? [...Buffer.from(content, 'utf8')] : [...content];
  const dataTransfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName));
      return transfer;
    },
    [name, bytes] as const,
  );
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** Clicks `button` (one that opens a file picker) and picks a file named `name` holding `text`. */
export async function chooseFile(page: Page, button: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

/** Chooses an Export menu item and returns the downloaded file's name and bytes. */
export async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu').getByRole('menuitem', { name: item }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The text of an export (UTF-8, its BOM left out). */
export async function exportText(page: Page, item: string): Promise<string> {
  return (await exportFile(page, item)).bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** RFC 4180 rows of a CSV text (quoted fields with doubled quotes, CRLF rows; a last row without one). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects by the header row's names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  return body.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k]])));
}

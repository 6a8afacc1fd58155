// The desktop shell in a real Electron: native menu, dialogs (stubbed in main), recent files,
// command-line files, a second instance, closing with unsaved changes, window state, security.
// Runs where the Electron binary exists; elsewhere the harness prints one line and this is skipped.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { announceSkip, TARGETS } from './harness';

const target = TARGETS.find((t) => t.name === 'electron')!;
announceSkip(target);

function electronBinary(): string {
  return createRequire(import.meta.url)('electron') as string;
}

interface Shell {
  app: ElectronApplication;
  page: Page;
  userData: string;
}

const running: Shell[] = [];
const folders: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

async function launch(options: { files?: string[]; userData?: string } = {}): Promise<Shell> {
  const userData = options.userData ?? tempDir('verso-shell-');
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [resolve('.'), `--user-data-dir=${userData}`, ...(options.files ?? [])],
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const shell = { app, page, userData };
  running.push(shell);
  return shell;
}

/** Clicks a native menu item by its id (see src/main/menu.ts), as the editor would. */
async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click();
  }, id);
}

/** Answers the next open dialogs in main with `path`. */
async function stubOpenDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, path);
}

/** Answers the next save dialogs in main with `path`, counting them in `globalThis.saveDialogs`. */
async function stubSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    (globalThis as { saveDialogs?: number }).saveDialogs = 0;
    dialog.showSaveDialog = (async () => {
      (globalThis as { saveDialogs?: number }).saveDialogs! += 1;
      return { canceled: false, filePath: chosen };
    }) as typeof dialog.showSaveDialog;
  }, path);
}

async function waitForFile(path: string, timeout = 15_000): Promise<string> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} was not written`);
}

describe.runIf(!target.missing)('desktop shell (electron)', () => {
  afterEach(async () => {
    for (const shell of running.splice(0)) await shell.app.close().catch(() => undefined);
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('has the native menu of the issue, with every export by its contract name', async () => {
    const { app } = await launch();
    const menu = await app.evaluate(({ Menu }) => {
      const walk = (items: Electron.MenuItem[]): unknown[] =>
        items.map((i) => ({ label: i.label, accelerator: i.accelerator, submenu: i.submenu ? walk(i.submenu.items) : undefined }));
      return walk(Menu.getApplicationMenu()!.items);
    });
    const labels = JSON.stringify(menu);
    for (const name of ['Open…', 'Open Recent', 'Save Review', 'Save Review As…', 'Close Review', 'Undo', 'Redo', 'Find…']) {
      expect(labels).toContain(`"${name}"`);
    }
    for (const name of ['Corrected text (.txt)', 'Corrected text (.md)', 'Corrected text (.docx)', 'Corrected text (.html)', 'Review report (.html)', 'Issues (.csv)', 'Changes (.patch)']) {
      expect(labels).toContain(`"${name}"`);
    }
    expect(labels).toContain('"F8"');
  });

  it('opens an article from File ▸ Open… and lists it under Open Recent', async () => {
    const dir = tempDir('verso-files-');
    const article = join(dir, 'mosul.txt');
    writeFileSync(article, 'Iraqi forces opened a new front near Mosul.\n');
    const { app, page } = await launch();
    await stubOpenDialog(app, article);
    await clickMenu(app, 'open');
    await page.getByText('Iraqi forces opened a new front near Mosul.').first().waitFor();
    const recent = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('recent:0')?.label);
    expect(recent).toBe(article);
  });

  it('opens a file named on the command line', async () => {
    const dir = tempDir('verso-files-');
    const article = join(dir, 'argv.txt');
    writeFileSync(article, 'A file from the command line about Falluja.\n');
    const { page } = await launch({ files: [article] });
    await page.getByText('A file from the command line about Falluja.').first().waitFor();
  });

  it('hands a second instance’s file to the first window and exits', async () => {
    const dir = tempDir('verso-files-');
    const article = join(dir, 'second.txt');
    writeFileSync(article, 'Opened by a second launch, about Basra.\n');
    const { page, userData } = await launch();
    const second = spawn(electronBinary(), [resolve('.'), `--user-data-dir=${userData}`, article], { stdio: 'ignore' });
    const code = await new Promise<number | null>((done) => second.on('exit', done));
    expect(code).toBe(0);
    await page.getByText('Opened by a second launch, about Basra.').first().waitFor();
  });

  it('saves a review through the native menu and a save dialog, then saves again without asking', async () => {
    const dir = tempDir('verso-files-');
    const target = join(dir, 'sample.verso.json');
    const { app, page } = await launch();
    await page.getByRole('button', { name: 'Try the sample article' }).click();
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await stubSaveDialog(app, target);
    await clickMenu(app, 'save-review-as');
    expect(JSON.parse(await waitForFile(target)).format).toBe('verso-review');
    rmSync(target);
    await clickMenu(app, 'save-review');
    await waitForFile(target);
    expect(await app.evaluate(() => (globalThis as { saveDialogs?: number }).saveDialogs)).toBe(1);
  });

  it('exports from File ▸ Export through a save dialog', async () => {
    const dir = tempDir('verso-files-');
    const target = join(dir, 'sample.corrected.txt');
    const { app, page } = await launch();
    await page.getByRole('button', { name: 'Try the sample article' }).click();
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await stubSaveDialog(app, target);
    await clickMenu(app, 'export:Corrected text (.txt)');
    expect(await waitForFile(target)).toContain('Iraq on Monday launched the third phase');
  });

  it('asks before closing with unsaved changes: Cancel keeps the window, Close Without Saving closes it', async () => {
    const { app, page } = await launch();
    await page.getByRole('button', { name: 'Try the sample article' }).click();
    const corrected = page.getByRole('textbox', { name: 'Corrected text' });
    await corrected.click();
    await page.keyboard.type(' An edit.');
    await page.waitForTimeout(500); // the renderer reports dirty over IPC
    await app.evaluate(({ dialog }) => {
      (globalThis as { asked?: number }).asked = 0;
      dialog.showMessageBox = (async () => {
        (globalThis as { asked?: number }).asked! += 1;
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await page.waitForTimeout(500);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await app.evaluate(() => (globalThis as { asked?: number }).asked)).toBe(1);

    // The page cancels beforeunload while dirty; main lets a close it decided on unload anyway
    // (without that, Electron drops the close silently and the window stays).
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.listenerCount('will-prevent-unload'))).toBe(1);
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox;
    });
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await closed;
    running.splice(0);
  });

  it('remembers the window’s size and position', async () => {
    const first = await launch();
    await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ x: 40, y: 50, width: 1000, height: 700 }));
    const closed = first.app.waitForEvent('close');
    await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await closed;
    running.splice(0);
    const state = JSON.parse(readFileSync(join(first.userData, 'window-state.json'), 'utf8'));
    expect(state).toMatchObject({ width: 1000, height: 700 });
    const second = await launch({ userData: first.userData });
    const bounds = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds());
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
  });

  it('runs the page isolated and sandboxed, with navigation and new windows blocked', async () => {
    const { app, page } = await launch();
    // No node in the page (nodeIntegration off; a sandboxed, isolated preload leaks none either).
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { verso: object }).verso).sort())).toContain('setDirty');
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

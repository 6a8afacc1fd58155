// The Electron main process: one window over the built renderer, IPC handlers thin over plain
// node services, and the security settings of ../shared/DESIGN.md.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { basename, join, resolve } from 'node:path';
import { readFile, rename, open as openFile, rm, stat } from 'node:fs/promises';
import { appPaths } from './paths';
import { lockDown, secureWebPreferences } from './security';
import { validSaveRequest, validSettings } from './validate';
import { DEFAULT_SETTINGS, IPC, type OpenedFile, type SaveResult, type Settings } from '../shared/ipc';

const paths = appPaths(import.meta.url, process.resourcesPath);
const rendererUrl = pathToFileURL(paths.rendererIndex).href;
/** Files main has shown the editor through a dialog: the only paths a save may name without asking. */
const grantedPaths = new Set<string>();
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

async function readArticle(path: string): Promise<OpenedFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${basename(path)} is not a file.`);
  if (info.size > MAX_ARTICLE_BYTES) throw new Error(`${basename(path)} is larger than 20 MB.`);
  const bytes = new Uint8Array(await readFile(path));
  return { name: basename(path), path, bytes };
}

async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(resolve(path, '..'), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await openFile(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function settingsPath(): string {
  return join(app.getPath('userData'), 'settings.json');
}

function handle(channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
  ipcMain.handle(channel, async (event, ...args) => {
    // Only the app's own page may call main.
    if (!event.senderFrame?.url.startsWith(rendererUrl.replace(/index\.html$/, ''))) throw new Error('Refused.');
    return fn(event, ...args);
  });
}

function registerIpc(): void {
  handle(IPC.openArticle, async (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      properties: ['openFile' as const],
      filters: [
        { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx'] },
        { name: 'Verso reviews', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (result.canceled || result.filePaths.length === 0) return null;
    return readArticle(result.filePaths[0]);
  });
  handle(IPC.openSample, async () => readArticle(paths.sample));
  handle(IPC.saveFile, async (event, raw): Promise<SaveResult | null> => {
    const request = validSaveRequest(raw);
    let target = request.path;
    if (target !== undefined && !grantedPaths.has(target)) throw new Error('That file was not chosen in a save dialog.');
    if (target === undefined) {
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: request.suggestedName };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      target = result.filePath;
    }
    await writeAtomic(target, request.data);
    grantedPaths.add(target);
    return { name: basename(target), path: target };
  });
  handle(IPC.readSettings, async (): Promise<Settings> => {
    try {
      return validSettings(JSON.parse(await readFile(settingsPath(), 'utf8')));
    } catch {
      return DEFAULT_SETTINGS;
    }
  });
  handle(IPC.writeSettings, async (_event, raw) => {
    await writeAtomic(settingsPath(), new TextEncoder().encode(JSON.stringify(validSettings(raw), null, 2)));
  });
}

/** Files named on the command line (`npm start -- article.txt`, or the packaged app's arguments). */
function filesFromArgs(argv: string[]): string[] {
  return argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-') && arg !== '.');
}

async function createWindow(): Promise<void> {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Verso',
    backgroundColor: '#f7f6f3',
    webPreferences: secureWebPreferences(paths.preload),
  });
  lockDown(window.webContents, rendererUrl.replace(/index\.html$/, ''));
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-finish-load', () => {
    for (const file of filesFromArgs(process.argv)) {
      readArticle(resolve(file)).then(
        (opened) => window.webContents.send(IPC.openFile, opened),
        (error: Error) => dialog.showErrorBox('Verso could not open the file', error.message),
      );
    }
  });
  await window.loadFile(paths.rendererIndex);
}

app.enableSandbox();
app.whenReady().then(async () => {
  registerIpc();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

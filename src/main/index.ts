// The Electron main process: one window over the built renderer, wired to the plain modules
// beside this file (handlers, menu, window state, close guard, argv) and to the security settings
// of ../shared/DESIGN.md. Logic lives in those modules, where tests reach it without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, screen, session, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPaths } from './paths';
import { addCspHeader, cspFromHtml, lockDown } from './security';
import { validBoolean } from './validate';
import { DesktopHandlers, isAppPage, type DialogPort } from './handlers';
import { buildMenuTemplate } from './menu';
import { filesFromArgv } from './args';
import { loadWindowState, saveWindowState, MIN_WINDOW_SIZE, WINDOW_STATE_FILE } from './window-state';
import { CLOSE_PROMPT, CLOSE_WITHOUT_SAVING, createCloseGuard } from './close-guard';
import { Autosave } from './services/autosave';
import { SettingsStore } from './services/settings';
import { IPC, type MenuCommand, type OpenedFile, type Settings } from '../shared/ipc';

const paths = appPaths(import.meta.url, process.resourcesPath);
const appPageUrl = pathToFileURL(paths.rendererIndex).href;
const appFolderUrl = appPageUrl.replace(/index\.html$/, '');

let mainWindow: BrowserWindow | null = null;
let rendererLoaded = false;
let dirty = false;
let quitRequested = false;
/** Files asked for before the window could take them (command line, macOS open-file at launch). */
const pendingFiles: string[] = [];

const settings = new SettingsStore(app.getPath('userData'));
const handlers = new DesktopHandlers({
  settings,
  autosave: new Autosave(join(app.getPath('userData'), 'autosave')),
  dialogs: electronDialogs(),
  samplePath: paths.sample,
  defaultFolder: documentsFolder(),
  queueFile: join(app.getPath('userData'), 'queue.json'),
});

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops define no Documents folder.
    return app.getPath('home');
  }
}

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? mainWindow ?? undefined;
}

function electronDialogs(): DialogPort {
  return {
    async showOpen(options) {
      const window = parentWindow();
      const opts = { ...options, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, opts) : await dialog.showOpenDialog(opts);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async showOpenMany(options) {
      const window = parentWindow();
      const opts = { ...options, properties: ['openFile' as const, 'multiSelections' as const] };
      const result = window ? await dialog.showOpenDialog(window, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? [] : result.filePaths;
    },
    async showFolder(options) {
      const window = parentWindow();
      const opts = { ...options, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window ? await dialog.showOpenDialog(window, opts) : await dialog.showOpenDialog(opts);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async showSave(options) {
      const window = parentWindow();
      const opts = { ...options, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = window ? await dialog.showSaveDialog(window, opts) : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

function showError(message: string, detail: string): void {
  const window = parentWindow();
  const options = { type: 'error' as const, title: 'Verso', message, detail };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Sends an opened file to the renderer (the preload keeps it until the page listens). */
function deliver(file: OpenedFile): void {
  mainWindow?.webContents.send(IPC.openFile, file);
}

/** Opens paths from outside the page: command line, second instance, macOS open-file. */
async function openPaths(list: readonly string[]): Promise<void> {
  if (!mainWindow || !rendererLoaded) {
    pendingFiles.push(...list);
    return;
  }
  for (const path of list) {
    try {
      deliver(await handlers.openPath(path));
    } catch (error) {
      showError('Verso could not open the file', (error as Error).message);
    }
  }
  await refreshMenu();
}

function sendCommand(command: MenuCommand): void {
  (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(IPC.menuCommand, command);
}

async function setTheme(theme: Settings['theme']): Promise<void> {
  nativeTheme.themeSource = theme;
  await settings.write({ ...(await settings.read()), theme });
  // The renderer keeps its own copy of the settings: tell it, or a forced theme would not show.
  sendCommand(`theme:${theme}`);
  await refreshMenu();
}

async function refreshMenu(): Promise<void> {
  const [recentFiles, current] = await Promise.all([handlers.recentFiles(), settings.read()]);
  const template = buildMenuTemplate(
    { platform: process.platform, recentFiles, theme: current.theme },
    {
      open: () => {
        handlers.openArticle().then(
          (file) => file && (deliver(file), void refreshMenu()),
          (error: Error) => showError('Verso could not open the file', error.message),
        );
      },
      openRecent: (path) => {
        handlers.openRecent(path).then(
          (file) => (deliver(file), void refreshMenu()),
          (error: Error) => (showError('Verso could not open the file', error.message), void refreshMenu()),
        );
      },
      clearRecent: () => void handlers.clearRecentFiles().then(refreshMenu),
      send: sendCommand,
      setTheme: (theme) => void setTheme(theme).catch((error: Error) => showError('The theme was not saved', error.message)),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  if (process.platform === 'darwin' || process.platform === 'win32') {
    app.clearRecentDocuments();
    for (const path of recentFiles.slice().reverse()) app.addRecentDocument(path);
  }
}

/** Registers an invoke handler that answers only the app's own page. */
function handle(channel: string, fn: (...args: unknown[]) => unknown): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isAppPage(event.senderFrame?.url, appPageUrl)) throw new Error('Refused: the request did not come from Verso’s own page.');
    return fn(...args);
  });
}

function registerIpc(): void {
  handle(IPC.openArticle, async () => {
    const file = await handlers.openArticle();
    if (file) await refreshMenu();
    return file;
  });
  handle(IPC.openArticles, async () => {
    const files = await handlers.openArticles();
    if (files.length) await refreshMenu();
    return files;
  });
  handle(IPC.openFolder, () => handlers.openFolder());
  handle(IPC.readQueue, () => handlers.readQueue());
  handle(IPC.writeQueue, (data) => handlers.writeQueue(data));
  handle(IPC.openSample, () => handlers.openSample());
  handle(IPC.saveFile, (request) => handlers.saveFile(request));
  handle(IPC.saveFiles, (request) => handlers.saveFiles(request));
  handle(IPC.readSettings, () => handlers.readSettings());
  handle(IPC.writeSettings, async (raw) => {
    await handlers.writeSettings(raw);
    const stored = await settings.read();
    nativeTheme.themeSource = stored.theme;
    await refreshMenu();
  });
  handle(IPC.autosave, (id, data) => handlers.autosave(id, data));
  handle(IPC.discardAutosave, (id) => handlers.discardAutosave(id));
  handle(IPC.listRecoverable, () => handlers.listRecoverable());
  ipcMain.on(IPC.setDirty, (event: IpcMainEvent, value: unknown) => {
    if (!isAppPage(event.senderFrame?.url, appPageUrl)) return;
    try {
      dirty = validBoolean(value);
    } catch {
      return;
    }
    // macOS shows the dot in the close button for an edited document.
    if (process.platform === 'darwin') mainWindow?.setDocumentEdited(dirty);
  });
}

async function createWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = await loadWindowState(stateFile, areas);
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Verso',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#f7f6f3',
    // Written out here rather than built by a helper: static audits (electronegativity, in
    // tests/integration/main) read the options at the `new BrowserWindow` call itself.
    webPreferences: {
      // The preload is ours, bundled into one file, and exposes only the Platform methods through
      // contextBridge (never ipcRenderer); its page runs sandboxed and isolated. Electronegativity
      // flags every preload for manual review, which this comment records.
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway, see security.ts).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  mainWindow = window;
  rendererLoaded = false;
  dirty = false;
  lockDown(window.webContents, appFolderUrl);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  const guard = createCloseGuard({
    isDirty: () => dirty,
    ask: async () => {
      const { response } = await dialog.showMessageBox(window, CLOSE_PROMPT);
      if (response !== CLOSE_WITHOUT_SAVING) quitRequested = false;
      return response;
    },
    beforeClose: async () => {
      await saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
      // A clean close (saved, or the editor chose to discard): nothing left to recover.
      await handlers.discardOwnAutosaves();
    },
    close: () => window.close(),
  });
  window.on('close', guard.onClose);
  // The page cancels beforeunload while dirty; the guard lets a close it decided on unload anyway.
  window.webContents.on('will-prevent-unload', guard.onWillPreventUnload);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    if (quitRequested) app.quit();
  });
  window.webContents.on('did-finish-load', () => {
    rendererLoaded = true;
    void openPaths(pendingFiles.splice(0));
  });
  await window.loadFile(paths.rendererIndex);
}

// One Verso at a time: a second launch (a file opened from the file manager) hands its files to
// the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingFiles.push(...filesFromArgv(process.argv, { packaged: app.isPackaged, cwd: process.cwd() }));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openPaths(filesFromArgv(argv, { packaged: app.isPackaged, cwd: workingDirectory }));
  });
  // macOS: files dropped on the Dock icon or opened from Finder, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPaths([path]);
  });
  app.on('before-quit', () => {
    quitRequested = true;
  });
  // Every web contents, not only the main window's: no new windows, no webviews, ever.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.enableSandbox();
  app.whenReady().then(async () => {
    app.setAboutPanelOptions({ applicationName: 'Verso', applicationVersion: app.getVersion(), copyright: 'Verso contributors' });
    nativeTheme.themeSource = (await settings.read()).theme;
    const policy = cspFromHtml(readFileSync(paths.rendererIndex, 'utf8'));
    if (policy) addCspHeader(session.defaultSession, appFolderUrl, policy);
    registerIpc();
    await refreshMenu();
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// The sandboxed preload: exposes exactly the Platform interface of shared/ipc.ts, never ipcRenderer.
// Built as one CommonJS file that requires only `electron`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type MenuCommand, type OpenedFile, type Platform, type SaveFilesRequest, type SaveRequest, type Settings } from '../shared/ipc';

/**
 * Calls main. Electron wraps a handler's error as "Error invoking remote method 'verso:…': Error: …";
 * the Platform contract promises a message for the editor, so the wrapping is taken off.
 */
async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
  }
}

/**
 * Listeners of one push channel. Files main opens at start-up (command line, macOS open-file) can
 * arrive before React has subscribed; they wait here and go to the first listener.
 */
function channel<T>(name: string, buffer: boolean) {
  const listeners = new Set<(value: T) => void>();
  const waiting: T[] = [];
  ipcRenderer.on(name, (_event: IpcRendererEvent, value: T) => {
    if (listeners.size === 0 && buffer) waiting.push(value);
    for (const listener of listeners) listener(value);
  });
  return (listener: (value: T) => void) => {
    listeners.add(listener);
    for (const value of waiting.splice(0)) listener(value);
    return () => {
      listeners.delete(listener);
    };
  };
}

const onOpenFile = channel<OpenedFile>(IPC.openFile, true);
const onMenuCommand = channel<MenuCommand>(IPC.menuCommand, false);

const platform: Platform = {
  kind: 'electron',
  openArticle: () => invoke(IPC.openArticle),
  openArticles: () => invoke(IPC.openArticles),
  openFolder: () => invoke(IPC.openFolder),
  readQueue: () => invoke(IPC.readQueue),
  writeQueue: (data: string | null) => invoke(IPC.writeQueue, data),
  openSample: () => invoke(IPC.openSample),
  saveFile: (request: SaveRequest) => invoke(IPC.saveFile, request),
  saveFiles: (request: SaveFilesRequest) => invoke(IPC.saveFiles, request),
  readSettings: () => invoke(IPC.readSettings),
  writeSettings: (settings: Settings) => invoke(IPC.writeSettings, settings),
  onOpenFile,
  autosave: (id: string, data: Uint8Array) => invoke(IPC.autosave, id, data),
  discardAutosave: (id: string) => invoke(IPC.discardAutosave, id),
  listRecoverable: () => invoke(IPC.listRecoverable),
  onMenuCommand,
  setDirty: (dirty: boolean) => ipcRenderer.send(IPC.setDirty, dirty),
};

contextBridge.exposeInMainWorld('verso', platform);

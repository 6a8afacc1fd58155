// The sandboxed preload: exposes exactly the Platform interface of shared/ipc.ts, never ipcRenderer.
// Built as one CommonJS file that requires only `electron`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type OpenedFile, type Platform, type SaveRequest, type Settings } from '../shared/ipc';

const platform: Platform = {
  kind: 'electron',
  openArticle: () => ipcRenderer.invoke(IPC.openArticle),
  openSample: () => ipcRenderer.invoke(IPC.openSample),
  saveFile: (request: SaveRequest) => ipcRenderer.invoke(IPC.saveFile, request),
  readSettings: () => ipcRenderer.invoke(IPC.readSettings),
  writeSettings: (settings: Settings) => ipcRenderer.invoke(IPC.writeSettings, settings),
  onOpenFile(listener) {
    const handler = (_event: IpcRendererEvent, file: OpenedFile) => listener(file);
    ipcRenderer.on(IPC.openFile, handler);
    return () => {
      ipcRenderer.removeListener(IPC.openFile, handler);
    };
  },
};

contextBridge.exposeInMainWorld('verso', platform);

import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** The renderer's web preferences: isolated, sandboxed, no node. */
export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** Blocks navigation away from the app, new windows, webviews and permission requests. */
export function lockDown(contents: WebContents, appUrlPrefix: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appUrlPrefix)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/**
 * The renderer's Content-Security-Policy: the same text as the `<meta>` tag in
 * src/renderer/index.html (a test keeps the two equal). Only what the app uses: its own scripts and
 * styles, a Web Worker for checking, WebAssembly, blob: downloads and images.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; object-src 'none'";

/**
 * Sends the CSP as a response header too. Electron's docs say headers cannot be set on file://
 * responses, while recent versions do pass file:// through `webRequest`; either way the `<meta>`
 * tag is what holds for the packaged app, and this header covers whatever else the session loads
 * (the http:// dev server of `npm run dev` is left alone: Vite's hot reload needs inline scripts).
 */
export function addCspHeader(session: Session, appFolderUrl: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(appFolderUrl)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

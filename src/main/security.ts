import type { Session, WebContents } from 'electron';

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
 * The Content-Security-Policy the renderer's `index.html` declares in its `<meta>` tag, or null when
 * it has none. The page is the single source of the policy; main repeats it as a header.
 */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  return meta ? meta[1].replace(/\s+/g, ' ').trim() : null;
}

/**
 * Sends `policy` as a response header for the app's own files too. Electron's security guide says
 * headers cannot be set on file:// responses; recent versions do pass file:// through `webRequest`.
 * Where they do, the page gets the policy twice (identical, so nothing changes); where they do not,
 * the `<meta>` tag alone holds. Anything outside the app's folder (the http:// dev server of
 * `npm run dev`, whose hot reload needs inline scripts) is left alone.
 */
export function addCspHeader(session: Session, appFolderUrl: string, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(appFolderUrl)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

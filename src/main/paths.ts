import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the built app's pieces are, seen from the main bundle. */
export interface AppPaths {
  /** out/preload/index.cjs: the sandboxed preload (CommonJS). */
  preload: string;
  /** out/renderer/index.html: loaded with loadFile in production. */
  rendererIndex: string;
  /** The sample article shipped with the app. */
  sample: string;
}

/**
 * Resolves the app's files from the main bundle's own URL. The main process is an ES module, so
 * there is no `__dirname`: everything hangs off `import.meta.url` (out/main/index.js when built).
 * `resourcesPath` is Electron's `process.resourcesPath` in a packaged app, where the sample is an
 * extra resource.
 */
export function appPaths(moduleUrl: string, resourcesPath?: string): AppPaths {
  const mainDir = dirname(fileURLToPath(moduleUrl));
  const outDir = join(mainDir, '..');
  const bundled = join(outDir, 'renderer', 'samples', 'iraq-heroes-operation.txt');
  const packaged = resourcesPath ? join(resourcesPath, 'samples', 'iraq-heroes-operation.txt') : undefined;
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererIndex: join(outDir, 'renderer', 'index.html'),
    sample: packaged && existsSync(packaged) ? packaged : bundled,
  };
}

/**
 * Files named on a command line: the first instance's `process.argv`, or the argv a second instance
 * hands over through `app.requestSingleInstanceLock`. Plain node, so it is tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the app was started, which decides where the file arguments begin. */
export interface ArgvContext {
  /** `app.isPackaged`: a packaged app's argv is `[exe, ...args]`; in development it is `[electron, appPath, ...args]`. */
  packaged: boolean;
  /** The folder relative paths are resolved against (the second instance's working directory). */
  cwd: string;
}

/**
 * The absolute paths of the files on a command line, in order, without duplicates. Switches
 * (`--inspect`, Chromium's own `--allow-file-access-from-files`, macOS's `-psn_...`) are dropped
 * first, wherever they are: Chromium may put its own before the positional arguments of a second
 * instance. Then the executable, and in development the app path that follows it, are skipped.
 */
export function filesFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  const args = context.packaged ? positional : positional.slice(1);
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '.') continue;
    // A file manager may hand over a file:// URL rather than a path; other URLs are not files.
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg) && !arg.startsWith('file://')) continue;
    const path = arg.startsWith('file://') ? fileURLToPath(arg) : arg;
    const absolute = isAbsolute(path) ? path : resolve(context.cwd, path);
    if (!files.includes(absolute)) files.push(absolute);
  }
  return files;
}

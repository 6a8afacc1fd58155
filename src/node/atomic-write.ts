/**
 * The one atomic file writer of Verso's node side: the desktop app's saves, autosaves and settings
 * (src/main) and the command line's `verso fix` (src/cli) both write through it. Plain node, no
 * Electron, so tests run it on real temp folders.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Hooks for tests of crash safety. */
export interface AtomicWriteOptions {
  /**
   * Called after the temporary file is written and flushed, just before it replaces the target.
   * Tests use it to kill the process at the worst moment; production code leaves it unset.
   */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `data` to `path` so that the file is at any moment either the old copy or the complete
 * new one: write a temporary file in the same folder, fsync it, rename it over `path`, fsync the
 * folder. On failure the temporary file is removed, the old file left as it was, and the error
 * rethrown.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  // Through a symlink, replace the file it points to rather than the link itself, and keep an
  // existing file's permissions.
  let target = resolve(path);
  let mode = 0o644;
  try {
    target = await realpath(target);
    mode = (await stat(target)).mode & 0o777;
  } catch {
    // A new file.
  }
  const folder = dirname(target);
  // Same folder, so rename is atomic (never across file systems); a leading dot hides it.
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', mode);
    await handle.chmod(mode); // open's mode is reduced by the umask
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    await rename(temp, target);
    renamed = true;
    await syncFolder(folder);
  } catch (error) {
    if (!renamed) await unlink(temp).catch(() => undefined);
    throw error;
  }
}

// Makes the rename itself durable. Windows cannot open a folder for fsync; there rename is
// already journaled by NTFS, so a failure here is ignored.
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // See above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

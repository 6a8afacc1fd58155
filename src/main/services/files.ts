/**
 * Articles and reviews on disk. Plain node, no Electron, so tests run it on real temp folders and
 * main's IPC handlers stay thin over it.
 */
import { mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../node/atomic-write';
import { BadInputError } from '../../core/text/decode';
import { checkSize, formatOf, isArticleName } from '../../core/formats/article';
import { checkReviewSize } from '../../shared/limits';
import type { OpenedFile } from '../../shared/ipc';
import { parseSession, serializeSession, type Session } from '../../shared/session';

/**
 * Reads an article for opening. Refuses, with a {@link BadInputError} naming the file, a path that
 * does not exist, a folder, an unreadable file, an unknown extension, an empty file or one over
 * the size limit, all before reading its bytes.
 */
export async function readArticleFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  formatOf(name);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BadInputError(`${name} is a folder, not an article.`);
    if (!info.isFile()) throw new BadInputError(`${name} is not a regular file.`);
    size = info.size;
  } catch (error) {
    throw describe(error, path);
  }
  checkSize(name, size);
  try {
    return { name, path: resolve(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw describe(error, path);
  }
}

/**
 * The articles under `folder` ("Open folder…"): every file of a format Verso opens, at any depth,
 * sorted by path. Hidden entries (names starting with ".") are skipped and links to folders are not
 * followed. Refuses, naming the folder, one that cannot be read or holds no article.
 */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const search = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw describe(error, dir);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await search(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) found.push(path);
    }
  };
  await search(folder);
  if (found.length === 0) throw new BadInputError(`${basename(folder)} holds no article (.txt, .md, .html, .docx or .xlf).`);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads every article under `folder` ("Open folder…", see {@link listArticleFiles}), each named by
 * its path inside the folder (`world/baghdad.txt`, with `/` on every system). An article that
 * cannot be read (permission denied, removed meanwhile, over the size limit) does not stop the
 * others: it comes back with its `problem` (naming it) and no bytes. Refuses, as
 * listArticleFiles does, a folder that cannot be read or holds no article.
 */
export async function readArticleFolder(folder: string): Promise<OpenedFile[]> {
  const root = resolve(folder);
  const files: OpenedFile[] = [];
  for (const path of await listArticleFiles(root)) {
    const name = relative(root, path).split(sep).join('/');
    try {
      files.push({ ...(await readArticleFile(path)), name });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The service's messages name the file by its base name; the batch knows it by its path.
      const base = basename(path);
      files.push({ name, path: resolve(path), bytes: new Uint8Array(0), problem: message.startsWith(base) ? name + message.slice(base.length) : `${name}: ${message}` });
    }
  }
  return files;
}

/** The stored batch of articles (Platform.readQueue), or null when there is none or it cannot be read. */
export async function readQueueFile(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Forgets the stored batch. */
export async function removeQueueFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

// The one atomic writer (also the CLI's): see src/node/atomic-write.ts.
export { writeFileAtomic, type AtomicWriteOptions } from '../../node/atomic-write';

/**
 * Saves a review atomically to `path`. Refuses to write over the article the review was opened
 * from (`session.article.path`, or any path naming the same file), so the original is never lost.
 */
export async function saveReview(path: string, session: Session): Promise<void> {
  const articlePath = session.article.path;
  if (articlePath && (await sameFile(path, articlePath))) {
    throw new BadInputError(
      `Verso will not save the review over the article ${basename(articlePath)}; choose another name (such as ${basename(articlePath)}.verso.json).`,
    );
  }
  try {
    await writeFileAtomic(path, serializeSession(session));
  } catch (error) {
    throw describe(error, path, 'saved');
  }
}


/**
 * Reads a saved review's bytes for opening, size checked before reading like an article. Throws
 * {@link BadInputError} for a missing, unreadable, empty or oversized file, naming it.
 */
export async function readReviewFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BadInputError(`${name} is a folder, not a review.`);
    if (!info.isFile()) throw new BadInputError(`${name} is not a regular file.`);
    if (info.size === 0) throw new BadInputError(`${name} is empty.`);
    checkReviewSize(name, info.size);
    return { name, path: resolve(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw describe(error, path);
  }
}

/**
 * Reads a saved review (`*.verso.json`). Throws {@link BadInputError} for a missing, unreadable or
 * oversized file and `SessionError` (from shared/session) when it is not a valid review; both
 * messages name the file.
 */
export async function openReview(path: string): Promise<Session> {
  const file = await readReviewFile(path);
  return parseSession(new TextDecoder().decode(file.bytes), file.name);
}

/**
 * Writes `files` (paths inside `folder`, `/`-separated, already validated) into `folder`, each
 * atomically, creating subfolders as needed. Refuses, with a {@link BadInputError} and before
 * writing anything, when a file would go into a folder that holds one of `originals` (the
 * articles' own folders: the corrected texts never mix with what came in) or would be one of them
 * (same path, or the same file through a link).
 */
export async function writeFilesInto(folder: string, files: readonly { path: string; data: Uint8Array }[], originals: Iterable<string>): Promise<void> {
  const root = resolve(folder);
  const folders = new Set<string>();
  const inodes = new Map<string, string>();
  for (const original of originals) {
    folders.add(dirname(resolve(original)));
    try {
      folders.add(dirname(await realpath(original)));
      const info = await stat(original);
      inodes.set(`${info.dev}:${info.ino}`, original);
    } catch {
      // Gone since it was opened: nothing there to protect but its folder.
    }
  }
  const targets = files.map((file) => ({ path: join(root, ...file.path.split('/')), data: file.data }));
  const checked = new Set<string>();
  for (const target of targets) {
    const dir = dirname(target.path);
    if (!checked.has(dir)) {
      checked.add(dir);
      const real = await realpath(dir).catch(() => dir);
      if (folders.has(dir) || folders.has(real)) {
        throw new BadInputError(
          `Verso does not write the corrected texts into the articles' own folder (${basename(dir)}); choose another folder, such as a new one.`,
        );
      }
    }
    const info = await stat(target.path).catch(() => null);
    const article = info && inodes.get(`${info.dev}:${info.ino}`);
    if (article) throw new BadInputError(`Verso does not write over the article ${basename(article)}; choose another folder.`);
  }
  for (const target of targets) {
    try {
      await mkdir(dirname(target.path), { recursive: true });
      await writeFileAtomic(target.path, target.data);
    } catch (error) {
      throw describe(error, target.path, 'saved');
    }
  }
}

/** Whether two paths name the same file (same path, or same device and inode: links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** A file-system error as one sentence for the editor; other errors pass through unchanged. */
function describe(error: unknown, path: string, verb = 'opened'): Error {
  const name = basename(path);
  if (error instanceof BadInputError || !(error instanceof Error)) return error as Error;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return new BadInputError(verb === 'opened' ? `${name} does not exist (${path}).` : `${name} cannot be ${verb}: its folder does not exist.`);
    case 'EACCES':
    case 'EPERM':
      return new BadInputError(`${name} cannot be ${verb}: permission denied.`);
    case 'EISDIR':
      return new BadInputError(`${name} is a folder, not a file.`);
    case 'ENOSPC':
      return new BadInputError(`${name} cannot be ${verb}: the disk is full.`);
    case 'EROFS':
      return new BadInputError(`${name} cannot be ${verb}: the disk is read-only.`);
    default:
      return new BadInputError(`${name} cannot be ${verb}: ${error.message}`);
  }
}

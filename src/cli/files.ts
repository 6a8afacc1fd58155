/**
 * The command line's input files: one reader for every command, so each refuses the same things
 * with the same words (missing, a folder, not a regular file, unreadable, over the app's size
 * limit, binary or undecodable) before anything is written.
 */
import { readFileSync, statSync } from 'node:fs';
// Straight from the modules, not the engine's index: `verso diff` and `verso ter` should not load the checker.
import { checkHasText, checkNotTooLarge, checkSize } from '../core/formats/article';
import { BadInputError, decodeText, type DecodedText } from '../core/text/decode';

function refusal(path: string, error: unknown): BadInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'too many symbolic links' : (error as Error).message;
  return new BadInputError(`${path}: ${why}`);
}

/**
 * Reads a file's bytes, or throws a BadInputError naming it. Files over 20 MB are refused unread,
 * and so is anything that is not a regular file (a folder, a pipe, a device: reading a pipe would
 * wait for a writer forever).
 */
export function readFileBytes(path: string): Uint8Array {
  return readBytes(path, checkNotTooLarge);
}

function readBytes(path: string, checkSize: (path: string, size: number) => void): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new BadInputError(`${path}: is a directory, not a file`);
    if (!stat.isFile()) throw new BadInputError(`${path}: not a regular file`);
    size = stat.size;
  } catch (error) {
    throw error instanceof BadInputError ? error : refusal(path, error);
  }
  checkSize(path, size);
  try {
    return readFileSync(path);
  } catch (error) {
    throw refusal(path, error);
  }
}

/** Reads and decodes a text file, or throws a BadInputError naming it. Files over 20 MB are refused unread. */
export function readTextFile(path: string): DecodedText {
  return decodeText(readFileBytes(path), path);
}

/**
 * Reads a plain-text article to check or fix: as {@link readTextFile}, and, as the app does, an
 * empty file or one of only spaces and blank lines is refused (there is no article to check).
 */
export function readArticle(path: string): DecodedText {
  const decoded = decodeText(readBytes(path, checkSize), path);
  checkHasText(path, decoded.text);
  return decoded;
}

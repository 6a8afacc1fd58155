/**
 * The command line's input files: one reader for every command, so each refuses the same things
 * with the same words (missing, a folder, unreadable, over the app's size limit, binary or
 * undecodable) before anything is written.
 */
import { readFileSync, statSync } from 'node:fs';
// Straight from the modules, not the engine's index: `verso diff` and `verso ter` should not load the checker.
import { checkNotTooLarge } from '../core/formats/article';
import { BadInputError, decodeText, type DecodedText } from '../core/text/decode';

function refusal(path: string, error: unknown): BadInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new BadInputError(`${path}: ${why}`);
}

/** Reads and decodes a text file, or throws a BadInputError naming it. Files over 20 MB are refused unread. */
export function readTextFile(path: string): DecodedText {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new BadInputError(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    throw error instanceof BadInputError ? error : refusal(path, error);
  }
  checkNotTooLarge(path, size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw refusal(path, error);
  }
  return decodeText(bytes, path);
}

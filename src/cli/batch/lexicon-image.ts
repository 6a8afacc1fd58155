/**
 * The lexicon image beside the CLI bundle (out/cli/lexicon.bin, written by `npm run build`, see
 * ../write-lexicon-image.ts): read once by `verso check`, in a SharedArrayBuffer that every check
 * worker views, so no thread parses the lexicon's text or builds its suggestion trie. Without the
 * file (a build that skipped it) the lexicon loads from its text, as it always did; a damaged or
 * stale file is said in one line on stderr and the text is used instead: the results are the same
 * either way, only the start is slower.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LexiconImageError, useLexiconImage } from '../../core/spelling/lexicon';

/** The image's bytes, read straight into shared memory (8-byte aligned, as the image's views need). */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const shared = new Uint8Array(new SharedArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, shared, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? shared : shared.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads the bundled lexicon from the image at `url` and returns the image's bytes (to hand to the
 * workers), or undefined when there is none to use (`warn` has heard why, unless the file is simply
 * absent).
 */
export function loadLexiconImage(url: URL, warn: (line: string) => void): Uint8Array | undefined {
  const path = fileURLToPath(url);
  let image: Uint8Array;
  try {
    image = readShared(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    warn(`verso: ${path}: ${(error as Error).message}; loading the lexicon from its text instead.\n`);
    return undefined;
  }
  try {
    useLexiconImage(image);
    return image;
  } catch (error) {
    if (!(error instanceof LexiconImageError)) throw error;
    warn(`verso: ${path}: ${error.message.replace(/^lexicon image: /, '')}; loading the lexicon from its text instead (npm run build writes a new one).\n`);
    return undefined;
  }
}

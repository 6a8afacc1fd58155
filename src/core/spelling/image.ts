/**
 * The lexicon image: the compiled lexicon (./compiled.ts) as the checker holds it once parsed, and
 * its suggestion trie (./trie.ts) once built, as typed arrays in one buffer. Reading one is views
 * over the buffer and a few string splits, where parsing the text and building the trie costs a
 * hundred milliseconds or more at every start (and in every `verso check --jobs` worker thread,
 * which can all view one shared buffer). The text itself is not in the image: the forms are looked
 * up in the bundled text, so an image belongs to exactly one text, and says which by its length
 * and hash.
 *
 * Layout (little-endian 32-bit words, then the sections each at a multiple of 8 bytes):
 * `MAGIC, VERSION, text length, text hash, body checksum, section count`, then per section its
 * byte offset and byte length, in the order of {@link SECTIONS}. The checksum (FNV-1a over the
 * 32-bit words after the header) catches a damaged file; the text hash, an image of another text.
 */
import { FormIndex, loadedLexicon, type LoadedLexicon } from './compiled';
import { WordTrie, type TrieArrays } from './trie';

const MAGIC = 0x49584c56; // "VLXI"
/** Bump when the layout or the meaning of a section changes. */
const VERSION = 1;
const HEADER_WORDS = 6;

/** The sections, in file order, and the typed array each holds. */
const SECTIONS = [
  ['starts', Int32Array],
  ['ends', Int32Array],
  ['flags', Uint8Array],
  ['frequencies', Uint32Array],
  ['unlistedCounts', Uint32Array],
  ['firstChild', Int32Array],
  ['sibling', Int32Array],
  ['char', Uint16Array],
  ['wordId', Int32Array],
  ['commonBelow', Uint8Array],
  ['commonWord', Uint8Array],
  // Newline-separated ASCII lists: suggestion words; news words; unlisted words; display pairs (lowercase, shown).
  ['words', Uint8Array],
  ['news', Uint8Array],
  ['unlisted', Uint8Array],
  ['display', Uint8Array],
] as const satisfies readonly (readonly [keyof Sections, unknown])[];

type SectionName = keyof Sections;
/** Each section of the image by name: the lexicon's arrays, the suggestion trie's node arrays (TrieArrays) and the text blobs. */
interface Sections extends TrieArrays {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  frequencies: Uint32Array;
  unlistedCounts: Uint32Array;
  words: Uint8Array;
  news: Uint8Array;
  unlisted: Uint8Array;
  display: Uint8Array;
}

/** A lexicon image that cannot be used: damaged, of another text, or of another layout. */
export class LexiconImageError extends Error {
  override name = 'LexiconImageError';
}

/** FNV-1a over a string's UTF-16 code units. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** FNV-1a over 32-bit words. */
function wordsChecksum(words: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  return h >>> 0;
}

const align8 = (n: number) => (n + 7) & ~7;

function asciiList(words: readonly string[]): Uint8Array {
  const joined = words.join('\n');
  const bytes = new Uint8Array(joined.length);
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c > 0x7e) throw new LexiconImageError(`lexicon image: ${JSON.stringify(words.find((w) => /[^\x20-\x7e]/.test(w)))} is not printable ASCII`);
    bytes[i] = c;
  }
  return bytes;
}

// ASCII only (asciiList refuses anything else), so any decoder gives the same string.
const decoder = new TextDecoder();
const readList = (bytes: Uint8Array): string[] => (bytes.length === 0 ? [] : decoder.decode(bytes).split('\n'));

/**
 * The image of `lexicon`, parsed from `text`, with its suggestion trie `trie` (built over
 * `lexicon.suggestions.words`).
 */
export function writeLexiconImage(text: string, lexicon: LoadedLexicon, trie: WordTrie): Uint8Array {
  const { forms } = lexicon;
  const display: string[] = [];
  for (const [lower, shown] of lexicon.suggestions.display) display.push(lower, shown);
  const sections: Sections = {
    starts: forms.starts,
    ends: forms.ends,
    flags: forms.flags,
    frequencies: lexicon.frequencies,
    unlistedCounts: lexicon.unlisted.counts,
    ...trie.arrays(),
    words: asciiList(lexicon.suggestions.words),
    news: asciiList(lexicon.news),
    unlisted: asciiList(lexicon.unlisted.words),
    display: asciiList(display),
  };
  let offset = align8((HEADER_WORDS + 2 * SECTIONS.length) * 4);
  const placed = SECTIONS.map(([name]) => {
    const array = sections[name];
    const at = offset;
    offset = align8(offset + array.byteLength);
    return { at, array };
  });
  const image = new Uint8Array(offset);
  const header = new Uint32Array(image.buffer, 0, HEADER_WORDS + 2 * SECTIONS.length);
  header.set([MAGIC, VERSION, text.length, textHash(text), 0, SECTIONS.length]);
  placed.forEach(({ at, array }, i) => {
    header[HEADER_WORDS + 2 * i] = at;
    header[HEADER_WORDS + 2 * i + 1] = array.byteLength;
    image.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
  });
  header[4] = wordsChecksum(new Uint32Array(image.buffer, header.byteLength));
  return image;
}

/**
 * Reads an image written by {@link writeLexiconImage} for exactly this `text`: the same lexicon
 * {@link parseCompiledLexicon} gives, with its trie. The arrays are views of `image` (which may
 * sit in a SharedArrayBuffer): it must not change afterwards. Throws {@link LexiconImageError},
 * saying why, when the image is damaged, of another text or of another layout.
 */
export function readLexiconImage(text: string, image: Uint8Array): LoadedLexicon & { trie: WordTrie } {
  const headerBytes = (HEADER_WORDS + 2 * SECTIONS.length) * 4;
  if (image.byteOffset % 8 !== 0) throw new LexiconImageError('lexicon image: not aligned in memory');
  if (image.byteLength < headerBytes || image.byteLength % 8 !== 0) throw new LexiconImageError(`lexicon image: ${image.byteLength} bytes is not a lexicon image (truncated?)`);
  const header = new Uint32Array(image.buffer, image.byteOffset, HEADER_WORDS + 2 * SECTIONS.length);
  if (header[0] !== MAGIC) throw new LexiconImageError('lexicon image: not a lexicon image (wrong signature)');
  if (header[1] !== VERSION) throw new LexiconImageError(`lexicon image: layout version ${header[1]}, this Verso reads version ${VERSION}`);
  if (header[5] !== SECTIONS.length) throw new LexiconImageError(`lexicon image: ${header[5]} sections, expected ${SECTIONS.length}`);
  if (header[2] !== text.length || header[3] !== textHash(text)) throw new LexiconImageError('lexicon image: made from another lexicon text (out of date)');
  // The sections' places first: a file cut short says so, rather than failing its checksum.
  const lastEnd = header[HEADER_WORDS + 2 * (SECTIONS.length - 1)] + header[HEADER_WORDS + 2 * SECTIONS.length - 1];
  if (align8(lastEnd) > image.byteLength) throw new LexiconImageError(`lexicon image: ${image.byteLength} bytes where its sections need ${align8(lastEnd)} (truncated?)`);
  if (header[4] !== wordsChecksum(new Uint32Array(image.buffer, image.byteOffset + headerBytes, (image.byteLength - headerBytes) / 4))) {
    throw new LexiconImageError('lexicon image: damaged (checksum mismatch)');
  }
  const sections = {} as Record<SectionName, ArrayBufferView>;
  SECTIONS.forEach(([name, Type], i) => {
    const at = header[HEADER_WORDS + 2 * i];
    const length = header[HEADER_WORDS + 2 * i + 1];
    if (at % 8 !== 0 || at < headerBytes || at + length > image.byteLength || length % Type.BYTES_PER_ELEMENT !== 0) {
      throw new LexiconImageError(`lexicon image: section ${name} lies outside the image`);
    }
    sections[name] = new (Type as new (buffer: ArrayBufferLike, offset: number, length: number) => ArrayBufferView)(image.buffer, image.byteOffset + at, length / Type.BYTES_PER_ELEMENT);
  });
  const s = sections as Sections;
  const lines = s.flags.length;
  const words = readList(s.words);
  const unlisted = readList(s.unlisted);
  const nodes = s.char.length;
  if (s.starts.length !== lines || s.ends.length !== lines || s.frequencies.length !== words.length || s.commonWord.length !== words.length || s.unlistedCounts.length !== unlisted.length) {
    throw new LexiconImageError('lexicon image: sections of different lengths');
  }
  if (s.firstChild.length !== nodes || s.sibling.length !== nodes || s.wordId.length !== nodes || s.commonBelow.length !== nodes) {
    throw new LexiconImageError('lexicon image: trie arrays of different lengths');
  }
  const pairs = readList(s.display);
  const display = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) display.set(pairs[i], pairs[i + 1]);
  const forms = new FormIndex(text, s.starts, s.ends, s.flags);
  const trie = WordTrie.fromArrays(words, { firstChild: s.firstChild, sibling: s.sibling, char: s.char, wordId: s.wordId, commonBelow: s.commonBelow, commonWord: s.commonWord });
  const lexicon = loadedLexicon(forms, { news: readList(s.news), suggestions: { words, display }, frequencies: s.frequencies, unlisted: { words: unlisted, counts: s.unlistedCounts } }, trie);
  return { ...lexicon, trie };
}

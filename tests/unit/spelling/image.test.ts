// The lexicon image (src/core/spelling/image.ts): what the CLI loads instead of parsing the
// lexicon's text and building the suggestion trie. It must give exactly the lexicon the text gives,
// and refuse, saying why, any image that is damaged or belongs to another text.
import { describe, expect, it } from 'vitest';
import compiledText from '../../../src/core/spelling/data/lexicon.txt?raw';
import { parseCompiledLexicon } from '../../../src/core/spelling/compiled';
import { LexiconImageError, readLexiconImage, writeLexiconImage } from '../../../src/core/spelling/image';
import { WordTrie } from '../../../src/core/spelling/trie';
import { bundledLexiconImage } from '../../../src/core/spelling/lexicon';

const parsed = parseCompiledLexicon(compiledText);
const trie = new WordTrie(parsed.suggestions.words, true, (_, id) => parsed.frequencies[id] > 0);
const image = writeLexiconImage(compiledText, parsed, trie);

/** A copy of the image in memory of its own (optionally shared), with `change` applied. */
function copy(change: (bytes: Uint8Array) => void = () => {}, shared = false): Uint8Array {
  const bytes = new Uint8Array(shared ? new SharedArrayBuffer(image.byteLength) : new ArrayBuffer(image.byteLength));
  bytes.set(image);
  change(bytes);
  return bytes;
}

/** Whether two typed arrays hold the same bytes (toEqual walks millions of elements one by one). */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.constructor === b.constructor && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

const TYPOS = ['offencive', 'recieve', 'goverment', 'baghdadd', 'teh', 'accomodation', 'xylophon', 'mosul', 'a', 'seperately', 'definately'];

describe('lexicon image', () => {
  it('gives the same forms, flags, suggestion words, casing and counts as the text', () => {
    const loaded = readLexiconImage(compiledText, copy(undefined, true));
    expect(loaded.forms.length).toBe(parsed.forms.length);
    expect(sameBytes(loaded.forms.starts, parsed.forms.starts), 'forms.starts').toBe(true);
    expect(sameBytes(loaded.forms.ends, parsed.forms.ends), 'forms.ends').toBe(true);
    expect(sameBytes(loaded.forms.flags, parsed.forms.flags), 'forms.flags').toBe(true);
    expect(loaded.suggestions.words.join('\n') === parsed.suggestions.words.join('\n')).toBe(true);
    expect(JSON.stringify([...loaded.suggestions.display]) === JSON.stringify([...parsed.suggestions.display])).toBe(true);
    expect(sameBytes(loaded.frequencies, parsed.frequencies), 'frequencies').toBe(true);
    expect(loaded.unlisted.words).toEqual(parsed.unlisted.words);
    expect(sameBytes(loaded.unlisted.counts, parsed.unlisted.counts), 'unlisted.counts').toBe(true);
    expect(loaded.news).toEqual(parsed.news);
    for (const key of ['common', 'gbOnly', 'usOnly', 'noSuggest', 'modern'] as const) expect(loaded.sets[key]?.size, key).toBe(parsed.sets[key]?.size);
    for (const word of ['colour', 'color', 'Mosul', 'homebuyers', 'offencive', "aardvark's"]) expect(loaded.forms.dialectOf(word), word).toBe(parsed.forms.dialectOf(word));
  });

  it('gives a suggestion trie that finds the same words as one built from the words', () => {
    const loaded = readLexiconImage(compiledText, copy());
    const built = trie.arrays();
    for (const [name, array] of Object.entries(loaded.trie.arrays())) expect(sameBytes(array, built[name as keyof typeof built]), name).toBe(true);
    for (const typo of TYPOS) {
      expect(loaded.trie.near(typo, 2), typo).toEqual(trie.near(typo, 2));
      const found = (t: WordTrie) => {
        const ids: [number, number][] = [];
        t.nearForRanking(typo, true, (id, distance) => ids.push([id, distance]));
        return ids;
      };
      expect(found(loaded.trie), typo).toEqual(found(trie));
    }
  });

  it('is what the bundled lexicon writes (the image the build puts beside the CLI)', () => {
    expect(sameBytes(bundledLexiconImage(), image)).toBe(true);
  });

  it('refuses a damaged image', () => {
    const damaged = copy((bytes) => (bytes[bytes.length >> 1] ^= 0x10));
    expect(() => readLexiconImage(compiledText, damaged)).toThrow(new LexiconImageError('lexicon image: damaged (checksum mismatch)'));
  });

  it('refuses an image of another lexicon text', () => {
    const other = compiledText.replace('\naardvark\t', '\naardvarc\t');
    expect(other.length).toBe(compiledText.length);
    expect(() => readLexiconImage(other, copy())).toThrow(/made from another lexicon text \(out of date\)/);
    expect(() => readLexiconImage(`${compiledText}zzz\n`, copy())).toThrow(/made from another lexicon text/);
  });

  it('refuses a truncated file, another kind of file and another layout version', () => {
    expect(() => readLexiconImage(compiledText, image.subarray(0, 40))).toThrow(/truncated/);
    expect(() => readLexiconImage(compiledText, copy((bytes) => bytes.set([0x50, 0x4b, 3, 4])))).toThrow(/wrong signature/);
    expect(() => readLexiconImage(compiledText, copy((bytes) => (bytes[4] = 9)))).toThrow(/layout version 9, this Verso reads version 1/);
    expect(() => readLexiconImage(compiledText, image.subarray(0, image.length - 8))).toThrow(/bytes where its sections need \d+ \(truncated\?\)/);
    expect(() => readLexiconImage(compiledText, image.subarray(0, 4000))).toThrow(/truncated/);
  });
});

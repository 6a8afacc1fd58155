/**
 * The word lists Verso checks against: the en-GB and en-US Hunspell dictionaries shipped on npm,
 * expanded with their affix rules, and a modern tier of newer words (./modern.ts). The expansion (./hunspell.ts) runs when the data is generated
 * (`node scripts/lexicon.mjs`), not at every start: the checker loads the precompiled forms from
 * data/lexicon.txt (./compiled.ts), bundled as text by a Vite `?raw` import (vitest, the CLI bundle
 * and the renderer/worker bundle alike).
 */
import compiledText from './data/lexicon.txt?raw';
import { parseCompiledLexicon, type LoadedLexicon } from './compiled';
import { readLexiconImage, writeLexiconImage } from './image';
import { WordTrie } from './trie';

export { LexiconImageError } from './image';

/** The spelling dialects Verso knows. */
export type Dialect = 'en-GB' | 'en-US';

/** Which dictionaries accept a word: both, only one dialect's, or neither (null). */
export type WordDialect = 'both' | Dialect | null;

/** Both dictionaries, expanded: the forms they share and the forms only one accepts. */
export interface Lexicon {
  /** Whether either dictionary accepts the word, allowing a capital first letter on a lowercase entry. */
  knows(word: string): boolean;
  /** Which dialects accept the word as written (same capitalisation rule as {@link knows}). */
  dialectOf(word: string): WordDialect;
  /** Forms accepted by both dictionaries. */
  readonly common: ReadonlySet<string>;
  /** Forms only the en-GB dictionary accepts. */
  readonly gbOnly: ReadonlySet<string>;
  /** Forms only the en-US dictionary accepts. */
  readonly usOnly: ReadonlySet<string>;
  /** Forms never to offer as suggestions (offensive words). */
  readonly noSuggest: ReadonlySet<string>;
  /** Forms of the modern tier (./modern.ts): accepted in both dialects and suggested (no SUBTLEX count). */
  readonly modern: ReadonlySet<string>;
}

function exactDialect(lexicon: LexiconSets, word: string): WordDialect {
  if (lexicon.common.has(word) || lexicon.modern?.has(word)) return 'both';
  const gb = lexicon.gbOnly.has(word);
  const us = lexicon.usOnly.has(word);
  return gb && us ? 'both' : gb ? 'en-GB' : us ? 'en-US' : null;
}

/** The four sets of forms a lexicon is made of. */
export interface LexiconSets {
  common: ReadonlySet<string>;
  gbOnly: ReadonlySet<string>;
  usOnly: ReadonlySet<string>;
  noSuggest: ReadonlySet<string>;
  /** Forms of the modern tier (./modern.ts), in neither dictionary; none when absent. */
  modern?: ReadonlySet<string>;
}

// The bundled lexicon, loaded once per process (from the text, or from an image of it) and never
// changed after: a cache of one value, keyed by nothing, since the text is fixed at build time.
let compiled: LoadedLexicon | undefined;

/** The precompiled lexicon (parsed once per process, unless {@link useLexiconImage} gave it first). */
export function loadCompiledLexicon(): LoadedLexicon {
  compiled ??= parseCompiledLexicon(compiledText);
  return compiled;
}

/**
 * Loads the bundled lexicon from its image (./image.ts, written by {@link bundledLexiconImage} at
 * build time) instead of parsing its text: call it before the first check. Does nothing when the
 * lexicon is loaded already. Throws {@link LexiconImageError}, naming the fault, when the image is
 * damaged or of another build; the lexicon is then left to load from its text as usual.
 */
export function useLexiconImage(image: Uint8Array): void {
  compiled ??= readLexiconImage(compiledText, image);
}

let trie: WordTrie | undefined;

/**
 * The suggestion trie of the bundled lexicon (its suggestion words; common: the ones SUBTLEX
 * counts): from its image when it came from one, else built once per process.
 */
export function bundledSuggestionTrie(): WordTrie {
  const lexicon = loadCompiledLexicon();
  trie ??= lexicon.trie ?? new WordTrie(lexicon.suggestions.words, true, (_, id) => lexicon.frequencies[id] > 0);
  return trie;
}

/** The image of the bundled lexicon and its suggestion trie (what `npm run build` writes beside the CLI). */
export function bundledLexiconImage(): Uint8Array {
  return writeLexiconImage(compiledText, loadCompiledLexicon(), bundledSuggestionTrie());
}

let loaded: Lexicon | undefined;

/** Loads the two dictionaries (once per process; later calls return the same lexicon). */
export function loadLexicon(): Lexicon {
  const { sets, forms } = loadCompiledLexicon();
  loaded ??= lexiconOf(sets, (word) => forms.dialectOf(word));
  return loaded;
}

/**
 * A lexicon over the given sets of forms; `exact` may answer {@link exactDialect} in one look-up
 * rather than three.
 */
export function lexiconOf(sets: LexiconSets, exact: (word: string) => WordDialect = (word) => exactDialect(sets, word)): Lexicon {
  const base = { common: sets.common, gbOnly: sets.gbOnly, usOnly: sets.usOnly, noSuggest: sets.noSuggest, modern: sets.modern ?? new Set<string>() };
  const exactDialectOf = exact;
  const dialectOf = (word: string): WordDialect => {
    const exact = exactDialectOf(word);
    if (exact) return exact;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) {
      const lower = first.toLowerCase() + word.slice(1);
      const d = exactDialectOf(lower);
      if (d) return d;
      // ALL CAPS: try the capitalised and the lowercase form.
      if (word === word.toUpperCase() && word.length > 1) {
        return exactDialectOf(first + word.slice(1).toLowerCase()) ?? exactDialectOf(word.toLowerCase());
      }
    }
    return null;
  };
  return { ...base, dialectOf, knows: (word) => dialectOf(word) !== null };
}

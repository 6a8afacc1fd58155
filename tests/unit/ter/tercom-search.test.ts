// The optimised shift search (prefix reuse, bit-parallel bounds, early exits) against the
// straightforward port it replaced: identical edit counts, on long segments and many shifts.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { terWords } from '../../../src/core';
import { terEdits } from '../../../src/core/ter/tercom';
import { prng } from '../diff/cases';
import { terEdits as referenceEdits } from './tercom-reference';
import { mlqeCorpus } from '../../helpers/corpus';

const corpus = mlqeCorpus('tercom-search.test');
const CORPUS = corpus.dir;

describe('TER shift search', () => {
  it('matches the straightforward port on random segments of 1 to 120 words with moved blocks (600 pairs)', () => {
    const random = prng(42);
    const vocabulary = Array.from({ length: 30 }, (_, k) => `w${k}`);
    for (let n = 0; n < 600; n++) {
      const length = 1 + Math.floor(random() * (n < 300 ? 40 : 120));
      const ref = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
      // Every fourth pair unrelated: far past the beam, where the full program still runs.
      const hyp = n % 4 === 3 ? Array.from({ length: 1 + Math.floor(random() * 60) }, () => vocabulary[Math.floor(random() * vocabulary.length)]) : ref.slice();
      for (let e = Math.floor(random() * 12); e > 0; e--) {
        const op = random();
        const at = Math.floor(random() * (hyp.length + 1));
        if (op < 0.3 && hyp.length > 2) {
          // Move a block.
          const size = 1 + Math.floor(random() * 5);
          const block = hyp.splice(at, size);
          hyp.splice(Math.floor(random() * (hyp.length + 1)), 0, ...block);
        } else if (op < 0.55) hyp.splice(at, 0, vocabulary[Math.floor(random() * vocabulary.length)]);
        else if (op < 0.8) hyp.splice(at, 1);
        else hyp[at] = vocabulary[Math.floor(random() * vocabulary.length)];
      }
      const words = hyp.filter((w) => w !== undefined);
      expect(terEdits(words, ref), `${words.join(' ')} | ${ref.join(' ')}`).toEqual(referenceEdits(words, ref));
    }
  });

  it('matches it on every pair of segments of 1 to 4 words over a 3-word vocabulary (14,400 pairs: every shortcut and its edge)', () => {
    const segments: string[][] = [[]];
    const all: string[][] = [];
    for (let length = 1; length <= 4; length++) {
      const longer: string[][] = [];
      for (const s of segments) for (const w of ['a', 'b', 'c']) longer.push([...s, w]);
      segments.splice(0, segments.length, ...longer);
      all.push(...longer);
    }
    expect(all).toHaveLength(120);
    let differing = 0;
    for (const hyp of all) for (const ref of all) if (terEdits(hyp, ref).edits !== referenceEdits(hyp, ref).edits) differing++;
    expect(differing).toBe(0);
  });

  it(`matches it on paragraph-long real post-edits (five MLQE-PE sentences joined, ${corpus.full ? 300 : 20} pairs)`, () => {
    const file = readdirSync(CORPUS).filter((f) => f.endsWith('.mt')).sort()[0];
    const mt = readFileSync(join(CORPUS, file), 'utf8').split('\n');
    const pe = readFileSync(join(CORPUS, file.replace(/\.mt$/, '.pe')), 'utf8').split('\n');
    const sentences = corpus.full ? 1500 : corpus.linesPerFile;
    let pairs = 0;
    for (let k = 0; k + 5 <= sentences; k += 5) {
      pairs++;
      const hyp = terWords(mt.slice(k, k + 5).join(' '));
      const ref = terWords(pe.slice(k, k + 5).join(' '));
      expect(terEdits(hyp, ref)).toEqual(referenceEdits(hyp, ref));
    }
    expect(pairs).toBe(corpus.full ? 300 : 20);
  });
});

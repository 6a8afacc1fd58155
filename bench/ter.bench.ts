// TER on the 10,000 MLQE-PE sentences (Moses-tokenized, as TERCOM scored them). Target ≤ 5 s.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusTer } from '../src/core';
import { CORPUS_DIR } from './corpus';

const hyps: string[] = [];
const refs: string[] = [];
for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.mt')).sort()) {
  hyps.push(...readFileSync(join(CORPUS_DIR, file), 'utf8').trimEnd().split('\n'));
  refs.push(...readFileSync(join(CORPUS_DIR, file.replace(/\.mt$/, '.pe')), 'utf8').trimEnd().split('\n'));
}
const t0 = performance.now();
const result = corpusTer(hyps, refs);
const ms = performance.now() - t0;
console.log(`ter on ${hyps.length} sentences: ${ms.toFixed(0)} ms (target ≤ 5000 ms); corpus HTER ${result.ter.toFixed(4)}`);

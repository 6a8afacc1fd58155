// How much the pruned tagger model (src/core/grammar/data/tagger-model.json) changes the tagging:
// every sentence of the MQM news machine translations and of the MLQE-PE machine translations and
// post-edits is tagged with the pruned model and with wink-eng-lite-web-model's full model, and
// the tokens whose tag or lemma differ are counted. The full model's accuracy (97.7% on 180
// hand-checked sentences, see the commit that chose it) less the share of tags changed is a lower
// bound for the pruned model's. Never asserts. VERSO_SHOW=1 prints a sample of the differences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createTagger } from '../src/core/grammar';
import { tokenize } from '../src/core/document/tokens';
import { fullExceptions, readFullModel } from '../scripts/tagger-model-sources.mjs';
import { CORPUS_DIR, detokenize } from './corpus';

const full = readFullModel();
const taggers = { pruned: createTagger(), full: createTagger({ core: full.model, sbd: full.sbd, exceptions: fullExceptions() }) };
const sets: Record<string, string[]> = { 'mqm-zhen-news MT': [], 'mlqe-pe MT': [], 'mlqe-pe post-edits': [] };
const mqm = gunzipSync(readFileSync(join(CORPUS_DIR, '..', 'mqm-zhen-news', 'dev.jsonl.gz'))).toString('utf8');
const seen = new Set<string>();
for (const line of mqm.split('\n')) {
  if (!line.trim()) continue;
  const target = (JSON.parse(line) as { target: string }).target.replace(/<\/?v>/g, '');
  if (!seen.has(target)) sets['mqm-zhen-news MT'].push(target);
  seen.add(target);
}
for (const file of readdirSync(CORPUS_DIR).sort()) {
  const into = file.endsWith('.mt') ? 'mlqe-pe MT' : file.endsWith('.pe') ? 'mlqe-pe post-edits' : undefined;
  if (into) for (const l of readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')) if (l.trim()) sets[into].push(detokenize(l));
}
const show = process.env.VERSO_SHOW !== undefined;
const changed = new Map<string, number>();
for (const [name, sentences] of Object.entries(sets)) {
  let words = 0;
  let tags = 0;
  let lemmas = 0;
  for (const s of sentences) {
    const tokens = tokenize(s);
    const a = taggers.pruned.tag(s, tokens);
    const b = taggers.full.tag(s, tokens);
    for (let i = 0; i < a.length; i++) {
      if (a[i].kind !== 'word') continue;
      words++;
      if (a[i].tag !== b[i].tag) {
        tags++;
        const key = `${a[i].lower} ${b[i].tag}->${a[i].tag}`;
        changed.set(key, (changed.get(key) ?? 0) + 1);
      }
      if (a[i].lemma !== b[i].lemma) lemmas++;
    }
  }
  const pc = (n: number) => ((100 * n) / words).toFixed(2);
  console.log(`${name}: ${sentences.length} sentences, ${words} words: tag changed ${tags} (${pc(tags)}%), lemma changed ${lemmas} (${pc(lemmas)}%)`);
}
if (show) for (const [k, n] of [...changed].sort((x, y) => y[1] - x[1]).slice(0, 80)) console.log(`  ${n}  ${k}`);

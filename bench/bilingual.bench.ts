// Bilingual review: aligning and checking a 100k-word source/translation pair. The pair is built
// from the real Chinese news sources and their machine translations in
// ../shared/corpora/mqm-zhen-news (one paragraph per segment, articles repeated to 100k English
// words). Prints figures; never asserts (target in issue #14: align + check ≤ 1 s).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildBilingual, createChecker, detectSourceLanguage } from '../src/core';
import { buildDocument } from '../src/core/document';
import { median } from './corpus';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const file = join(process.cwd(), '..', 'shared', 'corpora', 'mqm-zhen-news', 'dev.jsonl.gz');
const rows = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { system: string; doc: string; seg: number; source: string; target: string });
const segments = new Map<string, { source: string; target: string }>();
for (const r of rows) {
  const key = `${r.system}\t${r.doc}\t${String(r.seg).padStart(4, '0')}`;
  if (!segments.has(key)) segments.set(key, { source: r.source.replace(/<\/?v>/g, ''), target: r.target.replace(/<\/?v>/g, '') });
}
const ordered = [...segments.keys()].sort().map((k) => segments.get(k)!);
const source: string[] = [];
const target: string[] = [];
let words = 0;
for (let i = 0; words < 100_000; i++) {
  const s = ordered[i % ordered.length];
  source.push(s.source);
  target.push(s.target);
  words += s.target.split(/\s+/).length;
}
const sourceText = source.join('\n\n') + '\n';
const targetText = target.join('\n\n') + '\n';
console.log(`pair: ${words} English words, ${target.length} paragraphs a side, ${sourceText.length} source characters`);

const language = detectSourceLanguage(sourceText);
const sourceDoc = buildDocument(sourceText);
const targetDoc = buildDocument(targetText);
const alignTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  buildBilingual(sourceDoc, targetDoc, language);
  alignTimes.push(performance.now() - t);
}
console.log(`align only (documents built, per-paragraph readings cached after the first run): ${ms(median(alignTimes))}`);

const checker = createChecker();
checker.check(targetText);
const cpu0 = process.cpuUsage();
let t0 = performance.now();
const result = checker.check(targetText, { source: sourceText });
const first = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const accuracy = result.issues.filter((i) => i.category === 'accuracy').length;
console.log(
  `align + accuracy checks on top of a checked translation (source read for the first time): ${ms(first)} wall, ${ms((cpu.user + cpu.system) / 1000)} CPU (target ≤ 1 s); ${accuracy} accuracy issues; ${JSON.stringify(result.bilingual?.paragraphs)}`,
);
const fresh = createChecker();
t0 = performance.now();
fresh.check(targetText, { source: sourceText });
console.log(`whole first check with the source (monolingual rules too, nothing cached): ${ms(performance.now() - t0)}`);
const edited = target.map((p, i) => (i === 500 ? p.replace(/\.$/, ' (edited).') : p)).join('\n\n') + '\n';
t0 = performance.now();
const cpu1 = process.cpuUsage();
checker.check(edited, { source: sourceText });
const recheckCpu = process.cpuUsage(cpu1);
// The checker keeps its last alignment, so only the edited stretch is aligned again, and the
// group-wise accuracy rules' findings, so they run again only on the aligned groups the edit changed.
console.log(`re-check with the source after a one-paragraph edit: ${ms(performance.now() - t0)} wall, ${ms((recheckCpu.user + recheckCpu.system) / 1000)} CPU`);

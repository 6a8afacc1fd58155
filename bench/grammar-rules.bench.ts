// The grammar layer's rules one by one, on and off by default alike, on real machine translation:
// for each rule its issues on the MQM news (../shared/corpora/mqm-zhen-news, articles built as
// score-mqm.mjs builds them), the share some rater also marked (confirmed; an issue over 40
// characters never counts), how many Fluency/Grammar spans it overlaps, and its flags on the MLQE-PE
// post-edits (articles of 25 sentences), "untouched" where the post-editor left the sentence as the
// MT wrote it. Never asserts. ONLY=rule,rule limits the rules; V=1 lists every issue (OK/NO:
// confirmed or not, G: on a grammar span; PE!: on an untouched post-edit); MISS=regex lists the
// grammar spans no rule overlaps whose text matches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createChecker } from '../src/core';
import { GRAMMAR_RULES } from '../src/core/rules/grammar';
import { CORPUS_DIR, detokenize } from './corpus';

const only = (process.env.ONLY ?? '').split(',').filter(Boolean);
const ids = GRAMMAR_RULES.map((r) => r.id).filter((id) => only.length === 0 || only.includes(id));
const rulesOn: Record<string, boolean> = {};
for (const r of GRAMMAR_RULES) rulesOn[r.id] = ids.includes(r.id);
const checker = createChecker();
type Row = { system: string; doc: string; seg: number; rater: string; target: string; category: string };
const rows = gunzipSync(readFileSync(join(CORPUS_DIR, '..', 'mqm-zhen-news', 'dev.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const strip = (t: string) => t.replace(/<\/?v>/g, '');
const segs = new Map<string, { texts: Map<string, number>; rows: Row[]; art: string; n: number }>();
for (const r of rows) {
  const k = `${r.system}\t${r.doc}\t${r.seg}`;
  if (!segs.has(k)) segs.set(k, { texts: new Map(), rows: [], art: `${r.system}\t${r.doc}`, n: r.seg });
  const s = segs.get(k)!;
  s.texts.set(strip(r.target), (s.texts.get(strip(r.target)) ?? 0) + 1);
  s.rows.push(r);
}
const arts = new Map<string, { text: string; spans: { a: number; b: number; cat: string }[] }>();
for (const s of [...segs.values()].sort((x, y) => x.n - y.n)) {
  const text = [...s.texts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  if (!arts.has(s.art)) arts.set(s.art, { text: '', spans: [] });
  const A = arts.get(s.art)!;
  const off = A.text.length;
  for (const r of s.rows) {
    const i = r.target.indexOf('<v>');
    const j = r.target.indexOf('</v>');
    if (i < 0 || j < i || strip(r.target) !== text) continue;
    A.spans.push({ a: off + i, b: Math.max(off + j - 3, off + i + 1), cat: r.category });
  }
  A.text += text + '\n\n';
}
const stat: Record<string, { n: number; conf: number; gram: number; pe: number; peClean: number }> = {};
for (const id of ids) stat[id] = { n: 0, conf: 0, gram: 0, pe: 0, peClean: 0 };
const verbose = process.env.V !== undefined;
let gramHit = 0;
let gramTotal = 0;
const hitSpans = new Set<string>();
for (const [name, A] of arts) {
  const res = checker.check(A.text, { rules: rulesOn });
  const issues = res.issues.filter((i) => ids.includes(i.rule));
  for (const i of issues) {
    const ov = A.spans.filter((s) => i.end - i.start <= 40 && i.start < s.b && i.end > s.a);
    const st = stat[i.rule];
    st.n++;
    if (ov.length) st.conf++;
    if (ov.some((s) => s.cat === 'Fluency/Grammar')) st.gram++;
    for (const s of ov) if (s.cat === 'Fluency/Grammar') hitSpans.add(`${name}\t${s.a}\t${s.b}`);
    if (verbose) {
      const ctx = A.text.slice(Math.max(0, i.start - 50), i.end + 30).replace(/\n/g, ' ');
      console.log(`${ov.length ? 'OK ' : 'NO '}${ov.some((s) => s.cat === 'Fluency/Grammar') ? 'G' : ' '} ${i.rule}: [${A.text.slice(i.start, i.end)}] -> ${i.suggestions[0] ?? ''}   …${ctx}…  {${[...new Set(ov.map((s) => s.cat))].join('; ')}}`);
    }
  }
  const seen = new Set<string>();
  for (const s of A.spans) if (s.cat === 'Fluency/Grammar' && !seen.has(`${s.a}\t${s.b}`)) {
    seen.add(`${s.a}\t${s.b}`);
    gramTotal++;
    if (process.env.MISS && !hitSpans.has(`${name}\t${s.a}\t${s.b}`) && new RegExp(process.env.MISS).test(A.text.slice(s.a, s.b))) console.log(`MISS ${A.text.slice(Math.max(0, s.a - 60), s.a)}[${A.text.slice(s.a, s.b)}]${A.text.slice(s.b, s.b + 40)}`.replace(/\n/g, ' '));
  }
}
gramHit = hitSpans.size;
// MLQE-PE post-edits, articles of 25 sentences; "untouched": pe == mt.
for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.pe')).sort()) {
  const pe = readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n');
  const mt = readFileSync(join(CORPUS_DIR, file.replace(/\.pe$/, '.mt')), 'utf8').split('\n');
  for (let i = 0; i < pe.length; i += 25) {
    const lines = pe.slice(i, i + 25).map(detokenize);
    const text = lines.join('\n\n') + '\n';
    const starts: number[] = [];
    let o = 0;
    for (const l of lines) { starts.push(o); o += l.length + 2; }
    for (const is of checker.check(text, { rules: rulesOn }).issues) {
      if (!ids.includes(is.rule)) continue;
      stat[is.rule].pe++;
      let k = starts.length - 1;
      while (starts[k] > is.start) k--;
      const untouched = pe[i + k]?.trim() === mt[i + k]?.trim();
      if (untouched) stat[is.rule].peClean++;
      if (verbose) console.log(`PE${untouched ? '!' : ' '} ${is.rule}: [${text.slice(is.start, is.end)}] -> ${is.suggestions[0] ?? ''}   …${text.slice(Math.max(0, is.start - 50), is.end + 30).replace(/\n/g, ' ')}…`);
    }
  }
}
for (const [id, s] of Object.entries(stat)) if (s.n || s.pe) console.log(`${id}: ${s.n} issues, confirmed ${s.n ? Math.round((100 * s.conf) / s.n) : 0}%, on grammar spans ${s.gram}; post-edits ${s.pe} (untouched ${s.peClean})`);
console.log(`grammar spans hit by the grammar layer: ${gramHit}/${gramTotal}`);

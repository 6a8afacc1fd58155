/**
 * Benchmark texts built from the real MT sentences in ../shared/corpora/mlqe-pe-en (Moses-tokenized,
 * so they are detokenized first to read like an article): the machine translation and its
 * professional post-edit, grouped into paragraphs of five sentences, line for line the same grouping.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Where the corpus lives, relative to the repository root the benchmarks run from. */
export const CORPUS_DIR = join(process.cwd(), '..', 'shared', 'corpora', 'mlqe-pe-en');

/** Undoes Moses tokenization well enough for prose: no space before punctuation, quotes hugged. */
export function detokenize(line: string): string {
  let quoteOpen = false;
  const out: string[] = [];
  for (const token of line.trim().split(/\s+/)) {
    if (token === '"') {
      if (quoteOpen) out[out.length - 1] = (out[out.length - 1] ?? '') + '"';
      else out.push('"');
      quoteOpen = !quoteOpen;
      continue;
    }
    const last = out[out.length - 1];
    if (/^[.,;:!?%)\]]+$/.test(token) || /^'(s|re|ve|ll|d|m)$/i.test(token) || token === "n't") {
      out[out.length - 1] = (last ?? '') + token;
    } else if (last !== undefined && (/[([]$/.test(last) || (last === '"' && quoteOpen))) {
      out[out.length - 1] = last + token;
    } else out.push(token);
  }
  return out.join(' ');
}

/** Sentence pairs (mt, pe) from every `.mt` file of the corpus, in a fixed order. */
export function sentencePairs(): { mt: string; pe: string }[] {
  const pairs: { mt: string; pe: string }[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.mt')).sort()) {
    const mt = readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n');
    const pe = readFileSync(join(CORPUS_DIR, file.replace(/\.mt$/, '.pe')), 'utf8').split('\n');
    for (let i = 0; i < mt.length; i++) if (mt[i]?.trim()) pairs.push({ mt: detokenize(mt[i]), pe: detokenize(pe[i] ?? '') });
  }
  return pairs;
}

/** An article of about `words` words of real MT text, and the same article post-edited. */
export function article(words = 100_000): { mt: string; pe: string; words: number } {
  const pairs = sentencePairs();
  const mtParas: string[] = [];
  const peParas: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 5) {
    const group = Array.from({ length: 5 }, (_, k) => pairs[(i + k) % pairs.length]);
    mtParas.push(group.map((p) => p.mt).join(' '));
    peParas.push(group.map((p) => p.pe).join(' '));
    count += mtParas[mtParas.length - 1].split(/\s+/).length;
  }
  return { mt: mtParas.join('\n\n') + '\n', pe: peParas.join('\n\n') + '\n', words: count };
}

/** Median of timings in ms. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times `fn` `runs` times after `warmup` runs; returns the median in ms. */
export function time(fn: () => unknown, runs = 10, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Times `fn` `runs` times after `warmup` runs; returns the medians of wall and CPU time (user +
 * system, process.cpuUsage) in ms. On a shared machine the CPU time is the steadier figure.
 */
export function timeCpu(fn: () => unknown, runs = 10, warmup = 2): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/**
 * Writes a day's copy into `root`: `articles` files of about `words` words each, paragraphs of five
 * real MT sentences (sentencePairs), in ten desks as a newsroom's folders might be
 * (`desk-00/article-000.txt` …). Returns how many words were written.
 */
export function writeDesk(root: string, articles: number, words: number): number {
  const pairs = sentencePairs();
  let next = 0;
  let total = 0;
  for (let a = 0; a < articles; a++) {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const group = Array.from({ length: 5 }, () => pairs[next++ % pairs.length].mt);
      paragraphs.push(group.join(' '));
      count += paragraphs[paragraphs.length - 1].split(/\s+/).length;
    }
    total += count;
    const desk = join(root, `desk-${String(a % 10).padStart(2, '0')}`);
    mkdirSync(desk, { recursive: true });
    writeFileSync(join(desk, `article-${String(a).padStart(3, '0')}.txt`), paragraphs.join('\n\n') + '\n');
  }
  return total;
}

/** One segment of an MQM article: the Chinese source and one system's machine translation. */
export interface MqmSegment {
  source: string;
  target: string;
}

/**
 * The articles of ../shared/corpora/mqm-zhen-news (dev): each Chinese news source with each
 * system's machine translation, segments in order, the raters' error marks taken out; in the order
 * of system and document. Null when the corpus is not beside the project.
 */
export function mqmArticles(): MqmSegment[][] | null {
  const file = join(process.cwd(), '..', 'shared', 'corpora', 'mqm-zhen-news', 'dev.jsonl.gz');
  if (!existsSync(file)) return null;
  const rows = gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { system: string; doc: string; seg: number; source: string; target: string });
  const strip = (t: string) => t.replace(/<\/?v>/g, '');
  const articles = new Map<string, Map<number, MqmSegment>>();
  for (const r of rows) {
    const key = `${r.system}\t${r.doc}`;
    if (!articles.has(key)) articles.set(key, new Map());
    const segs = articles.get(key)!;
    if (!segs.has(r.seg)) segs.set(r.seg, { source: strip(r.source), target: strip(r.target) });
  }
  return [...articles]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, segs]) => [...segs].sort((a, b) => a[0] - b[0]).map(([, s]) => s));
}

// `verso check FOLDER` on a day's copy: 500 articles of about 500 words made from the real MT
// sentences of ../shared/corpora/mlqe-pe-en (bench/corpus.ts) in a temp folder (never committed),
// checked as a whole process with --jobs 1 and --jobs 2, interleaved runs, wall time and the
// process's peak memory (max RSS, which counts every worker thread: they share the process).
// Target (issue #15): --jobs 2 at most 0.6 of the --jobs 1 time on 2 cores. Also two --jobs 1
// processes on half the files each, at once: what the machine allows. Prints figures only.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, writeDesk } from './corpus';

const ARTICLES = Number(process.env.VERSO_ARTICLES ?? 500);
const WORDS = 500;
const RUNS = Number(process.env.VERSO_RUNS ?? 3);

if (!existsSync('out/cli/check-worker.js')) {
  console.error('bench batch: run `npm run build` first (out/cli/check-worker.js is missing)');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'verso-batch-bench-'));
const words = writeDesk(dir, ARTICLES, WORDS);
// The machine's load: on a shared machine the wall times (and so the ratio) mean little above ~1.
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${ARTICLES} articles, ${words} words (${Math.round(words / ARTICLES)} a file on average), ${availableParallelism()} cores, load average ${load()}`);

interface Run {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  bytes: number;
}

// /usr/bin/time -f gives the child's peak RSS and CPU; the wall time is measured here.
function run(jobs: number, paths: string[] = [dir]): Promise<Run> {
  const args = ['-f', '%M %U %S', process.execPath, 'bin/verso.mjs', 'check', ...paths, '--format', 'jsonl', '--jobs', String(jobs)];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const last = stderr.trim().split('\n').pop() ?? '';
      const [rss, user, sys] = last.split(' ').map(Number);
      if (code !== 0 || !Number.isFinite(rss)) reject(new Error(`verso check --jobs ${jobs} failed (${code}): ${stderr.slice(0, 400)}`));
      else resolve({ ms, cpuMs: (user + sys) * 1000, maxRssMb: rss / 1024, bytes });
    });
  });
}

// The ceiling of any way of sharing the work on this machine: two separate `--jobs 1` processes,
// each on half the folders, started together (nothing shared, nothing waited for); its wall time
// is the later one's. Where the two cores do not give twice the work of one (V8's own compiler and
// GC threads take about a third of a core beside each checking thread), --jobs 2 cannot do better.
const folders = readdirSync(dir).sort().map((name) => join(dir, name));
const halves = [folders.slice(0, folders.length >> 1), folders.slice(folders.length >> 1)];
const results: Record<number, Run[]> = { 1: [], 2: [] };
const apart: number[] = [];
try {
  for (let r = 0; r < RUNS; r++) {
    for (const jobs of r % 2 ? [2, 1] : [1, 2]) results[jobs].push(await run(jobs));
    const start = performance.now();
    await Promise.all(halves.map((half) => run(1, half)));
    apart.push(performance.now() - start);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (results[1][0].bytes !== results[2][0].bytes) console.log(`WARNING: output sizes differ: ${results[1][0].bytes} vs ${results[2][0].bytes} bytes`);
for (const jobs of [1, 2]) {
  const list = results[jobs];
  const wall = list.map((x) => x.ms);
  console.log(
    `--jobs ${jobs}: median ${(median(wall) / 1000).toFixed(2)} s wall (runs ${wall.map((ms) => (ms / 1000).toFixed(2)).join(', ')}), ` +
      `CPU ${(median(list.map((x) => x.cpuMs)) / 1000).toFixed(2)} s, max RSS ${median(list.map((x) => x.maxRssMb)).toFixed(0)} MB`,
  );
}
const ratio = median(results[2].map((x) => x.ms)) / median(results[1].map((x) => x.ms));
const best = Math.min(...results[2].map((x) => x.ms)) / Math.min(...results[1].map((x) => x.ms));
console.log(`--jobs 2 / --jobs 1: ${ratio.toFixed(2)} of the time (medians), ${best.toFixed(2)} (best runs); target ≤ 0.6 on 2 idle cores`);
console.log(
  `two --jobs 1 processes on half the folders each, at once: median ${(median(apart) / 1000).toFixed(2)} s wall, ` +
    `${(median(apart) / median(results[1].map((x) => x.ms))).toFixed(2)} of --jobs 1 (the most any sharing of the work gains here)`,
);
console.log(`load average at the end: ${load()}`);

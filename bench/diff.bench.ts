// The diff on a 100k-word article (real MT and its post-edit, bench/corpus.ts). Prints figures only.
// Targets: full diff ≤ 100 ms in-process; one-paragraph re-diff ≤ 2 ms; the whole
// `verso diff --format json` process at least as fast as `dwdiff` on the same files (issue #15).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { applyChanges, diffTexts, DocumentDiff } from '../src/core';
import { article, median, time } from './corpus';

const { mt, pe, words } = article(100_000);
const changes = diffTexts(mt, pe);
if (applyChanges(mt, changes) !== pe) throw new Error('diff does not reproduce the post-edit');
console.log(`article: ${words} words, ${mt.split('\n\n').length} paragraphs, ${changes.length} changes`);
console.log(`full diff in-process: ${time(() => diffTexts(mt, pe), 10, 3).toFixed(1)} ms (target ≤ 100 ms)`);

// One-paragraph edits: type a word into a paragraph in the middle, then delete it again.
const review = new DocumentDiff(mt, pe);
const at = pe.indexOf('\n\n', pe.length >> 1) - 10;
const edited = pe.slice(0, at) + ' inserted' + pe.slice(at);
const timings: number[] = [];
for (let k = 0; k < 40; k++) {
  const t0 = performance.now();
  review.update(k % 2 === 0 ? edited : pe);
  timings.push(performance.now() - t0);
}
console.log(`one-paragraph re-diff (DocumentDiff.update): median ${median(timings.slice(4)).toFixed(2)} ms (target ≤ 2 ms)`);
// The same edits through applyEdit, which is told where the edit is instead of comparing texts.
const edits: number[] = [];
for (let k = 0; k < 40; k++) {
  const t0 = performance.now();
  if (k % 2 === 0) review.applyEdit(at, at, ' inserted');
  else review.applyEdit(at, at + ' inserted'.length, '');
  edits.push(performance.now() - t0);
}
if (review.b !== pe) throw new Error('applyEdit did not restore the post-edit');
console.log(`one-paragraph re-diff (DocumentDiff.applyEdit, building the new 600 kB text included): median ${median(edits.slice(4)).toFixed(2)} ms`);
const t0 = performance.now();
const stats = review.stats();
console.log(`document stats (TER per sentence pair, first time): ${(performance.now() - t0).toFixed(0)} ms; HTER ${stats.ter.toFixed(4)}, ${stats.paragraphs.length} paragraphs`);

// Whole processes on the same files. Where `verso diff --format json` spends its CPU (CPU
// profile and per-thread CPU from /proc, 2-core shared machine, Dec 2026): the main thread about
// 0.5 s (the diff ~40% of it, mostly in V8's interpreter and baseline tiers since each function
// runs cold once; TERCOM per sentence segment for the stats ~50%: ~6,000 changed segments, half
// of them through the shift search; start-up, reading, JSON the rest), and V8's own background
// threads (concurrent compilation and garbage collection) 0.3-0.45 s more. `--format patch` skips
// the TER stats. Computing the stats on a worker thread fed with the diff's blocks was tried: it
// cut the main thread's CPU by ~0.13 s but added ~0.2-0.3 s CPU (a second isolate warming the
// TER code up again), and on the loaded machine it was slower in wall time too, so it is not used.
// Since then (Dec 2026) TERCOM's edit distance runs column from column (a shifted hypothesis
// recomputes only past its first moved word), the search allocates almost nothing per segment
// and segments are hashed to word ids in place: the 4,816 changed segments' TER search took
// ~300 ms CPU in a fresh process (~170 ms warm) and takes ~210 (~100) on the same loaded machine;
// what is left of it is the shift search's candidate scoring and the alignment paths, and
// of the diff the tokenizer (encodeTexts), jsdiff's Myers steps (execEditLength) and the anchors.
const dir = join('bench', 'data');
mkdirSync(dir, { recursive: true });
const fileA = join(dir, 'article.mt.txt');
const fileB = join(dir, 'article.pe.txt');
writeFileSync(fileA, mt);
writeFileSync(fileB, pe);
if (!existsSync('out/cli/verso.js')) spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });

// Whole processes, interleaved (one run of each command in turn, VERSO_RUNS rounds, 7 by default): wall time measured
// here, CPU (user + system, every thread of the process) by /usr/bin/time where it exists. The
// machine's load average is printed with them: on a shared 2-core machine, wall times under load
// say little, and CPU a little more.
interface Timing {
  wall: number;
  cpu: number;
}
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const runOnce = (cmd: string, args: string[]): Timing => {
  const start = performance.now();
  const run = hasTime ? spawnSync(TIME, ['-f', '%U %S', cmd, ...args], { maxBuffer: 1 << 30 }) : spawnSync(cmd, args, { maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  if (run.error) throw run.error;
  const last = hasTime ? (run.stderr.toString().trim().split('\n').pop() ?? '') : '';
  const [user, sys] = last.split(' ').map(Number);
  return { wall, cpu: hasTime ? (user + sys) * 1000 : NaN };
};
const commands: [string, string, string[]][] = [
  ['git diff --no-index --word-diff=porcelain', 'git', ['diff', '--no-index', '--word-diff=porcelain', fileA, fileB]],
  ['node -e 0 (an empty Node.js process, the floor of any verso command)', process.execPath, ['-e', '0']],
  ['verso diff --format json', process.execPath, ['bin/verso.mjs', 'diff', fileA, fileB, '--format', 'json']],
  ['verso diff (text)', process.execPath, ['bin/verso.mjs', 'diff', fileA, fileB]],
  ['verso diff --format patch (no TER stats)', process.execPath, ['bin/verso.mjs', 'diff', fileA, fileB, '--format', 'patch']],
];
const dwdiff = spawnSync('dwdiff', ['--version']);
if (!dwdiff.error) commands.unshift(['dwdiff (a C word diff)', 'dwdiff', [fileA, fileB]]);
else console.log('dwdiff is not installed (apt-get install dwdiff): no dwdiff figures');
const processTimings = commands.map((): Timing[] => []);
const ROUNDS = Math.max(1, Number(process.env.VERSO_RUNS ?? 7) || 7);
const loadBefore = loadavg()[0];
for (let round = 0; round < ROUNDS; round++) commands.forEach(([, cmd, args], k) => processTimings[k].push(runOnce(cmd, args)));
const loadAfter = loadavg()[0];
console.log(`whole processes, ${ROUNDS} interleaved rounds; load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)} on ${availableParallelism()} cores`);
const range = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;
commands.forEach(([name], k) => {
  const list = processTimings[k];
  const cpu = hasTime ? `, CPU ${range(list.map((t) => t.cpu))}` : '';
  console.log(`${name}: wall ${range(list.map((t) => t.wall))}${cpu}`);
});

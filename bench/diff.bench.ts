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
// profiles, 2-core shared machine, Dec 2026): on one thread, about 0.45 s of main-thread work
// (the diff ~45% of it: the tokenizer (encodeTexts), the anchors and alignment, the character
// refinement, jsdiff's Myers steps, mostly in V8's interpreter and baseline tiers since each
// function runs cold once; TERCOM per sentence segment for the stats ~40%: ~4,800 changed
// segments, ~1,900 of them through the shift search, ~4,000 shifts taken; start-up, reading,
// JSON the rest), and V8's own background threads (concurrent compilation, GC) 0.25-0.3 s more.
// `--format patch` skips the TER stats. Since Dec 2026 `verso diff` scores the stats on a second
// thread for files of 64 KB or more while a core is free (load average at least half a core below
// the cores; VERSO_DIFF_THREAD=on|off forces it), fed the blocks as they are diffed:
// the thread is up ~35-50 ms after it is started (before the files are read), gets its first
// blocks once the paragraphs are aligned, and ends about when the main thread has written the
// changes. That costs ~60-120 ms CPU more (the second isolate's start-up, the TER code compiled
// there). Measured on this shared 2-core machine (Dec 2026; never quieter than load ~2.5 while
// measuring), median wall of 7-15 interleaved runs, with the thread against without it (or the
// build before it): load 2.6, 471 ms against 489 (before); load 3.2-3.8, no difference (509
// against 510 off; 594 against 592 before, best run 476 against 524); load 5-6, slower: two threads and V8's compiler threads on two busy cores slow each other down (on
// the first 64, 128 and 256 KB of these files 689 against 608 ms, 453 against 357, 927 against
// 537; on the whole pair 1118 against 1057). Hence the load condition. On an idle machine the two
// halves would overlap (a quiet machine was not available to measure it).
// Tried in Dec 2026: the main thread, once its changes written, scoring the batches the thread had
// not reached (claimed through shared memory): slower (740 against 704 ms wall, load 1-3), its own
// copy of the TER code being cold. It now does so only for a thread that has not started.
// What is left on the critical path: the diff itself (~190 ms cold on a quiet machine against
// ~75 warm) and, on the thread, the TER search (~170 ms cold: candidate scoring, alignment paths).
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
const runOnce = (cmd: string, args: string[], env?: Record<string, string>): Timing => {
  const start = performance.now();
  const options = { maxBuffer: 1 << 30, env: { ...process.env, ...env } };
  const run = hasTime ? spawnSync(TIME, ['-f', '%U %S', cmd, ...args], options) : spawnSync(cmd, args, options);
  const wall = performance.now() - start;
  if (run.error) throw run.error;
  const last = hasTime ? (run.stderr.toString().trim().split('\n').pop() ?? '') : '';
  const [user, sys] = last.split(' ').map(Number);
  return { wall, cpu: hasTime ? (user + sys) * 1000 : NaN };
};
const json = ['bin/verso.mjs', 'diff', fileA, fileB, '--format', 'json'];
const commands: [string, string, string[], Record<string, string>?][] = [
  ['git diff --no-index --word-diff=porcelain', 'git', ['diff', '--no-index', '--word-diff=porcelain', fileA, fileB]],
  ['node -e 0 (an empty Node.js process, the floor of any verso command)', process.execPath, ['-e', '0']],
  ['verso diff --format json (TER thread when a core is free)', process.execPath, json],
  ['verso diff --format json, VERSO_DIFF_THREAD=on (TER thread always)', process.execPath, json, { VERSO_DIFF_THREAD: 'on' }],
  ['verso diff --format json, VERSO_DIFF_THREAD=off (one thread)', process.execPath, json, { VERSO_DIFF_THREAD: 'off' }],
  ['verso diff (text)', process.execPath, ['bin/verso.mjs', 'diff', fileA, fileB]],
  ['verso diff --format patch (no TER stats)', process.execPath, ['bin/verso.mjs', 'diff', fileA, fileB, '--format', 'patch']],
];
const dwdiff = spawnSync('dwdiff', ['--version']);
if (!dwdiff.error) commands.unshift(['dwdiff (a C word diff)', 'dwdiff', [fileA, fileB]]);
else console.log('dwdiff is not installed (apt-get install dwdiff): no dwdiff figures');
const processTimings = commands.map((): Timing[] => []);
const ROUNDS = Math.max(1, Number(process.env.VERSO_RUNS ?? 7) || 7);
const loadBefore = loadavg()[0];
for (let round = 0; round < ROUNDS; round++) commands.forEach(([, cmd, args, env], k) => processTimings[k].push(runOnce(cmd, args, env)));
const loadAfter = loadavg()[0];
console.log(`whole processes, ${ROUNDS} interleaved rounds; load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)} on ${availableParallelism()} cores`);
const range = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;
commands.forEach(([name], k) => {
  const list = processTimings[k];
  const cpu = hasTime ? `, CPU ${range(list.map((t) => t.cpu))}` : '';
  console.log(`${name}: wall ${range(list.map((t) => t.wall))}${cpu}`);
});

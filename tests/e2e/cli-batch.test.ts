// The built `verso check` on several jobs: worker threads started from out/cli/check-worker.js,
// output in the order of the files whatever thread finished first.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFiles } from '../../src/cli/batch/pool';
import type { FileOutcome } from '../../src/cli/batch/check-file';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'verso-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A long article first, then short ones of different sizes in nested folders, one refused file.
mkdirSync(join(dir, 'desk', 'b'), { recursive: true });
writeFileSync(join(dir, 'desk', 'a-long.txt'), Array.from({ length: 40 }, (_, k) => sample.replace(/\.$/gm, ` (${k}).`)).join('\n'));
for (let k = 0; k < 12; k++) {
  const text = sample.split('\n').slice(0, 2 + (k % 5) * 3).join('\n').replace('offencive', k % 2 ? 'offencive' : 'offensive');
  writeFileSync(join(dir, 'desk', k % 3 ? 'b' : '', `c-${String(k).padStart(2, '0')}.txt`), text);
}
writeFileSync(join(dir, 'desk', 'b', 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
const desk = join(dir, 'desk');

function verso(...args: string[]) {
  return spawnSync(process.execPath, ['bin/verso.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

describe('verso check --jobs (built)', () => {
  it.each(['text', 'json', 'jsonl'])('prints the same %s output, in the same order, on 1 and on 2 jobs', (format) => {
    const one = verso('check', desk, '--format', format, '--jobs', '1');
    const two = verso('check', desk, '--format', format, '--jobs', '2');
    expect(one.status, one.stderr).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/^verso check: .*photo\.md is not a text file.*\n$/);
    if (format === 'jsonl') {
      const files = one.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).file);
      expect(files).toHaveLength(13);
      expect(files).toEqual([...files].sort());
    }
    if (format === 'json') expect(JSON.parse(one.stdout)).toHaveLength(13);
  });

  it('checks on two threads at once (this one and a worker): short files finish while the long one is still being checked', async () => {
    const files = [join(desk, 'a-long.txt'), ...Array.from({ length: 12 }, (_, k) => join(desk, k % 3 ? 'b' : '', `c-${String(k).padStart(2, '0')}.txt`))];
    const finished: number[] = [];
    const outcomes = new Map<number, FileOutcome>();
    await checkFiles(files, { settings: { format: 'jsonl', dialect: 'auto' }, jobs: 2, workerScript: pathToFileURL('out/cli/check-worker.js') }, (index, outcome) => {
      finished.push(index);
      outcomes.set(index, outcome);
    });
    expect([...finished].sort((a, b) => a - b)).toEqual(files.map((_, k) => k));
    // The worker takes the long file first; this thread meanwhile checks the short ones.
    expect(finished.indexOf(0)).toBeGreaterThan(0);
    const first = outcomes.get(0) as { output: string };
    expect(JSON.parse(first.output).file).toBe(files[0]);
  });

  it('fails with --fail-on error on several jobs when one file has an error', () => {
    const run = verso('check', join(desk, 'b'), '--fail-on', 'error', '--jobs', '2');
    expect(run.status).toBe(2);
    const good = verso('check', join(desk, 'c-00.txt'), join(desk, 'c-03.txt'), join(desk, 'b', 'c-01.txt'), '--fail-on', 'error', '--jobs', '2');
    expect(good.status, good.stderr).toBe(1);
    expect(good.stdout).toMatch(/c-01\.txt:\d+:\d+ {2}error {2}spelling/);
  });
});

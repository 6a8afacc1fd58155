// The built `verso check` on several jobs: worker threads started from out/cli/check-worker.js,
// each file checked in two parts on threads of both parts, output in the order of the files
// whatever thread finished first.
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

  it.each([2, 3])('checks each file in two parts on %i jobs (threads of both parts), each file\'s outcome the one-job outcome', async (jobs) => {
    const files = [join(desk, 'a-long.txt'), ...Array.from({ length: 12 }, (_, k) => join(desk, k % 3 ? 'b' : '', `c-${String(k).padStart(2, '0')}.txt`))];
    const run = async (n: number) => {
      const outcomes = new Map<number, FileOutcome>();
      await checkFiles(files, { settings: { format: 'jsonl', dialect: 'auto' }, jobs: n, workerScript: pathToFileURL('out/cli/check-worker.js') }, (index, outcome) => {
        expect(outcomes.has(index)).toBe(false);
        outcomes.set(index, outcome);
      });
      return outcomes;
    };
    const one = await run(1);
    const several = await run(jobs);
    expect([...several.keys()].sort((a, b) => a - b)).toEqual(files.map((_, k) => k));
    for (const [index, outcome] of several) expect(outcome).toEqual(one.get(index));
    // Both parts' rules are in the reports: spelling (second part) and boilerplate (first part) issues.
    const reports = [...several.values()].map((o) => JSON.parse((o as { output: string }).output));
    expect(JSON.parse((several.get(0) as { output: string }).output).file).toBe(files[0]);
    const rules = new Set(reports.flatMap((r) => r.issues.map((i: { rule: string }) => i.rule)));
    expect(rules.has('spelling')).toBe(true);
    expect(rules.has('boilerplate')).toBe(true);
  });

  it('fails with --fail-on error on several jobs when one file has an error', () => {
    const run = verso('check', join(desk, 'b'), '--fail-on', 'error', '--jobs', '2');
    expect(run.status).toBe(2);
    const good = verso('check', join(desk, 'c-00.txt'), join(desk, 'c-03.txt'), join(desk, 'b', 'c-01.txt'), '--fail-on', 'error', '--jobs', '2');
    expect(good.status, good.stderr).toBe(1);
    expect(good.stdout).toMatch(/c-01\.txt:\d+:\d+ {2}error {2}spelling/);
  });
});

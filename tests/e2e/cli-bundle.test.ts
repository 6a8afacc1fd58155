// The built command line, run as a user runs it: `node bin/verso.mjs …` in a child process.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE = 'resources/samples/iraq-heroes-operation.txt';

function verso(...args: string[]) {
  return spawnSync(process.execPath, ['bin/verso.mjs', ...args], { encoding: 'utf8' });
}

describe('bin/verso.mjs (built)', () => {
  it('keeps the dictionaries out of the entry bundle, so diff, ter and --help start quickly', () => {
    expect(statSync('out/cli/verso.js').size).toBeLessThan(1_000_000);
    const run = verso('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/check .*\n.*diff .*\n.*fix .*\n.*ter /);
  });

  it('checks the sample and reports offencive with offensive first, in the JSON contract', () => {
    const run = verso('check', SAMPLE, '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.file).toBe(SAMPLE);
    expect(report.machineTranslated).toBe(true);
    expect(report.language.code).toBe('eng');
    expect(Object.keys(report.stats).sort()).toEqual(['paragraphs', 'words']);
    const text = readFileSync(SAMPLE, 'utf8');
    const offencive = report.issues.find((i: { text: string }) => i.text === 'offencive');
    expect(offencive).toMatchObject({ rule: 'spelling', category: 'spelling', severity: 'error' });
    expect(offencive.suggestions[0]).toBe('offensive');
    expect(text.slice(offencive.start, offencive.end)).toBe('offencive');
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual(
        expect.arrayContaining(['id', 'rule', 'category', 'severity', 'message', 'start', 'end', 'line', 'column', 'text', 'suggestions']),
      );
    }
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-cli-'));
    try {
      // About 1 MB of JSON: far more than a pipe holds, so the writes go on after head has left.
      const file = join(dir, 'repeats.txt');
      writeFileSync(file, 'The the council met. '.repeat(3000));
      const script = `"${process.execPath}" bin/verso.mjs check "${file}" --format json 2>"${join(dir, 'err')}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('0');
      expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with --fail-on error when errors exist, and passes text format lines', () => {
    const run = verso('check', SAMPLE, '--fail-on', 'error');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^resources\/samples\/iraq-heroes-operation\.txt:\d+:\d+ {2}error {2}spelling {2}.+ {2}-> offensive$/m);
  });

  it('diffs two files as JSON with changes and stats', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-cli-'));
    try {
      const corrected = join(dir, 'corrected.txt');
      writeFileSync(corrected, readFileSync(SAMPLE, 'utf8').replace('offencive', 'offensive'));
      const run = verso('diff', SAMPLE, corrected, '--format', 'json');
      expect(run.status, run.stderr).toBe(0);
      const diff = JSON.parse(run.stdout);
      expect(diff.changes).toHaveLength(1);
      expect(diff.changes[0]).toMatchObject({ kind: 'replace' });
      expect(Object.keys(diff.stats).sort()).toEqual(['edits', 'ter', 'wordsA', 'wordsB']);
      expect(diff.stats.edits).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a binary file with one line on stderr, status 2, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-cli-'));
    try {
      const binary = join(dir, 'photo.txt');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
      const out = join(dir, 'out.txt');
      for (const args of [['check', binary], ['fix', binary, '-o', out], ['diff', binary, SAMPLE]]) {
        const run = verso(...args);
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stdout).toBe('');
      }
      expect(readdirSync(dir)).toEqual(['photo.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

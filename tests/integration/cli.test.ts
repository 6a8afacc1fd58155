import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder, verso } from '../helpers/cli';

const folder = tempFolder('verso-cli-');
afterAll(() => folder.remove());

describe('verso', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await verso('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: verso COMMAND/);
  });

  it('prints the package version', async () => {
    const run = await verso('--version');
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses an unknown command with one line on stderr and status 2', async () => {
    const run = await verso('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});

describe('every command reads its files the same way', () => {
  // A sparse 3 GB file: no disk used, and reading it would take long and fail differently.
  const huge = folder.file('huge.txt', '');
  truncateSync(huge, 3 * 1024 ** 3);
  const small = folder.file('small.txt', 'One line.\n');
  const dir = join(folder.dir, 'a-folder');
  mkdirSync(dir);
  const out = join(folder.dir, 'out.txt');

  it.each([
    ['check', () => ['check', huge]],
    ['fix', () => ['fix', huge, '-o', out]],
    ['diff', () => ['diff', small, huge]],
    ['ter', () => ['ter', huge, small]],
  ])('%s refuses a file over 20 MB unread: one line, status 2, nothing written', async (command, args) => {
    const run = await verso(...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(`verso ${command}: ${huge} is too large to open (3072 MB; the limit is 20 MB).`);
    expect(existsSync(out)).toBe(false);
  });

  // `check` takes folders (searched for articles): tests/integration/cli-check-batch.test.ts.
  it.each([
    ['diff', () => ['diff', dir, small]],
    ['ter', () => ['ter', small, dir]],
  ])('%s refuses a folder by name', async (command, args) => {
    const run = await verso(...args());
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`verso ${command}: ${dir}: is a directory, not a file`);
  });
});

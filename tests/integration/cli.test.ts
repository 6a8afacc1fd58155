import { describe, expect, it } from 'vitest';
import { verso } from '../helpers/cli';

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

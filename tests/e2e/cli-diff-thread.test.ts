// The built `verso diff` on big files, where it scores TER on its second thread
// (out/cli/diff-stats-worker.js): the same bytes as the engine gives on one thread, in every format.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { statsThreadPays } from '../../src/cli/diff-stats/thread';
import { tempFolder, verso as versoInProcess } from '../helpers/cli';
import { corpusArticle, mlqeCorpus } from '../helpers/corpus';

const folder = tempFolder('verso-diff-thread-e2e-');
afterAll(() => folder.remove());

/** The built CLI, with its TER thread forced on or off whatever the machine's load (VERSO_DIFF_THREAD). */
const built = (thread: 'on' | 'off', ...args: string[]) =>
  spawnSync(process.execPath, ['bin/verso.mjs', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 60_000,
    env: { ...process.env, VERSO_DIFF_THREAD: thread },
  });

// One article from every MLQE-PE file (machine translations, then their post-edits), five sentences a paragraph.
const corpus = mlqeCorpus('cli-diff-thread e2e');
const mt = folder.file('article.mt.txt', corpusArticle(corpus, '.mt'));
const pe = folder.file('article.pe.txt', corpusArticle(corpus, '.pe'));

describe('bin/verso.mjs diff on big files (TER on a second thread)', () => {
  it('is given files the thread is used for when a core is free', () => {
    expect(statsThreadPays(mt, pe, 'auto', 0)).toBe(true);
  });

  for (const format of ['json', 'text', 'patch', 'html']) {
    it(`prints the ${format} format byte for byte as the engine does on one thread, with and without its thread, both ways round`, async () => {
      for (const [a, b] of [
        [mt, pe],
        [pe, mt],
      ]) {
        const alone = await versoInProcess('diff', a, b, '--format', format);
        expect(alone.code).toBe(0);
        for (const thread of ['on', 'off'] as const) {
          const run = built(thread, 'diff', a, b, '--format', format);
          expect(run.status, run.stderr).toBe(0);
          expect(run.stderr).toBe('');
          expect(run.stdout.length, thread).toBe(alone.stdout.length);
          expect(run.stdout === alone.stdout, thread).toBe(true);
        }
      }
    });
  }

  it('refuses a missing second file with one line and status 2, and ends (the thread started for the first does not keep it alive)', () => {
    const run = built('on', 'diff', mt, join(folder.dir, 'no-such-file.txt'), '--format', 'json');
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no-such-file\.txt: no such file/);
  });
});

// `verso diff` scores TER on a second thread on big files (src/cli/diff-stats/). Whatever happens to
// that thread, the output is the one the calling thread gives on its own. (The built CLI with its
// real thread is tested in tests/e2e/cli-diff-thread.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/run';
import { statsThreadPays, THREAD_MIN_BYTES, threadSetting } from '../../src/cli/diff-stats/thread';
import { tempFolder, verso } from '../helpers/cli';
import { corpusArticle, mlqeCorpus } from '../helpers/corpus';

const folder = tempFolder('verso-diff-thread-');
afterAll(() => folder.remove());

// An article from every MLQE-PE file: the machine translations and their post-edits, five
// sentences a paragraph.
const corpus = mlqeCorpus('cli-diff-thread.test');
const mt = folder.file('article.mt.txt', corpusArticle(corpus, '.mt'));
const pe = folder.file('article.pe.txt', corpusArticle(corpus, '.pe'));

/** `verso ARGS` in-process with `diffStatsWorker` set to `script`. */
async function versoWithThread(script: URL, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), diffStatsWorker: script });
  return { code, stdout, stderr };
}

describe('when verso diff uses a TER thread', () => {
  const small = folder.file('small.txt', 'A short article.\n');
  it('uses it for big files on a machine with a free core, by default', () => {
    expect(readFileSync(mt).length + readFileSync(pe).length).toBeGreaterThanOrEqual(THREAD_MIN_BYTES);
    expect(statsThreadPays(mt, pe, 'auto', 0)).toBe(availableParallelism() >= 2);
  });
  it('does not use it for small files, while every core is busy, or when a file cannot be read', () => {
    expect(statsThreadPays(small, small, 'auto', 0)).toBe(false);
    expect(statsThreadPays(mt, pe, 'auto', availableParallelism())).toBe(false);
    expect(statsThreadPays(join(folder.dir, 'no-such-file.txt'), pe, 'auto', 0)).toBe(false);
  });
  it('does as VERSO_DIFF_THREAD says when it says on or off', () => {
    expect(statsThreadPays(small, small, 'on', availableParallelism())).toBe(true);
    expect(statsThreadPays(mt, pe, 'off', 0)).toBe(false);
    expect([threadSetting('on'), threadSetting('off'), threadSetting(undefined), threadSetting('yes')]).toEqual([
      'on',
      'off',
      'auto',
      'auto',
    ]);
  });
});

describe('verso diff with a TER thread that fails', () => {
  const broken: [string, URL][] = [
    ['a worker script that does not exist', pathToFileURL(join(folder.dir, 'missing-worker.mjs'))],
    [
      'a worker script that throws as it starts',
      pathToFileURL(folder.file('throws.mjs', "throw new Error('broken worker');\n")),
    ],
    [
      'a worker that ends without answering',
      pathToFileURL(
        folder.file('exits.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.close();\n"),
      ),
    ],
    [
      'a worker that answers with a crash',
      pathToFileURL(
        folder.file(
          'crashes.mjs',
          "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => parentPort.postMessage({ crash: 'no' }));\n",
        ),
      ),
    ],
  ];

  // Whatever the machine's load: these runs use the thread.
  const setting = process.env.VERSO_DIFF_THREAD;
  beforeAll(() => {
    process.env.VERSO_DIFF_THREAD = 'on';
  });
  afterAll(() => {
    if (setting === undefined) delete process.env.VERSO_DIFF_THREAD;
    else process.env.VERSO_DIFF_THREAD = setting;
  });

  for (const format of ['json', 'text']) {
    it(`prints the same ${format} as without a thread, with ${broken.map(([name]) => name).join(', ')}`, async () => {
      const alone = await verso('diff', mt, pe, '--format', format);
      expect(alone.code, alone.stderr).toBe(0);
      expect(alone.stdout).toMatch(
        format === 'json'
          ? /"stats":\{"wordsA":\d+,"wordsB":\d+,"edits":\d+,"ter":0\.\d+\}\}\n$/
          : /HTER 0\.\d+ \(\d+ edits\)\n$/,
      );
      for (const [name, script] of broken) {
        const run = await versoWithThread(script, 'diff', mt, pe, '--format', format);
        expect(run.code, name).toBe(0);
        expect(run.stderr, name).toBe('');
        expect(run.stdout === alone.stdout, name).toBe(true);
      }
    });
  }

  it('does not wait for a thread that claimed no batch (this thread scored them all)', async () => {
    // A thread that takes every message and never answers: the main thread claims every batch,
    // so it has every figure and ends without the thread's answer.
    const silent = pathToFileURL(
      folder.file('silent.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n"),
    );
    const alone = await verso('diff', mt, pe, '--format', 'json');
    const run = await versoWithThread(silent, 'diff', mt, pe, '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout === alone.stdout).toBe(true);
  });

  it('prints the JSON that JSON.stringify gives for the changes and the figures, byte for byte', async () => {
    const run = await verso('diff', mt, pe, '--format', 'json');
    const parsed = JSON.parse(run.stdout) as object;
    expect(run.stdout).toBe(`${JSON.stringify(parsed)}\n`);
  });
});

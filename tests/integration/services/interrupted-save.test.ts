import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { Autosave } from '../../../src/main/services/autosave';
import { writeFileAtomic } from '../../../src/main/services/files';
import type { Session } from '../../../src/shared/session';
import { tempFolder } from '../../helpers/cli';

// The child runs plain node, which cannot load TypeScript: bundle it (and the real service it
// imports) once with Vite, the project's own bundler.
const folder = tempFolder('verso-crash-');
let child = '';
beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: new URL('./children/atomic-write.ts', import.meta.url).pathname,
      outDir: join(folder.dir, 'child'),
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'atomic-write.mjs' } },
    },
  });
  child = join(folder.dir, 'child', 'atomic-write.mjs');
}, 60_000);
afterAll(() => folder.remove());

const BIG = 64 * 1024 * 1024;

/** Starts the child and resolves with the first line it prints. */
function start(args: string[]): { proc: ChildProcess; line: Promise<string>; exit: Promise<NodeJS.Signals | number | null> } {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    proc.on('exit', () => reject(new Error(`child exited before printing: ${out}`)));
  });
  // Tests that kill the child without waiting for a line must not leave a rejection unhandled.
  line.catch(() => undefined);
  const exit = new Promise<NodeJS.Signals | number | null>((resolve) => proc.on('exit', (code, signal) => resolve(signal ?? code)));
  return { proc, line, exit };
}

describe('an interrupted save (a real process, SIGKILLed)', () => {
  it('between flush and rename leaves the previous copy intact', async () => {
    const target = folder.file('review.verso.json', 'previous copy');
    const { proc, line, exit } = start([target, String(BIG), 'pause']);
    const flushed = await line;
    const temp = flushed.replace(/^flushed /, '');
    // The new data really was written and flushed next to the target before the kill.
    expect(statSync(temp).size).toBe(BIG);
    expect(join(temp, '..')).toBe(folder.dir);
    proc.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('previous copy');
    // The next save succeeds and replaces it completely.
    await writeFileAtomic(target, 'next copy');
    expect(readFileSync(target, 'utf8')).toBe('next copy');
  });

  it('at any moment while writing leaves the previous copy intact', async () => {
    const target = folder.file('article.corrected.txt', 'previous copy');
    const { proc, exit } = start([target, String(BIG), 'run']);
    // Kill as soon as the temporary file exists: mid-write for a 64 MB payload.
    const deadline = Date.now() + 20_000;
    while (!readdirSync(folder.dir).some((n) => n.startsWith('.article.corrected.txt.')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1));
    }
    proc.kill('SIGKILL');
    await exit;
    const now = readFileSync(target);
    // Either untouched or (had the child won the race) the complete new file: never partial.
    if (now.length !== BIG) expect(now.toString()).toBe('previous copy');
    else expect(now.every((b) => b === 0x6e)).toBe(true);
  });

  it('is followed by recovery of the autosaved review', async () => {
    const autosave = new Autosave(join(folder.dir, 'autosave'));
    const session: Session = {
      format: 'verso-review', version: 1,
      article: { name: 'iraq.txt', format: 'txt', encoding: 'utf-8', bom: false },
      original: 'a bloody nine-month offencive', corrected: 'a bloody nine-month offensive',
      decisions: { x: 'applied' }, ignoredWords: [], ignoredRules: [], dictionary: [],
      settings: { dialect: 'en-GB', rules: {} }, savedAt: new Date().toISOString(),
    };
    await autosave.save('review-1', session);
    // A crash mid-autosave leaves a stray temp file; recovery must ignore it and offer the review.
    const { proc, line, exit } = start([join(autosave.folder, 'review-1.verso.json'), String(1024), 'pause']);
    await line;
    proc.kill('SIGKILL');
    await exit;
    expect(readdirSync(autosave.folder).some((n) => n.endsWith('.tmp'))).toBe(true);
    const found = await autosave.listRecoverable();
    expect(found.map((r) => [r.id, r.articleName])).toEqual([['review-1', 'iraq.txt']]);
    expect(found[0].session).toEqual(session);
    expect(existsSync(join(autosave.folder, 'review-1.verso.json'))).toBe(true);
  });
});

// The built CLI loads out/cli/lexicon.bin (the lexicon image the build writes) instead of parsing
// the lexicon's text. Without it, or with a damaged one, `verso check` must print exactly the same
// results: a missing image silently (the text is the lexicon; the image only makes it load faster),
// a damaged one with one line on stderr saying so. Run on a copy of out/cli in a temp folder.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'verso-lexicon-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = 'resources/samples/iraq-heroes-operation.txt';
const desk = join(dir, 'desk');
for (let k = 0; k < 6; k++) {
  cpSync(sample, join(desk, `a-${k}.txt`));
  writeFileSync(join(desk, `b-${k}.txt`), readFileSync(sample, 'utf8').replace('offencive', `offencive and recieved ${k}`));
}

/** A copy of the built CLI in its own folder, its image changed by `change`. */
function cliCopy(name: string, change: (image: string) => void): string {
  const copy = join(dir, name);
  cpSync('out/cli', copy, { recursive: true });
  change(join(copy, 'lexicon.bin'));
  return join(copy, 'verso.js');
}

function run(entry: string, ...args: string[]) {
  return spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

const built = 'out/cli/verso.js';

describe('verso check and the lexicon image (built)', () => {
  it('is written by the build beside the CLI bundle', () => {
    expect(statSync('out/cli/lexicon.bin').size).toBeGreaterThan(1_000_000);
  });

  it.each(['1', '2'])('prints the same results without the image as with it, and says nothing about it (--jobs %s)', (jobs) => {
    const missing = cliCopy(`missing-${jobs}`, (image) => rmSync(image));
    const withImage = run(built, 'check', desk, '--format', 'jsonl', '--jobs', jobs);
    const without = run(missing, 'check', desk, '--format', 'jsonl', '--jobs', jobs);
    expect(withImage.status, withImage.stderr).toBe(0);
    expect(withImage.stderr).toBe('');
    expect(without.status).toBe(0);
    expect(without.stderr).toBe('');
    expect(without.stdout).toBe(withImage.stdout);
    expect(withImage.stdout.trimEnd().split('\n')).toHaveLength(12);
  });

  it.each(['1', '2'])('says in one line that a damaged image is not used, and prints the same results (--jobs %s)', (jobs) => {
    const damaged = cliCopy(`damaged-${jobs}`, (image) => {
      const bytes = readFileSync(image);
      bytes[bytes.length >> 1] ^= 0x01;
      writeFileSync(image, bytes);
    });
    const good = run(built, 'check', desk, '--format', 'json', '--jobs', jobs);
    const bad = run(damaged, 'check', desk, '--format', 'json', '--jobs', jobs);
    expect(bad.status).toBe(0);
    expect(bad.stdout).toBe(good.stdout);
    expect(bad.stderr).toMatch(/^verso: .*lexicon\.bin: damaged \(checksum mismatch\); loading the lexicon from its text instead \(npm run build writes a new one\)\.\n$/);
  });

  it('says in one line that a truncated image is not used, and prints the same results', () => {
    const truncated = cliCopy('truncated', (image) => truncateSync(image, 1000));
    const good = run(built, 'check', sample, '--format', 'text');
    const bad = run(truncated, 'check', sample, '--format', 'text');
    expect(bad.stdout).toBe(good.stdout);
    expect(bad.stdout).toMatch(/offencive/);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(bad.stderr).toMatch(/lexicon\.bin: .*truncated.*loading the lexicon from its text instead/);
  });
});

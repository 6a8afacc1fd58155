import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder, verso } from '../helpers/cli';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('verso fix', () => {
  it('applies the safe fixes (spacing, repeated words, unambiguous misspellings) and writes OUT', async () => {
    const file = folder.file('in.txt', 'Iraq launched a bloody offencive.  The the army moved north , he said.\n');
    const out = join(folder.dir, 'out.txt');
    const run = await verso('fix', file, '-o', out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('Iraq launched a bloody offensive. The army moved north, he said.\n');
    expect(readFileSync(file, 'utf8')).toBe('Iraq launched a bloody offencive.  The the army moved north , he said.\n');
    expect(run.stdout).toMatch(/4 fixes applied/);
  });

  it('leaves what needs an editor alone (boilerplate, quotes, names, ambiguous typos)', async () => {
    const text = 'Mr Al-Kazemi said the "liberation" was teh end. - === RESTRICTED TO EDITORIAL USE ===\n';
    const file = folder.file('keep.txt', text);
    const out = join(folder.dir, 'keep-out.txt');
    expect((await verso('fix', file, '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('never touches a word inside a stretch in another language ("habitants" stays French)', async () => {
    const french = 'Les habitants de la ville resteront chez eux pendant trois jours, a dit le maire, qui a demandé aux voisins de les aider.';
    const short = 'Les habitants resteront.';
    const file = folder.file('french.txt', `The mayor launched an offencive.\n\n${french}\n\n${short}\n`);
    const out = join(folder.dir, 'french-out.txt');
    const run = await verso('fix', file, '-o', out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`The mayor launched an offensive.\n\n${french}\n\n${short}\n`);
    expect(run.stdout).toMatch(/1 fix applied/);
  });

  it('keeps the encoding, BOM and CRLF line endings', async () => {
    const text = 'The the army.\r\nIt was an offencive.\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0), 0]).flat()]);
    const file = folder.file('u16.txt', utf16);
    const out = join(folder.dir, 'u16-out.txt');
    expect((await verso('fix', file, '-o', out)).code).toBe(0);
    const bytes = readFileSync(out);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe('The army.\r\nIt was an offensive.\r\n');
  });

  it('overwrites FILE only when told to with -o FILE, leaving no temporary file', async () => {
    const file = folder.file('same.txt', 'The the end.');
    expect((await verso('fix', file, '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('The end.');
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symlink to its target, keeping the target’s permissions', async () => {
    const file = folder.file('linked-in.txt', 'The the end.\n');
    const target = folder.file('linked-target.txt', 'old\n');
    chmodSync(target, 0o640);
    const link = join(folder.dir, 'linked-out.txt');
    symlinkSync(target, link);
    expect((await verso('fix', file, '-o', link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('The end.\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it.each([
    ['no -o', (f: string) => ['fix', f], /expected -o OUT/],
    ['a missing file', () => ['fix', '/nonexistent.txt', '-o', 'OUT'], /no such file/],
    ['an unwritable OUT', (f: string) => ['fix', f, '-o', '/nonexistent-dir/out.txt'], /cannot write/],
    ['a bad option', (f: string) => ['fix', f, '--force'], /^verso fix: unknown option '--force' \(see 'verso fix --help'\)\.$/],
    ['-o without its value', (f: string) => ['fix', f, '-o'], /^verso fix: -o needs a value/],
    ['an empty file', () => ['fix', 'EMPTY', '-o', 'OUT'], /is empty: there is no article to check/],
  ])('refuses %s with status 2, one line on stderr and nothing written', async (_, args, message) => {
    const file = folder.file('bad-case.txt', 'The the end.');
    const out = join(folder.dir, 'never.txt');
    const empty = folder.file('empty.txt', '');
    const run = await verso(...args(file).map((a) => (a === 'OUT' ? out : a === 'EMPTY' ? empty : a)));
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

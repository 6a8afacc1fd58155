// `verso check FOLDER|FILE...` in-process: folders searched recursively, refused files reported
// on stderr while the others are still checked, the output formats, the progress line.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { tempFolder, verso } from '../helpers/cli';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
const folder = tempFolder('verso-batch-');
afterAll(() => {
  chmodSync(join(folder.dir, 'desk', 'locked.txt'), 0o644);
  folder.remove();
});

// desk/ with nested folders, files Verso does not open, a binary article, a broken symbolic link,
// a pipe and (for a non-root user) a file without read permission.
mkdirSync(join(folder.dir, 'desk', 'world', 'europe'), { recursive: true });
mkdirSync(join(folder.dir, 'desk', 'sport'), { recursive: true });
mkdirSync(join(folder.dir, 'desk', '.hidden'), { recursive: true });
const article = (name: string, text: string) => folder.file(join('desk', name), text);
article('world/europe/b-paris.txt', 'Paris launched an offencive.');
article('world/a-baghdad.md', sample);
article('sport/final.html', '<html><body><p>The the team won.</p><script>var offencive = 1;</script></body></html>');
article('z-last.txt', 'The army moved  north.');
article('notes.csv', 'offencive,offencive');
article('photo.jpg', 'not an article');
article('.hidden/secret.txt', 'The the hidden file.');
folder.file(join('desk', 'world', 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
symlinkSync(join(folder.dir, 'nowhere.txt'), join(folder.dir, 'desk', 'sport', 'gone.txt'));
execFileSync('mkfifo', [join(folder.dir, 'desk', 'sport', 'pipe.txt')]);
const locked = article('locked.txt', 'The the locked file.');
chmodSync(locked, 0);
const isRoot = process.getuid?.() === 0;
const desk = join(folder.dir, 'desk');
const inDesk = (...parts: string[]) => join(desk, ...parts);

// The articles in path order, the ones that read (the locked file reads for root only).
const readable = [inDesk('locked.txt'), inDesk('sport', 'final.html'), inDesk('world', 'a-baghdad.md'), inDesk('world', 'europe', 'b-paris.txt'), inDesk('z-last.txt')].filter(
  (path) => isRoot || path !== locked,
);
const refusals = [
  ...(isRoot ? [] : [`verso check: ${locked}: permission denied`]),
  `verso check: ${inDesk('sport', 'gone.txt')}: no such file`,
  `verso check: ${inDesk('sport', 'pipe.txt')}: not a regular file`,
  `verso check: ${inDesk('world', 'photo.txt')} is not a text file (it contains NUL bytes).`,
];

describe('verso check FOLDER', () => {
  it('checks every article under the folder in path order, reports the refused ones on stderr and exits 2', async () => {
    const run = await verso('check', desk, '--format', 'json');
    expect(run.code).toBe(2);
    const docs = JSON.parse(run.stdout);
    expect(docs.map((d: { file: string }) => d.file)).toEqual(readable);
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual([...refusals].sort());
    // Not opened: .csv, .jpg and hidden folders.
    expect(run.stdout).not.toMatch(/notes\.csv|photo\.jpg|secret/);
  });

  it('checks an HTML article as the app shows it: its text, not its markup', async () => {
    const run = await verso('check', inDesk('sport', 'final.html'), '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.issues.map((i: { rule: string; text: string }) => `${i.rule}:${i.text}`)).toEqual(['repeated-word:The the']);
  });

  it('streams one JSON document per line per file, in the order of the files', async () => {
    const run = await verso('check', inDesk('z-last.txt'), desk, '--format', 'jsonl');
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const docs = lines.map((line) => JSON.parse(line));
    expect(docs.map((d) => d.file)).toEqual([inDesk('z-last.txt'), ...readable]);
    expect(docs[docs.length - 1].issues.map((i: { rule: string }) => i.rule)).toEqual(['spacing']);
    expect(Object.keys(docs[0])).toEqual(['file', 'language', 'dialect', 'machineTranslated', 'stats', 'issues']);
  });

  it('prints the text format in the order of the files, and --fail-on still counts the checked ones', async () => {
    const paris = inDesk('world', 'europe', 'b-paris.txt');
    const run = await verso('check', inDesk('world'), '--fail-on', 'error');
    expect(run.code).toBe(2);
    const files = run.stdout.trimEnd().split('\n').map((line) => line.split(':')[0]);
    expect(files.indexOf(paris)).toBeGreaterThan(files.lastIndexOf(inDesk('world', 'a-baghdad.md')));
    const clean = await verso('check', paris, inDesk('z-last.txt'), '--fail-on', 'error');
    expect(clean.code).toBe(1);
    expect(clean.stdout).toContain(`${paris}:1:19  error  spelling  Possible misspelling  "offencive"  -> offensive`);
  });

  it('refuses a folder with no articles in it, writing nothing', async () => {
    const empty = join(folder.dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    folder.file(join('empty', 'sub', 'data.csv'), 'a,b');
    const run = await verso('check', empty, '--format', 'json');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^verso check: no articles \(\.txt, \.md, \.html, \.docx\) in .*empty\.\n$/);
  });

  it.each(['--jobs 0', '--jobs two', '--jobs=-1', '--jobs 1.5'])('refuses %s before checking anything', async (jobs) => {
    const run = await verso('check', desk, ...jobs.split(' '));
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/--jobs must be a whole number of 1 or more/);
  });

  it('shows progress on a terminal, on stderr only, and clears it at the end', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', inDesk('world'), inDesk('z-last.txt'), '--format', 'jsonl'], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      errIsTerminal: true,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('\r4/4 articles');
    expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect(stdout).not.toMatch(/articles|\r/);
    // The refused file's line stands on a line of its own, not after the progress count.
    const refusal = stderr.indexOf('verso check: ');
    expect(refusal === 0 || stderr.slice(0, refusal).endsWith('\r\x1b[2K')).toBe(true);
    const quiet = await verso('check', inDesk('world'), inDesk('z-last.txt'), '--format', 'jsonl');
    expect(quiet.stderr).not.toMatch(/articles|\r/);
  });
});

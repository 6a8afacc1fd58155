import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder, verso } from '../helpers/cli';

const folder = tempFolder('verso-diff-');
afterAll(() => folder.remove());

/** Runs GNU patch on a copy of the original with verso's patch; returns the patched bytes. */
function patched(name: string, original: string | Uint8Array, patch: string): Buffer {
  const target = folder.file(`${name}.target`, original);
  const patchFile = folder.file(`${name}.patch`, patch);
  execFileSync('patch', ['--quiet', '--force', '--binary', target, patchFile]);
  return readFileSync(target);
}

const PAIRS: [string, string, string][] = [
  ['simple', 'The offencive remark.\n\nSecond paragraph stays.\n', 'The offensive remark.\n\nSecond paragraph stays.\n'],
  ['no-final-newline', 'One line.\nTwo line', 'One line.\nTwo lines'],
  ['newline-removed', 'One line.\nTwo line\n', 'One line.\nTwo line'],
  ['newline-added', 'One line.\nTwo line', 'One line.\nTwo line\n'],
  ['crlf', 'First line.\r\nSecond line here.\r\nThird.\r\n', 'First line!\r\nSecond line there.\r\nThird.\r\n'],
  ['crlf-no-final', 'A line.\r\nAnother', 'A line.\r\nAnother one'],
  ['from-empty', '', 'Now there is text.\n'],
  ['to-empty', 'Text to be removed.\n', ''],
  [
    'far-apart',
    Array.from({ length: 30 }, (_, k) => `Line ${k} of the article.\n`).join(''),
    Array.from({ length: 30 }, (_, k) => (k === 2 || k === 25 ? `Line ${k} of the story.\n` : `Line ${k} of the article.\n`)).join('') + 'Added at the end.\n',
  ],
  ['paragraph-split', 'Intro.\n\nOne sentence. Two sentence.\n\nEnd.\n', 'Intro.\n\nOne sentence.\n\nTwo sentence.\n\nEnd.\n'],
];

describe('verso diff --format patch', () => {
  for (const [name, a, b] of PAIRS) {
    it(`gives a patch that GNU patch applies exactly (${name})`, async () => {
      const fileA = folder.file(`${name}.a.txt`, a);
      const fileB = folder.file(`${name}.b.txt`, b);
      const run = await verso('diff', fileA, fileB, '--format', 'patch');
      expect(run.code).toBe(0);
      expect(patched(name, a, run.stdout).toString('utf8')).toBe(b);
    });
  }

  it('applies to the real sample article after edits', async () => {
    const sample = 'resources/samples/iraq-heroes-operation.txt';
    const a = readFileSync(sample, 'utf8');
    const b = a.replace(/the/g, 'teh').replace(/\n\n/, '\n\nAn inserted paragraph.\n\n').replace(/\.\n/, '.');
    const fileA = folder.file('sample.txt', a);
    copyFileSync(fileA, join(folder.dir, 'sample.copy.txt'));
    const fileB = folder.file('sample.edited.txt', b);
    const run = await verso('diff', fileA, fileB, '--format', 'patch');
    expect(patched('sample', a, run.stdout).toString('utf8')).toBe(b);
  });

  it('is empty for identical files', async () => {
    const f = folder.file('same.txt', 'same\n');
    const run = await verso('diff', f, f, '--format', 'patch');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('verso diff --format json', () => {
  it('prints the changes and stats in the contract shape', async () => {
    const fileA = folder.file('json.a.txt', 'The offencive remark was made.\n');
    const fileB = folder.file('json.b.txt', 'The offensive remark was made today.\n');
    const run = await verso('diff', fileA, fileB, '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['changes', 'stats']);
    expect(doc.changes).toEqual([
      { kind: 'replace', fromA: 9, toA: 10, fromB: 9, toB: 10, a: 'c', b: 's' },
      { kind: 'insert', fromA: 29, toA: 29, fromB: 29, toB: 35, a: '', b: ' today' },
    ]);
    // HTER on whitespace tokens: "offencive" -> "offensive" and "made." -> "made" are substitutions,
    // "today." an insertion: 3 edits over 6 words.
    expect(doc.stats).toEqual({ wordsA: 5, wordsB: 6, edits: 3, ter: 0.5 });
  });
});

describe('verso diff --format html and text', () => {
  it('escapes every piece of text and marks deletions and insertions', async () => {
    const fileA = folder.file('html.a.txt', 'Use <b> & "quotes" here.\n');
    const fileB = folder.file('html.b.txt', 'Use <i> & \'quotes\' there.\n');
    const run = await verso('diff', fileA, fileB, '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).not.toMatch(/<b>|<i>/);
    expect(run.stdout).toContain('&lt;');
    expect(run.stdout).toContain('&amp;');
    expect(run.stdout).toMatch(/<del>[^<]*here<\/del><ins>[^<]*there<\/ins>/);
    expect(run.stdout).toMatch(/del \{[^}]*line-through/);
    expect(run.stdout).toMatch(/ins \{[^}]*underline/);
  });

  it('lists one change a line, whole words in a little context, with a summary', async () => {
    const fileA = folder.file('text.a.txt', 'one two three\n');
    const fileB = folder.file('text.b.txt', 'one twi three\n');
    const run = await verso('diff', fileA, fileB);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('1:5  replace  one [-two-]{+twi+} three\n1 change; words 3 -> 3; HTER 0.333 (1 edit)\n');
  });

  it('never shows a lone letter: changes inside a word show the word, several in one word are one line', async () => {
    const a = 'The army reached the accomodation block at dawn on Monday morning.\nA new line.\n';
    const b = 'The army reached the accommodation blocks at dawn on Monday morning.\nA new line!\n';
    const run = await verso('diff', folder.file('words.a.txt', a), folder.file('words.b.txt', b));
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      '1:22  replace  army reached the [-accomodation block-]{+accommodation blocks+} at dawn on',
      '2:7  replace  A new [-line.-]{+line!+}',
    ]);
  });

  it('shows inserted and deleted words and line breaks on one line each', async () => {
    const a = 'Iraq launched the offensive.\n\nTroops moved north.\n';
    const b = 'Iraq launched the third offensive.\n\nTroops moved.\n';
    const lines = (await verso('diff', folder.file('ins.a.txt', a), folder.file('ins.b.txt', b))).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('1:19  insert   Iraq launched the {+third +}offensive.');
    expect(lines[1]).toMatch(/^3:13 {2}(delete|replace) {2}Troops moved/);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/\[-\p{L}-\]|\{\+\p{L}\+\}/u);
  });
});

describe('verso diff bad input', () => {
  it.each([
    ['a missing file', ['diff', '/nonexistent/a.txt', '/nonexistent/b.txt']],
    ['one file only', ['diff', 'only-one.txt']],
    ['an unknown format', ['diff', 'a', 'b', '--format', 'pdf']],
    ['an unknown option', ['diff', 'a', 'b', '--frobnicate']],
  ])('refuses %s with one line on stderr and status 2', async (_what, args) => {
    const run = await verso(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a binary file', async () => {
    const bin = folder.file('binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const txt = folder.file('plain.txt', 'text\n');
    const run = await verso('diff', bin, txt);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a text file/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('commands loaded on first run', () => {
  it('check and fix print their usage through the registry', async () => {
    const { COMMANDS } = await import('../../src/cli/commands');
    expect(Object.keys(COMMANDS)).toEqual(['check', 'diff', 'fix', 'ter']);
    const checkHelp = await verso('check', '--help');
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toMatch(/^Usage: verso check FILE\|FOLDER\.\.\. .*--jobs N.*--fail-on SEVERITY/);
    const fixHelp = await verso('fix', '--help');
    expect(fixHelp.stdout).toMatch(/^Usage: verso fix FILE -o OUT/);
  });
});

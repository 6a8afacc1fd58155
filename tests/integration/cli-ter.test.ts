import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder, verso } from '../helpers/cli';
import { mlqeCorpus } from '../helpers/corpus';

const folder = tempFolder('verso-ter-');
afterAll(() => folder.remove());
const CORPUS = mlqeCorpus('cli-ter.test').dir;

describe('verso ter', () => {
  it('reproduces TERCOM HTER on a real MLQE-PE file (json)', async () => {
    const run = await verso('ter', join(CORPUS, 'ro-en.dev.mt'), join(CORPUS, 'ro-en.dev.pe'), '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['segments', 'ter']);
    expect(Object.keys(doc.segments[0])).toEqual(['ter', 'edits', 'refWords']);
    const hter = readFileSync(join(CORPUS, 'ro-en.dev.hter'), 'utf8').trim().split('\n').map(Number);
    expect(doc.segments).toHaveLength(hter.length);
    const agree = doc.segments.filter((s: { ter: number }, k: number) => Math.abs(Math.min(1, s.ter) - hter[k]) <= 0.005).length;
    expect(agree / hter.length).toBeGreaterThanOrEqual(0.99);
    const edits = doc.segments.reduce((n: number, s: { edits: number }) => n + s.edits, 0);
    const words = doc.segments.reduce((n: number, s: { refWords: number }) => n + s.refWords, 0);
    expect(doc.ter).toBeCloseTo(edits / words, 12);
  });

  it('prints one figure a line and the corpus TER as text', async () => {
    const hyp = folder.file('hyp.txt', 'in paris the talks resumed\nthe Cat sat\n');
    const ref = folder.file('ref.txt', 'the talks resumed in paris\nthe cat sat\n');
    const run = await verso('ter', hyp, ref);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0.200000  1/5\n0.000000  0/3\nTER 0.125000 (1 edits / 8 reference words, 2 segments)\n');
  });

  it('is case-insensitive unless --case-sensitive', async () => {
    const hyp = folder.file('case.hyp', 'The Cat\n');
    const ref = folder.file('case.ref', 'the cat\n');
    expect(JSON.parse((await verso('ter', hyp, ref, '--format', 'json')).stdout).ter).toBe(0);
    expect(JSON.parse((await verso('ter', hyp, ref, '--format', 'json', '--case-sensitive')).stdout).ter).toBe(1);
  });

  it('reads CRLF files line by line', async () => {
    const hyp = folder.file('crlf.hyp', 'a b\r\nc d\r\n');
    const ref = folder.file('crlf.ref', 'a b\nc e\n');
    const doc = JSON.parse((await verso('ter', hyp, ref, '--format', 'json')).stdout);
    expect(doc.segments.map((s: { edits: number }) => s.edits)).toEqual([0, 1]);
  });

  it('scores a blank line as TERCOM scores an empty segment (TERcalc.TERnullstr)', async () => {
    // Hypothesis: a words line, a blank line, a three-word line, a line of spaces only.
    const hyp = folder.file('blank.hyp', 'a b\n\nx y z\n   \n');
    // Reference (CRLF): the same first line, four words, a blank line, a tab only.
    const ref = folder.file('blank.ref', 'a b\r\np q r s\r\n\r\n\t\r\n');
    const doc = JSON.parse((await verso('ter', hyp, ref, '--format', 'json')).stdout);
    expect(doc.segments).toEqual([
      { ter: 0, edits: 0, refWords: 2 },
      // Empty hypothesis: every reference word is a deletion.
      { ter: 1, edits: 4, refWords: 4 },
      // Empty reference: the hypothesis's words are edits over no reference words, TER 1.
      { ter: 1, edits: 3, refWords: 0 },
      // Both empty: nothing to do.
      { ter: 0, edits: 0, refWords: 0 },
    ]);
    expect(doc.ter).toBeCloseTo(7 / 6, 12);
  });

  it('ends lines at a lone CR too, as TERCOM (Java readLine) does', async () => {
    const hyp = folder.file('cr.hyp', 'a b\rc d\r');
    const ref = folder.file('cr.ref', 'a b\nc e\n');
    const doc = JSON.parse((await verso('ter', hyp, ref, '--format', 'json')).stdout);
    expect(doc.segments.map((s: { edits: number }) => s.edits)).toEqual([0, 1]);
  });

  it.each([
    ['an empty hypothesis file', () => ['ter', folder.file('empty.hyp', ''), folder.file('one.ref', 'a\n')]],
    ['--case-sensitive given a value', () => ['ter', 'h', 'r', '--case-sensitive=yes']],
    ['--format without its value', () => ['ter', 'h', 'r', '--format']],
    ['files of different line counts', () => ['ter', folder.file('two.txt', 'a\nb\n'), folder.file('one.txt', 'a\n')]],
    ['a missing file', () => ['ter', '/nonexistent/h', '/nonexistent/r']],
    ['a bad format', () => ['ter', 'h', 'r', '--format', 'html']],
    ['a missing argument', () => ['ter', 'h']],
  ])('refuses %s with one line on stderr and status 2', async (_what, args) => {
    const run = await verso(...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

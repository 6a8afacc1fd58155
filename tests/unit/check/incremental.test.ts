// The app re-checks after every edit with one long-lived checker, whose paragraph cache keeps the
// rules' per-paragraph results; the CLI checks the text once. Both must say the same: after any
// sequence of edits, the incremental check equals a fresh check of the same text. The edits are
// random (seeded, so a failure replays) over the real sample article: paragraphs inserted,
// deleted, replaced and moved (which changes neighbours' kinds: a body paragraph that becomes the
// first line is a headline), words inserted, deleted and replaced.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createChecker, type CheckOptions } from '../../../src/core';
import { prng } from '../diff/cases';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
const samplePieces = sample.split('\n').filter((line) => line.trim());

// Lines written for this test: short title-like lines (they become headlines at the top), UK and
// US variants inside and outside names, a name spelled two ways, a misspelling, a paragraph in
// French, a credit line.
const extraPieces = [
  'Defence Ministry Organizes Talks on Reconstruction',
  'The organization said the colour of the flags had faded',
  'Ministre Qassim Al-Araji et Qasim al-Araji ont parlé aux habitants de la région qui resteront chez eux.',
  'Les habitants de la ville ont dit que les forces resteront dans la région pour aider la population.',
  'Mr Al-Jubouri and Mr Al-Jobouri met the Departmnet of Health in the centre of the city.',
  'Qasim Al-Araji',
  'The governmnet centre and the neighborhood center were closed on Monday.',
  'AFP PHOTO / HO / IRAQI INTERIOR MINISTRY',
];
const pieces = [...samplePieces, ...extraPieces];
const words = [...new Set(pieces.join(' ').split(/\s+/).filter(Boolean))];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** One random edit of an article whose paragraphs are separated by blank lines. */
function randomEdit(rand: () => number, text: string): string {
  const paragraphs = text.split('\n\n');
  const k = Math.floor(rand() * paragraphs.length);
  const tokens = (paragraphs[k] ?? '').split(' ');
  const w = Math.floor(rand() * tokens.length);
  switch (Math.floor(rand() * 7)) {
    case 0:
      paragraphs.splice(k, 0, pick(rand, pieces));
      break;
    case 1:
      if (paragraphs.length > 1) paragraphs.splice(k, 1);
      break;
    case 2:
      paragraphs[k] = pick(rand, pieces);
      break;
    case 3: {
      const [moved] = paragraphs.splice(k, 1);
      paragraphs.splice(Math.floor(rand() * (paragraphs.length + 1)), 0, moved);
      break;
    }
    case 4:
      tokens.splice(w, 0, pick(rand, words));
      paragraphs[k] = tokens.join(' ');
      break;
    case 5:
      if (tokens.length > 1) tokens.splice(w, 1);
      paragraphs[k] = tokens.join(' ');
      break;
    default:
      tokens[w] = pick(rand, words);
      paragraphs[k] = tokens.join(' ');
  }
  return paragraphs.filter((p) => p.trim()).join('\n\n') + '\n';
}

describe('incremental checking', () => {
  const settings: CheckOptions[] = [{}, { dialect: 'en-US' }, { dictionary: ['Araji', 'departmnet'] }];

  it('gives after any sequence of random edits what a fresh check of the same text gives', () => {
    const incremental = createChecker();
    // A checker whose cache is emptied before each check (it keeps only the last text's paragraphs).
    const fresh = createChecker();
    for (let seed = 1; seed <= 16; seed++) {
      const rand = prng(seed);
      const options = settings[seed % settings.length];
      let text = sample;
      incremental.check(text, options);
      for (let step = 0; step < 25; step++) {
        text = randomEdit(rand, text);
        const got = incremental.check(text, options);
        fresh.check('');
        expect(got, `seed ${seed}, step ${step}`).toEqual(fresh.check(text, options));
      }
    }
    // And against a checker that has never seen any text.
    expect(incremental.check(sample)).toEqual(createChecker().check(sample));
  });

  it('gives a paragraph that moves to the top (and becomes the headline) the same issues as a fresh check', () => {
    const incremental = createChecker();
    // A body paragraph's capitalised first word is an ordinary word; a headline's may be a name.
    const title = 'Organizes Talks With Mr Al-Jobouri on Reconstruction';
    const body = 'The colour of the flags had faded, Mr Al-Jubouri said. Mr Al-Jubouri left.';
    const text = `Officials met in the centre of the city.\n\n${title}\n\n${body}\n`;
    const before = incremental.check(text);
    expect(before.issues.map((i) => i.rule)).toContain('dialect-mix');
    const moved = `${title}\n\n${body}\n`;
    expect(incremental.check(moved)).toEqual(createChecker().check(moved));
  });
});

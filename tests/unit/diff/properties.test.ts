// Random texts and random edits (seeded, replayable): the invariants every consumer relies on.
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change, diffTexts, DocumentDiff, revertAll, revertChange } from '../../../src/core';
import { prng } from './cases';

const WORDS = ['the', 'The', 'minister', 'said', 'offencive', 'offensive', 'Paris', 'a', 'an', 'of', 'été', 'naïve', '2024', "don't", 'well-known', '😀', 'x'];
const GLUE = [' ', ' ', ' ', ' ', ', ', '. ', '  ', '\t', '\u00a0', '\n', '\r\n', '\n\n', '\r\n\r\n', ' "', '" '];

function randomText(rand: () => number, maxWords: number): string {
  const n = Math.floor(rand() * maxWords);
  let out = '';
  for (let k = 0; k < n; k++) {
    out += WORDS[Math.floor(rand() * WORDS.length)];
    if (k < n - 1 || rand() < 0.5) out += GLUE[Math.floor(rand() * GLUE.length)];
  }
  return out;
}

/** One random editor's edit: typing, deleting, replacing, breaking or joining lines, moving a stretch. */
function randomEdit(rand: () => number, text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  const len = Math.floor(rand() * Math.min(20, text.length - at + 1));
  const piece = () => randomText(rand, 4);
  switch (Math.floor(rand() * 7)) {
    case 0:
      return text.slice(0, at) + piece() + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + len);
    case 2:
      return text.slice(0, at) + piece() + text.slice(at + len);
    case 3:
      return text.slice(0, at) + (rand() < 0.5 ? '\n\n' : '\r\n') + text.slice(at);
    case 4:
      return text.replace(/\r?\n+/, ' ');
    case 5: {
      const moved = text.slice(at, at + len);
      const rest = text.slice(0, at) + text.slice(at + len);
      const to = Math.floor(rand() * (rest.length + 1));
      return rest.slice(0, to) + moved + rest.slice(to);
    }
    default:
      return text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len);
  }
}

/** Every structural promise of a change list. */
function expectWellFormed(a: string, b: string, changes: readonly Change[]): void {
  let prevA = 0;
  let prevB = 0;
  for (const c of changes) {
    expect(c.fromA).toBeGreaterThanOrEqual(prevA);
    expect(c.fromB).toBeGreaterThanOrEqual(prevB);
    // The unchanged text between two changes has the same length on both sides.
    expect(c.fromA - prevA).toBe(c.fromB - prevB);
    expect(a.slice(c.fromA, c.toA)).toBe(c.a);
    expect(b.slice(c.fromB, c.toB)).toBe(c.b);
    expect(c.a === c.b).toBe(false);
    expect(c.kind).toBe(c.a === '' ? 'insert' : c.b === '' ? 'delete' : 'replace');
    prevA = c.toA;
    prevB = c.toB;
  }
  expect(a.length - prevA).toBe(b.length - prevB);
  expect(applyChanges(a, changes)).toBe(b);
  expect(revertAll(b, changes)).toBe(a);
}

describe('diff properties on random texts', () => {
  it('applying gives the corrected text, reverting all gives the original, ranges are exact (2000 pairs)', () => {
    const rand = prng(20240601);
    for (let run = 0; run < 2000; run++) {
      const a = randomText(rand, 60);
      let b = a;
      const edits = 1 + Math.floor(rand() * 6);
      for (let k = 0; k < edits; k++) b = randomEdit(rand, b);
      if (rand() < 0.1) b = randomText(rand, 60); // now and then, an unrelated text
      const changes = diffTexts(a, b);
      try {
        expectWellFormed(a, b, changes);
      } catch (error) {
        throw new Error(`run ${run}: a=${JSON.stringify(a)} b=${JSON.stringify(b)}\n${String(error)}`);
      }
    }
  });

  it('reverting one change equals applying all the others (500 pairs)', () => {
    const rand = prng(7);
    for (let run = 0; run < 500; run++) {
      const a = randomText(rand, 40);
      let b = a;
      for (let k = 0; k < 4; k++) b = randomEdit(rand, b);
      const changes = diffTexts(a, b);
      if (changes.length === 0) continue;
      const pick = changes[Math.floor(rand() * changes.length)];
      expect(revertChange(b, changes, pick)).toBe(applyChanges(a, changes.filter((c) => c !== pick)));
    }
  });

  it('DocumentDiff.update after random edits has the effect of a fresh diff (300 sessions × 10 edits)', () => {
    const rand = prng(99);
    for (let session = 0; session < 300; session++) {
      const a = randomText(rand, 80);
      const review = new DocumentDiff(a, a);
      // A twin fed the same edits that is asked for its figures only at the end: the per-stretch
      // TER kept from one stats() call to the next must not change them.
      const twin = new DocumentDiff(a, a);
      let b = a;
      for (let k = 0; k < 10; k++) {
        b = randomEdit(rand, b);
        const changes = review.update(b);
        twin.update(b);
        try {
          expectWellFormed(a, b, changes);
          expect(review.b).toBe(b);
          expect(applyChanges(a, changes)).toBe(applyChanges(a, diffTexts(a, b)));
          review.stats();
        } catch (error) {
          throw new Error(`session ${session} edit ${k}: a=${JSON.stringify(a)} b=${JSON.stringify(b)}\n${String(error)}`);
        }
      }
      expect(review.stats()).toEqual(twin.stats());
    }
  });
  it('DocumentDiff.applyEdit after random edits has the effect of a fresh diff (300 sessions × 10 edits)', () => {
    const rand = prng(1234);
    for (let session = 0; session < 300; session++) {
      const a = randomText(rand, 80);
      const review = new DocumentDiff(a, randomEdit(rand, a));
      let b = review.b;
      for (let k = 0; k < 10; k++) {
        const from = Math.floor(rand() * (b.length + 1));
        const to = Math.min(b.length, from + Math.floor(rand() * 12));
        const insert = rand() < 0.2 ? '\n\n' : rand() < 0.5 ? '' : randomText(rand, 3);
        b = b.slice(0, from) + insert + b.slice(to);
        const changes = review.applyEdit(from, to, insert);
        try {
          expectWellFormed(a, b, changes);
          expect(review.b).toBe(b);
          expect(applyChanges(a, changes)).toBe(b);
          expect(revertAll(b, changes)).toBe(a);
        } catch (error) {
          throw new Error(`session ${session} edit ${k}: a=${JSON.stringify(a)} b=${JSON.stringify(b)}\n${String(error)}`);
        }
      }
    }
    expect(() => new DocumentDiff('a', 'b').applyEdit(2, 1, 'x')).toThrow(RangeError);
  });
});

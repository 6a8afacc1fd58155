// Readable diff cases: "one [two/twi] three" is the original "one two three", the corrected
// "one twi three" and one replacement; "[x/]" is a deletion and "[/y]" an insertion.
import type { Change } from '../../../src/core';

/** The two texts and the expected changes written in a case. */
export function diffCase(notation: string): { a: string; b: string; changes: Change[] } {
  let a = '';
  let b = '';
  const changes: Change[] = [];
  const pattern = /\[([^\]/]*)\/([^\]]*)\]/g;
  let pos = 0;
  for (const m of notation.matchAll(pattern)) {
    const plain = notation.slice(pos, m.index);
    a += plain;
    b += plain;
    const [, textA, textB] = m;
    const kind = textA === '' ? 'insert' : textB === '' ? 'delete' : 'replace';
    changes.push({ kind, fromA: a.length, toA: a.length + textA.length, fromB: b.length, toB: b.length + textB.length, a: textA, b: textB });
    a += textA;
    b += textB;
    pos = m.index + m[0].length;
  }
  a += notation.slice(pos);
  b += notation.slice(pos);
  return { a, b, changes };
}

/** The changes written back in the case notation over the original, for readable failures. */
export function notate(a: string, changes: readonly Change[]): string {
  let out = '';
  let pos = 0;
  for (const c of changes) {
    out += a.slice(pos, c.fromA) + `[${c.a}/${c.b}]`;
    pos = c.toA;
  }
  return out + a.slice(pos);
}

/** A small seeded PRNG (mulberry32), so a failing random case can be replayed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

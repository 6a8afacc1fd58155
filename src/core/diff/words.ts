/**
 * The word diff inside one aligned stretch, on jsdiff's `diffArrays` (one engine: words and
 * characters are both token sequences over it). Whitespace is a token too, so every code unit of
 * both texts is accounted for and applying the changes reproduces the corrected text exactly.
 */
import { diffArrays } from 'diff';
import { longestIncreasing } from './patience';
import type { Change, ChangeKind } from './types';

// Words (with inner apostrophes: "don't", "l'armée"), whitespace runs, any other single code point.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;
const WHITESPACE_ONLY = /^\s*$/;

/** The tokens of a text; they concatenate back to it exactly. */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** A change value from its two sides' ranges. */
export function makeChange(a: string, b: string, fromA: number, toA: number, fromB: number, toB: number): Change {
  const textA = a.slice(fromA, toA);
  const textB = b.slice(fromB, toB);
  const kind: ChangeKind = textA === '' ? 'insert' : textB === '' ? 'delete' : 'replace';
  return { kind, fromA, toA, fromB, toB, a: textA, b: textB };
}

interface Run {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** A token sequence as integer ids (equal tokens, equal ids) and each token's length in code units. */
interface Tokens {
  ids: Int32Array;
  lengths: Int32Array;
}

/** Ids for two token lists from one shared dictionary; returns the number of distinct tokens too. */
function encode(tokensA: readonly string[], tokensB: readonly string[]): [Tokens, Tokens, number] {
  const dictionary = new Map<string, number>();
  const one = (tokens: readonly string[]): Tokens => {
    const ids = new Int32Array(tokens.length);
    const lengths = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      let id = dictionary.get(tokens[k]);
      if (id === undefined) dictionary.set(tokens[k], (id = dictionary.size));
      ids[k] = id;
      lengths[k] = tokens[k].length;
    }
    return { ids, lengths };
  };
  const a = one(tokensA);
  const b = one(tokensB);
  return [a, b, dictionary.size];
}

/**
 * Differing runs between two token sequences, offsets shifted by the stretch's start.
 *
 * jsdiff's Myers diff costs O(N·D) with heavy bookkeeping per step, and a post-edited paragraph has
 * a large D. So, as patience diff does, we anchor on tokens occurring once on each side,
 * recursively inside each gap, and leave jsdiff only the short stretches without such tokens,
 * which is where a minimal diff matters.
 */
function runs(A: Tokens, B: Tokens, distinct: number, offsetA: number, offsetB: number): Run[] {
  const out: Run[] = [];
  let posA = offsetA;
  let posB = offsetB;
  let open: Run | null = null;
  const equal = (length: number) => {
    if (open) out.push(open);
    open = null;
    posA += length;
    posB += length;
  };
  const differ = (removed: number, added: number) => {
    open ??= { fromA: posA, toA: posA, fromB: posB, toB: posB };
    open.toA = posA += removed;
    open.toB = posB += added;
  };
  const span = (t: Tokens, from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) n += t.lengths[k];
    return n;
  };
  // Scratch per token id: occurrences and last position on each side of the current gap.
  const countA = new Int32Array(distinct);
  const countB = new Int32Array(distinct);
  const whereA = new Int32Array(distinct);
  const whereB = new Int32Array(distinct);

  const anchorsIn = (i: number, x: number, j: number, y: number): number[] => {
    for (let k = i; k < x; k++) {
      countA[A.ids[k]]++;
      whereA[A.ids[k]] = k;
    }
    let shared = false;
    for (let k = j; k < y; k++) {
      countB[B.ids[k]]++;
      whereB[B.ids[k]] = k;
      if (countA[B.ids[k]]) shared = true;
    }
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = i; k < x; k++) {
      const id = A.ids[k];
      if (countA[id] === 1 && countB[id] === 1) {
        xs.push(k);
        ys.push(whereB[id]);
      }
    }
    for (let k = i; k < x; k++) countA[A.ids[k]] = 0;
    for (let k = j; k < y; k++) countB[B.ids[k]] = 0;
    if (!shared) return [-1];
    const chain = longestIncreasing(ys);
    const pairs: number[] = [];
    for (const c of chain) pairs.push(xs[c], ys[c]);
    return pairs;
  };

  const align = (i: number, x: number, j: number, y: number) => {
    let prefix = 0;
    while (i + prefix < x && j + prefix < y && A.ids[i + prefix] === B.ids[j + prefix]) prefix++;
    if (prefix) equal(span(A, i, i + prefix));
    i += prefix;
    j += prefix;
    let suffix = 0;
    while (x - suffix > i && y - suffix > j && A.ids[x - suffix - 1] === B.ids[y - suffix - 1]) suffix++;
    x -= suffix;
    y -= suffix;
    if (x > i && y > j) {
      const anchors = anchorsIn(i, x, j, y);
      if (anchors[0] === -1) {
        // Nothing in common: one replacement, no diff needed.
        differ(span(A, i, x), span(B, j, y));
      } else if (anchors.length === 0) {
        const parts = diffArrays(Array.from(A.ids.subarray(i, x)), Array.from(B.ids.subarray(j, y)));
        let ka = i;
        let kb = j;
        for (const part of parts) {
          const n = part.count ?? part.value.length;
          if (part.removed) {
            differ(span(A, ka, ka + n), 0);
            ka += n;
          } else if (part.added) {
            differ(0, span(B, kb, kb + n));
            kb += n;
          } else {
            equal(span(A, ka, ka + n));
            ka += n;
            kb += n;
          }
        }
      } else {
        for (let k = 0; k < anchors.length; k += 2) {
          align(i, anchors[k], j, anchors[k + 1]);
          equal(A.lengths[anchors[k]]);
          i = anchors[k] + 1;
          j = anchors[k + 1] + 1;
        }
        align(i, x, j, y);
      }
    } else if (x > i || y > j) differ(span(A, i, x), span(B, j, y));
    if (suffix) equal(span(A, x, x + suffix));
  };
  align(0, A.ids.length, 0, B.ids.length);
  if (open) out.push(open);
  return out;
}

/**
 * Word changes between `a[fromA, toA)` and `b[fromB, toB)`. Changes separated only by spaces are
 * joined ("the [big red/small blue] dog" reads better than two changes), and a one-word
 * replacement is refined to characters when most of the word stays ("offen[c/s]ive").
 */
export function diffWords(a: string, fromA: number, toA: number, b: string, fromB: number, toB: number): Change[] {
  const [A, B, distinct] = encode(wordTokens(a.slice(fromA, toA)), wordTokens(b.slice(fromB, toB)));
  const joined: Run[] = [];
  for (const run of runs(A, B, distinct, fromA, fromB)) {
    const last = joined[joined.length - 1];
    if (last) {
      const between = a.slice(last.toA, run.fromA);
      if (WHITESPACE_ONLY.test(between) && !between.includes('\n')) {
        last.toA = run.toA;
        last.toB = run.toB;
        continue;
      }
    }
    joined.push(run);
  }
  const out: Change[] = [];
  for (const run of joined) {
    const refined = refineToCharacters(a, b, run);
    if (refined) out.push(...refined);
    else out.push(makeChange(a, b, run.fromA, run.toA, run.fromB, run.toB));
  }
  return out;
}

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*$/u;

/**
 * Character changes for a one-word replacement, or null when a character diff would not help:
 * the words must share at least half their characters and differ in at most two places.
 */
function refineToCharacters(a: string, b: string, run: Run): Change[] | null {
  const wordA = a.slice(run.fromA, run.toA);
  const wordB = b.slice(run.fromB, run.toB);
  if (!SINGLE_WORD.test(wordA) || !SINGLE_WORD.test(wordB)) return null;
  // Code points, so a surrogate pair is never cut in half.
  const [A, B, distinct] = encode(Array.from(wordA), Array.from(wordB));
  const charRuns = runs(A, B, distinct, run.fromA, run.fromB);
  let changed = 0;
  for (const r of charRuns) changed += Math.max(r.toA - r.fromA, r.toB - r.fromB);
  const longest = Math.max(wordA.length, wordB.length);
  if (charRuns.length > 2 || changed * 2 > longest) return null;
  return charRuns.map((r) => makeChange(a, b, r.fromA, r.toA, r.fromB, r.toB));
}

/**
 * The word diff inside one aligned stretch (one engine: words and characters are both token
 * sequences over it). Whitespace is a token too, so every code unit of both texts is accounted for
 * and applying the changes reproduces the corrected text exactly.
 */
import { diffArrays } from 'diff';
import { longestIncreasing } from './patience';
import type { Change, ChangeKind } from './types';


// Character classes for the tokenizer, by UTF-16 code unit: 1 word character (letter, mark,
// number), 2 whitespace, 3 anything else; 0 not looked up yet (see DiffScratch.classes).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;

/** The class of a code unit, by the regular expressions. */
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** The class of a code unit, looked up in (or added to) a scratch's table of classes. */
function classOf(code: number, classes: Uint8Array): number {
  let c = classes[code];
  if (c === 0) classes[code] = c = classify(code);
  return c;
}

/** Class of the code point at `k` (a surrogate pair read whole) and its length in code units. */
function codePointClass(text: string, k: number, classes: Uint8Array): number {
  const code = text.charCodeAt(k);
  if (code < 0xd800 || code > 0xdbff || k + 1 >= text.length) return classOf(code, classes);
  const low = text.charCodeAt(k + 1);
  if (low < 0xdc00 || low > 0xdfff) return classOf(code, classes);
  return WORD_CHAR.test(String.fromCharCode(code, low)) ? WORD : OTHER;
}

/**
 * End of the token starting at `k` (before `to`): a word (with inner apostrophes: "don't",
 * "l'armée"), a whitespace run, or any other single code point, as the regular expression
 * `[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*|\s+|[^]` would cut it.
 */
function tokenEnd(text: string, k: number, to: number, classes: Uint8Array): number {
  const cls = codePointClass(text, k, classes);
  const width = (c: number) => (c >= 0xd800 && c <= 0xdbff && k + 1 < to && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  if (cls === WORD) {
    k += width(text.charCodeAt(k));
    for (;;) {
      while (k < to && codePointClass(text, k, classes) === WORD) k += width(text.charCodeAt(k));
      const c = text.charCodeAt(k);
      if (k + 1 < to && (c === 39 || c === 0x2019) && codePointClass(text, k + 1, classes) === WORD) k++;
      else break;
    }
  } else if (cls === SPACE) {
    k++;
    while (k < to && classOf(text.charCodeAt(k), classes) === SPACE) k++;
  } else k += width(text.charCodeAt(k));
  return k > to ? to : k;
}

// The classes of ASCII characters, for the fast path.
const ASCII_CLASS = new Uint8Array(128).map((_, code) => classify(code));


/** The tokens of a text; they concatenate back to it exactly. */
export function wordTokens(text: string): string[] {
  // Through the diff's own tokenizer (its ASCII fast path and the general one), so what is tested
  // here is what the diff cuts.
  const [tokens] = encodeTexts(text, 0, text.length, '', 0, 0, new DiffScratch());
  const out: string[] = [];
  let start = 0;
  for (let k = 0; k < tokens.n; k++) {
    out.push(text.slice(start, start + tokens.lengths[k]));
    start += tokens.lengths[k];
  }
  return out;
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

/** A token sequence as integer ids (equal tokens, equal ids) and each token's length in code units; `n` tokens (the arrays may be longer). */
interface Tokens {
  ids: Int32Array;
  lengths: Int32Array;
  n: number;
}

/**
 * The code points of two words as ids (equal code points, equal ids, numbered in order of first
 * appearance, A then B), and the number of distinct ones. Words are short: a linear search over
 * the code points seen so far beats a dictionary.
 */
function encodeCharacters(wordA: string, wordB: string): [Tokens, Tokens, number] {
  const seen: number[] = [];
  const one = (word: string): Tokens => {
    const ids = new Int32Array(word.length);
    const lengths = new Int32Array(word.length);
    let n = 0;
    for (let k = 0; k < word.length; ) {
      const point = word.codePointAt(k) as number;
      let id = seen.indexOf(point);
      if (id === -1) id = seen.push(point) - 1;
      const length = point > 0xffff ? 2 : 1;
      ids[n] = id;
      lengths[n++] = length;
      k += length;
    }
    return { ids, lengths, n };
  };
  const a = one(wordA);
  const b = one(wordB);
  return [a, b, seen.length];
}

/**
 * The word diff's working memory: the token dictionary, the token arrays, per-token counts, the
 * table of character classes and the cache of edit shapes. It belongs to its caller (one
 * {@link diffBlocks} call, or a DocumentDiff across its updates), never to the module, so two
 * diffs never share one however their calls interleave; one scratch serves one diff at a time.
 * Its arrays grow as needed and are reused, so a diff of thousands of paragraphs allocates
 * little.
 */
export class DiffScratch {
  // The token dictionary of one encodeTexts call: an open-addressing table over the texts
  // themselves (no substrings, no string hashing by the engine). A slot belongs to the current
  // call when its stamp is the call's generation, so the table is never cleared (a new, larger
  // table starts all zero, below every generation).
  slotStamp = new Int32Array(1024);
  slotId = new Int32Array(1024);
  generation = 0;
  // Per token id of the current call: its hash, where its first occurrence is (side 0 = a, 1 = b) and its length.
  idHash = new Int32Array(256);
  idSide = new Uint8Array(256);
  idStart = new Int32Array(256);
  idLength = new Int32Array(256);
  /** Per token id of the current call: 1 for a whitespace token. */
  idSpace = new Uint8Array(256);
  // Ids of the one-character ASCII tokens of the current call.
  readonly asciiStamp = new Int32Array(128);
  readonly asciiId = new Int32Array(128);
  /** Token ids and lengths of the current call, one pair of arrays per side. */
  readonly tokens: [Tokens, Tokens] = [
    { ids: new Int32Array(256), lengths: new Int32Array(256), n: 0 },
    { ids: new Int32Array(256), lengths: new Int32Array(256), n: 0 },
  ];
  /** Character classes by UTF-16 code unit (see {@link classify}), 0 until first looked up. */
  readonly classes = new Uint8Array(65536);
  // Renumbering of a small problem's tokens (see shortestEdit).
  renumberStamp = new Int32Array(256);
  renumberValue = new Int32Array(256);
  renumberGeneration = 0;
  // Per token id: occurrences and last position on each side of the current gap (see runs).
  count = new Int32Array(0);
  where = new Int32Array(0);
  wordsA = new Int32Array(256);
  wordsB = new Int32Array(256);
  /** Back links of longestIncreasing. */
  chain = new Int32Array(256);
  /** Edit scripts of small problems by shape (see {@link shortestEdit}); read only by callers. */
  private readonly shapes = new Map<string, readonly number[]>();

  /** The edit script of a small problem's shape, if known. */
  knownShape(key: string): readonly number[] | undefined {
    return this.shapes.get(key);
  }

  /** Remembers a small problem's edit script; the cache is emptied whenever it is full. */
  rememberShape(key: string, parts: readonly number[]): void {
    if (this.shapes.size >= EDIT_CACHE_SIZE) this.shapes.clear();
    this.shapes.set(key, parts);
  }

  /** Empties the shape cache, so it lives for one diff (a texts' pair) and its size stays bounded by it. */
  forgetShapes(): void {
    this.shapes.clear();
  }
}

/**
 * The word tokens of `a[fromA, toA)` and `b[fromB, toB)` as ids from one shared dictionary, and the
 * number of distinct tokens. The token arrays are the scratch's, valid until its next use.
 */
function encodeTexts(a: string, fromA: number, toA: number, b: string, fromB: number, toB: number, scratch: DiffScratch): [Tokens, Tokens, number] {
  const chars = toA - fromA + toB - fromB;
  const needed = 4 * chars + 16;
  if (scratch.slotStamp.length < needed) {
    let size = scratch.slotStamp.length;
    while (size < needed) size *= 2;
    scratch.slotStamp = new Int32Array(size);
    scratch.slotId = new Int32Array(size);
  }
  if (scratch.idHash.length < chars + 1) {
    const size = 2 * (chars + 1);
    scratch.idHash = new Int32Array(size);
    scratch.idSide = new Uint8Array(size);
    scratch.idStart = new Int32Array(size);
    scratch.idLength = new Int32Array(size);
    scratch.idSpace = new Uint8Array(size);
  }
  const generation = ++scratch.generation;
  const { slotStamp, slotId, idHash, idSide, idStart, idLength, idSpace, asciiStamp, asciiId, classes } = scratch;
  const mask = slotStamp.length - 1;
  let distinct = 0;
  /** The id of the token `text[start, start + length)` with FNV hash `hash`. */
  const idOf = (text: string, side: number, start: number, length: number, hash: number): number => {
    if (length === 1) {
      // One ASCII character (a space, a punctuation mark): about half the tokens, no hashing.
      const code = text.charCodeAt(start);
      if (code < 128) {
        if (asciiStamp[code] !== generation) {
          asciiStamp[code] = generation;
          asciiId[code] = distinct;
          idHash[distinct] = 0;
          idLength[distinct] = -1; // never matched by the table
          idSpace[distinct] = ASCII_CLASS[code] === SPACE ? 1 : 0;
          distinct++;
        }
        return asciiId[code];
      }
    }
    let slot = hash & mask;
    while (slotStamp[slot] === generation) {
      const candidate = slotId[slot];
      if (idHash[candidate] === hash && idLength[candidate] === length) {
        const other = idSide[candidate] === 0 ? a : b;
        const at = idStart[candidate];
        let same = true;
        for (let c = 0; c < length && same; c++) same = other.charCodeAt(at + c) === text.charCodeAt(start + c);
        if (same) return candidate;
      }
      slot = (slot + 1) & mask;
    }
    const id = distinct++;
    idHash[id] = hash;
    idSide[id] = side;
    idStart[id] = start;
    idLength[id] = length;
    idSpace[id] = classOf(text.charCodeAt(start), classes) === SPACE ? 1 : 0;
    slotStamp[slot] = generation;
    slotId[slot] = id;
    return id;
  };
  const one = (text: string, side: number, from: number, to: number): Tokens => {
    const out = scratch.tokens[side];
    if (out.ids.length < to - from) {
      out.ids = new Int32Array(2 * (to - from));
      out.lengths = new Int32Array(2 * (to - from));
    }
    const ids = out.ids;
    const lengths = out.lengths;
    /** The token at `start` by the general tokenizer, stored as token `n`; returns its end. */
    const general = (text: string, side: number, start: number, to: number, n: number): number => {
      const end = tokenEnd(text, start, to, classes);
      let hash = 2166136261;
      for (let c = start; c < end; c++) hash = Math.imul(hash ^ text.charCodeAt(c), 16777619);
      ids[n] = idOf(text, side, start, end - start, hash);
      lengths[n] = end - start;
      return end;
    };
    let n = 0;
    // Tokenize and hash in one pass (cut as tokenEnd cuts, FNV-1a over the code units): ASCII
    // here, and a token that non-ASCII text could start, continue or end by the general path.
    let k = from;
    while (k < to) {
      const start = k;
      let c = text.charCodeAt(k);
      if (c >= 128) {
        k = general(text, side, start, to, n);
        n++;
        continue;
      }
      const cls = ASCII_CLASS[c];
      k++;
      if (cls === OTHER || (cls === SPACE && (k >= to || ASCII_CLASS[text.charCodeAt(k)] !== SPACE))) {
        // One ASCII character (a space, a punctuation mark): about half the tokens, no hashing.
        if (cls === SPACE && k < to && text.charCodeAt(k) >= 128) {
          k = general(text, side, start, to, n);
          n++;
          continue;
        }
        if (asciiStamp[c] !== generation) {
          asciiStamp[c] = generation;
          asciiId[c] = distinct;
          idHash[distinct] = 0;
          idLength[distinct] = -1; // never matched by the table
          idSpace[distinct] = cls === SPACE ? 1 : 0;
          distinct++;
        }
        ids[n] = asciiId[c];
        lengths[n++] = 1;
        continue;
      }
      let hash = Math.imul(2166136261 ^ c, 16777619);
      if (cls === WORD) {
        for (;;) {
          while (k < to && ASCII_CLASS[(c = text.charCodeAt(k))] === WORD) {
            hash = Math.imul(hash ^ c, 16777619);
            k++;
          }
          if (k + 1 < to && c === 39 && ASCII_CLASS[text.charCodeAt(k + 1)] === WORD) {
            hash = Math.imul(hash ^ 39, 16777619);
            k++;
          } else break;
        }
        // A letter, a mark or an apostrophe beyond ASCII may continue the word.
        if (k < to && (c >= 128 || (c === 39 && k + 1 < to && text.charCodeAt(k + 1) >= 128))) {
          k = general(text, side, start, to, n);
          n++;
          continue;
        }
      } else {
        while (k < to && ASCII_CLASS[(c = text.charCodeAt(k))] === SPACE) {
          hash = Math.imul(hash ^ c, 16777619);
          k++;
        }
        if (k < to && c >= 128) {
          k = general(text, side, start, to, n);
          n++;
          continue;
        }
      }
      ids[n] = idOf(text, side, start, k - start, hash);
      lengths[n++] = k - start;
    }
    out.n = n;
    return out;
  };
  const ta = one(a, 0, fromA, toA);
  const tb = one(b, 1, fromB, toB);
  return [ta, tb, distinct];
}

const KIND_EQUAL = 0;
const KIND_ADDED = 1;
const KIND_REMOVED = 2;

function plain(ids: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(ids[k]);
  return out;
}

/** Problems up to this many tokens (both sides) are looked up in the scratch's edit shapes first. */
const SMALL_EDIT = 24;
/** Edit shapes a scratch keeps at most (see {@link DiffScratch.rememberShape}). */
const EDIT_CACHE_SIZE = 20_000;

/**
 * The components (equal, added, removed runs with their token counts) turning old[oFrom, oTo)
 * into new[nFrom, nTo), in order, as [kind, count] pairs flattened: jsdiff's diffArrays (Myers)
 * on the tokens' integer ids, so comparing two tokens is comparing two numbers.
 */
function shortestEdit(old: Int32Array, oFrom: number, oTo: number, neu: Int32Array, nFrom: number, nTo: number, scratch: DiffScratch): readonly number[] {
  const small = oTo - oFrom + nTo - nFrom <= SMALL_EDIT;
  let key = '';
  if (small) {
    // jsdiff's answer depends only on which tokens are equal: small problems are keyed by their
    // tokens renumbered in order of first appearance, and recurring shapes are not diffed again.
    const renumberGeneration = ++scratch.renumberGeneration;
    let next = 0;
    const code = (id: number) => {
      if (id >= scratch.renumberStamp.length) {
        const stamp = new Int32Array(2 * id + 2);
        stamp.set(scratch.renumberStamp);
        const value = new Int32Array(2 * id + 2);
        value.set(scratch.renumberValue);
        scratch.renumberStamp = stamp;
        scratch.renumberValue = value;
      }
      const { renumberStamp, renumberValue } = scratch;
      if (renumberStamp[id] !== renumberGeneration) {
        renumberStamp[id] = renumberGeneration;
        renumberValue[id] = next++;
      }
      return 65 + renumberValue[id];
    };
    for (let k = oFrom; k < oTo; k++) key += String.fromCharCode(code(old[k]));
    key += '|'; // above every token's code (65 + at most SMALL_EDIT - 1)
    for (let k = nFrom; k < nTo; k++) key += String.fromCharCode(code(neu[k]));
    const known = scratch.knownShape(key);
    if (known) return known;
  }
  const parts = diffArrays(plain(old, oFrom, oTo), plain(neu, nFrom, nTo));
  const out: number[] = [];
  for (const part of parts) out.push(part.added ? KIND_ADDED : part.removed ? KIND_REMOVED : KIND_EQUAL, part.count ?? part.value.length);
  if (small) scratch.rememberShape(key, out);
  return out;
}

/**
 * Differing runs between two token sequences, offsets shifted by the stretch's start.
 *
 * jsdiff's Myers diff costs O(N·D) with heavy bookkeeping per step, and a post-edited paragraph has
 * a large D. So, as patience diff does, we anchor on tokens occurring once on each side,
 * recursively inside each gap, and leave jsdiff only the short stretches without such tokens,
 * which is where a minimal diff matters. `spaces` marks, per token id, the whitespace tokens of
 * a word diff (null for a diff of characters, which has none).
 */
function runs(A: Tokens, B: Tokens, distinct: number, offsetA: number, offsetB: number, spaces: Uint8Array | null, scratch: DiffScratch): Run[] {
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
  // Per token id: occurrences and last position on each side of the current gap.
  if (scratch.count.length < 2 * distinct) {
    scratch.count = new Int32Array(4 * distinct);
    scratch.where = new Int32Array(4 * distinct);
  }
  // Left all zero after each use: counts are reset below, places always written first.
  const countA = scratch.count;
  const countB = countA.subarray(countA.length >> 1);
  const whereA = scratch.where;
  const whereB = whereA.subarray(whereA.length >> 1);

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
    if (scratch.chain.length < ys.length) scratch.chain = new Int32Array(2 * ys.length);
    const chain = longestIncreasing(ys, scratch.chain);
    const pairs: number[] = [];
    for (const c of chain) pairs.push(xs[c], ys[c]);
    return pairs;
  };

  /**
   * jsdiff over the words of a stretch, whitespace left out: half the tokens, and fewer edits to
   * search, since the spaces around a changed word are not edits of their own. Words the other
   * side does not have are left out too (they can never match, as diff tools discard lines found
   * on one side only), which shrinks a rewritten sentence to the few words both versions share.
   * Matched words anchor; between two of them the stretches share no word, only whitespace at their
   * ends. Returns false (nothing done) when leaving whitespace out would not shrink the problem.
   */
  const alignWords = (i: number, x: number, j: number, y: number): boolean => {
    // Characters (a word refined to its letters) have no whitespace tokens to leave out.
    if (!spaces) return false;
    let hasSpaces = false;
    for (let k = i; k < x; k++) {
      const id = A.ids[k];
      if (spaces[id]) hasSpaces = true;
      else countA[id]++;
    }
    for (let k = j; k < y; k++) {
      const id = B.ids[k];
      if (spaces[id]) hasSpaces = true;
      else countB[id]++;
    }
    let nA = 0;
    let nB = 0;
    if (scratch.wordsA.length < x - i) scratch.wordsA = new Int32Array(2 * (x - i));
    if (scratch.wordsB.length < y - j) scratch.wordsB = new Int32Array(2 * (y - j));
    const wordsA = scratch.wordsA;
    const wordsB = scratch.wordsB;
    if (hasSpaces) {
      for (let k = i; k < x; k++) if (countB[A.ids[k]]) wordsA[nA++] = k;
      for (let k = j; k < y; k++) if (countA[B.ids[k]]) wordsB[nB++] = k;
    }
    for (let k = i; k < x; k++) countA[A.ids[k]] = 0;
    for (let k = j; k < y; k++) countB[B.ids[k]] = 0;
    if (!hasSpaces) return false;
    if (nA === 0) {
      align(i, x, j, y, true);
      return true;
    }
    const placesA = wordsA.slice(0, nA);
    const placesB = wordsB.slice(0, nB);
    const idsA = new Int32Array(nA);
    const idsB = new Int32Array(nB);
    for (let k = 0; k < nA; k++) idsA[k] = A.ids[placesA[k]];
    for (let k = 0; k < nB; k++) idsB[k] = B.ids[placesB[k]];
    const parts = shortestEdit(idsA, 0, nA, idsB, 0, nB, scratch);
    let ka = 0;
    let kb = 0;
    for (let p = 0; p < parts.length; p += 2) {
      const kind = parts[p];
      const n = parts[p + 1];
      if (kind === KIND_REMOVED) ka += n;
      else if (kind === KIND_ADDED) kb += n;
      else {
        for (let t = 0; t < n; t++, ka++, kb++) {
          align(i, placesA[ka], j, placesB[kb], true);
          equal(A.lengths[placesA[ka]]);
          i = placesA[ka] + 1;
          j = placesB[kb] + 1;
        }
      }
    }
    align(i, x, j, y, true);
    return true;
  };

  /**
   * The changes in tokens i..x of A against j..y of B: equal tokens at both ends, then the middle.
   * With `noSharedWords` (a stretch between two words jsdiff matched, which shares no word, only
   * whitespace at its ends) the middle is one change.
   */
  const align = (i: number, x: number, j: number, y: number, noSharedWords = false) => {
    let prefix = 0;
    while (i + prefix < x && j + prefix < y && A.ids[i + prefix] === B.ids[j + prefix]) prefix++;
    if (prefix) equal(span(A, i, i + prefix));
    i += prefix;
    j += prefix;
    let suffix = 0;
    while (x - suffix > i && y - suffix > j && A.ids[x - suffix - 1] === B.ids[y - suffix - 1]) suffix++;
    x -= suffix;
    y -= suffix;
    if (noSharedWords || (x - i === 1 && y - j === 1)) {
      // Nothing to match inside (one token each side differs, the common ends being trimmed): one change.
      if (x > i || y > j) differ(span(A, i, x), span(B, j, y));
    } else if (x > i && y > j) {
      const anchors = anchorsIn(i, x, j, y);
      if (anchors[0] === -1) {
        // Nothing in common: one replacement, no diff needed.
        differ(span(A, i, x), span(B, j, y));
      } else if (anchors.length === 0) {
        if (!alignWords(i, x, j, y)) {
          const parts = shortestEdit(A.ids, i, x, B.ids, j, y, scratch);
          let ka = i;
          let kb = j;
          for (let p = 0; p < parts.length; p += 2) {
            const kind = parts[p];
            const n = parts[p + 1];
            if (kind === KIND_REMOVED) {
              differ(span(A, ka, ka + n), 0);
              ka += n;
            } else if (kind === KIND_ADDED) {
              differ(0, span(B, kb, kb + n));
              kb += n;
            } else {
              equal(span(A, ka, ka + n));
              ka += n;
              kb += n;
            }
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
  align(0, A.n, 0, B.n);
  if (open) out.push(open);
  return out;
}

/** Whether `text[from, to)` is whitespace (`\s`, code unit by code unit) without a line feed. */
function onlySpacesBetween(text: string, from: number, to: number, classes: Uint8Array): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || classOf(code, classes) !== SPACE) return false;
  }
  return true;
}

/**
 * Word changes between `a[fromA, toA)` and `b[fromB, toB)`. Changes separated only by spaces are
 * joined ("the [big red/small blue] dog" reads better than two changes), and a one-word
 * replacement is refined to characters when most of the word stays ("offen[c/s]ive"). `scratch` is
 * the caller's working memory (a fresh one by default).
 */
export function diffWords(a: string, fromA: number, toA: number, b: string, fromB: number, toB: number, scratch = new DiffScratch()): Change[] {
  const [A, B, distinct] = encodeTexts(a, fromA, toA, b, fromB, toB, scratch);
  const joined: Run[] = [];
  for (const run of runs(A, B, distinct, fromA, fromB, scratch.idSpace, scratch)) {
    const last = joined[joined.length - 1];
    if (last) {
      if (onlySpacesBetween(a, last.toA, run.fromA, scratch.classes)) {
        last.toA = run.toA;
        last.toB = run.toB;
        continue;
      }
    }
    joined.push(run);
  }
  const out: Change[] = [];
  for (const run of joined) {
    const refined = refineToCharacters(a, b, run, scratch);
    if (refined) out.push(...refined);
    else out.push(makeChange(a, b, run.fromA, run.toA, run.fromB, run.toB));
  }
  return out;
}

/** Whether `text[from, to)` is empty or holds an ASCII character no word has (most runs: spaces, punctuation). */
function plainlyNotOneWord(text: string, from: number, to: number): boolean {
  if (from === to) return true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 && c !== 39 && ASCII_CLASS[c] !== WORD) return true;
  }
  return false;
}

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*$/u;

/**
 * Character changes for a one-word replacement, or null when a character diff would not help:
 * the changed characters must be fewer than half of the longer word in one place, or at most a
 * quarter of it in two ("offen[c/s]ive", "colo[/u]r", "ac[/c]o[/m]modation"; but "[the/that]",
 * "[a/an]" and "[reflection/deduction]" stay whole words).
 */
function refineToCharacters(a: string, b: string, run: Run, scratch: DiffScratch): Change[] | null {
  if (plainlyNotOneWord(a, run.fromA, run.toA) || plainlyNotOneWord(b, run.fromB, run.toB)) return null;
  const wordA = a.slice(run.fromA, run.toA);
  const wordB = b.slice(run.fromB, run.toB);
  if (!SINGLE_WORD.test(wordA) || !SINGLE_WORD.test(wordB)) return null;
  // Code points, so a surrogate pair is never cut in half.
  const [A, B, distinct] = encodeCharacters(wordA, wordB);
  const charRuns = runs(A, B, distinct, run.fromA, run.fromB, null, scratch);
  let changed = 0;
  for (const r of charRuns) changed += Math.max(r.toA - r.fromA, r.toB - r.fromB);
  const longest = Math.max(wordA.length, wordB.length);
  // One place: fewer than half the characters changed. Two places read well only when the word
  // stays mostly the same ("ac[/c]o[/m]modation", not "[r/d]e[fle/du]ction").
  if (charRuns.length > 2 || (charRuns.length === 1 ? changed * 2 >= longest : changed * 4 > longest)) return null;
  return charRuns.map((r) => makeChange(a, b, r.fromA, r.toA, r.fromB, r.toB));
}

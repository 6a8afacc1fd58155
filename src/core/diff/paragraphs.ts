/**
 * Paragraph alignment: which paragraphs of the original (A) correspond to which of the corrected
 * text (B), before any word is compared.
 *
 * A plain Myers diff over paragraphs is slow and useless here, because after post-editing nearly
 * every paragraph differs. Instead, as patience and histogram diffs do, we anchor on paragraphs
 * that are identical and unique on both sides; inside each gap between anchors we anchor on words
 * that are unique to one paragraph on each side (names, numbers, rare words survive post-editing);
 * what remains, now small, is paired by word overlap with a dynamic program. Paragraphs left alone
 * next to a pair are attached to it when their words are found there, which is how a split or a
 * merged paragraph is recognised.
 */

import { longestIncreasing } from './patience';

/** One paragraph: a non-blank line and the blank lines after it, line endings included. */
export interface Paragraph {
  from: number;
  to: number;
  /** The text without trailing whitespace: identical keys mean identical paragraphs. */
  key: string;
  /** Word hashes, in order. */
  words: Int32Array;
  /** The same, sorted: a bag of words. */
  bag: Int32Array;
}

/** Aligned runs of paragraphs: `a[aFrom, aTo)` corresponds to `b[bFrom, bTo)`; either side may be empty. */
export interface ParagraphGroup {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/**
 * Word hashes of `text[from, to)`, lower-cased (ASCII), in order. Alignment only needs to know
 * which words two paragraphs share, so hashing characters in place (no substrings, no map of
 * strings) keeps it fast; a rare collision only nudges a similarity score. `scratch` is the
 * caller's working array, at least `(to - from + 1) / 2 + 1` long (at most one word per two code
 * units, plus one; a new one by default).
 */
export function wordHashes(text: string, from: number, to: number, scratch = new Int32Array(((to - from + 1) >> 1) + 1)): Int32Array {
  const out = scratch;
  let n = 0;
  let hash = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    let letter: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      // Beyond ASCII: everything but spaces and the General Punctuation block counts as a letter.
      letter = c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x2000 || c > 0x206f);
    }
    if (letter) {
      hash = inWord ? Math.imul(hash ^ c, 16777619) : Math.imul(2166136261 ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      out[n++] = hash;
      inWord = false;
    }
  }
  if (inWord) out[n++] = hash;
  return out.slice(0, n);
}

/** Splits `text[from, to)` into paragraphs. Leading blank lines form a paragraph of their own. */
export function splitParagraphs(text: string, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  // The word hashes' working array, grown to the longest paragraph.
  let scratch = new Int32Array(1024);
  const makeParagraph = (start: number, end: number): Paragraph => {
    if (scratch.length < ((end - start + 1) >> 1) + 1) scratch = new Int32Array(end - start + 2);
    const key = text.slice(start, end).trimEnd();
    const words = wordHashes(text, start, end, scratch);
    return { from: start, to: end, key, words, bag: words.slice().sort() };
  };
  let start = from;
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 || nl >= to ? to : nl + 1;
    if (pos > start && !isBlank(text, pos, end)) {
      out.push(makeParagraph(start, pos));
      start = pos;
    }
    pos = end;
  }
  if (pos > start) out.push(makeParagraph(start, pos));
  return out;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 0xa0) return false;
  }
  return true;
}

/** Words two sorted bags share, counting repeats. */
function common(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared;
}

/** Merges sorted bags. */
function union(x: Int32Array, y: Int32Array): Int32Array {
  const out = new Int32Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out.sort();
}

/** Below this word overlap (Dice coefficient) two paragraphs are not considered the same paragraph. */
const MIN_SIMILARITY = 0.4;
/** Gaps up to this many paragraph pairs are aligned by the quadratic dynamic program directly. */
const DP_CELLS = 4096;

/**
 * Aligns two paragraph lists. The groups cover both lists in order; a group is one-to-one, one
 * paragraph against two (split or merge), or one-sided (inserted or deleted paragraphs).
 */
export function alignParagraphs(a: readonly Paragraph[], b: readonly Paragraph[]): ParagraphGroup[] {
  const bagsA = a.map((p) => p.bag);
  const bagsB = b.map((p) => p.bag);
  const pairs: [number, number][] = [];
  anchorOnParagraphs(a, b, 0, a.length, 0, b.length, bagsA, bagsB, pairs);
  return attachLoners(groupsFromPairs(pairByPosition(pairs, bagsA, bagsB), a.length, b.length), bagsA, bagsB);
}

/** Below this word overlap even paragraphs in the same place are not paired. */
const MIN_POSITION_SIMILARITY = 0.1;
/** Paragraphs paired by position may differ in length by at most this factor. */
const MAX_LENGTH_RATIO = 2.5;

/**
 * Heavily post-edited paragraphs: where the same number of paragraphs is left unpaired on both
 * sides between two pairs (or an end), the editor rewrote them in place; pair them in order, each
 * pair needing only a little word overlap and similar lengths, so they show as word changes
 * rather than a whole paragraph deleted and another inserted.
 */
function pairByPosition(pairs: [number, number][], bagsA: Int32Array[], bagsB: Int32Array[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  const fill = (x: number, y: number) => {
    if (x - i !== y - j) return;
    const found: [number, number][] = [];
    for (let k = 0; k < x - i; k++) {
      const nx = bagsA[i + k].length;
      const ny = bagsB[j + k].length;
      const alike =
        nx > 0 &&
        ny > 0 &&
        Math.max(nx, ny) <= MAX_LENGTH_RATIO * Math.min(nx, ny) &&
        (2 * common(bagsA[i + k], bagsB[j + k])) / (nx + ny) >= MIN_POSITION_SIMILARITY;
      if (alike) found.push([i + k, j + k]);
    }
    out.push(...found);
  };
  for (const [x, y] of pairs) {
    fill(x, y);
    out.push([x, y]);
    i = x + 1;
    j = y + 1;
  }
  fill(bagsA.length, bagsB.length);
  return out;
}

/** Patience step: identical, unique paragraphs anchor; recurse into the gaps between them. */
function anchorOnParagraphs(
  a: readonly Paragraph[],
  b: readonly Paragraph[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  bagsA: Int32Array[],
  bagsB: Int32Array[],
  pairs: [number, number][],
): void {
  // Identical ends first: cheap, and the common case for untouched stretches.
  while (aLo < aHi && bLo < bHi && a[aLo].key === b[bLo].key) pairs.push([aLo++, bLo++]);
  const tail: [number, number][] = [];
  while (aLo < aHi && bLo < bHi && a[aHi - 1].key === b[bHi - 1].key) tail.push([--aHi, --bHi]);
  if (aLo < aHi && bLo < bHi) {
    const seen = new Map<string, { na: number; nb: number; ia: number; ib: number }>();
    for (let i = aLo; i < aHi; i++) {
      if (a[i].words.length === 0) continue;
      const s = seen.get(a[i].key);
      if (s) s.na++;
      else seen.set(a[i].key, { na: 1, nb: 0, ia: i, ib: -1 });
    }
    for (let j = bLo; j < bHi; j++) {
      const s = seen.get(b[j].key);
      if (s) {
        s.nb++;
        s.ib = j;
      }
    }
    const unique = [...seen.values()].filter((s) => s.na === 1 && s.nb === 1).sort((x, y) => x.ia - y.ia);
    const anchors = longestIncreasing(unique.map((s) => s.ib)).map((k) => ({ x: unique[k].ia, y: unique[k].ib }));
    if (anchors.length === 0) {
      anchorOnWords(a, b, aLo, aHi, bLo, bHi, bagsA, bagsB, pairs);
    } else {
      let i = aLo;
      let j = bLo;
      for (const { x, y } of anchors) {
        anchorOnParagraphs(a, b, i, x, j, y, bagsA, bagsB, pairs);
        pairs.push([x, y]);
        i = x + 1;
        j = y + 1;
      }
      anchorOnParagraphs(a, b, i, aHi, j, bHi, bagsA, bagsB, pairs);
    }
  }
  pairs.push(...tail.reverse());
}

/**
 * Inside a gap of differing paragraphs: words occurring once in the whole gap on each side vote
 * for the pair of paragraphs holding them; the longest consistent chain of votes gives anchor
 * pairs, and the small gaps between them go to the dynamic program.
 */
function anchorOnWords(
  a: readonly Paragraph[],
  b: readonly Paragraph[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  bagsA: Int32Array[],
  bagsB: Int32Array[],
  pairs: [number, number][],
): void {
  if ((aHi - aLo) * (bHi - bLo) <= DP_CELLS) {
    pairBySimilarity(aLo, aHi, bLo, bHi, bagsA, bagsB, pairs);
    return;
  }
  // Per word id: where it occurs (paragraph), or -2 once it occurs twice.
  let wordsA = 0;
  for (let i = aLo; i < aHi; i++) wordsA += a[i].words.length;
  let wordsB = 0;
  for (let j = bLo; j < bHi; j++) wordsB += b[j].words.length;
  const inA = new PlaceTable(wordsA);
  for (let i = aLo; i < aHi; i++) for (const w of a[i].words) inA.see(w, i);
  const inB = new PlaceTable(wordsB);
  for (let j = bLo; j < bHi; j++) for (const w of b[j].words) inB.see(w, j);
  const voteX: number[] = [];
  const voteY: number[] = [];
  for (let i = aLo; i < aHi; i++) {
    for (const w of a[i].words) {
      if (inA.get(w) !== i) continue;
      const j = inB.get(w);
      if (j !== undefined && j >= 0) {
        voteX.push(i);
        voteY.push(j);
      }
    }
  }
  // Chain votes: increasing in A (by construction) and non-decreasing in B; adding the vote's rank
  // to a scaled target lets several words of one paragraph vote for the same target.
  const n = voteX.length;
  const chain = longestIncreasing(voteY.map((y, k) => y * n + k));
  const anchors: { x: number; y: number; n: number }[] = [];
  for (const k of chain) {
    const x = voteX[k];
    const y = voteY[k];
    const last = anchors[anchors.length - 1];
    if (last && last.x === x && last.y === y) last.n++;
    else anchors.push({ x, y, n: 1 });
  }
  // One anchor per paragraph on each side: the best-supported one, and it must look alike.
  const chosen: { x: number; y: number }[] = [];
  for (const c of anchors) {
    if (!similar(bagsA[c.x], bagsB[c.y])) continue;
    const last = chosen[chosen.length - 1];
    if (last && (last.x === c.x || last.y === c.y)) continue;
    chosen.push(c);
  }
  if (chosen.length === 0) {
    pairBySimilarity(aLo, aHi, bLo, bHi, bagsA, bagsB, pairs);
    return;
  }
  let i = aLo;
  let j = bLo;
  for (const { x, y } of chosen) {
    anchorOnWords(a, b, i, x, j, y, bagsA, bagsB, pairs);
    pairs.push([x, y]);
    i = x + 1;
    j = y + 1;
  }
  anchorOnWords(a, b, i, aHi, j, bHi, bagsA, bagsB, pairs);
}

/**
 * Word hash -> the one paragraph holding it, or -2 once a second occurrence is seen; an
 * open-addressing table on typed arrays (a Map of numbers costs several times more here).
 */
class PlaceTable {
  private keys: Int32Array;
  private places: Int32Array;
  private used: Uint8Array;
  private mask: number;
  /** 32 - log2(size): the product's top bits pick the slot (its low bits mix poorly). */
  private shift: number;

  constructor(expected: number) {
    let size = 16;
    this.shift = 28;
    while (size < 2 * expected) {
      size *= 2;
      this.shift--;
    }
    this.keys = new Int32Array(size);
    this.places = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  private slot(word: number): number {
    let slot = Math.imul(word, 0x9e3779b1) >>> this.shift;
    while (this.used[slot] && this.keys[slot] !== word) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** Records an occurrence of `word` in paragraph `place`. */
  see(word: number, place: number): void {
    const slot = this.slot(word);
    if (this.used[slot]) this.places[slot] = -2;
    else {
      this.used[slot] = 1;
      this.keys[slot] = word;
      this.places[slot] = place;
    }
  }

  /** The paragraph holding `word` once, -2 when it occurs more than once, undefined when never. */
  get(word: number): number | undefined {
    const slot = this.slot(word);
    return this.used[slot] ? this.places[slot] : undefined;
  }
}

function similar(x: Int32Array, y: Int32Array): boolean {
  const nx = sizeOf(x);
  const ny = sizeOf(y);
  if (nx === 0 || ny === 0) return nx === ny;
  return (2 * common(x, y)) / (nx + ny) >= MIN_SIMILARITY;
}

function sizeOf(x: Int32Array): number {
  return x.length;
}

/**
 * One-to-one pairing maximising shared words, among pairs that look alike. A band around the
 * diagonal keeps large gaps (no usable anchors at all) linear in practice.
 */
function pairBySimilarity(
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  bagsA: Int32Array[],
  bagsB: Int32Array[],
  pairs: [number, number][],
): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n === 0 || m === 0) return;
  const band = Math.max(32, Math.abs(n - m) + 8);
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 1 skip A, 2 skip B, 3 pair
  for (let i = 1; i <= n; i++) move[i * width] = 1;
  for (let j = 1; j <= m; j++) move[j] = 2;
  for (let i = 1; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    for (let j = 1; j <= m; j++) {
      const here = i * width + j;
      let best = score[here - width];
      let how = 1;
      if (score[here - 1] > best) {
        best = score[here - 1];
        how = 2;
      }
      if (Math.abs(j - centre) <= band) {
        const x = bagsA[aLo + i - 1];
        const y = bagsB[bLo + j - 1];
        const nx = sizeOf(x);
        const ny = sizeOf(y);
        // Blank paragraphs pair with blank ones, worth a little less than a shared word.
        const gain = nx === 0 && ny === 0 ? 0.5 : similar(x, y) ? common(x, y) : -1;
        if (gain > 0 && score[here - width - 1] + gain > best) {
          best = score[here - width - 1] + gain;
          how = 3;
        }
      }
      score[here] = best;
      move[here] = how;
    }
  }
  const found: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const how = move[i * width + j];
    if (how === 3) found.push([aLo + --i, bLo + --j]);
    else if (how === 1) i--;
    else j--;
  }
  pairs.push(...found.reverse());
}

/** Groups from one-to-one pairs: each pair, and one-sided groups for the paragraphs between. */
function groupsFromPairs(pairs: readonly [number, number][], na: number, nb: number): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  let i = 0;
  let j = 0;
  const gap = (x: number, y: number) => {
    if (x > i) groups.push({ aFrom: i, aTo: x, bFrom: j, bTo: j });
    if (y > j) groups.push({ aFrom: x, aTo: x, bFrom: j, bTo: y });
  };
  for (const [x, y] of pairs) {
    gap(x, y);
    groups.push({ aFrom: x, aTo: x + 1, bFrom: y, bTo: y + 1 });
    i = x + 1;
    j = y + 1;
  }
  gap(na, nb);
  return groups.flatMap((g) => splitOneSided(g));
}

/** One-sided groups one paragraph each, so each can attach to a neighbour on its own. */
function splitOneSided(g: ParagraphGroup): ParagraphGroup[] {
  const out: ParagraphGroup[] = [];
  if (g.bFrom === g.bTo) for (let i = g.aFrom; i < g.aTo; i++) out.push({ aFrom: i, aTo: i + 1, bFrom: g.bFrom, bTo: g.bFrom });
  else if (g.aFrom === g.aTo) for (let j = g.bFrom; j < g.bTo; j++) out.push({ aFrom: g.aFrom, aTo: g.aFrom, bFrom: j, bTo: j + 1 });
  else out.push(g);
  return out;
}

/**
 * Split and merged paragraphs: a lone paragraph next to a one-to-one pair joins it when at least
 * half of its words are words the pair's other side has to spare.
 */
function attachLoners(groups: ParagraphGroup[], bagsA: Int32Array[], bagsB: Int32Array[]): ParagraphGroup[] {
  const bagOf = (bags: Int32Array[], from: number, to: number) => {
    let out: Int32Array = new Int32Array(0);
    for (let k = from; k < to; k++) out = union(out, bags[k]);
    return out;
  };
  const gainOf = (pair: ParagraphGroup, loner: ParagraphGroup): boolean => {
    const loneA = loner.aTo > loner.aFrom;
    const lone = loneA ? bagsA[loner.aFrom] : bagsB[loner.bFrom];
    const words = sizeOf(lone);
    if (words === 0) return false;
    const mine = loneA ? bagOf(bagsA, pair.aFrom, pair.aTo) : bagOf(bagsB, pair.bFrom, pair.bTo);
    const other = loneA ? bagOf(bagsB, pair.bFrom, pair.bTo) : bagOf(bagsA, pair.aFrom, pair.aTo);
    return common(union(mine, lone), other) - common(mine, other) >= words / 2;
  };
  const isPair = (g: ParagraphGroup | undefined): boolean => !!g && g.aTo > g.aFrom && g.bTo > g.bFrom;
  const out: ParagraphGroup[] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (isPair(g)) {
      out.push({ ...g });
      continue;
    }
    const before = out[out.length - 1] as ParagraphGroup | undefined;
    const after = groups[k + 1] as ParagraphGroup | undefined;
    // Two paragraphs against one at most: the editor's split or merge, not a rewrite.
    const small = (p: ParagraphGroup) => p.aTo - p.aFrom + (p.bTo - p.bFrom) < 3;
    if (before && isPair(before) && small(before) && gainOf(before, g)) {
      before.aTo = g.aTo;
      before.bTo = g.bTo;
    } else if (after && isPair(after) && small(after) && gainOf(after, g)) {
      groups[k + 1] = { aFrom: g.aFrom, aTo: after.aTo, bFrom: g.bFrom, bTo: after.bTo };
    } else out.push({ ...g });
  }
  return out;
}

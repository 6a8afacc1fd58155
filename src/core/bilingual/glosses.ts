/**
 * What the words of a Chinese paragraph mean in English, for the paragraph aligner: the source is
 * cut into the dictionary's words (longest first, up to three characters) and each word brings the
 * English words of its senses (./data/zh-glosses.json, from CC-CEDICT); the translation brings its
 * own words. Both sides are reduced to the same crude stems ("elections", "elected" and "election"
 * are one), so that a paragraph and its translation share many stems and two unrelated paragraphs
 * few. How much two paragraphs share is {@link lexicalSimilarity}.
 */
import { RuleDataError } from '../rules/data/validate';
import glossData from './data/zh-glosses.json';

/** The source side of a paragraph: for each of its dictionary words, the stems of its senses. */
export interface SourceGlosses {
  /** Per dictionary word of the paragraph (words without senses left out), where its stems end in `stems`. */
  ends: Int32Array;
  /** The stem ids of its words, word after word (the paragraph's own copy: read often, kept together). */
  stems: Int32Array;
}

/** The translation side of a paragraph: the stems of its words that some sense has. */
export interface TargetStems {
  /** In text order, repeated as often as they occur (words no sense has are left out). */
  list: Int32Array;
  /** The paragraph's content words, those no sense has included. */
  words: number;
}

/**
 * The gloss table: an open-addressing hash table of Chinese words of one to three characters (no
 * strings made to look one up), each with its stems in `pool`.
 */
interface GlossTable {
  /** Per slot: the word's characters (0 past its end) and length (0: an empty slot). */
  first: Uint16Array;
  second: Uint16Array;
  third: Uint16Array;
  length: Uint8Array;
  /** Per slot: where its stems are in `pool` (offset × 8 + count). */
  ref: Int32Array;
  pool: Int32Array;
  mask: number;
  /** Stem -> id. */
  stems: ReadonlyMap<string, number>;
  /** Lowercase English word -> its stem's id, -1 for none, -2 for a word that does not count: filled as words are met. */
  words: Map<string, number>;
}

const hashOf = (a: number, b: number, c: number, n: number) =>
  Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ n;

/** The slot of the word of `n` characters at `from` in `text`, or -1. */
function slotOf(t: GlossTable, text: string, from: number, n: number): number {
  const a = text.charCodeAt(from);
  const b = n > 1 ? text.charCodeAt(from + 1) : 0;
  const c = n > 2 ? text.charCodeAt(from + 2) : 0;
  for (let slot = hashOf(a, b, c, n) & t.mask; t.length[slot] !== 0; slot = (slot + 1) & t.mask) {
    if (t.length[slot] === n && t.first[slot] === a && t.second[slot] === b && t.third[slot] === c) return slot;
  }
  return -1;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

const FILE = 'src/core/bilingual/data/zh-glosses.json';

// English words that carry no meaning of their own for the comparison (the dictionary file has
// none of them: its generator leaves them out too).
const STOP = new Set(
  'the and for with from that this its his her their one also etc such see variant old name surname abbr person thing kind not into out something someone used are was were has have had who which what when where how very more most much many some any all other another each said says will would been being than but about after before over under there here they them she him our your you can could may might should must only just'.split(
    ' ',
  ),
);

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'ly'];

/** A word's crude stem: common inflectional and derivational endings taken off, a stem of three letters or more kept. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  // Every ending ends in d, g, n, r, s, t or y: most words are left as they are without a test.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 100 && last !== 103 && last !== 110 && last !== 114 && last !== 115 && last !== 116 && last !== 121) return w;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Reads and checks the gloss table; an error names the file. */
export function readGlossTable(data: unknown): GlossTable {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof d.words !== 'string' || !/^[a-z]+(?: [a-z]+)*$/.test(d.words)) {
    throw new RuleDataError(`${FILE}: "words" must be lowercase English words separated by single spaces.`);
  }
  if (typeof d.entries !== 'string') throw new RuleDataError(`${FILE}: "entries" must be a string of lines.`);
  const words = d.words.split(' ');
  const stems = new Map<string, number>();
  const stemOf = new Int32Array(words.length);
  words.forEach((w, i) => {
    const s = stem(w);
    let id = stems.get(s);
    if (id === undefined) stems.set(s, (id = stems.size));
    stemOf[i] = id;
  });
  // Read by hand, not by split and regular expression: 140,000 lines are read on a Chinese source's first check.
  const text = d.entries;
  let lines = 1;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  let size = 1;
  while (size < 2 * lines) size <<= 1;
  const table: GlossTable = {
    first: new Uint16Array(size),
    second: new Uint16Array(size),
    third: new Uint16Array(size),
    length: new Uint8Array(size),
    ref: new Int32Array(size),
    pool: new Int32Array(0),
    mask: size - 1,
    stems,
    words: new Map(),
  };
  const pool: number[] = [];
  let line = 0;
  while (line < text.length) {
    let end = text.indexOf('\n', line);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', line);
    const n = space - line;
    let han = space > line && n <= 3 && space < end;
    for (let k = line; han && k < space; k++) han = isHan(text.charCodeAt(k));
    if (!han)
      throw new RuleDataError(
        `${FILE}: entry "${text.slice(line, Math.min(end, line + 40))}" must be one to three Han characters, a space and word indices.`,
      );
    if (slotOf(table, text, line, n) >= 0)
      throw new RuleDataError(`${FILE}: entry "${text.slice(line, space)}" is listed twice.`);
    const offset = pool.length;
    let value = 0;
    let digits = 0;
    for (let k = space + 1; k <= end; k++) {
      const c = k < end ? text.charCodeAt(k) : 44;
      if (c === 44) {
        if (digits === 0 || value >= words.length)
          throw new RuleDataError(
            `${FILE}: entry "${text.slice(line, space)}" names a word index that "words" does not have.`,
          );
        const id = stemOf[value];
        if (!pool.includes(id, offset)) pool.push(id);
        value = 0;
        digits = 0;
      } else {
        const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
        if (digit < 0)
          throw new RuleDataError(
            `${FILE}: entry "${text.slice(line, space)}" must list base-36 word indices separated by commas.`,
          );
        value = value * 36 + digit;
        digits++;
      }
    }
    if (pool.length - offset > 7)
      throw new RuleDataError(`${FILE}: entry "${text.slice(line, space)}" has more than 7 words.`);
    const a = text.charCodeAt(line);
    const b = n > 1 ? text.charCodeAt(line + 1) : 0;
    const c = n > 2 ? text.charCodeAt(line + 2) : 0;
    let slot = hashOf(a, b, c, n) & table.mask;
    while (table.length[slot] !== 0) slot = (slot + 1) & table.mask;
    table.first[slot] = a;
    table.second[slot] = b;
    table.third[slot] = c;
    table.length[slot] = n;
    table.ref[slot] = offset * 8 + (pool.length - offset);
    line = end + 1;
  }
  table.pool = Int32Array.from(pool);
  return table;
}

// Read on first use (a Chinese source), once per process: most checks never need it.
let table: GlossTable | undefined;
function glossTable(): GlossTable {
  return (table ??= readGlossTable(glossData));
}

/** The dictionary words of a Chinese paragraph, longest match first, with their senses' stems. */
export function sourceGlosses(text: string): SourceGlosses {
  const table = glossTable();
  const ends: number[] = [];
  const stems: number[] = [];
  let k = 0;
  while (k < text.length) {
    if (!isHan(text.charCodeAt(k))) {
      k++;
      continue;
    }
    let run = 1;
    while (run < 3 && k + run < text.length && isHan(text.charCodeAt(k + run))) run++;
    let length = 1;
    for (let n = run; n >= 1; n--) {
      const slot = slotOf(table, text, k, n);
      if (slot >= 0) {
        const ref = table.ref[slot];
        for (let x = ref >> 3; x < (ref >> 3) + (ref & 7); x++) stems.push(table.pool[x]);
        ends.push(stems.length);
        length = n;
        break;
      }
    }
    k += length;
  }
  return { ends: Int32Array.from(ends), stems: Int32Array.from(stems) };
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The stems of an English paragraph's words that the dictionary's senses have. */
export function targetStems(text: string): TargetStems {
  const table = glossTable();
  const list: number[] = [];
  let words = 0;
  // Its runs of three ASCII letters or more (what /[A-Za-z]{3,}/g matches), read without a pattern.
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    const from = i;
    i = end;
    if (end - from < 3) continue;
    const lower = text.slice(from, end).toLowerCase();
    let id = table.words.get(lower);
    if (id === undefined) {
      // Bounded: a long session meets many words; forgetting them costs only their stemming again.
      if (table.words.size >= 200_000) table.words.clear();
      table.words.set(lower, (id = STOP.has(lower) ? -2 : (table.stems.get(stem(lower)) ?? -1)));
    }
    if (id === -2) continue;
    words++;
    if (id >= 0) list.push(id);
  }
  return { list: Int32Array.from(list), words };
}

/** Below this many dictionary words on the source side or content words on the other, two paragraphs are not compared. */
export const MIN_WORDS = 3;

/**
 * What every pair of paragraphs near the diagonal shares, worked out once for the aligner's
 * search: for each pair, which source words have a sense among the translation's words and which
 * translation words are a sense of some source word, as bit masks, so that a match of two
 * paragraphs with one (a merge or a split) is their masks or-ed, never a new comparison. Source
 * paragraph i is paired with translation paragraphs lo(i)..hi(i), both nondecreasing in i.
 */
export class SharedSenses {
  private readonly width: number;
  /** Per pair (i * width + j - lo(i)): where its source-word mask starts in `masks` (its length: the source's word count / 32). */
  private readonly sourceAt: Int32Array;
  /** Per pair: where its translation-word mask starts in `masks`. */
  private readonly targetAt: Int32Array;
  private readonly masks: Uint32Array;
  /**
   * Of the match last measured by {@link similarity}, when it has two paragraphs on a side: the
   * least share of any one paragraph's words that the other side renders (1 for a one-to-one
   * match). A merge of a paragraph with a neighbour whose own words are nowhere in the other side
   * is a paragraph left out (or put in), not a merge.
   */
  weakest = 1;
  /**
   * Of the match last measured by {@link similarity}, when two source paragraphs share one
   * translation paragraph: the least share of either one's words that the translation renders
   * with a word the other's senses lack (1 otherwise). A paragraph merged with its neighbour
   * because its translation was left out is rendered, if at all, only by words its neighbour's
   * translation has for the neighbour's own words (a headline repeated in the first paragraph,
   * the same topic); half of a real merge brings words of its own.
   */
  weakestOwn = 1;
  /** Per pair: how many of the source paragraph's words have a sense among the translation paragraph's words that the next source paragraph's senses lack (even places) or that the previous one's lack (odd places). */
  private readonly own: Int32Array;

  constructor(
    private readonly source: readonly SourceGlosses[],
    private readonly target: readonly TargetStems[],
    private readonly lo: (i: number) => number,
    private readonly hi: (i: number) => number,
  ) {
    const n = source.length;
    const m = target.length;
    let width = 1;
    for (let i = 0; i < n; i++) width = Math.max(width, hi(i) - lo(i) + 1);
    this.width = width;
    this.sourceAt = new Int32Array(n * width).fill(-1);
    this.targetAt = new Int32Array(n * width).fill(-1);
    let size = 0;
    for (let i = 0; i < n; i++) {
      const sourceWords = (source[i].ends.length + 31) >> 5;
      for (let j = lo(i); j <= Math.min(hi(i), m - 1); j++) {
        const pair = i * width + j - lo(i);
        this.sourceAt[pair] = size;
        size += sourceWords;
        this.targetAt[pair] = size;
        size += (target[j].list.length + 31) >> 5;
      }
    }
    const masks = (this.masks = new Uint32Array(size));
    let stems = 0;
    for (const t of target) for (const id of t.list) stems = Math.max(stems, id + 1);
    for (const g of source) for (const id of g.stems) stems = Math.max(stems, id + 1);
    // Which paragraph last marked each stem: marking a paragraph's stems costs its words, not the vocabulary.
    const mark = new Int32Array(stems).fill(-1);
    // Source words against each translation paragraph, for the source paragraphs whose band holds it.
    let first = 0;
    for (let j = 0; j < m; j++) {
      for (const id of target[j].list) mark[id] = j;
      while (first < n && hi(first) < j) first++;
      for (let i = first; i < n && lo(i) <= j; i++) {
        const at = this.sourceAt[i * width + j - lo(i)];
        const { ends, stems: ids } = source[i];
        for (let k = 0, x = 0; k < ends.length; x = ends[k], k++) {
          for (; x < ends[k]; x++) {
            if (mark[ids[x]] === j) {
              masks[at + (k >> 5)] |= 1 << (k & 31);
              break;
            }
          }
        }
      }
    }
    // Translation words against each source paragraph of their band.
    mark.fill(-1);
    for (let i = 0; i < n; i++) {
      for (const id of source[i].stems) mark[id] = i;
      for (let j = lo(i); j <= Math.min(hi(i), m - 1); j++) {
        const at = this.targetAt[i * width + j - lo(i)];
        const list = target[j].list;
        for (let k = 0; k < list.length; k++) if (mark[list[k]] === i) masks[at + (k >> 5)] |= 1 << (k & 31);
      }
    }
    // Source words against each translation paragraph of their band, leaving out the senses the
    // neighbouring source paragraphs have (stamped with i: a stem of paragraph i + 1 or i - 1).
    const own = (this.own = new Int32Array(2 * n * width));
    const inNext = new Int32Array(stems).fill(-1);
    const inPrevious = new Int32Array(stems).fill(-1);
    const inTarget = mark.fill(-1);
    for (let i = 0; i < n; i++) {
      if (i + 1 < n) for (const id of source[i + 1].stems) inNext[id] = i;
      if (i > 0) for (const id of source[i - 1].stems) inPrevious[id] = i;
      const { ends, stems: ids } = source[i];
      for (let j = lo(i); j <= Math.min(hi(i), m - 1); j++) {
        const pair = i * width + j - lo(i);
        for (const id of target[j].list) inTarget[id] = pair;
        let next = 0;
        let previous = 0;
        for (let k = 0, x = 0; k < ends.length; x = ends[k], k++) {
          let notNext = false;
          let notPrevious = false;
          for (; x < ends[k]; x++) {
            const id = ids[x];
            if (inTarget[id] !== pair) continue;
            if (inNext[id] !== i) notNext = true;
            if (inPrevious[id] !== i) notPrevious = true;
          }
          if (notNext) next++;
          if (notPrevious) previous++;
        }
        own[2 * pair] = next;
        own[2 * pair + 1] = previous;
      }
    }
  }

  /**
   * How much `ds` source paragraphs from `s` and `dt` translation paragraphs from `t` say the same
   * thing, 0 to 1 (see {@link lexicalSimilarity}); undefined when either side has too few words,
   * or when the match is outside the pairs worked out.
   */
  similarity(s: number, ds: number, t: number, dt: number): number | undefined {
    // Outside the pairs worked out: the corners suffice, the band being nondecreasing.
    if (this.at(this.sourceAt, s, t + dt - 1) < 0 || this.at(this.sourceAt, s + ds - 1, t) < 0) return undefined;
    let sourceWords = 0;
    let targetWords = 0;
    for (let a = s; a < s + ds; a++) sourceWords += this.source[a].ends.length;
    for (let b = t; b < t + dt; b++) targetWords += this.target[b].words;
    if (sourceWords < MIN_WORDS || targetWords < MIN_WORDS) return undefined;
    const parts = ds + dt > 2;
    let weakest = 1;
    let covered = 0;
    for (let a = s; a < s + ds; a++) {
      const words = this.source[a].ends.length;
      const length = (words + 31) >> 5;
      let part = 0;
      for (let x = 0; x < length; x++) {
        let bits = 0;
        for (let b = t; b < t + dt; b++) {
          const at = this.at(this.sourceAt, a, b);
          if (at < 0) return undefined;
          bits |= this.masks[at + x];
        }
        part += popcount(bits);
      }
      covered += part;
      if (parts && words >= MIN_WORDS) weakest = Math.min(weakest, part / words);
    }
    let glossed = 0;
    for (let b = t; b < t + dt; b++) {
      const length = (this.target[b].list.length + 31) >> 5;
      let part = 0;
      for (let x = 0; x < length; x++) {
        let bits = 0;
        for (let a = s; a < s + ds; a++) {
          const at = this.at(this.targetAt, a, b);
          if (at < 0) return undefined;
          bits |= this.masks[at + x];
        }
        part += popcount(bits);
      }
      glossed += part;
      if (parts && this.target[b].words >= MIN_WORDS) weakest = Math.min(weakest, part / this.target[b].words);
    }
    this.weakest = weakest;
    let weakestOwn = 1;
    if (ds === 2 && dt === 1) {
      const first = this.source[s].ends.length;
      const second = this.source[s + 1].ends.length;
      if (first >= MIN_WORDS) weakestOwn = Math.min(weakestOwn, this.own[2 * this.pair(s, t)] / first);
      if (second >= MIN_WORDS) weakestOwn = Math.min(weakestOwn, this.own[2 * this.pair(s + 1, t) + 1] / second);
    }
    this.weakestOwn = weakestOwn;
    return (covered / sourceWords + glossed / targetWords) / 2;
  }

  /** The place of pair (i, j), known to be among those worked out. */
  private pair(i: number, j: number): number {
    return i * this.width + j - this.lo(i);
  }

  private at(offsets: Int32Array, i: number, j: number): number {
    const k = j - this.lo(i);
    return k < 0 || k >= this.width || j > this.hi(i) ? -1 : offsets[i * this.width + k];
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * How much of two paragraphs says the same thing, 0 to 1: the mean of the share of the source's
 * dictionary words that have a sense among the translation's words and the share of the
 * translation's content words that are a sense of some source word. Undefined when either side has
 * too few words to tell.
 */
export function lexicalSimilarity(
  source: readonly SourceGlosses[],
  target: readonly TargetStems[],
): number | undefined {
  const senses = new SharedSenses(
    source,
    target,
    () => 0,
    () => target.length - 1,
  );
  return senses.similarity(0, source.length, 0, target.length);
}

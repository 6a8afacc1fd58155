/**
 * Pinyin on both sides of a Chinese–English pair: the syllables a romanised word of the
 * translation splits into ("Mingxuan" is ming·xuan), and every reading of a Chinese source's Han
 * characters, from pinyin-pro (重 is zhong or chong, 单 dan, shan or chan). Tables of syllables,
 * surnames and conventional romanisations in ./data/pinyin.json, validated on load.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import type { Paragraph } from '../document';
import { RuleDataError } from '../rules/data/validate';
import pinyinData from './data/pinyin.json';

/** What ./data/pinyin.json holds, read. */
export interface PinyinTables {
  /** Toneless syllables, ü written v ("lv"). */
  syllables: ReadonlySet<string>;
  /** The syllables and the English spellings of ü syllables ("lyu"), as a trie over a–z. */
  trie: readonly SyllableNode[];
  /** One-character surnames. */
  surnames: ReadonlySet<string>;
  /** Characters that follow a bare surname and are not given names (说, 先, 局). */
  afterSurname: ReadonlySet<string>;
  /** Two-character surnames (欧阳). */
  compoundSurnames: ReadonlySet<string>;
  /** Conventional romanisations that are not pinyin, each as its lowercase words ("hong", "kong"), by first word. */
  romanisations: ReadonlyMap<string, readonly (readonly string[])[]>;
}

// Spellings of ü syllables that English text uses: "Lyu" and "Nyu" (passports), "Lu" and "Nu".
const U_SPELLINGS: Record<string, string> = {
  lyu: 'lv',
  nyu: 'nv',
  lu: 'lv',
  nu: 'nv',
  lue: 'lve',
  nue: 'nve',
  lyue: 'lve',
  nyue: 'nve',
};

const FILE = 'src/core/bilingual/data/pinyin.json';

/** Reads and checks the pinyin tables; an error names the file and the field. */
export function readPinyinTables(data: unknown): PinyinTables {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof d.syllables !== 'string' || !/^[a-z]+(?: [a-z]+)*$/.test(d.syllables)) {
    throw new RuleDataError(`${FILE}: "syllables" must be lowercase syllables separated by single spaces.`);
  }
  const han = (s: string) => /^\p{Script=Han}+$/u.test(s);
  if (typeof d.surnames !== 'string' || !han(d.surnames))
    throw new RuleDataError(`${FILE}: "surnames" must be a string of Han characters.`);
  if (typeof d.afterSurname !== 'string' || !han(d.afterSurname))
    throw new RuleDataError(`${FILE}: "afterSurname" must be a string of Han characters.`);
  const compound = d.compoundSurnames;
  if (!Array.isArray(compound) || !compound.every((s) => typeof s === 'string' && han(s) && [...s].length === 2)) {
    throw new RuleDataError(`${FILE}: "compoundSurnames" must be a list of two-character Han strings.`);
  }
  const romanisations = d.romanisations;
  if (
    !Array.isArray(romanisations) ||
    !romanisations.every((s) => typeof s === 'string' && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u.test(s))
  ) {
    throw new RuleDataError(
      `${FILE}: "romanisations" must be a list of names, each of capitalised words separated by single spaces.`,
    );
  }
  return {
    syllables: new Set(d.syllables.split(' ')),
    trie: syllableTrie([...d.syllables.split(' '), ...Object.keys(U_SPELLINGS)]),
    surnames: new Set([...d.surnames]),
    afterSurname: new Set([...d.afterSurname]),
    compoundSurnames: new Set(compound as string[]),
    romanisations: byFirstWord(romanisations as string[]),
  };
}

function byFirstWord(names: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const name of names) {
    const words = name.toLowerCase().split(' ');
    out.set(words[0], [...(out.get(words[0]) ?? []), words]);
  }
  return out;
}

/** The bundled tables (read once: they are fixed at build time). */
export const PINYIN = readPinyinTables(pinyinData);

/** The readings a syllable of the translation stands for: itself, and its ü reading (see {@link readsAs}). */
export function readingForms(syllable: string): readonly string[] {
  const u = U_SPELLINGS[syllable];
  return u === undefined ? [syllable] : [syllable, u];
}

/** Whether a syllable of the translation is one of a character's readings (ü as u, v or yu). */
export function readsAs(syllable: string, readings: readonly string[]): boolean {
  if (readings.includes(syllable)) return true;
  const u = U_SPELLINGS[syllable];
  return u !== undefined && readings.includes(u);
}

/** Most ways a word may split into syllables that are considered. */
const MAX_SPLITS = 8;

/**
 * The ways a word splits wholly into pinyin syllables ("Xinhua": xin·hua), lowercase, ü as v; none
 * when it does not. A syllable that starts with a, o or e stands only at the start of the word or
 * after an apostrophe or a hyphen, as pinyin spelling has it (Xi'an; "Xian" is xian only).
 */
export function pinyinSplits(word: string, tables: PinyinTables = PINYIN): readonly (readonly string[])[] {
  if (tables !== PINYIN) return splitWord(word, tables);
  let splits = SPLITS.get(word);
  if (splits === undefined) {
    // Bounded: a long session meets many words; forgetting them costs only their splitting again.
    if (SPLITS.size >= 100_000) SPLITS.clear();
    SPLITS.set(word, (splits = splitWord(word, tables)));
  }
  return splits;
}

/** The bundled tables' splits by word: a translation's capitalised words recur (China, Xi, Beijing). */
const SPLITS = new Map<string, readonly (readonly string[])[]>();

function splitWord(word: string, tables: PinyinTables): string[][] {
  let lower = word.toLowerCase();
  if (lower.includes('ü')) lower = lower.replace(/ü/g, 'v');
  const parts = /['’-]/.test(lower) ? lower.split(/['’-]/) : [lower];
  let out: string[][] = [[]];
  for (const part of parts) {
    const splits = splitPart(part, tables);
    if (splits.length === 0) return [];
    out = out.flatMap((head) => splits.map((tail) => [...head, ...tail])).slice(0, MAX_SPLITS);
  }
  return out;
}

function splitPart(part: string, tables: PinyinTables): string[][] {
  const n = part.length;
  // ends[i]: where a syllable starting at i may end, walking the syllable trie (no strings made).
  const ends: number[][] = [];
  for (let i = 0; i < n; i++) {
    // Most words are not pinyin, and most of those fail at their first letters ("The", "Street").
    if (i === 1 && ends[0].length === 0) return [];
    ends.push([]);
    if (i > 0 && 'aoe'.includes(part[i])) continue;
    let node = tables.trie[0];
    for (let j = i; j < n; j++) {
      const code = part.charCodeAt(j) - 97;
      if (code < 0 || code > 25 || node.next[code] === 0) break;
      node = tables.trie[node.next[code]];
      if (node.end) ends[i].push(j + 1);
    }
  }
  // Most words are not pinyin: whether the end can be reached at all, before any split is built.
  const reaches: boolean[] = [];
  reaches[n] = true;
  for (let i = n - 1; i >= 0; i--) reaches[i] = ends[i].some((j) => reaches[j]);
  if (n === 0 || !reaches[0]) return [];
  // ways[i]: the splits of part.slice(i).
  const ways: string[][][] = Array.from({ length: n + 1 }, () => []);
  ways[n] = [[]];
  for (let i = n - 1; i >= 0; i--) {
    if (!reaches[i]) continue;
    for (const j of ends[i]) {
      for (const rest of ways[j]) {
        if (ways[i].length >= MAX_SPLITS) break;
        ways[i].push([part.slice(i, j), ...rest]);
      }
    }
  }
  return ways[0];
}

/** A node of the syllable trie: children by letter (a–z, 0 for none) and whether a syllable ends here. */
export interface SyllableNode {
  next: Uint16Array;
  end: boolean;
}

function syllableTrie(syllables: Iterable<string>): SyllableNode[] {
  const nodes: SyllableNode[] = [{ next: new Uint16Array(26), end: false }];
  for (const s of syllables) {
    let at = 0;
    for (let k = 0; k < s.length; k++) {
      const code = s.charCodeAt(k) - 97;
      if (nodes[at].next[code] === 0) {
        nodes[at].next[code] = nodes.length;
        nodes.push({ next: new Uint16Array(26), end: false });
      }
      at = nodes[at].next[code];
    }
    nodes[at].end = true;
  }
  return nodes;
}

/** A Han character of a source paragraph and every reading pinyin-pro gives it (toneless, ü as v). */
export interface HanCharacter {
  /** Offsets into the paragraph's text, end exclusive. */
  start: number;
  end: number;
  text: string;
  readings: readonly string[];
  /** Whether the previous Han character stands right before it, or with only a name dot (·) between. */
  joined: boolean;
  /** Whether a name dot stands between it and the previous one (云舒·锦程). */
  dotted: boolean;
}

const NAME_DOTS = '·•‧・';

const toneless = (s: string) => s.toLowerCase().replace(/ü/g, 'v');

/** The Han characters of a paragraph with their readings (cached with the paragraph). */
export function hanCharacters(p: Paragraph): readonly HanCharacter[] {
  return p.analysis.memo(READINGS_KEY, () => withReadings(hanPlaces(p), distinctReadings([hanPlaces(p)])));
}

const READINGS_KEY = 'bilingual-han-readings';

/**
 * Reads the Han characters of many paragraphs into their caches (as {@link hanCharacters} does),
 * asking pinyin-pro once for each distinct character of them all: a source of 150,000 characters
 * has a few thousand distinct ones. Paragraphs read before are left as they are.
 */
export function readHanCharacters(paragraphs: readonly Paragraph[]): void {
  let readings: Map<string, readonly string[]> | undefined;
  for (const p of paragraphs) {
    p.analysis.memo(READINGS_KEY, () =>
      withReadings(hanPlaces(p), (readings ??= distinctReadings(paragraphs.map(hanPlaces)))),
    );
  }
}

/** A Han character's place in its paragraph, before it is read. */
type HanPlace = Omit<HanCharacter, 'readings'>;

/** The Han characters of a paragraph and how they join (cached with the paragraph). */
function hanPlaces(p: Paragraph): readonly HanPlace[] {
  return p.analysis.memo('bilingual-han-places', () => {
    const text = p.analysis.text;
    const found: HanPlace[] = [];
    let previousEnd = -1;
    let dotAt = -1;
    for (const m of text.matchAll(/\p{Script=Han}|[·•‧・]/gu)) {
      const at = m.index ?? 0;
      if (m[0].length === 1 && NAME_DOTS.includes(m[0])) {
        dotAt = at === previousEnd ? at : -1;
        continue;
      }
      const dotted = dotAt >= 0 && dotAt + 1 === at;
      found.push({ start: at, end: at + m[0].length, text: m[0], joined: at === previousEnd || dotted, dotted });
      previousEnd = at + m[0].length;
      dotAt = -1;
    }
    return found;
  });
}

/** The readings of each distinct Han character of some paragraphs; a character's readings do not depend on its neighbours. */
function distinctReadings(paragraphs: readonly (readonly HanPlace[])[]): Map<string, readonly string[]> {
  const distinct = new Set<string>();
  for (const places of paragraphs) for (const c of places) distinct.add(c.text);
  const chars = [...distinct];
  if (chars.length === 0) return new Map();
  const all = polyphonic(chars.join(''), { toneType: 'none', type: 'array' });
  if (all.length !== chars.length) throw new Error('pinyin-pro gave a reading list of another length');
  return new Map(chars.map((c, i) => [c, all[i].map(toneless).filter((r) => /^[a-z]+$/.test(r))]));
}

function withReadings(places: readonly HanPlace[], readings: ReadonlyMap<string, readonly string[]>): HanCharacter[] {
  return places.map((c) => ({ ...c, readings: readings.get(c.text) ?? [] }));
}

/**
 * The readings pinyin-pro gives the characters of `text` in context, one per code point (a
 * character's usual reading where it has several; the surname reading where `surname` says so);
 * toneless, ü kept. Characters it cannot read come back as they are.
 */
export function contextReading(text: string, surname: 'head' | 'all' | 'off' = 'off'): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', surname });
}

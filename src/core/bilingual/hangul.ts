/**
 * Korean names on both sides of a Korean–English pair: the Hangul words of a source paragraph,
 * each syllable as its three jamo (U+AC00 + initial×588 + medial×28 + final), and the ways the
 * translation may spell a syllable in Latin letters: Revised Romanization, McCune–Reischauer with
 * and without its breves and apostrophes, and the press's forms (윤 as Yoon or Yun, 명 as myeong,
 * myong or myung, 이 as Lee, Yi or Rhee when it is a surname). The tables are ./data/hangul.json,
 * validated on load.
 */
import type { Paragraph } from '../document';
import { RuleDataError } from '../rules/data/validate';
import hangulData from './data/hangul.json';

/** How one jamo may be spelt: its Revised Romanization spelling, and every spelling read (lowercase, apostrophes dropped). */
export interface JamoSpellings {
  rr: string;
  /** Revised Romanization first, then McCune–Reischauer (with breves, then without), then the press's forms. */
  all: readonly string[];
}

/** What ./data/hangul.json holds, read. */
export interface HangulTables {
  /** By jamo index: 19 initials, 21 medials, 28 finals (the first, no final, spelt ''). */
  initials: readonly JamoSpellings[];
  medials: readonly JamoSpellings[];
  finals: readonly JamoSpellings[];
  /** Whole-syllable spellings of the press the jamo do not give (우 as woo). */
  syllables: ReadonlyMap<string, readonly string[]>;
  /** A surname's conventional spellings, lowercase, the one to suggest first (이: lee, yi, rhee …); keys of one or two syllables. */
  surnames: ReadonlyMap<string, readonly string[]>;
  /** English forms never judged, lowercase, without breves or apostrophes (seoul, pyongyang). */
  exonyms: ReadonlySet<string>;
  /** Particles that may follow a name inside a Hangul word (은, 의, 에게). */
  particles: readonly string[];
  /** Words for a role (대통령, 장관, 씨): beside a name, or attached to it, they show it is one. */
  titles: readonly string[];
  /** Every surname's spellings, lowercase. */
  surnameSpellings: ReadonlySet<string>;
  /**
   * Every spelling of a syllable: any initial's, then any medial's, then any final's, and the
   * whole-syllable and surname ones. What a word must split into to be read as Korean.
   */
  anySyllable: ReadonlySet<string>;
  /** The longest of them, in letters. */
  longestSyllable: number;
}

const FILE = 'src/core/bilingual/data/hangul.json';

/** The jamo in their Unicode order: what a syllable's three indices stand for. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

const SPELLING = /^[a-zŏŭ']*$/;
const HANGUL = /^[\uac00-\ud7a3]+$/;

/** A spelling as the translation is read: lowercase, apostrophes dropped. */
const plain = (s: string) => s.replace(/['’ʼ]/g, '');
/** Without breves: ŏ as o, ŭ as u (as English text mostly writes McCune–Reischauer). */
const unbreved = (s: string) => s.replace(/ŏ/g, 'o').replace(/ŭ/g, 'u');

function jamoTable(d: Record<string, unknown>, field: string, jamo: string): JamoSpellings[] {
  const table = d[field];
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new RuleDataError(`${FILE}: "${field}" must be an object of jamo to their spellings.`);
  const entries = table as Record<string, unknown>;
  for (const key of Object.keys(entries))
    if (!jamo.includes(key) || key.length !== 1)
      throw new RuleDataError(`${FILE}: "${field}" has a key "${key}" that is not one of its jamo (${jamo}).`);
  return [...jamo].map((j) => {
    const e = entries[j] as { rr?: unknown; mr?: unknown; press?: unknown } | undefined;
    const list = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && SPELLING.test(s));
    if (!e || typeof e.rr !== 'string' || !SPELLING.test(e.rr) || !list(e.mr) || !list(e.press))
      throw new RuleDataError(
        `${FILE}: "${field}"."${j}" must have "rr" (a lowercase spelling) and "mr" and "press" (lists of them).`,
      );
    const mr = (e.mr as string[]).map(plain);
    const all = [plain(e.rr), ...mr, ...mr.map(unbreved), ...(e.press as string[]).map(plain)];
    return { rr: plain(e.rr), all: [...new Set(all)] };
  });
}

function hangulLists(d: Record<string, unknown>, field: string, maxSyllables: number): Map<string, string[]> {
  const table = d[field];
  const ok =
    typeof table === 'object' &&
    table !== null &&
    !Array.isArray(table) &&
    Object.entries(table).every(
      ([k, v]) =>
        HANGUL.test(k) &&
        k.length <= maxSyllables &&
        Array.isArray(v) &&
        v.length > 0 &&
        v.every((s) => typeof s === 'string' && /^\p{L}[\p{L}'-]*$/u.test(s)),
    );
  if (!ok)
    throw new RuleDataError(
      `${FILE}: "${field}" must map Hangul of at most ${maxSyllables} syllable(s) to lists of Latin spellings.`,
    );
  return new Map(
    Object.entries(table as Record<string, string[]>).map(([k, v]) => [k, v.map((s) => plain(s.toLowerCase()))]),
  );
}

/** Reads and checks the Hangul tables; an error names the file and the field. */
export function readHangulTables(data: unknown): HangulTables {
  const d = (data ?? {}) as Record<string, unknown>;
  const initials = jamoTable(d, 'initials', INITIALS);
  const medials = jamoTable(d, 'medials', MEDIALS);
  const finals = [{ rr: '', all: [''] }, ...jamoTable(d, 'finals', FINALS)];
  if (initials.some((j) => j.all.includes('') && j.all.length > 1) || medials.some((j) => j.all.includes('')))
    throw new RuleDataError(`${FILE}: a medial is never spelt '', and an initial spelt '' (ㅇ) has no other spelling.`);
  const syllables = hangulLists(d, 'syllables', 1);
  const surnames = hangulLists(d, 'surnames', 2);
  const exonyms = d.exonyms;
  if (!Array.isArray(exonyms) || !exonyms.every((s) => typeof s === 'string' && /^\p{Lu}[\p{L}'-]*$/u.test(s)))
    throw new RuleDataError(`${FILE}: "exonyms" must be a list of capitalised words.`);
  const hangulList = (field: string): string[] => {
    const list = d[field];
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && HANGUL.test(s)))
      throw new RuleDataError(`${FILE}: "${field}" must be a list of Hangul words.`);
    return list as string[];
  };
  const surnameSpellings = new Set([...surnames.values()].flat());
  const anySyllable = new Set<string>([...syllables.values()].flat().concat([...surnameSpellings]));
  const union = (table: readonly JamoSpellings[]) => [...new Set(table.flatMap((j) => j.all))];
  for (const i of union(initials)) for (const m of union(medials)) for (const f of union(finals)) anySyllable.add(i + m + f);
  return {
    initials,
    medials,
    finals,
    syllables,
    surnames,
    exonyms: new Set((exonyms as string[]).map((e) => unbreved(plain(e.toLowerCase())))),
    particles: hangulList('particles'),
    titles: hangulList('titles'),
    surnameSpellings,
    anySyllable,
    longestSyllable: Math.max(...[...anySyllable].map((x) => x.length)),
  };
}

/** The bundled tables (read once: they are fixed at build time). */
export const HANGUL_TABLES = readHangulTables(hangulData);

/** A syllable's jamo indices, or null for a character that is not a precomposed Hangul syllable. */
export function jamoOf(syllable: string): { initial: number; medial: number; final: number } | null {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (syllable.length !== 1 || code < 0 || code > 11171) return null;
  return { initial: Math.floor(code / 588), medial: Math.floor((code % 588) / 28), final: code % 28 };
}

/**
 * Where a spelling of `syllable` that starts at `at` in `letters` may end: each way its initial,
 * medial and final may be spelt, and its whole-syllable spellings (a surname's too when `surname`).
 */
export function syllableEnds(
  syllable: string,
  letters: string,
  at: number,
  surname = false,
  tables: HangulTables = HANGUL_TABLES,
): number[] {
  const out: number[] = [];
  const add = (q: number) => {
    if (!out.includes(q)) out.push(q);
  };
  const jamo = jamoOf(syllable);
  if (jamo) {
    for (const i of tables.initials[jamo.initial].all) {
      if (!letters.startsWith(i, at)) continue;
      for (const m of tables.medials[jamo.medial].all) {
        const afterMedial = at + i.length;
        if (!letters.startsWith(m, afterMedial)) continue;
        for (const f of tables.finals[jamo.final].all)
          if (letters.startsWith(f, afterMedial + m.length)) add(afterMedial + m.length + f.length);
      }
    }
  }
  for (const s of tables.syllables.get(syllable) ?? []) if (letters.startsWith(s, at)) add(at + s.length);
  if (surname) for (const s of tables.surnames.get(syllable) ?? []) if (letters.startsWith(s, at)) add(at + s.length);
  return out;
}

/** Every way `syllable` may be spelt (Revised Romanization first), for a suggestion; breves only when `breves`. */
export function spellingsOf(syllable: string, breves: boolean, tables: HangulTables = HANGUL_TABLES): string[] {
  const jamo = jamoOf(syllable);
  if (!jamo) return [];
  const [i, m, f] = [tables.initials[jamo.initial], tables.medials[jamo.medial], tables.finals[jamo.final]];
  const out = [i.rr + m.rr + f.rr];
  for (const a of i.all) for (const b of m.all) for (const c of f.all) out.push(a + b + c);
  out.push(...(tables.syllables.get(syllable) ?? []));
  return [...new Set(out)].filter((s) => breves || !/[ŏŭ]/.test(s));
}

/**
 * Whether a word of the translation (lowercase, apostrophes dropped, hyphens kept) splits wholly
 * into spellings of Korean syllables, each part between hyphens on its own: "suk-yeol", "jaein",
 * "ahn"; not "president", "meets".
 */
export function readsAsKorean(word: string, tables: HangulTables = HANGUL_TABLES): boolean {
  return word.split('-').every((part) => part !== '' && splitsIntoSyllables(part, tables));
}

function splitsIntoSyllables(part: string, tables: HangulTables): boolean {
  const n = part.length;
  const reach = new Array<boolean>(n + 1).fill(false);
  reach[0] = true;
  for (let p = 0; p < n; p++) {
    if (!reach[p]) continue;
    for (let q = p + 1; q <= Math.min(n, p + tables.longestSyllable); q++)
      if (tables.anySyllable.has(part.slice(p, q))) reach[q] = true;
  }
  return reach[n];
}

/** A run of Hangul syllables of a paragraph (a word without what follows it in other scripts), offsets in the paragraph. */
export interface HangulRun {
  start: number;
  text: string;
}

/** The runs of Hangul syllables of a paragraph (cached with the paragraph). */
export function hangulRuns(p: Paragraph): readonly HangulRun[] {
  return p.analysis.memo('bilingual-hangul-runs', () =>
    [...p.analysis.text.matchAll(/[\uac00-\ud7a3]+/g)].map((m) => ({ start: m.index ?? 0, text: m[0] })),
  );
}

/** Whether a word of the translation is an English form of a Korean place or brand the tables list (Seoul, P'yŏngyang). */
export function isExonym(word: string, tables: HangulTables = HANGUL_TABLES): boolean {
  return tables.exonyms.has(unbreved(plain(word.toLowerCase())));
}

/**
 * Cyrillic and Greek names in Latin letters: every spelling the usual romanisation families give a
 * source word (Шойгу: Shoigu, Shoygu, Šojgu …; Μητσοτάκης: Mitsotakis, Mitsotakes …), the
 * nominatives of an inflected name (Путина → Путин, Зеленского → Зеленский, Μητσοτάκη →
 * Μητσοτάκης), and how far a word of the translation is from the nearest of those spellings. The
 * tables are ./data/transliteration.json, validated on load.
 */
import { RuleDataError } from '../rules/data/validate';
import transliterationData from './data/transliteration.json';

/** A source word spelt as groups of its letters, each with the Latin spellings it may have (lowercase; '' for none). */
export type Spelling = readonly (readonly string[])[];

/** What ./data/transliteration.json holds, read. */
export interface RomanisationTables {
  cyrillic: ReadonlyMap<string, readonly string[]>;
  /** Spellings of a letter at a word's start and after a vowel, a soft or hard sign or an apostrophe. */
  afterVowel: ReadonlyMap<string, readonly string[]>;
  /** Spellings of a letter group at a word's end (-ий, -ия). */
  final: ReadonlyMap<string, readonly string[]>;
  greek: ReadonlyMap<string, readonly string[]>;
  /** Spellings of a Greek letter or pair at a word's start (μπ as b). */
  greekInitial: ReadonlyMap<string, readonly string[]>;
  /** Spellings of a Greek letter before ε, η, ι or υ (γ as y). */
  greekBeforeFront: ReadonlyMap<string, readonly string[]>;
  /** [ending, replacement]: the nominative of a Cyrillic name from another case. */
  endings: readonly (readonly [string, string])[];
  greekEndings: readonly (readonly [string, string])[];
  /** Endings of a nominative that mark a Slavic name (-ов, -ский, -енко) or a Greek one (-ς, a vowel). */
  nativeEndings: readonly string[];
  greekNativeEndings: readonly string[];
  /** English names that are not romanisations, by the source name they stand for (lowercase, Greek without accents). */
  exonyms: ReadonlyMap<string, readonly string[]>;
  /** Every letter the spellings use (a–z and the diacritic ones: č, ë, ŭ …). */
  letters: ReadonlySet<string>;
}

const FILE = 'src/core/bilingual/data/transliteration.json';

function letterTable(d: Record<string, unknown>, field: string, script: RegExp): Map<string, string[]> {
  const table = d[field];
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new RuleDataError(`${FILE}: "${field}" must be an object of letters to lists of spellings.`);
  const out = new Map<string, string[]>();
  for (const [letters, spellings] of Object.entries(table)) {
    if (!script.test(letters) || letters !== letters.toLowerCase())
      throw new RuleDataError(
        `${FILE}: "${field}" has a key "${letters}" that is not lowercase letters of its script.`,
      );
    if (
      !Array.isArray(spellings) ||
      spellings.length === 0 ||
      !spellings.every((s) => typeof s === 'string' && s === s.toLowerCase() && /^[\p{Script=Latin}'"-]*$/u.test(s))
    )
      throw new RuleDataError(`${FILE}: "${field}"."${letters}" must be a list of lowercase Latin spellings.`);
    out.set(letters, spellings as string[]);
  }
  return out;
}

function endingList(d: Record<string, unknown>, field: string, script: RegExp): [string, string][] {
  const list = d[field];
  const letters = (s: unknown) => typeof s === 'string' && (s === '' || script.test(s));
  if (
    !Array.isArray(list) ||
    !list.every((e) => Array.isArray(e) && e.length === 2 && e[0] !== '' && letters(e[0]) && letters(e[1]))
  )
    throw new RuleDataError(`${FILE}: "${field}" must be a list of [ending, replacement] pairs of letters.`);
  return list as [string, string][];
}

const CYRILLIC = /^[\p{Script=Cyrillic}'-]+$/u;
const GREEK = /^[\p{Script=Greek}-]+$/u;

/** Reads and checks the romanisation tables; an error names the file and the field. */
export function readRomanisationTables(data: unknown): RomanisationTables {
  const d = (data ?? {}) as Record<string, unknown>;
  const exonyms = d.exonyms;
  if (
    typeof exonyms !== 'object' ||
    exonyms === null ||
    !Object.entries(exonyms).every(
      ([name, sources]) =>
        /^\p{Lu}[\p{L}'-]*$/u.test(name) &&
        Array.isArray(sources) &&
        sources.every((s) => typeof s === 'string' && (CYRILLIC.test(s) || /^\p{Script=Greek}+$/u.test(s))),
    )
  )
    throw new RuleDataError(
      `${FILE}: "exonyms" must map capitalised English names to lists of Cyrillic or Greek names.`,
    );
  const byName = new Map<string, string[]>();
  for (const [name, sources] of Object.entries(exonyms as Record<string, string[]>)) {
    for (const s of sources) {
      const key = plainName(s);
      byName.set(key, [...(byName.get(key) ?? []), name]);
    }
  }
  const tables = {
    cyrillic: letterTable(d, 'cyrillic', CYRILLIC),
    afterVowel: letterTable(d, 'afterVowel', CYRILLIC),
    final: letterTable(d, 'final', CYRILLIC),
    greek: letterTable(d, 'greek', GREEK),
    greekInitial: letterTable(d, 'greekInitial', GREEK),
    greekBeforeFront: letterTable(d, 'greekBeforeFront', GREEK),
  };
  const endings = (field: string, script: RegExp) => {
    const list = d[field];
    if (!Array.isArray(list) || !list.every((e) => typeof e === 'string' && script.test(e)))
      throw new RuleDataError(`${FILE}: "${field}" must be a list of endings in letters of its script.`);
    return list as string[];
  };
  const letters = new Set<string>();
  for (const table of Object.values(tables))
    for (const spellings of table.values()) for (const s of spellings) for (const ch of s) letters.add(ch);
  return {
    ...tables,
    letters,
    endings: [...endingList(d, 'endings', CYRILLIC), ...endingList(d, 'ukrainianEndings', CYRILLIC)],
    // Final sigma is read as σ (see plainName).
    nativeEndings: endings('nativeEndings', CYRILLIC),
    greekNativeEndings: endings('greekNativeEndings', GREEK).map((e) => e.replace(/ς/g, 'σ')),
    greekEndings: endingList(d, 'greekEndings', GREEK).map(
      ([e, r]) => [e.replace(/ς/g, 'σ'), r.replace(/ς/g, 'σ')] as [string, string],
    ),
    exonyms: byName,
  };
}

/** The bundled tables (read once: they are fixed at build time). */
export const ROMANISATION = readRomanisationTables(transliterationData);

/** A Greek letter without its accent, and whether a diaeresis keeps it from its neighbour (ϊ). */
interface GreekLetter {
  letter: string;
  alone: boolean;
}

function greekLetters(word: string): GreekLetter[] {
  const out: GreekLetter[] = [];
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (ch === '\u0308') {
      if (out.length > 0) out[out.length - 1].alone = true;
    } else if (!/\p{M}/u.test(ch)) out.push({ letter: ch === 'ς' ? 'σ' : ch, alone: false });
  }
  return out;
}

/**
 * A name as the tables key it: lowercase, Cyrillic apostrophes as ', Greek without accents or
 * diaeresis, final ς as σ.
 */
export function plainName(word: string): string {
  if (/\p{Script=Greek}/u.test(word))
    return greekLetters(word)
      .map((l) => l.letter)
      .join('');
  return word.normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'");
}

const CYRILLIC_VOWELS = "аеёиоуыэюяіїєьъ'";

/** Latin letters without their diacritics (č as c, đ as d), as text typed without them has it. */
function withoutDiacritics(spelling: string): string {
  return spelling.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

function spellCyrillic(word: string, t: RomanisationTables, folded: boolean): Spelling | null {
  const w = [...word];
  const out: (readonly string[])[] = [];
  for (let i = 0; i < w.length;) {
    const pair = i + 1 < w.length ? w[i] + w[i + 1] : '';
    const finalGroup = i + 2 === w.length ? t.final.get(pair) : undefined;
    const options =
      finalGroup ??
      (pair ? t.cyrillic.get(pair) : undefined) ??
      (i === 0 || CYRILLIC_VOWELS.includes(w[i - 1]) ? t.afterVowel.get(w[i]) : undefined) ??
      t.cyrillic.get(w[i]);
    if (!options) return null;
    out.push(folded ? [...new Set([...options, ...options.map(withoutDiacritics)])] : options);
    i += finalGroup || (pair && t.cyrillic.has(pair)) ? 2 : 1;
  }
  return out;
}

function spellGreek(letters: readonly GreekLetter[], t: RomanisationTables): Spelling | null {
  const out: (readonly string[])[] = [];
  for (let i = 0; i < letters.length;) {
    const c = letters[i].letter;
    const next = letters[i + 1];
    const pair = next && !next.alone ? c + next.letter : '';
    let options: readonly string[] | undefined;
    let size = 1;
    if (i === 0 && pair && t.greekInitial.has(pair)) {
      options = t.greekInitial.get(pair);
      size = 2;
    } else if (pair && t.greek.has(pair)) {
      options = t.greek.get(pair);
      size = 2;
    } else if (i === 0 && t.greekInitial.has(c)) options = t.greekInitial.get(c);
    else if (next && 'εηιυ'.includes(next.letter) && t.greekBeforeFront.has(c)) options = t.greekBeforeFront.get(c);
    else options = t.greek.get(c);
    if (!options) return null;
    out.push(options);
    i += size;
  }
  return out;
}

/** A source name read for comparison: how each of its nominatives may be spelt, and the English names it has. */
export interface RomanisedName {
  /** Spellings of the word as it stands first, then of the nominatives its ending may stand for. */
  spellings: readonly Spelling[];
  /** Established English names of the word (Kyiv for Київ), from the exonym table. */
  exonyms: readonly string[];
  /**
   * Whether a nominative of it ends as Slavic or Greek names do (Шойгу does not, Путин does): a
   * name that does not may be a foreign one, which the translation may spell its own way.
   */
  native: boolean;
}

/**
 * How a Cyrillic or Greek word (a name of the source) may be written in Latin letters, or null
 * when it holds a letter the tables do not know. With `folded`, the spellings with diacritics are
 * accepted without them too (Vucic for Вучић): what text in Serbian or Macedonian Latin script
 * typed without its diacritics has.
 */
export function romanisedName(
  word: string,
  folded = false,
  t: RomanisationTables = ROMANISATION,
): RomanisedName | null {
  const greek = /\p{Script=Greek}/u.test(word);
  const forms = nominatives(word, t);
  const spellings: Spelling[] = [];
  for (const form of forms) {
    const s = greek ? spellGreek(greekLetters(form), t) : spellCyrillic(form, t, folded);
    if (s) spellings.push(s);
  }
  if (spellings.length === 0) return null;
  const exonyms = [...new Set(forms.flatMap((f) => t.exonyms.get(f) ?? []))];
  const native = forms.some((f) => (greek ? t.greekNativeEndings : t.nativeEndings).some((e) => f.endsWith(e)));
  return { spellings, exonyms, native };
}

/** A source word as the tables key it ({@link plainName}), then the nominatives its ending may stand for. */
export function nominatives(word: string, t: RomanisationTables = ROMANISATION): string[] {
  const plain = plainName(word);
  const forms = [plain];
  for (const [ending, replacement] of /\p{Script=Greek}/u.test(word) ? t.greekEndings : t.endings) {
    if (plain.endsWith(ending) && [...plain].length - [...ending].length >= 2) {
      const form = plain.slice(0, plain.length - ending.length) + replacement;
      if (!forms.includes(form)) forms.push(form);
    }
  }
  return forms;
}

/** The established English names of a source word ({@link RomanisedName.exonyms}), without spelling it. */
export function exonymsOf(word: string, t: RomanisationTables = ROMANISATION): string[] {
  return [...new Set(nominatives(word, t).flatMap((f) => t.exonyms.get(f) ?? []))];
}

/**
 * Letters a spelling of a source word may start with: every first letter of the spellings of its
 * first letter or first two (some more than its spellings have, never fewer), lowercase.
 */
export function initialLetters(word: string, t: RomanisationTables = ROMANISATION): Set<string> {
  const out = new Set<string>();
  const add = (options: readonly string[] | undefined) => {
    for (const o of options ?? []) out.add(o.charAt(0));
  };
  if (/\p{Script=Greek}/u.test(word)) {
    const letters = greekLetters(word);
    const first = letters[0]?.letter ?? '';
    const pair = first + (letters[1]?.letter ?? '');
    for (const table of [t.greekInitial, t.greek, t.greekBeforeFront]) {
      add(table.get(pair));
      add(table.get(first));
    }
  } else {
    const plain = [...plainName(word)];
    const pair = plain.slice(0, 2).join('');
    for (const table of [t.final, t.cyrillic, t.afterVowel]) {
      add(table.get(pair));
      add(table.get(plain[0] ?? ''));
    }
  }
  // Spellings without their diacritics (the folded ones): their first letters too.
  for (const letter of [...out]) out.add(withoutDiacritics(letter));
  return out;
}

/** The shortest and the longest spelling of a word, in code points. */
export function spellingLengths(spelling: Spelling): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const options of spelling) {
    const lengths = options.map((o) => [...o].length);
    min += Math.min(...lengths);
    max += Math.max(...lengths);
  }
  return { min, max };
}

// The moves of the edit distance's table.
const NONE = 0;
const DELETED = 1;
const KEPT = 2;
const SWAPPED = 3;
const INSERTED = 4;
const UNREACHABLE = 1 << 20;

/** An edge of a spelling's automaton: into a node, from an earlier one, with a letter or none. */
export interface SpellingEdge {
  from: number;
  letter: string | null;
}

/** A spelling made ready to compare many words with: its automaton and its lengths. */
export interface CompiledSpelling {
  spelling: Spelling;
  /** The shortest and the longest spelling, in code points. */
  min: number;
  max: number;
  /** The automaton: each node lists the edges into it; every edge goes from a lower node to a higher one. */
  into: readonly (readonly SpellingEdge[])[];
  /** The node where every spelling ends. */
  entry: number;
}

/** Compiles a spelling for {@link nearestSpelling}. */
export function compileSpelling(spelling: Spelling): CompiledSpelling {
  const into: SpellingEdge[][] = [[]];
  let entry = 0;
  for (const options of spelling) {
    const exits: SpellingEdge[] = [];
    for (const option of options) {
      const letters = [...option];
      if (letters.length === 0) {
        exits.push({ from: entry, letter: null });
        continue;
      }
      let at = entry;
      for (let k = 0; k < letters.length - 1; k++) {
        into.push([{ from: at, letter: letters[k] }]);
        at = into.length - 1;
      }
      exits.push({ from: at, letter: letters[letters.length - 1] });
    }
    into.push(exits);
    entry = into.length - 1;
  }
  return {
    spelling,
    ...spellingLengths(spelling),
    into,
    entry,
  };
}

/** Whether a word is exactly one of a spelling's spellings (case ignored). */
export function isSpelling(word: string, spelling: Spelling): boolean {
  const w = word.normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'");
  // Depth first over the letter groups; names are short and each group has a few spellings.
  const from = (unit: number, at: number): boolean => {
    if (unit === spelling.length) return at === w.length;
    for (const option of spelling[unit])
      if (w.startsWith(option, at) && from(unit + 1, at + option.length)) return true;
    return false;
  };
  return from(0, 0);
}

/** The spelling of a source word nearest to a Latin word, and how many edits apart they are. */
export interface NearestSpelling {
  /** Edits (a letter inserted, deleted or replaced, two neighbours swapped), case ignored. */
  distance: number;
  /** The nearest spelling, lowercase. */
  text: string;
  /** The edits from the spelling to the word, in order. */
  edits: readonly Edit[];
}

/** One edit from a spelling to a word. */
export interface Edit {
  kind: 'inserted' | 'deleted' | 'replaced' | 'swapped';
  /** The spelling's letters it concerns ('' for an insertion). */
  spelt: string;
  /** The word's letters it concerns ('' for a deletion). */
  written: string;
  /** Where it stands in the spelling and in the word (code points; for an insertion, before which letter). */
  at: number;
  wordAt: number;
}

/**
 * The spelling of `spelling` nearest to `word` (insertions, deletions and substitutions of single
 * letters, and two neighbours swapped, case ignored): an edit distance from a word to a finite language, over the spelling
 * read as an acyclic automaton of letters. A distance of 0 means `word` is one of its spellings.
 * With `sameStart`, only spellings that start with the word's first letter count (null: none does).
 */
export function nearestSpelling(
  word: string,
  spelling: Spelling | CompiledSpelling,
  sameStart = false,
): NearestSpelling | null {
  const target = [...word.normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'")];
  const { into, entry } = Array.isArray(spelling)
    ? compileSpelling(spelling as Spelling)
    : (spelling as CompiledSpelling);
  // With `sameStart`, only the spellings that start with the word's letter: the edges out of the start.
  const allowed = (from: number, letter: string | null) => !sameStart || from !== 0 || letter === target[0];
  if (sameStart && !into.some((edges) => edges.some((e) => e.from === 0 && e.letter === target[0]))) return null;
  const width = target.length + 1;
  const cost = new Int32Array(into.length * width);
  // How each cell was reached: the edge into the node (and for a transposition the edge before it), and the move.
  const edge = new Int32Array(into.length * width);
  const before = new Int32Array(into.length * width);
  const move = new Int8Array(into.length * width);
  for (let j = 0; j < width; j++) cost[j] = j;
  // Plain loops, no closures: this is the rule's inner loop.
  for (let n = 1; n < into.length; n++) {
    const edges = into[n];
    for (let j = 0; j < width; j++) {
      const cell = n * width + j;
      // Unreachable: a cost no word reaches, that an Int32Array holds.
      let best = UNREACHABLE;
      let how = NONE;
      let via = 0;
      let via2 = 0;
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k];
        if (!allowed(e.from, e.letter)) continue;
        const here = cost[e.from * width + j];
        if (e.letter === null) {
          if (here < best) {
            best = here;
            how = NONE;
            via = k;
          }
          continue;
        }
        if (here + 1 < best) {
          best = here + 1;
          how = DELETED;
          via = k;
        }
        if (j === 0) continue;
        const kept = cost[e.from * width + j - 1] + (e.letter === target[j - 1] ? 0 : 1);
        if (kept < best) {
          best = kept;
          how = KEPT;
          via = k;
        }
        // Two letters of the spelling the other way round ("Lvarov"): one edit.
        if (j >= 2 && target[j - 2] === e.letter && target[j - 1] !== e.letter) {
          const previous = into[e.from];
          for (let k2 = 0; k2 < previous.length; k2++) {
            const p = previous[k2];
            if (p.letter !== target[j - 1] || !allowed(p.from, p.letter)) continue;
            const swapped = cost[p.from * width + j - 2] + 1;
            if (swapped < best) {
              best = swapped;
              how = SWAPPED;
              via = k;
              via2 = k2;
            }
          }
        }
      }
      if (j > 0 && cost[cell - 1] + 1 < best) {
        best = cost[cell - 1] + 1;
        how = INSERTED;
        via = 0;
      }
      cost[cell] = best;
      move[cell] = how;
      edge[cell] = via;
      before[cell] = via2;
    }
  }
  // Walking back: the spelling's letters from its end, and each edit with where it stands on both sides (from the end).
  const letters: string[] = [];
  const edits: { kind: Edit['kind']; spelt: string; written: string; fromEnd: number; at: number }[] = [];
  let n = entry;
  let j = target.length;
  const note = (kind: Edit['kind'], spelt: string, written: string) =>
    edits.push({ kind, spelt, written, fromEnd: letters.length, at: j });
  while (n > 0 || j > 0) {
    const cell = n * width + j;
    if (n === 0 || move[cell] === INSERTED) {
      note('inserted', '', target[j - 1]);
      j--;
      continue;
    }
    const e = into[n][edge[cell]];
    if (move[cell] === SWAPPED) {
      const p = into[e.from][before[cell]];
      note('swapped', p.letter! + e.letter!, target[j - 2] + target[j - 1]);
      letters.push(e.letter!, p.letter!);
      n = p.from;
      j -= 2;
      continue;
    }
    if (move[cell] === DELETED) note('deleted', e.letter!, '');
    else if (move[cell] === KEPT && e.letter !== target[j - 1]) note('replaced', e.letter!, target[j - 1]);
    if (e.letter !== null) letters.push(e.letter);
    if (move[cell] === KEPT) j--;
    n = e.from;
  }
  const text = letters.reverse().join('');
  return {
    distance: cost[entry * width + target.length],
    text,
    edits: edits.reverse().map((d) => ({
      kind: d.kind,
      spelt: d.spelt,
      written: d.written,
      // An insertion stands before the spelling's letter it was walked back from; the others at their letter.
      at: d.kind === 'inserted' ? text.length - d.fromEnd : text.length - d.fromEnd - d.spelt.length,
      wordAt: d.kind === 'deleted' ? d.at : d.at - d.written.length,
    })),
  };
}

/**
 * Whether every edit between a word and a spelling is one that writing a name in its own language
 * makes, rather than a changed name: a doubled or undoubled letter (Боррель as "Borrell", Асад as
 * "Assad"), w for v or u ("Snowden"), z for s, c for k, y for i, k for q, a letter with or without
 * its diacritic ("Nausėda"), an h after b, c, d, g, j, k, p, r, s or t or at the end ("Nasrallah",
 * "Dhabi"), an i before e ("Morawiecki"), an e at the end, tz as z ("Scholz"). A source's foreign
 * names come back in their own spelling; a planted change is another letter.
 */
export function isOwnSpelling(word: string, nearest: NearestSpelling): boolean {
  const w = [...word.toLowerCase()];
  const spelling = [...nearest.text];
  const same = (a: string, b: string) =>
    a === b || SAME_LETTERS.has(a + b) || SAME_LETTERS.has(b + a) || withoutDiacritics(a) === withoutDiacritics(b);
  return nearest.edits.every((e) => {
    switch (e.kind) {
      case 'inserted':
        return (
          w[e.wordAt - 1] === e.written ||
          w[e.wordAt + 1] === e.written ||
          (e.written === 'h' && (e.wordAt === w.length - 1 || 'bcdgjkprst'.includes(w[e.wordAt - 1] ?? '-'))) ||
          (e.written === 'i' && w[e.wordAt + 1] === 'e') ||
          (e.written === 'e' && e.wordAt === w.length - 1)
        );
      case 'deleted':
        return (
          spelling[e.at - 1] === e.spelt ||
          spelling[e.at + 1] === e.spelt ||
          (e.spelt === 't' && spelling[e.at + 1] === 'z')
        );
      case 'replaced':
        return same(e.spelt, e.written);
      default:
        return false;
    }
  });
}

/** Letter pairs that a name's own spelling and its romanisation exchange (either way round). */
const SAME_LETTERS = new Set(['vw', 'uw', 'sz', 'kc', 'iy', 'kq']);

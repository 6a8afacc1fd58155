/**
 * Devanagari names in Latin letters (Hindi, Marathi, Nepali): every spelling the English-language
 * press of India and Nepal gives a source word (नरेंद्र: Narendra; राम: Ram or Rama; कमला:
 * Kamala or Kamla; दीक्षित: Dikshit or Dixit; विवेक: Vivek or Wivek …), the word without a case
 * ending or postposition joined to it (मोदींनी, काठमाडौंमा, मुंबईत), and the established English
 * forms of places and names the letters do not give (Bombay, Kolkata, Banerjee). The tables are
 * ./data/devanagari.json, validated on load. Spellings are {@link Spelling}s, compared with the
 * translation by ./transliteration's automaton.
 */
import type { Paragraph } from '../document';
import { RuleDataError } from '../rules/data/validate';
import devanagariData from './data/devanagari.json';
import { mostlyInScript } from './pair';
import type { Spelling } from './transliteration';

/** What ./data/devanagari.json holds, read. */
export interface DevanagariTables {
  /** Independent vowels (अ, आ, इ …) to their spellings. */
  vowels: ReadonlyMap<string, readonly string[]>;
  /** Vowel signs (ा, ि, ी …) to their spellings. */
  signs: ReadonlyMap<string, readonly string[]>;
  /** A vowel sign's spellings inside a word, in place of its `signs` ones (ि: i, y). */
  medialSigns: ReadonlyMap<string, readonly string[]>;
  /** A vowel sign's spellings at a word's end, in place of its `signs` ones (े: e, ey). */
  finalSigns: ReadonlyMap<string, readonly string[]>;
  /** The same after a consonant cluster or one of `finalSignsAfter`'s consonants (ी: i, ee, y). */
  finalSignsAfterCluster: ReadonlyMap<string, readonly string[]>;
  finalSignsAfter: ReadonlySet<string>;
  /** Consonants to their spellings. */
  consonants: ReadonlyMap<string, readonly string[]>;
  /** A consonant with the nukta (ज़, फ़, ड़) to its spellings, keyed by the consonant. */
  nukta: ReadonlyMap<string, readonly string[]>;
  /** Consonant clusters spelt as a whole (क्ष, ज्ञ), keyed by their letters with the virama. */
  conjuncts: ReadonlyMap<string, readonly string[]>;
  /** The inherent vowel, and its spellings beside ह and before a last र (a or e: Rehman, Amarinder). */
  inherent: readonly string[];
  inherentAsE: readonly string[];
  /** A last र after a half form, with its inherent vowel (द्र: dra, dar, der). */
  finalClusterRa: readonly string[];
  /**
   * The anusvara's spellings: before a stop (क to न), before a labial, before ह, before another
   * consonant (य, र, ल, व, श, ष, स), at the word's end, and before a stop after a long vowel.
   */
  anusvara: {
    stop: readonly string[];
    labial: readonly string[];
    h: readonly string[];
    other: readonly string[];
    final: readonly string[];
    afterLong: readonly string[];
  };
  labials: ReadonlySet<string>;
  chandrabindu: readonly string[];
  visarga: readonly string[];
  /** Function words never read as names (का, है, और, यांनी, छ). */
  notNames: ReadonlySet<string>;
  /** Case endings and postpositions that may be joined to a name, longest first. */
  suffixes: readonly string[];
  /** The same by their last character. */
  suffixesByLast: ReadonlyMap<string, readonly string[]>;
  /** English forms of a Devanagari word (normalised), as the table writes them (Kolkata, Calcutta). */
  english: ReadonlyMap<string, readonly string[]>;
  /** The Devanagari words an English form (lowercase) stands for. */
  englishSources: ReadonlyMap<string, readonly string[]>;
  /**
   * More spellings of a foreign name written in Devanagari, never taken as its romanisation but
   * keeping a word from being flagged: the inherent vowel before र or न, vowel signs, consonants.
   */
  foreign: {
    inherentBeforeRN: readonly string[];
    signs: ReadonlyMap<string, readonly string[]>;
    consonants: ReadonlyMap<string, readonly string[]>;
    /** Letters an English spelling may add after a last consonant (a silent e: Albanese for अल्बनीज़). */
    final: readonly string[];
  };
  /**
   * English words of the source's own world, lowercase (india, nepali, bollywood): never a sign that
   * a name beside them is foreign. The `english` table's forms are such words too.
   */
  home: ReadonlySet<string>;
  /** The first two characters of every Devanagari word with an English form. */
  englishHeads: ReadonlySet<string>;
  /** The characters a Devanagari word spelt with a Latin letter first may start with, by that letter. */
  startsFor: ReadonlyMap<string, readonly string[]>;
}

const FILE = 'src/core/bilingual/data/devanagari.json';

const VIRAMA = '\u094d';
const NUKTA = '\u093c';
const ANUSVARA = '\u0902';
const CHANDRABINDU = '\u0901';
const VISARGA = '\u0903';
const HA = 'ह';
const RA = 'र';
const YA = 'य';
const VA = 'व';

const isConsonant = (c: string) => (c >= '\u0915' && c <= '\u0939') || c === 'ळ';
const isVowel = (c: string) => (c >= '\u0904' && c <= '\u0914') || c === 'ॲ';
const isSign = (c: string) => (c >= '\u093e' && c <= '\u094c') || c === '\u0962' || c === '\u0963';
/** A Devanagari word of letters and marks, as the tables key it. */
const DEVANAGARI_WORD = /^[\u0900-\u0963\u0970-\u097f]+$/u;
const SPELLING = /^[a-z]+$/;

/** Letters with the nukta written as one character, and their consonant (the nukta follows it). */
const NUKTA_LETTERS: Record<string, string> = {
  '\u0929': 'न', '\u0931': 'र', '\u0934': 'ळ', '\u0958': 'क', '\u0959': 'ख', '\u095a': 'ग', '\u095b': 'ज', '\u095c': 'ड', '\u095d': 'ढ', '\u095e': 'फ', '\u095f': 'य',
};

/** A word as the tables key it: a nukta letter as its consonant and the nukta, without joiners. */
export function plainWord(word: string): string {
  if (!/[\u0929\u0931\u0934\u0958-\u095f\u200c\u200d]/.test(word)) return word;
  return word.replace(/[\u200c\u200d]/g, '').replace(/[\u0929\u0931\u0934\u0958-\u095f]/g, (c) => NUKTA_LETTERS[c] + NUKTA);
}

function spellingTable(d: Record<string, unknown>, field: string, key: (k: string) => boolean, what: string, within = ''): Map<string, string[]> {
  const table = d[field];
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new RuleDataError(`${FILE}: ${within}"${field}" must be an object of ${what} to lists of spellings.`);
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(table)) {
    if (!key(k)) throw new RuleDataError(`${FILE}: ${within}"${field}" has a key "${k}" that is not ${what}.`);
    out.set(k, spellingList(v, `${within}"${field}"."${k}"`, false));
  }
  return out;
}

function spellingList(v: unknown, where: string, empty: boolean): string[] {
  if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string' && (SPELLING.test(s) || (empty && s === ''))))
    throw new RuleDataError(`${FILE}: ${where} must be a list of lowercase spellings (a–z${empty ? ", or '' for none" : ''}).`);
  return v as string[];
}

function readForeign(d: Record<string, unknown>): DevanagariTables['foreign'] {
  const f = d.foreign as Record<string, unknown> | undefined;
  if (typeof f !== 'object' || f === null)
    throw new RuleDataError(`${FILE}: "foreign" must have "inherentBeforeRN", "signs", "consonants" and "final".`);
  return {
    inherentBeforeRN: spellingList(f.inherentBeforeRN, '"foreign"."inherentBeforeRN"', false),
    signs: spellingTable(f, 'signs', (k) => k.length === 1 && isSign(k), 'a vowel sign', '"foreign".'),
    consonants: spellingTable(f, 'consonants', (k) => k.length === 1 && isConsonant(k), 'a consonant', '"foreign".'),
    final: spellingList(f.final, '"foreign"."final"', false),
  };
}

function consonantList(d: Record<string, unknown>, field: string): string[] {
  const list = d[field];
  if (!Array.isArray(list) || !list.every((c) => typeof c === 'string' && c.length === 1 && isConsonant(c)))
    throw new RuleDataError(`${FILE}: "${field}" must be a list of consonants.`);
  return list as string[];
}

/** Reads and checks the Devanagari tables; an error names the file and the field. */
export function readDevanagariTables(data: unknown): DevanagariTables {
  const d = (data ?? {}) as Record<string, unknown>;
  const single = (test: (c: string) => boolean) => (k: string) => k.length === 1 && test(k);
  const conjuncts = spellingTable(
    d,
    'conjuncts',
    (k) => k.length === 3 && isConsonant(k[0]) && k[1] === VIRAMA && isConsonant(k[2]),
    'a consonant, a virama and a consonant',
  );
  const anusvara = d.anusvara as Record<string, unknown> | undefined;
  if (typeof anusvara !== 'object' || anusvara === null)
    throw new RuleDataError(`${FILE}: "anusvara" must have "stop", "labial", "h", "other", "final" and "afterLong" lists of spellings.`);
  const labials = consonantList(d, 'labials');
  const suffixes = d.suffixes;
  if (!Array.isArray(suffixes) || !suffixes.every((s) => typeof s === 'string' && DEVANAGARI_WORD.test(s)))
    throw new RuleDataError(`${FILE}: "suffixes" must be a list of Devanagari endings.`);
  const english = d.english;
  const englishOk =
    typeof english === 'object' &&
    english !== null &&
    !Array.isArray(english) &&
    Object.entries(english).every(
      ([name, words]) =>
        /^[A-Z][a-z]+$/.test(name) &&
        Array.isArray(words) &&
        words.length > 0 &&
        words.every((w) => typeof w === 'string' && DEVANAGARI_WORD.test(w)),
    );
  if (!englishOk)
    throw new RuleDataError(`${FILE}: "english" must map capitalised English forms (letters a–z) to lists of Devanagari words.`);
  const home = d.home;
  if (!Array.isArray(home) || !home.every((s) => typeof s === 'string' && /^[A-Z][a-z]+$/.test(s)))
    throw new RuleDataError(`${FILE}: "home" must be a list of capitalised English words (letters a–z).`);
  const notNames = d.notNames;
  if (!Array.isArray(notNames) || !notNames.every((s) => typeof s === 'string' && DEVANAGARI_WORD.test(s)))
    throw new RuleDataError(`${FILE}: "notNames" must be a list of Devanagari words.`);
  const sortedSuffixes = [...new Set(suffixes as string[])].sort((a, b) => b.length - a.length);
  const byWord = new Map<string, string[]>();
  for (const [name, words] of Object.entries(english as Record<string, string[]>))
    for (const w of words) {
      const key = plainWord(w);
      byWord.set(key, [...(byWord.get(key) ?? []), name]);
    }
  const englishSources = new Map<string, string[]>();
  for (const [name, words] of Object.entries(english as Record<string, string[]>))
    englishSources.set(name.toLowerCase(), [...(englishSources.get(name.toLowerCase()) ?? []), ...words.map(plainWord)]);
  const vowels = spellingTable(d, 'vowels', single(isVowel), 'an independent vowel');
  const consonants = spellingTable(d, 'consonants', single(isConsonant), 'a consonant');
  const nukta = spellingTable(d, 'nukta', single(isConsonant), 'a consonant');
  const startsFor = new Map<string, string[]>();
  const starts = (c: string, options: readonly string[] | undefined) => {
    for (const o of options ?? []) if (o && !startsFor.get(o[0])?.includes(c)) startsFor.set(o[0], [...(startsFor.get(o[0]) ?? []), c]);
  };
  for (const [c, options] of [...vowels, ...consonants, ...nukta, ...conjuncts]) starts(c[0], options);
  for (const [letter, base] of Object.entries(NUKTA_LETTERS)) {
    starts(letter, consonants.get(base));
    starts(letter, nukta.get(base));
  }
  return {
    vowels,
    signs: spellingTable(d, 'signs', single(isSign), 'a vowel sign'),
    medialSigns: spellingTable(d, 'medialSigns', single(isSign), 'a vowel sign'),
    finalSigns: spellingTable(d, 'finalSigns', single(isSign), 'a vowel sign'),
    finalSignsAfterCluster: spellingTable(d, 'finalSignsAfterCluster', single(isSign), 'a vowel sign'),
    finalSignsAfter: new Set(consonantList(d, 'finalSignsAfter')),
    consonants,
    nukta,
    conjuncts,
    inherent: spellingList(d.inherent, '"inherent"', false),
    inherentAsE: spellingList(d.inherentAsE, '"inherentAsE"', false),
    finalClusterRa: spellingList(d.finalClusterRa, '"finalClusterRa"', false),
    anusvara: {
      stop: spellingList(anusvara.stop, '"anusvara"."stop"', false),
      labial: spellingList(anusvara.labial, '"anusvara"."labial"', false),
      h: spellingList(anusvara.h, '"anusvara"."h"', false),
      other: spellingList(anusvara.other, '"anusvara"."other"', false),
      final: spellingList(anusvara.final, '"anusvara"."final"', true),
      afterLong: spellingList(anusvara.afterLong, '"anusvara"."afterLong"', true),
    },
    labials: new Set(labials),
    chandrabindu: spellingList(d.chandrabindu, '"chandrabindu"', true),
    visarga: spellingList(d.visarga, '"visarga"', true),
    notNames: new Set((notNames as string[]).map(plainWord)),
    suffixes: sortedSuffixes,
    suffixesByLast: new Map([...new Set(sortedSuffixes.map((x) => x[x.length - 1]))].map((c) => [c, sortedSuffixes.filter((x) => x.endsWith(c))])),
    english: byWord,
    englishSources,
    foreign: readForeign(d),
    home: new Set([...(home as string[]), ...Object.keys(english as Record<string, string[]>)].map((w) => w.toLowerCase())),
    englishHeads: new Set([...byWord.keys()].map((w) => w.slice(0, 2))),
    startsFor,
  };
}

/** The bundled tables (read once: they are fixed at build time). */
export const DEVANAGARI = readDevanagariTables(devanagariData);

/** One akshara: a consonant with its vowel (a sign, none after a virama, or the inherent one), or an independent vowel; and a nasal or visarga after it. */
interface Akshara {
  /** The consonant or the independent vowel. */
  letter: string;
  consonant: boolean;
  nukta: boolean;
  /** For a consonant: its vowel sign, 'virama', or 'inherent'. */
  vowel: string;
  /** ं, ँ, ः or ''. */
  mark: string;
}

/** A word's aksharas, or null when it holds something else (a digit, a stray sign). */
function aksharas(word: string): Akshara[] | null {
  const c = [...plainWord(word)];
  const out: Akshara[] = [];
  for (let i = 0; i < c.length;) {
    const ch = c[i];
    if (ch === 'ऽ' || ch === NUKTA) {
      i++;
      continue;
    }
    let unit: Akshara;
    if (isConsonant(ch)) {
      unit = { letter: ch, consonant: true, nukta: false, vowel: 'inherent', mark: '' };
      i++;
      if (c[i] === NUKTA) {
        unit.nukta = true;
        i++;
      }
      if (c[i] === VIRAMA) {
        unit.vowel = 'virama';
        i++;
      } else if (c[i] !== undefined && isSign(c[i])) {
        unit.vowel = c[i];
        i++;
      }
    } else if (isVowel(ch)) {
      unit = { letter: ch, consonant: false, nukta: false, vowel: '', mark: '' };
      i++;
    } else if ((ch === ANUSVARA || ch === CHANDRABINDU || ch === VISARGA) && out.length > 0 && !out[out.length - 1].mark) {
      // A nasal after a virama or a second mark: read with the akshara before.
      out[out.length - 1].mark = ch;
      i++;
      continue;
    } else return null;
    if (c[i] === ANUSVARA || c[i] === CHANDRABINDU || c[i] === VISARGA) unit.mark = c[i++];
    out.push(unit);
  }
  return out.length > 0 ? out : null;
}

/** Whether an akshara's vowel is a (the inherent one, ा, अ or आ). */
const endsInA = (u: Akshara) => (u.consonant ? u.vowel === 'inherent' || u.vowel === 'ा' : u.letter === 'अ' || u.letter === 'आ');
/** Whether an akshara's vowel is i (ि, ी, इ or ई). */
const endsInI = (u: Akshara) => (u.consonant ? u.vowel === 'ि' || u.vowel === 'ी' : u.letter === 'इ' || u.letter === 'ई');
/** Whether an akshara ends in a vowel with nothing after it (no virama, nasal or visarga). */
const openVowel = (u: Akshara) => !u.mark && (!u.consonant || u.vowel !== 'virama');

/**
 * How a Devanagari word may be written in Latin letters, as groups of its letters' spellings, or
 * null when it holds something that is not a letter the tables know. With `foreign`, also as a
 * foreign name the source writes in Devanagari comes back in its own spelling (the tables'
 * `foreign`: स्टार्मर as Starmer, ब्लिंकन as Blinken, शोल्ज़ as Scholz, हूती as Houthi, अल्बनीज़ as Albanese).
 */
export function spellWord(word: string, t: DevanagariTables = DEVANAGARI, foreign = false): Spelling | null {
  const units = aksharas(word);
  if (!units) return null;
  const out: (readonly string[])[] = [];
  const last = units.length - 1;
  let skipConsonant = false;
  for (let k = 0; k <= last; k++) {
    const u = units[k];
    const prev = units[k - 1];
    const next = units[k + 1];
    if (u.consonant) {
      const conjunct =
        u.vowel === 'virama' && next?.consonant && !u.nukta && !next.nukta ? t.conjuncts.get(u.letter + VIRAMA + next.letter) : undefined;
      if (conjunct) {
        out.push(conjunct);
        skipConsonant = true;
        continue;
      }
      // र after a half form at the word's end, with its a: -ra, or -ar, -er as the press writes
      // -ेंद्र (नरेंद्र: Narendra or Narender; वीरेंद्र: Virender).
      if (!skipConsonant && k === last && u.letter === RA && !u.nukta && u.vowel === 'inherent' && !u.mark && prev?.consonant && prev.vowel === 'virama') {
        out.push(t.finalClusterRa);
        continue;
      }
      if (!skipConsonant) {
        let options = consonantSpellings(u, t);
        if (!options) return null;
        if (foreign) options = [...options, ...(t.foreign.consonants.get(u.letter) ?? [])];
        // A consonant doubled or aspirated after its own half form (त्त, द्ध) may be written once: Uttar, Sidharth.
        const nextOptions = u.vowel === 'virama' && next?.consonant ? consonantSpellings(next, t) : null;
        if (nextOptions && nextOptions.every((n) => options!.some((o) => n.startsWith(o)))) options = [...options, ''];
        const ownVowelDropped = u.vowel === 'inherent' && (k === last || dropsInherent(units, k));
        // य after i or ai may go unwritten (सोनिया: Sonia; वेंकैया: Venkaiah); after a, without its own vowel, it may be i (जयपुर: Jaipur, नायडू: Naidu).
        if (u.letter === YA && !u.nukta && prev && (endsInI(prev) || (prev.consonant && prev.vowel === 'ै'))) options = [...options, ''];
        else if (u.letter === YA && !u.nukta && prev && endsInA(prev) && ownVowelDropped) options = [...options, 'i'];
        // व at the end after a may be o (राव: Rao).
        if (u.letter === VA && k === last && u.vowel === 'inherent' && prev && endsInA(prev)) options = [...options, 'o'];
        out.push(options);
      }
      skipConsonant = false;
      if (u.vowel === 'virama') {
        if (u.mark) out.push(markSpellings(u.mark, units, k, t));
        continue;
      }
      if (u.vowel === 'inherent') {
        // ह with no vowel of its own colours the a beside it (अहमद: Ahmed; रहमान: Rehman), and the
        // press writes e in a last -ndar (अमरिंदर: Amarinder; सिकंदर: Sikander).
        const besideH =
          (prev?.consonant && prev.letter === HA && prev.vowel === 'inherent') || (next?.consonant && next.letter === HA && !next.nukta);
        // Only in -ndar (-ंदर, -न्दर): Amarinder, Sikander; Tendulkar and Jaishankar keep their a.
        const afterNasal = prev && (prev.mark === ANUSVARA || (prev.consonant && prev.letter === 'न' && prev.vowel === 'virama'));
        const beforeLastRa =
          k + 1 === last && u.letter === 'द' && afterNasal && next.consonant && next.letter === RA && next.vowel === 'inherent' && !next.mark;
        const base = besideH || beforeLastRa ? t.inherentAsE : t.inherent;
        const dropped = !u.mark && (k === last || dropsInherent(units, k));
        // A last र after o may be written -re, as English writes -ore (नेल्लोर: Nellore; इंदौर: Indore).
        const ore = k === last && u.letter === RA && prev && (prev.consonant ? 'ोौ'.includes(prev.vowel) : 'ओऔ'.includes(prev.letter));
        // A foreign name's e or o before r or n (Starmer, Blinken, Moderna, Uber).
        const own = foreign && next?.consonant && (next.letter === RA || next.letter === 'न') ? t.foreign.inherentBeforeRN : [];
        out.push([...new Set([...base, ...own, ...(dropped ? [''] : []), ...(ore ? ['e'] : [])])]);
      } else {
        const cluster = prev?.consonant && prev.vowel === 'virama';
        const final = k === last;
        const options =
          (final && (cluster || t.finalSignsAfter.has(u.letter)) ? t.finalSignsAfterCluster.get(u.vowel) : undefined) ??
          (final ? t.finalSigns.get(u.vowel) : t.medialSigns.get(u.vowel)) ??
          t.signs.get(u.vowel);
        if (!options) return null;
        out.push(foreign ? [...options, ...(t.foreign.signs.get(u.vowel) ?? [])] : options);
      }
    } else {
      const besideH = u.letter === 'अ' && next?.consonant && next.letter === HA;
      let options = besideH ? t.inherentAsE : t.vowels.get(u.letter);
      if (!options) return null;
      // इ, ई or ए after a vowel may be written with a y before it (पिनराई: Pinarayi).
      if (prev && openVowel(prev) && 'इईए'.includes(u.letter)) options = [...options, ...options.map((o) => `y${o}`)];
      out.push(options);
    }
    if (u.mark) out.push(markSpellings(u.mark, units, k, t));
  }
  // A silent e after a last consonant that follows a long i, u, e or o, as English marks the vowel
  // (अल्बनीज़: Albanese; not सुनक, Sunak).
  const end = units[last];
  const before = units[last - 1];
  const long = before && !before.mark && (before.consonant ? 'ीूेो'.includes(before.vowel) : 'ईऊएओ'.includes(before.letter));
  if (foreign && long && end.consonant && !end.mark && (end.vowel === 'inherent' || end.vowel === 'virama')) out.push(['', ...t.foreign.final]);
  return out;
}

function consonantSpellings(u: Akshara, t: DevanagariTables): readonly string[] | null {
  return (u.nukta ? t.nukta.get(u.letter) : undefined) ?? t.consonants.get(u.letter) ?? null;
}

/**
 * Whether the inherent vowel of the consonant at `k` (not the last) may go unwritten: after an
 * open vowel and before a consonant that has a vowel of its own, other than a last inherent one
 * (कमला: Kamla; अरविंद: Arvind; not नरेंद्र, whose न starts the word, nor मनमोहन's ह).
 */
function dropsInherent(units: readonly Akshara[], k: number): boolean {
  const prev = units[k - 1];
  const next = units[k + 1];
  if (!prev) return false;
  // A vowel with a nasal after it counts as open too (हाँसपुर: Hanspur; सांगली: Sangli).
  const open = openVowel(prev) || prev.mark === CHANDRABINDU || prev.mark === ANUSVARA;
  if (!next || !next.consonant || !open || units[k].mark) return false;
  return next.vowel !== 'inherent' || k + 1 < units.length - 1 || !!next.mark;
}

function markSpellings(mark: string, units: readonly Akshara[], k: number, t: DevanagariTables): readonly string[] {
  if (mark === CHANDRABINDU) return t.chandrabindu;
  if (mark === VISARGA) return t.visarga;
  const next = units[k + 1];
  if (!next) return t.anusvara.final;
  if (!next.consonant) return t.anusvara.other;
  if (t.labials.has(next.letter)) return t.anusvara.labial;
  if (next.letter === HA) return t.anusvara.h;
  if (next.letter < '\u0915' || next.letter > '\u0928') return t.anusvara.other;
  // After a long vowel the anusvara before a stop is often only the vowel's nasality (हेटौंडा: Hetauda).
  const u = units[k];
  const long = u.consonant ? 'ाीूेैोौ'.includes(u.vowel) : 'आईऊएऐओऔ'.includes(u.letter);
  return long ? t.anusvara.afterLong : t.anusvara.stop;
}

/** The English forms of a Devanagari word the tables give (Mumbai and Bombay for मुंबई). */
export function englishFormsOf(word: string, t: DevanagariTables = DEVANAGARI): readonly string[] {
  return t.english.get(plainWord(word)) ?? [];
}

/** A form of a source word: its letters (a form without a Marathi oblique ending may differ), and how long a stretch of the word it stands for. */
export interface NameForm {
  text: string;
  /** From the word's start, in UTF-16 units. */
  length: number;
}

/**
 * The forms of a source word that may be a name (none for a function word: का, है): the word, and the word without a case ending or
 * postposition joined to it (and without the anusvara a Marathi plural or honorific puts before
 * one: मोदींनी → मोदी; a Marathi oblique stem as its plain form: पुण्यात → पुणे), each of at
 * least two letters.
 */
export function nameForms(word: string, t: DevanagariTables = DEVANAGARI): NameForm[] {
  if (t.notNames.has(plainWord(word))) return [];
  const forms: NameForm[] = [{ text: word, length: word.length }];
  const add = (text: string, length: number) => {
    if (
      [...text].filter((c) => isConsonant(c) || isVowel(c) || NUKTA_LETTERS[c]).length >= 2 &&
      !forms.some((f) => f.text === text) &&
      !t.notNames.has(plainWord(text))
    )
      forms.push({ text, length });
  };
  for (const suffix of t.suffixesByLast.get(word[word.length - 1]) ?? []) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const stem = word.slice(0, -suffix.length);
    // The stem must end as a word does, not inside an akshara (after a virama or a nukta).
    if (stem.endsWith(VIRAMA) || stem.endsWith(NUKTA)) continue;
    add(stem, stem.length);
    if (stem.endsWith(ANUSVARA) || stem.endsWith(CHANDRABINDU)) add(stem.slice(0, -1), stem.length - 1);
    // A Marathi oblique stem: -ा as -े (अयोध्येत: अयोध्या), -े or -ा as -्या (पुण्यात: पुणे; मेळ्यात: मेळा).
    if (stem.endsWith('\u0947')) add(`${stem.slice(0, -1)}\u093e`, stem.length);
    if (stem.endsWith('\u094d\u092f\u093e')) {
      add(`${stem.slice(0, -3)}\u0947`, stem.length);
      add(`${stem.slice(0, -3)}\u093e`, stem.length);
    }
  }
  return forms;
}

/** A Devanagari word of a paragraph, offsets in the paragraph. */
export interface DevanagariWord {
  start: number;
  end: number;
  text: string;
}

/** The Devanagari words of a paragraph (hyphenated parts apart), offsets in the paragraph (cached with the paragraph). */
export function devanagariWords(p: Paragraph): readonly DevanagariWord[] {
  return p.analysis.memo('bilingual-devanagari-words', () =>
    [...p.analysis.text.matchAll(/[\u0900-\u0963\u0970-\u097f\u200c\u200d]+/g)]
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }))
      .filter((w) => /^[\u0904-\u0939\u0958-\u0961\u0972-\u097f]/u.test(w.text)),
  );
}

/** Whether a group's source is written mostly in Devanagari (its letters and signs against other letters). */
export function isDevanagari(paragraphs: readonly Paragraph[]): boolean {
  if (!paragraphs.some((p) => /[\u0900-\u097f]/.test(p.analysis.text))) return false;
  return mostlyInScript(paragraphs, (c) => c >= 0x900 && c <= 0x97f);
}

/**
 * Letters a spelling of a Devanagari word may start with, from its first letters alone (some
 * more than its spellings have, never fewer): to pass most words over before spelling them.
 */
export function initialLetters(word: string, t: DevanagariTables = DEVANAGARI): Set<string> {
  const out = new Set<string>();
  const add = (options: readonly string[] | undefined) => {
    for (const o of options ?? []) if (o) out.add(o[0]);
  };
  const c = plainWord(word);
  add(t.vowels.get(c[0]));
  add(t.consonants.get(c[0]));
  add(t.nukta.get(c[0]));
  for (const [cluster, options] of t.conjuncts) if (cluster[0] === c[0]) add(options);
  // A doubled or aspirated first consonant may be written once: the next one's letters too.
  if (c[1] === VIRAMA) add(t.consonants.get(c[2]));
  return out;
}

/** Letters a spelling may start with (its first group's, and the next's while one may be empty). */
export function firstLetters(spelling: Spelling): Set<string> {
  const out = new Set<string>();
  for (const options of spelling) {
    for (const o of options) if (o) out.add(o[0]);
    if (!options.includes('')) break;
  }
  return out;
}

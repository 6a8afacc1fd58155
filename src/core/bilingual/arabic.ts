/**
 * Names of an Arabic-script source (Arabic, Persian, Urdu, Pashto) in Latin letters. The script
 * writes consonants and long vowels, rarely short ones, so a source word is read as its letters
 * with any one short vowel (or none) between them, each letter in every way the translation may
 * spell it (ح as h, خ as kh, k or h, ق as q, k or g, ث as th, s or t, و as w, v or a long u or o,
 * ي as y or a long i, ة as a, ah or at …), the article ال as al-, el-, ul-, a sun letter's
 * assimilated a- (ash-, as-, ad-) or nothing, and a name written as one with the next word
 * (Abdulaziz, Nasrallah) either way. Those spellings are a small automaton; a translation word is
 * read against it with at most one edit, which tells a romanisation (no edit) from a changed name
 * (one consonant off, or a long vowel the source cannot have: "Tehrun" for تهران). The tables are
 * ./data/arabic.json, validated on load.
 */
import type { Paragraph } from '../document';
import { RuleDataError } from '../rules/data/validate';
import arabicData from './data/arabic.json';

/** What ./data/arabic.json holds, read. */
export interface ArabicTables {
  /** A letter's spellings inside a word, then (where they differ) at its start and at its end. */
  letters: ReadonlyMap<string, readonly string[]>;
  initial: ReadonlyMap<string, readonly string[]>;
  final: ReadonlyMap<string, readonly string[]>;
  /** Two letters spelt as one sound, besides one by one (اي as ai, كس as x). */
  pairs: ReadonlyMap<string, readonly string[]>;
  /** The spellings of an unwritten short vowel ('' for none). */
  vowels: readonly string[];
  /** Letters read as another (Persian ک as ك, ی as ي). */
  same: ReadonlyMap<string, string>;
  /** How the translation writes the article: its forms, and the vowels of its assimilated form before a sun letter. */
  articleForms: readonly string[];
  assimilated: readonly string[];
  sunLetters: ReadonlySet<string>;
  /** Attached one-letter words (و، ف، ب، ل، ك and their pairs), longest first. */
  prefixes: readonly string[];
  /** Endings a name may take that the translation drops (plural, Persian -ها), longest first. */
  suffixes: readonly string[];
  /** Words a name writes as one with the next (عبدالعزيز), and the next words it writes so (نصرالله). */
  compoundHeads: readonly string[];
  compoundTails: readonly string[];
  /** Latin words of a name after which a dictionary word is a name too (bin, ibn, abu, al), lowercase. */
  particles: ReadonlySet<string>;
  /** English names never judged, lowercase. */
  exonyms: ReadonlySet<string>;
  /** The tables' spellings as sets of Latin letters (bits, see {@link letterMask}): what the quick tests read. */
  bits: SpellingBits;
  /** For each character of U+0600–U+06FF, the letter the tables read it as ({@link same} applied), or '' for none. */
  block: readonly string[];
}

/** The Latin letters (as bits) the tables' spellings use, for the quick tests before an automaton is read. */
export interface SpellingBits {
  /** The short vowels' letters, and those they start with. */
  vowels: number;
  /** The article's letters (its forms and assimilated vowels, and l), and those its forms and assimilated forms start with. */
  article: number;
  articleFirst: number;
  assimilatedFirst: number;
  /** Whether the article may be left out. */
  articleDropped: boolean;
  /** By letter: the letters of all its spellings; whether each of them spells it with some letter; and at a word's start, inside and end, the letters its spellings start with and whether one is ''. */
  letters: ReadonlyMap<string, LetterBits>;
  /** By pair: the letters of its spellings, and those they start with. */
  pairs: ReadonlyMap<string, { all: number; first: number }>;
  /** The letters a pair starts with. */
  pairStarts: ReadonlySet<string>;
}

/** One letter's spellings as bits ({@link SpellingBits.letters}); positions 0, 1, 2 are a word's start, inside and end. */
export interface LetterBits {
  all: number;
  spelt: boolean;
  /** Whether one of its spellings has no consonant (a long vowel, or nothing): a skeleton may leave it out. */
  vowelOnly: boolean;
  first: readonly [number, number, number];
  none: readonly [boolean, boolean, boolean];
}

const FILE = 'src/core/bilingual/data/arabic.json';

/** A letter of the Arabic script (the Arabic blocks, not its digits, marks or punctuation). */
const ARABIC_LETTER = /^[\u0621-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9]$/u;
const SPELLING = /^[a-z]*$/;

function spellingTable(d: Record<string, unknown>, field: string, keyLength: number): Map<string, string[]> {
  const table = d[field];
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw new RuleDataError(`${FILE}: "${field}" must be an object of Arabic letters to lists of spellings.`);
  const out = new Map<string, string[]>();
  for (const [key, spellings] of Object.entries(table)) {
    if ([...key].length !== keyLength || ![...key].every((c) => ARABIC_LETTER.test(c)))
      throw new RuleDataError(`${FILE}: "${field}" has a key "${key}" that is not ${keyLength} Arabic letter(s).`);
    if (!Array.isArray(spellings) || spellings.length === 0 || !spellings.every((s) => typeof s === 'string' && SPELLING.test(s)))
      throw new RuleDataError(`${FILE}: "${field}"."${key}" must be a list of lowercase spellings (a–z, or '' for none).`);
    out.set(key, [...new Set(spellings as string[])]);
  }
  return out;
}

function stringList(d: Record<string, unknown>, field: string, test: (s: string) => boolean, what: string): string[] {
  const list = d[field];
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string' && test(s)))
    throw new RuleDataError(`${FILE}: "${field}" must be a list of ${what}.`);
  return list as string[];
}

const arabicWord = (s: string) => s.length > 0 && [...s].every((c) => ARABIC_LETTER.test(c));
const byLength = (a: string, b: string) => b.length - a.length;

/** Reads and checks the Arabic-script tables; an error names the file and the field. */
export function readArabicTables(data: unknown): ArabicTables {
  const d = (data ?? {}) as Record<string, unknown>;
  const letters = spellingTable(d, 'letters', 1);
  const initial = spellingTable(d, 'initial', 1);
  const final = spellingTable(d, 'final', 1);
  for (const [field, table] of [['initial', initial], ['final', final]] as const)
    for (const key of table.keys())
      if (!letters.has(key)) throw new RuleDataError(`${FILE}: "${field}" has "${key}", which "letters" does not.`);
  const pairs = spellingTable(d, 'pairs', 2);
  const vowels = stringList(d, 'vowels', (s) => SPELLING.test(s), 'short vowel spellings (a–z, or \'\')');
  if (!vowels.includes('')) throw new RuleDataError(`${FILE}: "vowels" must include '' (no vowel written).`);
  const same = d.same;
  if (
    typeof same !== 'object' ||
    same === null ||
    Array.isArray(same) ||
    !Object.entries(same).every(([k, v]) => ARABIC_LETTER.test(k) && typeof v === 'string' && letters.has(v))
  )
    throw new RuleDataError(`${FILE}: "same" must map Arabic letters to letters that "letters" has.`);
  const article = d.article as { forms?: unknown; assimilated?: unknown; sunLetters?: unknown } | undefined;
  const articleFields = (article ?? {}) as Record<string, unknown>;
  const articleForms = stringList(articleFields, 'forms', (s) => SPELLING.test(s), 'article spellings (in "article")');
  const assimilated = stringList(articleFields, 'assimilated', (s) => /^[a-z]+$/.test(s), 'vowels (in "article")');
  const sun = articleFields.sunLetters;
  if (typeof sun !== 'string' || ![...sun].every((c) => letters.has(c)))
    throw new RuleDataError(`${FILE}: "article"."sunLetters" must be a string of letters that "letters" has.`);
  const known = (w: string) => [...w].every((c) => letters.has(c) || c in (same as Record<string, string>));
  for (const [field, list] of [['letters', [...letters.keys()]], ['pairs', [...pairs.keys()]]] as const)
    for (const key of list) if (!known(key)) throw new RuleDataError(`${FILE}: "${field}" has "${key}" with a letter "letters" does not spell.`);
  const words = (field: string) => stringList(d, field, arabicWord, 'words in Arabic letters');
  const latin = (field: string, test: RegExp) => stringList(d, field, (s) => test.test(s), `Latin words`);
  const firstOf = (options: readonly string[]) => letterMask(options.map((o) => o.charAt(0)).join(''));
  const letterBits = new Map<string, LetterBits>();
  for (const [c, spellings] of letters) {
    const at = [initial.get(c) ?? spellings, spellings, final.get(c) ?? spellings] as const;
    const options = [...spellings, ...(initial.get(c) ?? []), ...(final.get(c) ?? [])];
    letterBits.set(c, {
      all: letterMask(options.join('')),
      spelt: !options.includes(''),
      vowelOnly: options.some((o) => /^[aeiou]*$/.test(o)),
      first: [firstOf(at[0]), firstOf(at[1]), firstOf(at[2])],
      none: [at[0].includes(''), at[1].includes(''), at[2].includes('')],
    });
  }
  const bits: SpellingBits = {
    vowels: letterMask(vowels.join('')),
    article: letterMask(articleForms.join('') + assimilated.join('') + 'l'),
    articleFirst: firstOf(articleForms.filter((f) => f !== '')),
    assimilatedFirst: firstOf(assimilated),
    articleDropped: articleForms.includes(''),
    letters: letterBits,
    pairs: new Map([...pairs].map(([k, v]) => [k, { all: letterMask(v.join('')), first: firstOf(v) }])),
    pairStarts: new Set([...pairs.keys()].map((k) => k[0])),
  };
  const sameMap = new Map(Object.entries(same as Record<string, string>));
  const block = Array.from({ length: 0x100 }, (_, k) => {
    const c = String.fromCharCode(0x600 + k);
    const letter = sameMap.get(c) ?? c;
    return letters.has(letter) ? letter : '';
  });
  return {
    bits,
    block,
    letters,
    initial,
    final,
    pairs,
    vowels: [...new Set(vowels)],
    same: sameMap,
    articleForms: [...new Set(articleForms)],
    assimilated,
    sunLetters: new Set(sun),
    prefixes: words('prefixes').sort(byLength),
    suffixes: words('suffixes').sort(byLength),
    compoundHeads: words('compoundHeads'),
    compoundTails: words('compoundTails'),
    particles: new Set(latin('particles', /^[a-z]+$/)),
    exonyms: new Set(latin('exonyms', /^\p{Lu}[\p{L}'-]*$/u).map((e) => e.toLowerCase())),
  };
}

/** The bundled tables (read once: they are fixed at build time). */
export const ARABIC_TABLES = readArabicTables(arabicData);

// ---- The source side ------------------------------------------------------------------------

/** A word of a source paragraph in Arabic letters (marks and tatweel dropped), offsets in the paragraph. */
export interface ArabicWord {
  start: number;
  end: number;
  /** The letters as the tables read them ({@link ArabicTables.same} applied). */
  letters: string;
  /** Where each letter stands in the paragraph. */
  at: readonly number[];
}

/** The Arabic-script words of a paragraph (cached with the paragraph); a zero-width non-joiner joins a word's parts. */
export function arabicWords(p: Paragraph, tables: ArabicTables = ARABIC_TABLES): readonly ArabicWord[] {
  return p.analysis.memo('bilingual-arabic-words', () => {
    const out: ArabicWord[] = [];
    const text = p.analysis.text;
    for (let i = 0; i < text.length; ) {
      if (!inArabicBlocks(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let letters = '';
      const at: number[] = [];
      // Letter by letter, so each keeps its place (a presentation form, or the lam-alif ligature, is its letters).
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!inArabicBlocks(code)) break;
        if (code >= 0x600 && code < 0x700) {
          const letter = tables.block[code - 0x600];
          if (letter === '') continue;
          letters += letter;
          at.push(i);
          continue;
        }
        // Presentation forms (U+FB50 on) are their letters; anything else is a letter as it stands, or not one.
        const ch = text[i];
        for (const c of code >= 0xfb50 ? ch.normalize('NFKC') : ch) {
          const letter = tables.same.get(c) ?? c;
          if (!tables.letters.has(letter)) continue;
          letters += letter;
          at.push(i);
        }
      }
      if (letters.length >= 2) out.push({ start, end: i, letters, at });
    }
    return out;
  });
}

/** Whether a character is one of the Arabic script's blocks (or the zero-width non-joiner): what a source word is made of. */
function inArabicBlocks(c: number): boolean {
  return (
    (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || c === 0x200c
  );
}

/** The Arabic letters of a paragraph group against its Latin ones: whether the source is in the Arabic script. */
export function isArabicScript(paragraphs: readonly Paragraph[]): boolean {
  let ours = 0;
  let other = 0;
  for (const p of paragraphs) {
    const text = p.analysis.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // ASCII and the Arabic block by a table; any other character by what Unicode says of it.
      if (c < 0x80) {
        if ((c | 32) >= 97 && (c | 32) <= 122) other++;
        continue;
      }
      const kind = c >= 0x600 && c < 0x700 ? ARABIC_BLOCK[c - 0x600] : letterKind(text.codePointAt(i)!);
      if (kind === OURS) ours++;
      else if (kind === OTHER) other++;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) i++;
    }
  }
  return ours >= 2 && ours >= other;
}

const NOT_LETTER = 0;
const OURS = 1;
const OTHER = 2;

/** Whether a character is a letter, and of the Arabic script or another. */
function letterKind(code: number): number {
  const c = String.fromCodePoint(code);
  return !/\p{L}/u.test(c) ? NOT_LETTER : /\p{Script=Arabic}/u.test(c) ? OURS : OTHER;
}

/** {@link letterKind} of U+0600–U+06FF (read once: Unicode's properties are fixed). */
const ARABIC_BLOCK: readonly number[] = Object.freeze(Array.from({ length: 0x100 }, (_, k) => letterKind(0x600 + k)));

/** An automaton of Latin spellings: each node's edges out (a letter, or null for none), node 0 the start. */
export interface SpellingGraph {
  out: readonly (readonly { letter: string | null; to: number }[])[];
  end: number;
  /** The letters a spelling may start with. */
  initials: ReadonlySet<string>;
}

/** What a source name is built from: a word's letters (prefix taken off), whether it has the article, and a second word joined to it. */
export interface NameParts {
  /** The first word's letters without its article. */
  stem: string;
  article: boolean;
  /** A second word written as one with the first (عبد + العزيز), its letters without its article. */
  next?: { stem: string; article: boolean };
  /** The first word ends where its article joins a second that is not spelt (عبد of عبد الفتاح as "Abdel"). */
  articleAfter?: boolean;
  /** Which of the word's letters the name is, [from, to): an attached prefix and a dropped ending are not. */
  from: number;
  to: number;
}

class GraphBuilder {
  out: { letter: string | null; to: number }[][] = [[]];
  node(): number {
    this.out.push([]);
    return this.out.length - 1;
  }
  /** Edges from `from` to `to` spelling each option (a chain of letters; '' an empty edge). */
  options(from: number, to: number, options: readonly string[]): void {
    for (const o of options) {
      if (o === '') {
        this.out[from].push({ letter: null, to });
        continue;
      }
      let at = from;
      for (let k = 0; k < o.length - 1; k++) {
        const next = this.node();
        this.out[at].push({ letter: o[k], to: next });
        at = next;
      }
      this.out[at].push({ letter: o[o.length - 1], to });
    }
  }
}

/** A consonant spelt by one letter may be doubled (an unwritten shadda: Mohammed, Hassan). */
function withDoubles(options: readonly string[]): string[] {
  const out = [...options];
  for (const o of options) if (o.length === 1 && !'aeiouy'.includes(o)) out.push(o + o);
  return out;
}

/** Letters that are always a long vowel (or, ة, its ending): no short vowel is written before them. */
const LONG_VOWELS = new Set(['ا', 'ى', 'آ', 'ة']);

/** Letters that carry a vowel at a word's start: a short vowel may be written before them. */
const VOWEL_SEATS = new Set(['ا', 'أ', 'إ', 'آ', 'ع', 'ء', 'ئ', 'ؤ']);

/**
 * Builds the spellings of a word's stem from node `from`, returning its last letter's node (before
 * any final vowel). `start` says whether it starts a word (initial spellings), `last` whether it ends one.
 */
function spellStem(b: GraphBuilder, from: number, stem: string, last: boolean | 'both', t: ArabicTables): number {
  const letters = [...stem];
  // Node before each letter (after the vowel slot) and after it (before the slot).
  const before: number[] = [from];
  const after: number[] = [];
  for (let i = 0; i < letters.length; i++) {
    after.push(b.node());
    if (i < letters.length - 1) before.push(b.node());
  }
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i];
    const medial = t.letters.get(c) ?? [''];
    const end = i === letters.length - 1 ? t.final.get(c) : undefined;
    // A word's last letter before a second word written as one with it: as at the end, or inside.
    const spellings =
      (i === 0 ? t.initial.get(c) : undefined) ?? (end && last === 'both' ? [...new Set([...medial, ...end])] : last ? end : undefined) ?? medial;
    b.options(before[i], after[i], withDoubles(spellings));
    if (i + 1 < letters.length) {
      const pair = t.pairs.get(c + letters[i + 1]);
      if (pair) b.options(before[i], after[i + 1], pair);
      // No short vowel before a letter that is always a long vowel or ta marbuta: its own spellings
      // say how it is written (aa, ah), and "Salmo al-" is not سلمى ال.
      b.options(after[i], before[i + 1], LONG_VOWELS.has(letters[i + 1]) ? [''] : t.vowels);
    }
  }
  return after[letters.length - 1];
}

/** The article and the stem after it, from `from`: al-, el-, ash- (a sun letter), or no article; a vowel before a vowel seat. */
function spellWithArticle(b: GraphBuilder, from: number, stem: string, article: boolean, forms: readonly string[], last: boolean | 'both', t: ArabicTables): number {
  const start = b.node();
  if (article) {
    b.options(from, start, forms);
    const first = stem[0];
    if (t.sunLetters.has(first)) {
      const spelt = t.letters.get(first) ?? [];
      b.options(from, start, t.assimilated.flatMap((v) => spelt.filter((s) => s !== '').map((s) => v + s)));
    }
  } else b.options(from, start, ['']);
  let stemStart = start;
  if (VOWEL_SEATS.has(stem[0])) {
    stemStart = b.node();
    b.options(start, stemStart, t.vowels);
  }
  return spellStem(b, stemStart, stem, last, t);
}

/** The spellings of a source name as an automaton (see {@link NameParts}). */
export function spellingGraph(parts: NameParts, t: ArabicTables = ARABIC_TABLES): SpellingGraph {
  const b = new GraphBuilder();
  const alone = !parts.next && !parts.articleAfter;
  let at = spellWithArticle(b, 0, parts.stem, parts.article, t.articleForms, alone || 'both', t);
  if (parts.articleAfter) {
    const linked = b.node();
    b.options(at, linked, t.vowels);
    const end = b.node();
    // The joining article as written at the end of the first word: Abdel, Abdul, Abdol, Abd.
    b.options(linked, end, ['l', '']);
    at = end;
  }
  if (parts.next) {
    const link = b.node();
    b.options(at, link, t.vowels);
    // The second word's article after the first's vowel: Abd-al-Aziz, Abdul-Aziz, Nasrallah, Salahuddin.
    const forms = parts.next.article ? [...t.articleForms, 'l'] : t.articleForms;
    at = spellWithArticle(b, link, parts.next.stem, parts.next.article, parts.next.article ? forms : [''], true, t);
  }
  const end = b.node();
  b.options(at, end, t.vowels);
  return { out: b.out, end, initials: initialsOf(b.out) };
}

/**
 * The letters a spelling of a source name may start with, read from the tables without building its
 * automaton (some more than its spellings have, never fewer): to pass most words over before reading it.
 */
export function nameInitials(parts: NameParts, t: ArabicTables = ARABIC_TABLES): number {
  const { bits } = t;
  const stem = parts.stem;
  const alone = !parts.next && !parts.articleAfter;
  let out = 0;
  if (parts.article) {
    out |= bits.articleFirst;
    if (t.sunLetters.has(stem[0])) out |= bits.assimilatedFirst;
    if (!bits.articleDropped) return out;
  }
  if (VOWEL_SEATS.has(stem[0])) out |= bits.vowels;
  for (let i = 0; i < stem.length; i++) {
    const letter = bits.letters.get(stem[i]);
    const at = i === 0 ? 0 : i === stem.length - 1 ? 2 : 1;
    if (letter) out |= letter.first[at] | (at === 2 && !alone ? letter.first[1] : 0);
    if (i + 1 < stem.length && bits.pairStarts.has(stem[i])) out |= bits.pairs.get(stem[i] + stem[i + 1])?.first ?? 0;
    // Spelt by some letter: the spelling starts here.
    if (letter && !letter.none[at] && !(at === 2 && !alone && letter.none[1])) return out;
    if (i + 1 < stem.length) out |= bits.vowels;
  }
  // A stem that may be spelt with no letter at all: anything may follow (never, in the tables as they are).
  return ALL_LETTERS;
}

const ALL_LETTERS = (1 << 26) - 1;

/** The Latin letters of a string as bits (a = 1, b = 2 …). */
export function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

/** What a source name's spellings are made of: every letter they may use, and for each letter that is always spelt, the letters it may be spelt with. */
export interface NameLetters {
  all: number;
  required: readonly number[];
}

/** The letters of a source name's spellings ({@link NameLetters}), from the tables. */
export function nameLetters(parts: NameParts, t: ArabicTables = ARABIC_TABLES): NameLetters {
  const { bits } = t;
  let all = bits.vowels;
  const required: number[] = [];
  if (parts.article || parts.next?.article || parts.articleAfter) all |= bits.article;
  const read = (stem: string) => {
    for (let i = 0; i < stem.length; i++) {
      const letter = bits.letters.get(stem[i]);
      let mask = letter?.all ?? 0;
      // A pair spelt as one sound stands for both its letters (كس as x).
      if (i > 0 && bits.pairStarts.has(stem[i - 1])) mask |= bits.pairs.get(stem[i - 1] + stem[i])?.all ?? 0;
      if (i + 1 < stem.length && bits.pairStarts.has(stem[i])) mask |= bits.pairs.get(stem[i] + stem[i + 1])?.all ?? 0;
      all |= mask;
      if (letter?.spelt) required.push(mask);
    }
  };
  read(parts.stem);
  if (parts.next) read(parts.next.stem);
  return { all, required };
}

/**
 * Every Latin letter a spelling of a source word may use, with or without its prefix, article or
 * ending, as bits: a superset of {@link nameLetters}' `all` for each of its {@link nameParts}.
 */
export function wordLetters(letters: string, t: ArabicTables = ARABIC_TABLES): number {
  const { bits } = t;
  let out = bits.vowels | bits.article;
  for (let i = 0; i < letters.length; i++) {
    out |= bits.letters.get(letters[i])?.all ?? 0;
    if (i + 1 < letters.length && bits.pairStarts.has(letters[i])) out |= bits.pairs.get(letters[i] + letters[i + 1])?.all ?? 0;
  }
  return out;
}

/**
 * The letters a spelling of a source word may start with, with or without its prefix or article,
 * as bits (some more than {@link nameInitials} gives its names, never fewer): the spellings of its
 * first five letters (a prefix and an article may stand before the name) and of any after them
 * that follow letters spelt with nothing, and the short vowels.
 */
export function wordInitials(letters: string, t: ArabicTables = ARABIC_TABLES): number {
  const { bits } = t;
  let out = bits.vowels | bits.articleFirst | bits.assimilatedFirst;
  for (let i = 0; i < letters.length; i++) {
    const letter = bits.letters.get(letters[i]);
    if (letter) out |= letter.first[0] | letter.first[1] | letter.first[2];
    if (i + 1 < letters.length && bits.pairStarts.has(letters[i])) out |= bits.pairs.get(letters[i] + letters[i + 1])?.first ?? 0;
    if (i >= 4 && letter?.spelt) break;
  }
  return out;
}

/**
 * A source word as a consonant skeleton, for a quick test before its names are read: for each
 * letter the Latin letters its spellings use (bits), whether it may be spelt as a vowel or not at
 * all, and how many letters at its start (a prefix, the article) and end (an ending) may be left out.
 */
export interface Skeleton {
  sets: readonly number[];
  vowel: readonly boolean[];
  /** For each letter, the letters a pair starting there may be spelt with (0: no pair). */
  pairs: readonly number[];
  dropStart: number;
  dropEnd: number;
}

/** A word's skeleton ({@link Skeleton}); `article` also lets an article at its start (ال) go. */
export function skeletonOf(letters: string, t: ArabicTables = ARABIC_TABLES): Skeleton {
  const { bits } = t;
  const sets: number[] = [];
  const vowel: boolean[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < letters.length; i++) {
    const letter = bits.letters.get(letters[i]);
    sets.push((letter?.all ?? 0) & ~bits.vowels);
    vowel.push(letter?.vowelOnly ?? true);
    const pair = i + 1 < letters.length && bits.pairStarts.has(letters[i]) ? bits.pairs.get(letters[i] + letters[i + 1]) : undefined;
    pairs.push(pair ? (pair.all | (bits.letters.get(letters[i])?.all ?? 0) | (bits.letters.get(letters[i + 1])?.all ?? 0)) & ~bits.vowels : 0);
  }
  // The longest prefix and article, and the longest ending, any of the word's names may leave out.
  let dropStart = 0;
  for (const p of t.prefixes) {
    if (!letters.startsWith(p)) continue;
    const rest = letters.slice(p.length);
    dropStart = Math.max(dropStart, p.length + (rest.startsWith('ال') ? 2 : rest.startsWith('ل') ? 1 : 0));
  }
  if (letters.startsWith('ال')) dropStart = Math.max(dropStart, 2);
  const suffix = t.suffixes.find((x) => letters.endsWith(x));
  return { sets, vowel, pairs, dropStart, dropEnd: suffix ? suffix.length : 0 };
}

/** Two skeletons as one: a word and the next, written as one name (the second's article may go too). */
export function joinedSkeleton(a: Skeleton, b: Skeleton): Skeleton {
  return {
    sets: [...a.sets, ...b.sets],
    vowel: [...a.vowel, ...b.vowel.map((v, i) => v || i < Math.min(2, b.dropStart))],
    pairs: [...a.pairs.slice(0, -1), 0, ...b.pairs],
    dropStart: a.dropStart,
    dropEnd: b.dropEnd,
  };
}

const VOWEL_LETTERS = letterMask('aeiou');

/** Room for {@link skeletonNear}'s table, owned by the caller (one check) and grown as needed. */
export interface SkeletonScratch {
  cost: Int8Array;
  bits: Int32Array;
}

/** A new, empty {@link SkeletonScratch}. */
export function skeletonScratch(): SkeletonScratch {
  return { cost: new Int8Array(256), bits: new Int32Array(32) };
}

/**
 * Whether a Latin word (lowercase a–z) may be within `limit` edits of a spelling of the skeleton's
 * word: each source letter spelt by a run of up to four Latin consonants its spellings use (sh, kh,
 * a doubled letter), Latin vowels and a doubled consonant free, a letter that may be a vowel free,
 * and an edit a consonant added, dropped or replaced. Never false where {@link editsTo} is within
 * `limit` for one of the word's names; often true where it is not.
 */
export function skeletonNear(word: string, k: Skeleton, limit: number, scratch?: SkeletonScratch): boolean {
  const n = k.sets.length;
  const m = word.length;
  const over = limit + 1;
  const width = m + 1;
  const size = (n + 1) * width;
  if (scratch && scratch.cost.length < size) scratch.cost = new Int8Array(size * 2);
  if (scratch && scratch.bits.length < m) scratch.bits = new Int32Array(m * 2);
  const cost = scratch?.cost ?? new Int8Array(size);
  cost.fill(over, 0, size);
  cost[0] = 0;
  const bits = scratch?.bits ?? new Int32Array(m);
  for (let j = 0; j < m; j++) bits[j] = 1 << (word.charCodeAt(j) - 97);
  // Plain loops: this runs for many word pairs. Every move goes forward, so one pass in order.
  for (let i = 0; i <= n; i++) {
    const set = i < n ? k.sets[i] : 0;
    const pair = i < n ? k.pairs[i] : 0;
    const free = i < n && (k.vowel[i] || i < k.dropStart || i >= n - k.dropEnd);
    for (let j = 0; j <= m; j++) {
      const c = cost[i * width + j];
      if (c > limit) continue;
      if (j < m) {
        // A vowel, or the second of a doubled letter: written without a letter of the source.
        const d = (bits[j] & VOWEL_LETTERS) !== 0 || (j > 0 && bits[j] === bits[j - 1]) ? c : c + 1;
        const cell = i * width + j + 1;
        if (d < cost[cell]) cost[cell] = d;
      }
      if (i === n) continue;
      const skip = free ? c : c + 1;
      if (skip < cost[(i + 1) * width + j]) cost[(i + 1) * width + j] = skip;
      // The letter spelt by a run of up to four consonants it may be spelt with, or one replaced (at a cost).
      for (let e = j; e < m && e < j + 4; e++) {
        const b = bits[e];
        if ((b & VOWEL_LETTERS) !== 0) break;
        const cell = (i + 1) * width + e + 1;
        if ((b & set) !== 0) {
          if (c < cost[cell]) cost[cell] = c;
        } else {
          if (e === j && c + 1 < cost[cell]) cost[cell] = c + 1;
          break;
        }
      }
      if (pair !== 0)
        for (let e = j; e < m && e < j + 4; e++) {
          const b = bits[e];
          if ((b & VOWEL_LETTERS) !== 0 || (b & pair) === 0) break;
          const cell = (i + 2) * width + e + 1;
          if (c < cost[cell]) cost[cell] = c;
        }
    }
  }
  return cost[n * width + m] <= limit;
}

/** How many of a word's letters (as bits) are not among `allowed`. */
export function lettersOutside(word: number, allowed: number): number {
  let outside = word & ~allowed;
  let count = 0;
  while (outside !== 0) {
    outside &= outside - 1;
    count++;
  }
  return count;
}

/**
 * Whether a word (its letters as bits) may be within `limit` edits of a name's spellings: at most
 * `limit` of its letters not among the name's, and at most `limit` of the name's letters that are
 * always spelt missing from it. A quick test before the automaton is read.
 */
export function mayBeNear(word: number, name: NameLetters, limit: number): boolean {
  if (lettersOutside(word, name.all) > limit) return false;
  let missing = 0;
  for (const m of name.required) if ((m & word) === 0 && ++missing > limit) return false;
  return true;
}

function initialsOf(out: readonly (readonly { letter: string | null; to: number }[])[]): Set<string> {
  const letters = new Set<string>();
  const seen = new Set<number>([0]);
  const stack = [0];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const e of out[n]) {
      if (e.letter !== null) letters.add(e.letter);
      else if (!seen.has(e.to)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return letters;
}

/**
 * The fewest edits (a letter replaced, added or dropped) from `word` (lowercase a–z) to a spelling
 * of the graph that starts with the word's first letter, up to `limit`; `limit + 1` when it is farther.
 */
export function editsTo(word: string, g: SpellingGraph, limit: number): number {
  const over = limit + 1;
  if (word.length === 0 || !g.initials.has(word[0])) return over;
  // The nodes reached after each letter, with the fewest edits that reach them (only a few are).
  let cost = new Map<number, number>();
  const relax = (costs: Map<number, number>, n: number, c: number) => {
    if (c <= limit && c < (costs.get(n) ?? over)) costs.set(n, c);
  };
  // Empty edges cost nothing, a spelling's letter left out costs one; a lower cost flows on.
  const close = (costs: Map<number, number>) => {
    const queue = [...costs.keys()];
    while (queue.length > 0) {
      const n = queue.pop()!;
      const c = costs.get(n)!;
      for (const e of g.out[n]) {
        const d = e.letter === null ? c : c + 1;
        if (d <= limit && d < (costs.get(e.to) ?? over)) {
          costs.set(e.to, d);
          queue.push(e.to);
        }
      }
    }
  };
  // The first letter: read as it is, from the start through empty edges only.
  const starts = [0];
  for (let k = 0; k < starts.length; k++)
    for (const e of g.out[starts[k]]) if (e.letter === null && !starts.includes(e.to)) starts.push(e.to);
  for (const n of starts) for (const e of g.out[n]) if (e.letter === word[0]) relax(cost, e.to, 0);
  close(cost);
  for (let j = 1; j < word.length && cost.size > 0; j++) {
    const ch = word[j];
    const next = new Map<number, number>();
    for (const [n, c] of cost) {
      relax(next, n, c + 1);
      for (const e of g.out[n]) {
        if (e.letter === null) continue;
        relax(next, e.to, e.letter === ch ? c : c + 1);
      }
    }
    close(next);
    cost = next;
  }
  return cost.get(g.end) ?? over;
}

/** Whether `word` is one of the graph's spellings. */
export function isSpelt(word: string, g: SpellingGraph): boolean {
  return editsTo(word, g, 0) === 0;
}

// ---- The translation side -------------------------------------------------------------------

/** Latin letters the tables read as others (diacritics and the signs of scholarly romanisation). */
const FOLD: Record<string, string> = { ş: 'sh', š: 'sh', ç: 'ch', č: 'ch', ž: 'zh', ğ: 'g', ı: 'i', ḫ: 'kh', ẖ: 'kh', ġ: 'gh', ṯ: 'th', ḏ: 'dh', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l' };

/** A translation word as the tables read it: lowercase a–z, and where each letter stands in the word. */
export interface LatinLetters {
  letters: string;
  /** For each letter, its offset in the word. */
  at: number[];
}

/** A translation word lowercased, diacritics and apostrophes dropped, hyphens dropped (al-Sisi as alsisi). */
export function latinLetters(word: string): LatinLetters {
  let letters = '';
  const at: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // ASCII letters as they are (most words are all ASCII).
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      letters += String.fromCharCode(code | 32);
      at.push(i);
      continue;
    }
    const c = word[i].toLowerCase();
    const folded = FOLD[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
    for (const f of folded) {
      if (f < 'a' || f > 'z') continue;
      letters += f;
      at.push(i);
    }
  }
  return { letters, at };
}

/**
 * The source names one Arabic word may stand for: the word, then without an attached prefix
 * (و، ف، ب، ل، ك), with its article (ال, or لل after ل) read as one, and without a plural ending.
 * Longest stem first.
 */
export function nameParts(letters: string, t: ArabicTables = ARABIC_TABLES): NameParts[] {
  // Each form with where it starts in the word (an alif the word does not write counts as none).
  const forms = new Map<string, number>([[letters, 0]]);
  for (const p of t.prefixes) {
    if (!letters.startsWith(p) || letters.length - p.length < 2) continue;
    const rest = letters.slice(p.length);
    if (!forms.has(rest)) forms.set(rest, p.length);
    // li- before the article drops its alif: للسيسي is li + السيسي.
    if (p.endsWith('ل') && rest.startsWith('ل') && !forms.has('ا' + rest)) forms.set('ا' + rest, p.length);
  }
  const out: NameParts[] = [];
  const seen = new Set<string>();
  const add = (parts: NameParts) => {
    const key = `${parts.stem}|${parts.article}|${parts.next?.stem ?? ''}|${parts.next?.article ?? ''}`;
    if (parts.stem.length >= 2 && !seen.has(key)) {
      seen.add(key);
      out.push(parts);
    }
  };
  for (const [form, from] of forms) {
    const withSuffix = [form, ...t.suffixes.filter((s) => form.endsWith(s) && form.length - s.length >= 3).map((s) => form.slice(0, -s.length))];
    for (const f of withSuffix) {
      const article = f.startsWith('ال') && f.length >= 4;
      const stem = article ? f.slice(2) : f;
      const to = letters.length - (form.length - f.length);
      // A name written as one with its second part: عبدالعزيز, نصرالله.
      const split = compoundSplit(stem, t);
      if (split) add({ stem: split[0], article, next: { stem: split[1].slice(2), article: true }, from, to });
      add({ stem, article, from, to });
    }
  }
  return out;
}

/** Where a word is two parts of a name written as one (a head and an article word, or a word and a tail), or null. */
function compoundSplit(stem: string, t: ArabicTables): [string, string] | null {
  for (const head of t.compoundHeads)
    if (stem.startsWith(head + 'ال') && stem.length - head.length >= 4) return [head, stem.slice(head.length)];
  for (const tail of t.compoundTails)
    if (stem.endsWith(tail) && stem.length - tail.length >= 2) return [stem.slice(0, -tail.length), tail];
  return null;
}

/** Whether a source word with the article starts a name's second part (العزيز after عبد): the first may be written with it. */
export function joinsNext(first: string, second: string, t: ArabicTables = ARABIC_TABLES): boolean {
  return second.startsWith('ال') && (t.compoundHeads.includes(first) || t.compoundTails.includes(second));
}

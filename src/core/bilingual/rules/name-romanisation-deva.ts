/**
 * A name of a Devanagari source (Hindi, Marathi, Nepali) that the translation romanises wrongly:
 * नरेंद्र मोदी as "Narinder Mody", अहमदाबाद as "Ahmadabed". Devanagari has no capitals, so a
 * source word is a name when its romanisation is a capitalised word of the translation nearby
 * (the aligned paragraphs), or nearly one. Each source word is read in every way the press
 * writes it (./data/devanagari.json, read by ../devanagari: the inherent vowel dropped at the end
 * and between a vowel and a consonant, राम as Ram, कमला as Kamala or Kamla; the anusvara as n or,
 * before a labial, m; nukta letters; aspirates; व as v or w; श and ष as sh or s; ऋ as ri or ru;
 * conjuncts, क्ष as ksh or x; ee and oo for the long vowels), without a case ending or
 * postposition joined to it (मोदींनी, काठमाडौंमा, मुंबईत), and in the established English forms
 * the tables list (Bombay, Kolkata, Banerjee). A capitalised word of the translation that is
 * none of those, but one or two letters (one for a word of six letters or fewer) from a spelling
 * of a source word and starting with its letter, is flagged, with the nearest spelling as the
 * suggestion.
 *
 * Never flagged: a word the English dictionary knows (India, Delhi, Gandhi), a word the source
 * writes in Latin letters itself, a word of fewer than four letters or with letters other than
 * a–z (Kṛṣṇa), an English plural of a source word (Jatras), a word near no source word, a word
 * that differs from the source's spelling only by a doubled letter or c for k (Chatterjee,
 * Guterres, Omicron), a foreign name in its own spelling (the tables' `foreign` reading: Starmer,
 * Merkel, Houthi, Albanese) where the source word shows it is foreign (स्टार्मर) or the translation
 * does, with a proper noun the dictionary knows beside it that no source word reads ("German
 * Chancellor", "Angela", "Yemen's"; not India, Nepali or Bollywood), a
 * word that spells a source word exactly anywhere in the source, a word that with the
 * capitalised words beside it spells one source word (Lok Sabha for लोकसभा; judged joined, a
 * changed part of it is flagged: "Poshpa Kamal" for पुष्पकमल), and a word near a source word the
 * translation already writes right as often as the source has it (another name). Function words
 * (का, है, यांनी) are never read as names. A group where most of three or more unknown
 * capitalised words are near no source word is taken as misaligned, and nothing in it is flagged.
 *
 * Where the source also writes a name in Latin letters (मोदी … Modi), a translation word near
 * both is name-mismatch's too when it changes that spelling: it is flagged here with the
 * source's Latin spelling as the suggestion, on the same word, so that the two issues are one
 * finding (`sameFindingAs`). name-mismatch's "missing" issue for that Latin word is another
 * finding and stays.
 */
import type { Paragraph } from '../../document';
import type { RuleContext } from '../../rules';
import {
  DEVANAGARI,
  devanagariWords,
  englishFormsOf,
  firstLetters,
  initialLetters,
  isDevanagari,
  nameForms,
  plainWord,
  spellWord,
} from '../devanagari';
import { latinWords } from '../pair';
import {
  compileSpelling,
  isSpelling,
  nearestSpelling,
  spellingLengths,
  type CompiledSpelling,
  type NearestSpelling,
  type Spelling,
} from '../transliteration';
import { editDistance } from './name-mismatch';
import { quote, type AccuracyFinding, type AccuracyRule, everyGroup } from './types';

/** The source languages franc names that are written in Devanagari. */
const DEVANAGARI_LANGUAGES = new Set(['hin', 'mar', 'npi', 'mai', 'bho', 'mag']);

/** A form of a Devanagari source word (the word, or the word without a suffix), read in Latin letters on first use. */
interface SourceName {
  /** Offsets into the paragraph's text: the form, from the word's start. */
  start: number;
  end: number;
  text: string;
  /** Whether it is the word as the source writes it (not a form without a suffix). */
  whole: boolean;
  /** Established English forms of it (Mumbai, Bombay). */
  english: readonly string[];
  /** Letters its spellings and English forms may start with (some more, never fewer): to pass most words over before reading it. */
  initials: ReadonlySet<string>;
  /** The form read (on first use, then kept; null when a letter is not in the tables). */
  read(): ReadName | null;
}

/** A source form read: its spellings, their shortest and longest lengths (English forms too), and the spellings compiled. */
interface ReadName {
  spelling: Spelling;
  min: number;
  max: number;
  /** Compiled on first use, then kept. */
  compiled(): CompiledSpelling;
}

/** A Devanagari word of a source paragraph that may be a name: its forms are read on first use. */
interface SourceWord {
  /** Letters its forms' spellings and English forms may start with (some more, never fewer). */
  initials: ReadonlySet<string>;
  /** The word and its forms without a suffix (on first use, then kept). */
  forms(): readonly SourceName[];
}

/** The Devanagari words of a paragraph that may be names, offsets in the paragraph (cached with the paragraph). */
function sourceWords(p: Paragraph): readonly SourceWord[] {
  return p.analysis.memo('bilingual-devanagari-names', () => {
    const out: SourceWord[] = [];
    // Initial letters by a word's first three characters, for this paragraph's words.
    const initials = new Map<string, Set<string>>();
    for (const w of devanagariWords(p)) {
      if (DEVANAGARI.notNames.has(plainWord(w.text))) continue;
      const head = w.text.slice(0, 3);
      let letters = initials.get(head);
      if (!letters) initials.set(head, (letters = initialLetters(head)));
      let forms: SourceName[] | undefined;
      const read = () => (forms ??= nameForms(w.text).map(({ text, length }) => sourceName(w, text, length, letters!)));
      // A word that may have an English form (Bombay for मुंबई) is read now: that form's letter counts too.
      const english = mayHaveEnglishForm(w.text) ? read().flatMap((f) => f.english.map((e) => e[0].toLowerCase())) : [];
      out.push({ initials: english.length > 0 ? new Set([...letters, ...english]) : letters, forms: read });
    }
    return out;
  });
}

function sourceName(w: { start: number; text: string }, form: string, length: number, letters: ReadonlySet<string>): SourceName {
  const english = englishFormsOf(form);
  let read: ReadName | null | undefined;
  return {
    start: w.start,
    end: w.start + length,
    text: form,
    whole: length === w.text.length && form === w.text,
    english,
    initials: english.length > 0 ? new Set([...letters, ...english.map((e) => e[0].toLowerCase())]) : letters,
    read: () => {
      if (read !== undefined) return read;
      const spelling = spellWord(form);
      if (!spelling) return (read = null);
      const lengths = spellingLengths(spelling);
      let compiled: CompiledSpelling | undefined;
      return (read = {
        spelling,
        min: Math.min(lengths.min, ...english.map((e) => e.length)),
        max: Math.max(lengths.max, ...english.map((e) => e.length)),
        compiled: () => (compiled ??= compileSpelling(spelling)),
      });
    },
  };
}

/** Whether a word starts as a word of the English-forms table does (its first two characters). */
function mayHaveEnglishForm(word: string): boolean {
  return DEVANAGARI.englishHeads.has(plainWord(word).slice(0, 2));
}

/** A source form, with the paragraph it is in. */
interface PlacedName {
  name: SourceName;
  paragraph: Paragraph;
}

/** A capitalised word of the translation (possessive dropped), offsets absolute. */
interface TargetWord {
  start: number;
  end: number;
  text: string;
  /** The capitalised words right before and after it (one space between), for names the source writes as one word. */
  run: readonly TargetWord[];
  /** The capitalised word with a possessive right before its run ("Yemen" of "Yemen's Houthi rebels"), if any. */
  owner?: TargetWord;
}

/** Whether a word is exactly a spelling or an English form of a source name. */
function spells(text: string, name: SourceName): boolean {
  const lower = text.toLowerCase();
  if (!name.initials.has(lower[0])) return false;
  if (name.english.some((e) => e.toLowerCase() === lower)) return true;
  const read = name.read();
  return !!read && lower.length >= read.min && lower.length <= read.max && isSpelling(lower, read.spelling);
}

/** The nearest spelling or English form of `name` to `word` within `limit` edits that starts with the word's letter. */
function nearTo(word: string, name: SourceName, limit: number): NearestSpelling | null {
  const length = word.length;
  if (!name.initials.has(word[0].toLowerCase())) return null;
  const read = name.read();
  if (!read || length < read.min - limit || length > read.max + limit) return null;
  const near: NearestSpelling[] = [];
  // An English form first: on a tie it is the one suggested (Kolkata for "Kolkatta").
  for (const e of name.english) {
    if (Math.abs(e.length - length) > limit) continue;
    const n = nearestSpelling(word, [[e.toLowerCase()]], true);
    if (n && n.distance <= limit) near.push({ ...n, text: e });
  }
  const spelt = nearestSpelling(word, read.compiled(), true);
  if (spelt && spelt.distance <= limit) near.push(spelt);
  if (near.length === 0) return null;
  return near.reduce((a, b) => (b.distance < a.distance ? b : a));
}

/**
 * Between two forms of one source word equally near a translation word: the word itself (पटना,
 * not पट with ना taken for an ending), then the one with an English form, then the shorter (मोदी
 * rather than मोदीं of मोदींनी).
 */
function preferred(name: SourceName, nearest: NearestSpelling, best: { name: SourceName; nearest: NearestSpelling }): boolean {
  if (name.start !== best.name.start) return false;
  if (best.name.whole || name.whole) return name.whole;
  const english = (n: SourceName, spelt: NearestSpelling) => n.english.includes(spelt.text);
  if (english(name, nearest) !== english(best.name, best.nearest)) return english(name, nearest);
  return name.text.length < best.name.text.length;
}

/**
 * Whether every edit between a word and a spelling is one an English spelling makes, not a
 * changed name: a letter doubled or undoubled (Chatterjee for चटर्जी's "chaterjee", Guterres), c
 * or ck for k (Omicron for ओमिक्रॉन's "omikron"): what a foreign name or word the source writes in
 * Devanagari comes back as.
 */
function ownSpelling(word: string, near: NearestSpelling): boolean {
  const w = word.toLowerCase();
  const s = near.text.toLowerCase();
  return near.edits.every(
    (e) =>
      (e.kind === 'inserted' && (w[e.wordAt - 1] === e.written || w[e.wordAt + 1] === e.written || (e.written === 'c' && w[e.wordAt + 1] === 'k'))) ||
      (e.kind === 'deleted' && (s[e.at - 1] === e.spelt || s[e.at + 1] === e.spelt)) ||
      (e.kind === 'replaced' && e.spelt === 'k' && e.written === 'c'),
  );
}

/**
 * Whether a source word shows it is foreign: ॉ or ॅ, a nukta (not ड़ or ढ़, letters of Hindi's own
 * words: चंद्रचूड़, छत्तीसगढ़), or a start Hindi words do not have (स्ट, स्क, स्प, ट्र, ड्र, a consonant with ल).
 */
function looksForeign(text: string): boolean {
  return /\u0945|\u0949|\u090d|\u0911|(?<![डढ])\u093c|^(?:स्[टकप]|[टड]्र|[कखगपफबभ]्ल)/.test(plainWord(text));
}

/**
 * Whether the word is a foreign name's own spelling of a source word (Starmer, Blinken, Moderna,
 * Scholz, Houthi, Albanese: the tables' `foreign` reading; a changed letter stays flagged), where
 * the name is known to be foreign: the source word shows it (स्टार्मर, ब्लिंकन, मॉडर्ना, शोल्ज़),
 * or the translation marks it (`marked`, read only when needed).
 */
function foreignSpelling(word: string, name: SourceName, marked: () => boolean): boolean {
  return isForeignSpelling(word.toLowerCase(), name) && (looksForeign(name.text) || marked());
}

/**
 * Whether the translation marks a word as part of a foreign name: another capitalised word of its
 * run, or of the possessive before it, reads a source word that shows it is foreign ("Olaf" of
 * ओलाफ़ शोल्ज), or is a proper noun the English dictionary knows (no lowercase entry) that no
 * source word reads and that is not of the source's own world (the tables' `home`: India, Nepali,
 * Bollywood) — "German Chancellor Angela Merkel", "Yemen's Houthi rebels", "Iranian President
 * Masoud Pezeshkian". A one-letter change of an Indian name has no such neighbour ("Prime Minister
 * Narendra Modi", "Amitabh Bachchan"), so it stays flagged.
 */
function markedForeign(w: TargetWord, startingWith: (text: string) => readonly PlacedName[], speller: RuleContext['speller']): boolean {
  const phrase = w.owner ? [...w.owner.run, ...w.run] : w.run;
  return phrase.some((x) => {
    // Not an abbreviation (Dr, Mrs, Lt).
    if (x === w || !/^[A-Z][a-z]*[aeiouy][a-z]*$/.test(x.text) || x.text.length < 3) return false;
    const lower = x.text.toLowerCase();
    if (startingWith(x.text).some(({ name }) => looksForeign(name.text) && (spells(x.text, name) || isForeignSpelling(lower, name)))) return true;
    return speller.knows(x.text) && !speller.knows(lower) && !DEVANAGARI.home.has(lower) && !readsSource(x, startingWith);
  });
}

/**
 * Whether a word of the translation is a reading of a source word: exactly, but for a doubled
 * letter or c for k (Mann for मान), or as a part of one (Devi of विद्यादेवी).
 */
function readsSource(w: TargetWord, startingWith: (text: string) => readonly PlacedName[]): boolean {
  return (
    startingWith(w.text).some(({ name }) => {
      if (spells(w.text, name)) return true;
      const near = nearTo(w.text, name, 2);
      return !!near && ownSpelling(w.text, near);
    }) || inJoinedName(w, startingWith)
  );
}

/**
 * For a name known to be foreign (the source word shows it, or `marked`), its own spelling nearer
 * to the word than every spelling the press gives an Indian name ("Albanece": Albanese, not Albaneez).
 */
function foreignNearer(word: string, nearest: NearestSpelling, name: SourceName, marked: () => boolean): string | undefined {
  if (nearest.distance < 2 || !(looksForeign(name.text) || marked())) return undefined;
  const spelling = spellWord(name.text, DEVANAGARI, true);
  const own = spelling && nearestSpelling(word, spelling, true);
  return own && own.distance < nearest.distance ? own.text : undefined;
}

/** Whether a word (lowercase) is spelt by a source word's foreign reading. */
function isForeignSpelling(lower: string, name: SourceName): boolean {
  const spelling = spellWord(name.text, DEVANAGARI, true);
  return !!spelling && isSpelling(lower, spelling);
}

/**
 * The spelling to suggest: the nearest one, or the same with a long vowel written short or a
 * short one long (aa or a, ee or i, oo or u) where that is a spelling too, no farther from the
 * word and nearer its length (Ahmadabad rather than Ahmadabaad for "Ahmadabed", Tharoor rather
 * than Tharur for "Tharour").
 */
function plainest(word: string, spelt: string, name: SourceName): string {
  const spelling = name.read()!.spelling;
  const rank = (x: string) => editDistance(word, x) * 100 + Math.abs(x.length - word.length) * 10 + x.length;
  let best = spelt;
  let score = rank(best);
  for (let improved = true; improved; ) {
    improved = false;
    for (const [long, short] of [['aa', 'a'], ['ee', 'i'], ['oo', 'u']] as const) {
      for (const [from, to] of [[long, short], [short, long]]) {
        for (let at = best.indexOf(from); at >= 0; at = best.indexOf(from, at + 1)) {
          const other = best.slice(0, at) + to + best.slice(at + from.length);
          const r = rank(other);
          if (r < score && isSpelling(other, spelling)) {
            best = other;
            score = r;
            improved = true;
          }
        }
      }
    }
  }
  return best;
}

/** The word as a name: its first letter in capitals. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const rule: AccuracyRule = {
  id: 'name-romanisation-deva',
  category: 'accuracy',
  description:
    'A Hindi, Marathi or Nepali name the translation romanises in none of the ways the press writes it (नरेंद्र मोदी as "Narinder Mody").',
  defaultSeverity: 'warning',
  // A changed Devanagari name that the source also writes in Latin letters is name-mismatch's finding too.
  sameFindingAs: ['name-mismatch'],
  // The source's Devanagari words, anywhere in it: a translation word that spells one is not a
  // misspelling of another.
  scope(pair) {
    if (!DEVANAGARI_LANGUAGES.has(pair.language.code)) return '';
    const words = new Set<string>();
    for (const p of pair.source.paragraphs) for (const w of devanagariWords(p)) words.add(w.text);
    return ['deva', ...[...words].sort()].join('\n');
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, _pair, context, scope) {
    if (!scope.startsWith('deva') || !isDevanagari(group.source)) return [];
    // Only a capitalised word the dictionary does not know is read: most paragraphs have a few.
    if (!group.target.some((p) => latinWords(p).some((w) => /^\p{Lu}/u.test(w.text) && !context.speller.knows(w.text.replace(/['’]s$/, '')))))
      return [];
    const sourceList = group.source.flatMap((p) => sourceWords(p).map((word) => ({ word, paragraph: p })));
    if (sourceList.length === 0) return [];
    // The source forms a translation word with this first letter may spell (read on first use, then kept for the group).
    const byLetter = new Map<string, PlacedName[]>();
    const startingWith = (text: string): readonly PlacedName[] => {
      const letter = text.charAt(0).toLowerCase();
      let list = byLetter.get(letter);
      if (!list) {
        list = sourceList
          .filter(({ word }) => word.initials.has(letter))
          .flatMap(({ word, paragraph }) => word.forms().filter((name) => name.initials.has(letter)).map((name) => ({ name, paragraph })));
        byLetter.set(letter, list);
      }
      return list;
    };
    const latinSource = group.source.flatMap((p) => latinWords(p).map((w) => w.text));
    const latin = new Set(latinSource.map((w) => w.toLowerCase()));

    // The translation's capitalised words, in runs of words one space apart.
    const words: TargetWord[] = [];
    for (const p of group.target) {
      const text = p.analysis.text;
      let run: TargetWord[] = [];
      let previousEnd = -1;
      // The capitalised word with a possessive right before this word, and where it ended.
      let owner: TargetWord | undefined;
      let possessive: { word: TargetWord | undefined; end: number } = { word: undefined, end: -1 };
      const add = (word: string, start: number, joined: boolean) => {
        if (!/^\p{Lu}/u.test(word) || word === word.toUpperCase()) {
          run = [];
          return;
        }
        if (!joined) run = [];
        const w: TargetWord = { start: p.start + start, end: p.start + start + word.length, text: word, run, owner: run.length > 0 ? run[0].owner : owner };
        run.push(w);
        words.push(w);
      };
      for (const lw of latinWords(p)) {
        const word = lw.text.replace(/['’]s$/, '');
        const joined = previousEnd >= 0 && /^[ \u00a0-]$/.test(text.slice(previousEnd, lw.start));
        owner = possessive.end >= 0 && /^[ \u00a0]$/.test(text.slice(possessive.end, lw.start)) ? possessive.word : undefined;
        previousEnd = word === lw.text ? lw.end : -1;
        // A hyphenated name is judged a part at a time unless it spells a source word whole.
        if (word.includes('-') && !startingWith(word).some(({ name }) => spells(word.replace(/-/g, ''), name))) {
          let at = lw.start;
          word.split('-').forEach((part, k) => {
            add(part, at, k > 0 || joined);
            at += part.length + 1;
          });
        } else add(word, lw.start, joined);
        possessive = word !== lw.text && /^\p{Lu}/u.test(word) && word !== word.toUpperCase() ? { word: words[words.length - 1], end: lw.end } : { word: undefined, end: -1 };
      }
    }
    // An English plural of a source word is that word (jatras for जात्रा).
    const accepted = (text: string) =>
      startingWith(text).some(({ name }) => spells(text, name) || (/[a-z]s$/.test(text) && spells(text.slice(0, -1), name)));
    // Capitalised words the dictionary does not know, and not the source's own Latin words.
    const judged = words.filter((w) => !latin.has(w.text.toLowerCase()) && !context.speller.knows(w.text));
    const unknown = judged.filter((w) => !accepted(w.text) && !inJoinedName(w, startingWith));
    if (unknown.length === 0) return [];

    const near: Near[] = [];
    let missing = 0;
    for (const w of unknown) {
      if (w.text.length < 4 || !/^[A-Z][a-z]+$/.test(w.text)) continue;
      const limit = w.text.length <= 6 ? 1 : 2;
      let best: Near | null = null;
      for (const { name, paragraph } of startingWith(w.text)) {
        const nearest = nearTo(w.text, name, limit);
        if (!nearest || nearest.text.length < 4) continue;
        if (!best || nearest.distance < best.nearest.distance || (nearest.distance === best.nearest.distance && preferred(name, nearest, best)))
          best = { word: w, name, paragraph, nearest, compared: w.text };
      }
      best ??= nearJoined(w, startingWith, limit);
      if (best) near.push(best);
      else missing++;
    }
    // Most of several names near nothing in the source: the paragraphs are not each other's translations.
    if (missing >= 3 && missing * 2 > unknown.length) return [];

    const out: AccuracyFinding[] = [];
    let elsewhere: string[] | undefined;
    for (const { word, name, paragraph, nearest, compared, part } of near) {
      // Marked foreign here, or where the group writes the same word again ("Angela Merkel … Merkel said").
      const marked = () => words.some((w) => w.text === word.text && markedForeign(w, startingWith, context.speller));
      if (ownSpelling(compared, nearest) || foreignSpelling(compared, name, marked)) continue;
      // The source has the name as often as the translation writes it right: this word is another name.
      const inSource = startingWith(compared).filter((n) => n.name.text === name.text).length;
      const right = judged.filter((w) => w !== word && spells(w.text, name)).length;
      if (right >= inSource) continue;
      elsewhere ??= scope.split('\n').slice(1);
      if (spelledElsewhere(word.text, elsewhere)) continue;
      // The source's own Latin spelling, when it is near too: the same suggestion as name-mismatch's.
      const own = latinSource.find(
        (l) => l.toLowerCase() !== word.text.toLowerCase() && spells(l, name) && nearestSpelling(word.text, [[l.toLowerCase()]])!.distance <= 2,
      );
      const suggestion = own ?? capitalised(part ?? foreignNearer(word.text, nearest, name, marked) ?? plainest(word.text, nearest.text, name));
      out.push({
        start: word.start,
        end: word.end,
        sourceStart: paragraph.start + name.start,
        sourceEnd: paragraph.start + name.end,
        message: `${quote(word.text)} is not how the source's ${name.text} is romanised: ${suggestion}.`,
        suggestions: [suggestion],
      });
    }
    return out;
  },
};

/** A translation word near a source name: the spelling nearest to what was compared (the word, or it joined with its neighbours). */
interface Near {
  word: TargetWord;
  name: SourceName;
  paragraph: Paragraph;
  nearest: NearestSpelling;
  compared: string;
  /** For a word compared joined with its neighbours: the nearest spelling's part for it. */
  part?: string;
}

/**
 * A word that, joined with the capitalised words beside it, is near one source word, every edit
 * inside the word (पुष्पकमल as "Poshpa Kamal": Poshpa, suggested Pushpa).
 */
function nearJoined(w: TargetWord, startingWith: (text: string) => readonly PlacedName[], limit: number): Near | null {
  const k = w.run.indexOf(w);
  for (let a = Math.max(0, k - 2); a <= k; a++)
    for (let b = k + 1; b <= Math.min(w.run.length, a + 3); b++) {
      if (b - a < 2) continue;
      const words = w.run.slice(a, b);
      if (!words.every((x) => /^[A-Z][a-z]+$/.test(x.text))) continue;
      const joined = words.map((x) => x.text).join('');
      const before = words.slice(0, k - a).reduce((n, x) => n + x.text.length, 0);
      const after = joined.length - before - w.text.length;
      for (const { name, paragraph } of startingWith(joined)) {
        const nearest = nearTo(joined, name, limit);
        if (!nearest || nearest.distance === 0) continue;
        const inside = nearest.edits.every((e) => e.wordAt >= before && e.wordAt < before + w.text.length);
        const part = nearest.text.slice(before, nearest.text.length - after);
        if (inside && part.length >= 2) return { word: w, name, paragraph, nearest, compared: joined, part };
      }
    }
  return null;
}

/** Whether a word, with the capitalised words right before or after it, spells one source word (Lok Sabha for लोकसभा). */
function inJoinedName(w: TargetWord, startingWith: (text: string) => readonly PlacedName[]): boolean {
  const k = w.run.indexOf(w);
  for (let a = Math.max(0, k - 2); a <= k; a++)
    for (let b = k + 1; b <= Math.min(w.run.length, a + 3); b++) {
      if (b - a < 2) continue;
      const joined = w.run
        .slice(a, b)
        .map((x) => x.text)
        .join('');
      if (startingWith(joined).some(({ name }) => spells(joined, name))) return true;
    }
  return false;
}

/**
 * Whether a word spells exactly one of the source's Devanagari words (the rule's scope, sorted),
 * with or without a suffix, or is an English form of one. Only the words that start with a
 * character the word's first letter may stand for are read.
 */
function spelledElsewhere(word: string, sourceWords: readonly string[]): boolean {
  const lower = word.toLowerCase();
  for (const d of DEVANAGARI.englishSources.get(lower) ?? []) if (withPrefix(sourceWords, d).length > 0) return true;
  for (const c of DEVANAGARI.startsFor.get(lower[0]) ?? []) {
    for (const w of withPrefix(sourceWords, c)) {
      for (const { text: form } of nameForms(w)) {
        if (!initialLetters(form).has(lower[0])) continue;
        const spelling = spellWord(form);
        if (spelling && firstLetters(spelling).has(lower[0]) && isSpelling(lower, spelling)) return true;
      }
    }
  }
  return false;
}

/** The words of a sorted list that start with `prefix`. */
function withPrefix(sorted: readonly string[], prefix: string): readonly string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++;
  return sorted.slice(lo, end);
}

export default rule;

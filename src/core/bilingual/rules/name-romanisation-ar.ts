/**
 * A name of an Arabic-script source (Arabic, Persian, Urdu, Pashto) that the translation romanises
 * with a consonant the source does not have or a long vowel it cannot have: محمد بن سلمان as
 * "Mohammed bin Salmon", تهران as "Tehrun", القذافي as "Gaddafo". The script has no capitals, so
 * a source word is taken for a name only when a capitalised word of the aligned translation
 * paragraphs reads as it, or nearly: each source word (an attached و، ف، ب، ل، ك taken off, its
 * article ال, a plural ending, and a name written as one with the next word, عبدالعزيز or عبد
 * العزيز, read either way) is spelt in every way ./data/arabic.json gives its letters, any short
 * vowel or none between them (see ../arabic.ts). A translation word that is one of those spellings,
 * alone or joined with its neighbours ("Abdel Fattah", "Abd al-Aziz"), is a right rendering:
 * Mohammed, Muhammad, Mohamed and Mohamad; Hussein and Husain; Qatar and Katar; Gaddafi and
 * Qadhafi. One that is one edit from a spelling of exactly one source word of its group, and
 * starts with that spelling's letter, is flagged; the suggestion is the word with that edit undone.
 *
 * Never flagged: a word of fewer than four letters; a word in capitals; an established English
 * name of a place (Cairo, Mecca); a word the English dictionary knows, unless it follows a name's
 * particle (bin, ibn, abu, al-: "bin Salmon"); a word the source writes in Latin letters, or one
 * within two letters of such a word (the rule name-mismatch compares those with the source's own
 * spelling, and speaks for them); an English u where the source writes alif before two consonants
 * (ترامب, جاستن: the short u of a foreign name); and a word near no source word, or near two. A group
 * where most of three or more names of the translation are nowhere in its source is taken as
 * misaligned, and nothing in it is flagged.
 */
import type { Paragraph } from '../../document';
import type { Speller } from '../../spelling';
import {
  arabicWords,
  editsTo,
  isArabicScript,
  joinsNext,
  latinLetters,
  letterMask,
  lettersOutside,
  mayBeNear,
  nameInitials,
  nameLetters,
  nameParts,
  spellingGraph,
  joinedSkeleton,
  skeletonNear,
  skeletonOf,
  skeletonScratch,
  wordInitials,
  wordLetters,
  ARABIC_TABLES,
  type ArabicWord,
  type LatinLetters,
  type NameLetters,
  type NameParts,
  type Skeleton,
  type SkeletonScratch,
  type SpellingGraph,
} from '../arabic';
import { latinWords } from '../pair';
import { editDistance } from './name-mismatch';
import { quote, type AccuracyFinding, type AccuracyRule, everyGroup } from './types';

/** The languages franc names that are written in the Arabic script and read by these tables. */
const LANGUAGES = new Set(['arb', 'arz', 'ary', 'apc', 'ajp', 'acm', 'afb', 'ars', 'aeb', 'acq', 'ayl', 'pes', 'prs', 'fas', 'pbu', 'pus', 'pst', 'urd']);

/**
 * What one source name's parts give, wherever it stands: the letters its spellings may start with
 * and are made of, its spellings (built on first use), and which translation words they spell or
 * come within one edit of (asked once per word). One per distinct name in a run ({@link Readings}).
 */
class NameReading {
  /** Letters its spellings may start with, as bits ({@link nameInitials}): most words are passed over by them. */
  readonly initials: number;
  /** The letters its spellings are made of ({@link nameLetters}). */
  readonly letters: NameLetters;
  private spellings: SpellingGraph | undefined;
  private readonly edits = [new Map<string, number>(), new Map<string, number>()];
  private readonly undoings = new Map<string, Undoing | null>();

  constructor(readonly parts: NameParts) {
    this.initials = nameInitials(parts);
    this.letters = nameLetters(parts);
  }

  graph(): SpellingGraph {
    return (this.spellings ??= spellingGraph(this.parts));
  }

  /** {@link editsTo} from a translation word (lowercase a–z) to its spellings, up to `limit` (0 or 1). */
  editsFrom(letters: string, limit: 0 | 1): number {
    const known = this.edits[limit];
    let n = known.get(letters);
    if (n === undefined) known.set(letters, (n = editsTo(letters, this.graph(), limit)));
    return n;
  }

  /** {@link undone} of a translation word against its spellings, asked once per word. */
  undo(letters: string): Undoing | null {
    let u = this.undoings.get(letters);
    if (u === undefined) this.undoings.set(letters, (u = undone(letters, this.graph())));
    return u;
  }
}

/** What one distinct source word's letters give, wherever it stands ({@link Readings}). */
class WordReading {
  /** Every Latin letter a spelling of it may use, as bits ({@link wordLetters}): a quick test before it is read. */
  readonly bits: number;
  /** The letters its spellings may start with, as bits ({@link wordInitials}). */
  readonly initials: number;
  /** Its consonant skeleton: a closer quick test. */
  readonly skeleton: Skeleton;
  private names: readonly { parts: NameParts; name: NameReading }[] | undefined;
  private readonly near = new Map<string, boolean>();

  constructor(
    readonly letters: string,
    private readonly readings: Readings,
  ) {
    this.bits = wordLetters(letters);
    this.initials = wordInitials(letters);
    this.skeleton = skeletonOf(letters);
  }

  /** The names it may stand for alone ({@link nameParts}), with their readings. */
  alone(): readonly { parts: NameParts; name: NameReading }[] {
    return (this.names ??= nameParts(this.letters).map((parts) => ({ parts, name: this.readings.name(parts) })));
  }

  /** {@link skeletonNear} with one edit, asked once per translation letters. */
  nearOne(letters: string, scratch: SkeletonScratch): boolean {
    let near = this.near.get(letters);
    if (near === undefined) this.near.set(letters, (near = skeletonNear(letters, this.skeleton, 1, scratch)));
    return near;
  }
}

/**
 * The readings of source words and names by their letters, shared by every paragraph of a run (a
 * name stands many times in an article): each is a function of its key alone.
 */
class Readings {
  private readonly words = new Map<string, WordReading>();
  private readonly names = new Map<string, NameReading>();

  word(letters: string): WordReading {
    let w = this.words.get(letters);
    if (!w) this.words.set(letters, (w = new WordReading(letters, this)));
    return w;
  }

  name(parts: NameParts): NameReading {
    const key = `${parts.stem}|${parts.article}|${parts.next?.stem ?? ''}|${parts.next?.article ?? ''}|${parts.articleAfter ?? false}`;
    let n = this.names.get(key);
    if (!n) this.names.set(key, (n = new NameReading(parts)));
    return n;
  }
}

/** A name a source word (or two written as one name) may stand for, offsets in its paragraph. */
class SourceName {
  /** `word`: where the word starts (with its prefix): names of one word are one place. */
  constructor(
    readonly start: number,
    readonly end: number,
    readonly word: number,
    readonly parts: NameParts,
    readonly reading: NameReading,
  ) {}
}

/** A word of a source paragraph: the letters its spellings may use, and the names it may stand for, read on first use. */
class SourceWord {
  /** The same as its reading's bits for it written as one with the next word (0 when no next word stands one space after it). */
  readonly withNext: number;
  private names: SourceName[] | undefined;
  private namesWithNext: SourceName[] | undefined;
  private joinedSkeleton: Skeleton | null | undefined;

  /** `next`: the next word, when only a space stands between them. */
  constructor(
    readonly arabic: ArabicWord,
    readonly reading: WordReading,
    readonly next: { word: ArabicWord; reading: WordReading } | undefined,
    private readonly readings: Readings,
  ) {
    this.withNext = next ? reading.bits | next.reading.bits : 0;
  }

  /** Its skeleton written as one with the next word (null without one; made on first use). */
  joined(): Skeleton | null {
    if (this.joinedSkeleton === undefined) this.joinedSkeleton = this.next ? joinedSkeleton(this.reading.skeleton, this.next.reading.skeleton) : null;
    return this.joinedSkeleton;
  }

  /** The names it stands for alone. */
  alone(): readonly SourceName[] {
    return (this.names ??= namesOf(this.arabic, this.reading));
  }

  /** The names it stands for with its next word, or carrying the next word's article ("Abdel"). */
  together(): readonly SourceName[] {
    return (this.namesWithNext ??= this.next ? namesWith(this.arabic, this.next.word, this.readings) : []);
  }
}

/** The words of a source paragraph (cached with the paragraph, with the readings of the run that first read it; each read when a translation word may be near it). */
function sourceWords(p: Paragraph, readings: Readings): readonly SourceWord[] {
  return p.analysis.memo('bilingual-arabic-source-words', () => {
    const words = arabicWords(p);
    const text = p.analysis.text;
    const read = words.map((w) => readings.word(w.letters));
    return words.map((w, k) => {
      const next = words[k + 1];
      const joined = next !== undefined && onlySpaces(text, w.end, next.start);
      return new SourceWord(w, read[k], joined ? { word: next, reading: read[k + 1] } : undefined, readings);
    });
  });
}

/** Whether `text[from..to)` is one or more spaces (plain or no-break). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

/** Where a name of a word starts and ends: without an attached prefix or a dropped ending. */
const startOf = (w: ArabicWord, parts: NameParts) => w.at[parts.from];
const endOf = (w: ArabicWord, parts: NameParts) => (parts.to < w.letters.length ? w.at[parts.to] : w.end);

/** The names a source word stands for alone. */
function namesOf(w: ArabicWord, reading: WordReading): SourceName[] {
  return reading.alone().map(({ parts, name }) => new SourceName(startOf(w, parts), endOf(w, parts), w.start, parts, name));
}

/**
 * The names a source word stands for with the next, one space after it: the two as one name (عبد
 * العزيز as "Abdulaziz", احمدی نژاد as "Ahmadinejad"), and the first carrying the second's article
 * ("Abdel" of عبد الفتاح).
 */
function namesWith(w: ArabicWord, next: ArabicWord, readings: Readings): SourceName[] {
  const out: SourceName[] = [];
  const article = next.letters.startsWith('ال') && next.letters.length >= 4;
  const second = { stem: article ? next.letters.slice(2) : next.letters, article };
  for (const { parts } of readings.word(w.letters).alone()) {
    if (parts.next || parts.to < w.letters.length) continue;
    const joined = { ...parts, next: second };
    out.push(new SourceName(startOf(w, parts), next.end, w.start, joined, readings.name(joined)));
    if (article && joinsNext(parts.stem, next.letters)) {
      const carrying = { ...parts, articleAfter: true };
      out.push(new SourceName(startOf(w, parts), endOf(w, parts), w.start, carrying, readings.name(carrying)));
    }
  }
  return out;
}

/** A word of the translation (offsets in its paragraph in a run, absolute once judged). */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly letters: LatinLetters;
  /** Whether it is a name's particle (bin, al). */
  readonly particle: boolean;
}

/** A word of a run, its letters read on first use (most words of a run are never judged). */
class RunWord implements Token {
  private read: LatinLetters | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly particle: boolean,
  ) {}

  get letters(): LatinLetters {
    return (this.read ??= latinLetters(this.text));
  }
}

/** The runs of Latin words of a paragraph that stand one space apart (a name's words), possessives dropped; offsets in the paragraph (cached with it). */
function paragraphRuns(p: Paragraph): readonly (readonly Token[])[] {
  return p.analysis.memo('bilingual-arabic-name-runs', () => runsOf(p));
}

function runsOf(p: Paragraph): Token[][] {
  const text = p.analysis.text;
  const runs: Token[][] = [];
  let run: Token[] = [];
  const space = (c: number) => c === 0x20 || c === 0xa0;
  for (const w of latinWords(p)) {
    const last = w.text.length - 1;
    const bare = last >= 1 && w.text[last] === 's' && (w.text[last - 1] === "'" || w.text[last - 1] === '’') ? w.text.slice(0, -2) : w.text;
    const previous = run[run.length - 1];
    if (previous && !(w.start - previous.end === 1 && space(text.charCodeAt(previous.end)))) {
      runs.push(run);
      run = [];
    }
    run.push(new RunWord(w.start, w.start + bare.length, bare, ARABIC_TABLES.particles.has(bare.toLowerCase())));
    // A possessive or a comma after it ends the name.
    if (bare !== w.text || !(w.end < text.length && space(text.charCodeAt(w.end)))) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A capitalised word (or one with an article before its capital: al-Sisi), not in capitals. */
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|ul|ad|an|ar|as|ash|at|az|ath)-\p{Lu})/u;

/** Whether a token is one the rule judges, and whether the dictionary lets it be (bin Salmon). */
function judged(run: readonly Token[], k: number, speller: Speller, latin: ReadonlySet<string>): boolean {
  const w = run[k];
  if (!NAME_WORD.test(w.text) || w.text === w.text.toUpperCase() || w.letters.letters.length < 4) return false;
  const lower = w.text.toLowerCase();
  if (ARABIC_TABLES.exonyms.has(lower) || ARABIC_TABLES.exonyms.has(lower.replace(/^\p{L}+-/u, ''))) return false;
  // A word the source writes in Latin letters, or one near it, is name-mismatch's to compare.
  for (const s of latin) if (Math.abs(s.length - lower.length) <= 2 && editDistance(s, lower) <= 2) return false;
  const afterParticle = (k > 0 && run[k - 1].particle) || /^\p{Ll}+-/u.test(w.text);
  return afterParticle || !(speller.knows(w.text) || speller.knows(lower));
}

/** The letters of tokens `a..b` of a run joined ("Abdel Fattah" as abdelfattah). */
function joined(run: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k <= b; k++) s += run[k].letters.letters;
  return s;
}

/** A word alone, with a neighbour or two, without a plural -s and without an article: what may spell a source name. */
function spansOf(run: readonly Token[], k: number): string[] {
  const spans: string[] = [];
  for (let a = Math.max(0, k - 2); a <= k; a++)
    for (let b = k; b <= Math.min(run.length - 1, a + 2); b++) spans.push(joined(run, a, b));
  const plural = run[k].letters.letters.replace(/s$/, '');
  if (plural !== run[k].letters.letters) spans.push(plural);
  // An article the translation adds to a name the source writes without one (al-Sistani for سیستانی).
  const article = /^(?:al|el|ul|ad|an|ar|as|ash|at|az|ath)-/i.exec(run[k].text);
  if (article) spans.push(latinLetters(run[k].text.slice(article[0].length)).letters);
  return spans;
}

/** A name's last letters that read as an English word's ending: a doubled consonant and y (Sissy, Sally). */
const ENGLISH_ENDING = /([b-df-hj-np-tv-z])\1y$/i;

/**
 * For a word of a name (after bin or al-) that spells its source name only by doubling a
 * consonant and ending in y, and is so an English word ("al-Sissy" for السيسي): the spelling with
 * the consonant single and i for y, when that spells the name too ("al-Sisi"), and the English word.
 */
function englishReading(token: Token, name: SourceName, speller: Speller): { spelt: string; word: string } | null {
  const article = /^\p{Ll}+-/u.exec(token.text)?.[0] ?? '';
  const stem = token.text.slice(article.length);
  if (!ENGLISH_ENDING.test(stem) || !speller.knows(stem.toLowerCase())) return null;
  const spelt = article + stem.replace(ENGLISH_ENDING, '$1i');
  return name.reading.editsFrom(latinLetters(spelt).letters, 0) === 0 ? { spelt, word: stem.toLowerCase() } : null;
}

/** A translation word's letters with one edit undone ({@link undone}): the letters, where, and how. */
interface Undoing {
  letters: string;
  at: number;
  kind: 'replaced' | 'added' | 'dropped';
}

/** A vowel letter of the translation (y is one too after a consonant). */
const VOWEL = /[aeiou]/;

/**
 * The word with one edit undone so that it is a spelling of the graph, its first letter kept: a
 * letter replaced (a vowel by a vowel, a consonant by a consonant, first), else one added, else
 * one dropped; null when none is, or when the one replacement is an English short u of a foreign
 * name (ترامب as Trump: alif before two consonants).
 */
function undone(letters: string, g: SpellingGraph): Undoing | null {
  // The letters a romanisation spells most often first: the suggestion is the likeliest of the spellings.
  const alphabet = 'aiuoehsmnrldbtkyjwfgzqcpvx';
  const found: { letters: string; at: number; kind: 'replaced' | 'added' | 'dropped'; rank: number }[] = [];
  for (let i = 1; i < letters.length; i++) {
    for (const c of alphabet) {
      if (c === letters[i]) continue;
      const candidate = letters.slice(0, i) + c + letters.slice(i + 1);
      if (editsTo(candidate, g, 0) !== 0) continue;
      const sameClass = VOWEL.test(c) === VOWEL.test(letters[i]);
      // u for alif before two consonants: the short u of an English name (Trump, Justin).
      if (letters[i] === 'u' && c === 'a' && /^[^aeiouy]{2}/.test(letters.slice(i + 1))) return null;
      // A consonant like its neighbour first: a doubled letter put back (Mutmaqi as Muttaqi, not Muthaqi).
      const doubled = c === letters[i - 1] || c === letters[i + 1];
      found.push({ letters: candidate, at: i, kind: 'replaced', rank: sameClass ? (doubled ? 0 : 0.5) : 1 });
    }
  }
  if (found.length === 0) {
    for (let i = 1; i <= letters.length; i++)
      for (const c of alphabet) {
        const candidate = letters.slice(0, i) + c + letters.slice(i);
        if (editsTo(candidate, g, 0) === 0) found.push({ letters: candidate, at: i, kind: 'added', rank: 2 });
      }
    for (let i = 1; i < letters.length; i++) {
      const candidate = letters.slice(0, i) + letters.slice(i + 1);
      if (editsTo(candidate, g, 0) === 0) found.push({ letters: candidate, at: i, kind: 'dropped', rank: 3 });
    }
  }
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.rank < a.rank ? b : a));
}

/** The word as the translation writes it, with the edit made (its case, hyphens and marks kept elsewhere). */
function suggestion(token: Token, edit: Undoing): string {
  const { text, letters } = token;
  const { at } = letters;
  // A letter read from two (ş as sh) or from none: spelt afresh.
  const single = new Set(at).size === at.length;
  if (!single) return edit.letters.charAt(0).toUpperCase() + edit.letters.slice(1);
  const keepCase = (c: string, like: string) => (like !== like.toLowerCase() ? c.toUpperCase() : c);
  if (edit.kind === 'replaced') {
    const i = at[edit.at];
    return text.slice(0, i) + keepCase(edit.letters[edit.at], text[i]) + text.slice(i + 1);
  }
  if (edit.kind === 'dropped') {
    const i = at[edit.at];
    return text.slice(0, i) + text.slice(i + 1);
  }
  const i = edit.at < at.length ? at[edit.at] : text.length;
  return text.slice(0, i) + edit.letters[edit.at] + text.slice(i);
}

const rule: AccuracyRule = {
  id: 'name-romanisation-ar',
  category: 'accuracy',
  description:
    'A name of an Arabic, Persian, Urdu or Pashto source the translation romanises with a consonant or a long vowel the source does not have (تهران as "Tehrun", بن سلمان as "bin Salmon").',
  defaultSeverity: 'warning',
  scope: (pair) => (LANGUAGES.has(pair.language.code) ? 'arabic' : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope, memo) {
    if (scope !== 'arabic' || !isArabicScript(group.source)) return [];
    const latin = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())).filter((w) => w.length >= 3));
    // The translation words judged, and what of them may spell a name.
    // Its spans and the words beside it are worked out only for a word that does not spell a source word alone (few do not).
    const judgedWords: { token: Token; run: readonly Token[]; k: number; inName: boolean }[] = [];
    for (const p of group.target)
      for (const run of paragraphRuns(p))
        for (let k = 0; k < run.length; k++)
          if (judged(run, k, context.speller, latin))
            judgedWords.push({
              token: { start: p.start + run[k].start, end: p.start + run[k].end, text: run[k].text, letters: run[k].letters, particle: run[k].particle },
              run,
              k,
              inName: (k > 0 && run[k - 1].particle) || /^\p{Ll}+-/u.test(run[k].text),
            });
    if (judgedWords.length === 0) return [];
    // Only the source words a span may be near are read (their letters and skeletons first).
    const readings = memo.get('readings', () => new Readings());
    const words = group.source.flatMap((paragraph) => sourceWords(paragraph, readings).map((word) => ({ word, paragraph })));
    const scratch = memo.get('scratch', skeletonScratch);
    // The source names near the letters, in the order of the source's words, each passed to
    // `visit` until it returns true (the first that does is returned).
    const eachNameNear = (letters: string, together: boolean, visit: (name: SourceName, paragraph: Paragraph) => boolean): { name: SourceName; paragraph: Paragraph } | undefined => {
      const bits = letterMask(letters);
      const first = letterMask(letters[0]);
      for (const { word: w, paragraph } of words) {
        if ((w.reading.initials & first) === 0) continue;
        if (lettersOutside(bits, w.reading.bits) <= 1 && w.reading.nearOne(letters, scratch))
          for (const name of w.alone()) if ((name.reading.initials & first) !== 0 && visit(name, paragraph)) return { name, paragraph };
        if (!together || w.withNext === 0 || lettersOutside(bits, w.withNext) > 1) continue;
        const joined = w.joined();
        if (joined !== null && skeletonNear(letters, joined, 1, scratch))
          for (const name of w.together()) if ((name.reading.initials & first) !== 0 && visit(name, paragraph)) return { name, paragraph };
      }
      return undefined;
    };
    const namesNear = (letters: string, together: boolean) => {
      const out: { name: SourceName; paragraph: Paragraph }[] = [];
      eachNameNear(letters, together, (name, paragraph) => {
        out.push({ name, paragraph });
        return false;
      });
      return out;
    };
    const speltBy = (letters: string, together: boolean) => {
      const bits = letterMask(letters);
      return eachNameNear(letters, together, (name) => mayBeNear(bits, name.reading.letters, 0) && name.reading.editsFrom(letters, 0) === 0);
    };
    const spelt = (letters: string, together: boolean) => speltBy(letters, together) !== undefined;
    const englishWords: { token: Token; name: SourceName; paragraph: Paragraph; spelt: string; word: string }[] = [];
    let unexplained = 0;
    const near: { token: Token; name: SourceName; paragraph: Paragraph }[] = [];
    // Whether a source word beside the one a name was read from spells one of the translation words beside the name.
    const besideSpelt = (hit: { name: SourceName; paragraph: Paragraph }, beside: readonly string[]) => {
      const list = sourceWords(hit.paragraph, readings);
      const k = list.findIndex((w) => w.arabic.start === hit.name.word);
      const neighbours = [list[k - 1], list[k + 1]].filter((w): w is SourceWord => w !== undefined && (w === list[k - 1] ? w.next !== undefined : list[k].next !== undefined));
      return beside.some((letters) =>
        neighbours.some((w) => w.alone().some(({ reading }) => (reading.initials & letterMask(letters[0])) !== 0 && reading.editsFrom(letters, 0) === 0)),
      );
    };
    for (const { token, run, k, inName } of judgedWords) {
      const letters = token.letters.letters;
      // The word alone spells a source word (most do); else a span of it spells one, or two as one name.
      const own = speltBy(letters, false);
      if (own) {
        const english = inName ? englishReading(token, own.name, context.speller) : null;
        if (english) englishWords.push({ token, ...own, ...english });
        continue;
      }
      if (spansOf(run, k).some((s) => spelt(s, true))) continue;
      // The name's other words beside it (not its particles): what tells two near source words apart.
      const beside = [run[k - 1], run[k + 1]].filter((t): t is Token => t !== undefined && !t.particle && t.letters.letters.length >= 3).map((t) => t.letters.letters);
      unexplained++;
      const mask = letterMask(letters);
      const hits = namesNear(letters, true).filter(({ name }) => mayBeNear(mask, name.reading.letters, 1) && name.reading.editsFrom(letters, 1) === 1);
      // Exactly one source word (or pair of words) it is near, however often the source writes it:
      // of two or more, the one with the name's other word beside it on both sides (Maryam for
      // مريم beside حمدان), else none.
      const written = (h: { name: SourceName; paragraph: Paragraph }) => pair.source.text.slice(h.paragraph.start + h.name.start, h.paragraph.start + h.name.end);
      let chosen = hits;
      if (new Set(chosen.map(written)).size > 1 && beside.length > 0) chosen = hits.filter((h) => besideSpelt(h, beside));
      if (new Set(chosen.map(written)).size !== 1) continue;
      // The nearest of its readings: a single word before two joined.
      const best = chosen.find((h) => !h.name.parts.next) ?? chosen[0];
      near.push({ token, name: best.name, paragraph: best.paragraph });
    }
    const candidates = judgedWords.length;
    // Most of several names nowhere in the source: the paragraphs are not each other's translations.
    if (unexplained >= 3 && unexplained * 2 > candidates) return [];
    const out: AccuracyFinding[] = [];
    for (const { token, name, paragraph, spelt, word } of englishWords) {
      const sourceStart = paragraph.start + name.start;
      const sourceEnd = paragraph.start + name.end;
      out.push({
        start: token.start,
        end: token.end,
        sourceStart,
        sourceEnd,
        message: `${quote(token.text)} reads as the English word ${quote(word)}; the source's ${pair.source.text.slice(sourceStart, sourceEnd)} is romanised ${spelt}.`,
        suggestions: [spelt],
      });
    }
    for (const { token, name, paragraph } of near) {
      const edit = name.reading.undo(token.letters.letters);
      if (!edit) continue;
      const spelt = suggestion(token, edit);
      const sourceStart = paragraph.start + name.start;
      const sourceEnd = paragraph.start + name.end;
      out.push({
        start: token.start,
        end: token.end,
        sourceStart,
        sourceEnd,
        message: `${quote(token.text)} is not how the source's ${pair.source.text.slice(sourceStart, sourceEnd)} is romanised: ${spelt}.`,
        suggestions: [spelt],
      });
    }
    return out;
  },
};

export default rule;

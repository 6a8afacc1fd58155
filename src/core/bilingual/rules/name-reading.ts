/**
 * A Chinese name that the translation romanises in pinyin, and that the source does not read that
 * way: 周明轩 as "Zhang Mingxuan" (a changed surname) or "Zhou Minghua" (a changed given name),
 * 云舒·锦程 as "Zhang Jincheng". Each capitalised run of pinyin words of the translation ("Zhou
 * Mingxuan", "Jincheng") is read as syllables and looked for, as a run, in the readings of the aligned source
 * paragraphs' Han characters (every reading pinyin-pro gives a character, so 重庆 is Chongqing and
 * 单 may be Shan; ü as u, v or yu; syllables joined or split as the translation likes). Only a name
 * the source nearly has is flagged: all its syllables but one read at a source name, which starts
 * with a surname (of ./data/pinyin.json) for a personal name ("Surname Given", two or three words), or
 * is written with a name dot (·). A name nowhere near the source may be a rendering the source
 * does not spell out (Beijing for 京), and raises nothing.
 *
 * Not pinyin, so never a candidate: words that do not split into pinyin syllables (Wade–Giles and
 * Cantonese forms: Tsinghua, Kaohsiung, Leung Chun-ying, and a run holding one), the conventional
 * romanisations of ./data/pinyin.json (Hong Kong, Macao, Taipei), ordinary English words ("Long",
 * "Can" at a sentence's start; one inside a longer pinyin name still counts), and a name the source
 * writes in Latin letters itself. A group where most of three or more names are not found is taken
 * as misaligned, and nothing in it is flagged.
 */
import type { Paragraph } from '../../document';
import type { Speller } from '../../spelling';
import {
  contextReading,
  hanCharacters,
  pinyinSplits,
  readHanCharacters,
  readingForms,
  readsAs,
  PINYIN,
  type HanCharacter,
} from '../pinyin';
import { latinWords } from '../pair';
import { quote, type AccuracyFinding, type AccuracyRule, everyGroup } from './types';

/** One way to read a romanised name: its syllables, and how many of them each word holds. */
interface Reading {
  syllables: string[];
  sizes: number[];
}

/** A run of capitalised pinyin words of the translation, offsets absolute. */
interface RomanisedName {
  start: number;
  end: number;
  text: string;
  /** Ways to read it (at most {@link MAX_READINGS}). */
  readings: Reading[];
  /** The same without its first and last words that are ordinary English ones too ("Long", "Men"), when it has some. */
  shorter: Reading[];
  /** Two or three words, the first of one or two syllables: shaped like "Surname Given". */
  personal: boolean;
  /**
   * The readings of the name without its first word, and without its last, where that word has two
   * syllables or more and is in the English dictionary: "Beijing He Lifeng" may be a place and a
   * person, and the place written the English way (Beijing for 京).
   */
  parts: Reading[][];
}

const MAX_READINGS = 16;

/** A SUBTLEX count from which a word the dictionary knows is an ordinary English word ("Long", "Can"; not "Xi"). */
const COMMON = 500;

type WordKind = 'pinyin' | 'english-pinyin' | 'english' | 'other';

interface RunWord {
  start: number;
  end: number;
  text: string;
  kind: WordKind;
  splits: readonly (readonly string[])[];
  /** Whether the English dictionary has the word as it is written (a place it knows: "Beijing"); asked only when needed. */
  known: () => boolean;
}

/** The readings of a sequence of words: every combination of their splits, capped. */
function readingsOf(words: readonly RunWord[]): Reading[] {
  let out: Reading[] = [{ syllables: [], sizes: [] }];
  for (const w of words) {
    out = out
      .flatMap((r) => w.splits.map((s) => ({ syllables: [...r.syllables, ...s], sizes: [...r.sizes, s.length] })))
      .slice(0, MAX_READINGS);
  }
  return out;
}

/** A capitalised word of a run, and the ways it splits into pinyin syllables (none: not pinyin). */
interface CapitalisedWord {
  start: number;
  end: number;
  text: string;
  splits: readonly (readonly string[])[];
}

/**
 * The runs of capitalised words of a paragraph (one space between them; a possessive ends one)
 * that hold a word splitting into pinyin, offsets in the paragraph (cached with the paragraph).
 */
function capitalisedRuns(p: Paragraph): readonly (readonly CapitalisedWord[])[] {
  return p.analysis.memo('bilingual-pinyin-runs', () => {
    const text = p.analysis.text;
    const runs: CapitalisedWord[][] = [];
    let run: CapitalisedWord[] = [];
    const end = () => {
      if (run.some((w) => w.splits.length > 0)) runs.push(run);
      run = [];
    };
    for (const w of latinWords(p)) {
      // Pinyin is written in ASCII letters (and ü): a word of other capitals or of none ends a run.
      const first = w.text.charCodeAt(0);
      const bare = first >= 65 && first <= 90 ? w.text.replace(/['’]s$/, '') : '';
      const capitalised = bare !== '' && /^[A-Z][a-zü]*(?:['’-][A-Za-zü][a-zü]*)*$/.test(bare);
      const previous = run[run.length - 1];
      if (previous && (!capitalised || !/^[ \u00a0]$/.test(text.slice(previous.end, w.start)))) end();
      if (!capitalised) continue;
      run.push({ start: w.start, end: w.start + bare.length, text: bare, splits: pinyinSplits(bare) });
      // A possessive ends the name ("Liu's").
      if (bare !== w.text) end();
    }
    end();
    return runs;
  });
}

/** The romanised names of a translation paragraph, offsets absolute. */
function romanisedNames(p: Paragraph, speller: Speller, dotted: boolean): RomanisedName[] {
  const out: RomanisedName[] = [];
  for (const run of capitalisedRuns(p)) {
    // One word alone is judged only against a source name written with a name dot ("Jincheng"):
    // as a place ("Beijing" for 京) it may well not be the pinyin of the source. No speller needed.
    if (run.length === 1 && (!dotted || run[0].splits.every((s) => s.length < 2))) continue;
    const words: RunWord[] = [];
    for (const w of run) {
      const lower = w.text.toLowerCase();
      const kind: WordKind =
        w.splits.length > 0
          ? speller.knows(lower) && speller.frequency(lower) >= COMMON
            ? 'english-pinyin'
            : 'pinyin'
          : speller.knows(w.text)
            ? 'english'
            : 'other';
      // Another romanisation (Wade–Giles, Cantonese) is in this name: none of it is pinyin.
      if (kind === 'other') break;
      words.push({ ...w, kind, known: () => speller.knows(w.text) });
    }
    if (words.length < run.length) continue;
    const conventional = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      for (const r of PINYIN.romanisations.get(words[i].text.toLowerCase()) ?? []) {
        if (r.every((part, k) => words[i + k]?.text.toLowerCase() === part))
          r.forEach((_, k) => conventional.add(i + k));
      }
    }
    let segment: RunWord[] = [];
    const flush = () => {
      const name = nameOf(segment, p.start);
      if (name) out.push(name);
      segment = [];
    };
    words.forEach((w, i) => {
      if (w.kind === 'english' || conventional.has(i)) flush();
      else segment.push(w);
    });
    flush();
  }
  return out;
}

/** A run of pinyin words as a name to look for, or null when it is not one. */
function nameOf(segment: readonly RunWord[], offset: number): RomanisedName | null {
  const words = segment;
  // "Long", "Can", "She" alone (at a sentence's start, in a title) are English words.
  if (words.length === 0 || words.every((w) => w.kind === 'english-pinyin')) return null;
  const readings = readingsOf(words).filter((r) => r.syllables.length >= 2);
  if (readings.length === 0) return null;
  let from = 0;
  while (from < words.length - 1 && words[from].kind === 'english-pinyin') from++;
  let to = words.length;
  while (to > from + 1 && words[to - 1].kind === 'english-pinyin') to--;
  const last = words[words.length - 1];
  return {
    start: offset + words[0].start,
    end: offset + last.end,
    text: words.map((w) => w.text).join(' '),
    readings,
    shorter:
      from > 0 || to < words.length ? readingsOf(words.slice(from, to)).filter((r) => r.syllables.length >= 2) : [],
    personal: words.length >= 2 && words.length <= 3 && words[0].splits.some((s) => s.length <= 2),
    parts:
      words.length < 2
        ? []
        : [
            ...(words[0].splits.every((s) => s.length >= 2) && words[0].known() ? [readingsOf(words.slice(1))] : []),
            ...(last.splits.every((s) => s.length >= 2) && last.known() ? [readingsOf(words.slice(0, -1))] : []),
          ].map((rs) => rs.filter((r) => r.syllables.length >= 2)),
  };
}

/** Whether `chars[i..i+n)` is a run of Han characters (only name dots between them). */
function isRun(chars: readonly HanCharacter[], i: number, n: number): boolean {
  for (let k = 1; k < n; k++) if (!chars[i + k].joined) return false;
  return true;
}

// Per list of characters, where each reading stands: a name's first syllable is looked up, not
// compared with every character (a paragraph pair of 30,000 characters spent seconds so).
const READING_INDEX = new WeakMap<readonly HanCharacter[], Map<string, number[]>>();

function readingIndex(chars: readonly HanCharacter[]): Map<string, number[]> {
  let index = READING_INDEX.get(chars);
  if (!index) {
    index = new Map();
    chars.forEach((c, i) => {
      for (const reading of c.readings) {
        const at = index!.get(reading);
        if (at) at.push(i);
        else index!.set(reading, [i]);
      }
    });
    READING_INDEX.set(chars, index);
  }
  return index;
}

/** Whether some reading of the name reads as a run of the source's characters. */
function found(readings: readonly Reading[], chars: readonly HanCharacter[]): boolean {
  const index = readingIndex(chars);
  for (const r of readings) {
    const n = r.syllables.length;
    for (const form of readingForms(r.syllables[0])) {
      for (const i of index.get(form) ?? []) {
        if (i + n <= chars.length && isRun(chars, i, n) && r.syllables.every((s, k) => readsAs(s, chars[i + k].readings))) return true;
      }
    }
  }
  return false;
}

/** A source name that a romanised name nearly reads as: all its syllables but one. */
interface NearName {
  /** Indices into the characters: the source name's first and last (inclusive). */
  first: number;
  last: number;
  /** The reading that nearly matches, and which of its syllables does not. */
  reading: Reading;
  wrong: number;
  /** Set for a name written with a name dot (·). */
  dotted: boolean;
}

/** The one source name a romanised name nearly reads as, or null (none, or several different ones). */
function nearName(name: RomanisedName, chars: readonly HanCharacter[]): NearName | null {
  const hits = new Map<string, NearName>();
  for (const r of name.readings) {
    const n = r.syllables.length;
    for (let i = 0; i + n <= chars.length; i++) {
      if (!isRun(chars, i, n)) continue;
      let wrong = -1;
      let misses = 0;
      for (let k = 0; k < n && misses <= 1; k++) {
        if (!readsAs(r.syllables[k], chars[i + k].readings)) {
          misses++;
          wrong = k;
        }
      }
      if (misses !== 1) continue;
      // A name written with a name dot, read across it (云舒·锦程 as "Zhang Jincheng").
      let dotted = false;
      for (let k = i + 1; k < i + n; k++) dotted ||= chars[k].dotted;
      // A personal name: a surname at its start; or three syllables of which only the last differs, or four
      // or more of which one after the first word does.
      const surname =
        r.sizes[0] === 1
          ? PINYIN.surnames.has(chars[i].text)
          : r.sizes[0] === 2 && PINYIN.compoundSurnames.has(chars[i].text + chars[i + 1].text);
      const given = (n === 3 && wrong === 2) || (n >= 4 && wrong >= r.sizes[0]);
      // A bare surname and what follows it (王说, 周局长): the translation may give the full name from elsewhere.
      let bare = false;
      for (let k = r.sizes[0]; k < n; k++) bare ||= PINYIN.afterSurname.has(chars[i + k].text);
      if (dotted || (name.personal && !bare && (surname || given)))
        hits.set(`${i}:${n}`, { first: i, last: i + n - 1, reading: r, wrong, dotted });
    }
  }
  const distinct = new Map<string, NearName>();
  for (const h of hits.values())
    distinct.set(
      chars
        .slice(h.first, h.last + 1)
        .map((c) => c.text)
        .join(''),
      h,
    );
  return distinct.size === 1 ? [...distinct.values()][0] : null;
}

/** The Han characters of a group's source paragraphs (paragraphs never join), offsets in their own paragraph. */
function groupCharacters(paragraphs: readonly Paragraph[]): readonly HanCharacter[] {
  return paragraphs.length === 1 ? hanCharacters(paragraphs[0]) : paragraphs.flatMap((p) => hanCharacters(p));
}

/** How many characters either side of a near name are read again in context. */
const CONTEXT = 6;

/**
 * The characters with the readings pinyin-pro gives in context added (a phrase's, a surname's),
 * for the characters within {@link CONTEXT} of a near name: the only place a name may read another way.
 */
function inContext(
  chars: readonly HanCharacter[],
  near: readonly NearName[],
  starts: readonly number[],
  source: string,
): HanCharacter[] {
  const out = [...chars];
  for (const n of near) {
    const from = Math.max(0, n.first - CONTEXT);
    const to = Math.min(chars.length - 1, n.last + CONTEXT);
    // One stretch of text of one paragraph: pinyin-pro reads it one code point at a time.
    let a = n.first;
    while (a > from && starts[a - 1] === starts[n.first]) a--;
    let b = n.last;
    while (b < to && starts[b + 1] === starts[n.last]) b++;
    const text = source.slice(starts[a] + chars[a].start, starts[b] + chars[b].end);
    const at = new Map<number, number>();
    let offset = starts[a] + chars[a].start;
    for (const ch of text) {
      at.set(offset, at.size);
      offset += ch.length;
    }
    for (const surname of ['off', 'all'] as const) {
      const read = contextReading(text, surname);
      for (let k = a; k <= b; k++) {
        const r = read[at.get(starts[k] + chars[k].start) ?? -1]?.toLowerCase().replace(/ü/g, 'v');
        if (r && /^[a-z]+$/.test(r) && !out[k].readings.includes(r))
          out[k] = { ...out[k], readings: [...out[k].readings, r] };
      }
    }
  }
  return out;
}

/** Where each of a group's source characters stands in the source text (its paragraph's start). */
function paragraphStarts(paragraphs: readonly Paragraph[]): number[] {
  return paragraphs.flatMap((p) => hanCharacters(p).map(() => p.start));
}

/** Whether a paragraph group has more Han characters than Latin letters, and no Japanese kana. */
function isChinese(paragraphs: readonly Paragraph[]): boolean {
  let han = 0;
  let latin = 0;
  for (const p of paragraphs) {
    // Kana, but not ・: a name dot in Chinese text too.
    if (/[\u3040-\u30fa\u30fc-\u30ff]/.test(p.analysis.text)) return false;
    han += hanCharacters(p).length;
    for (const w of latinWords(p)) latin += w.end - w.start;
  }
  return han >= 2 && han >= latin;
}

/** The source name read in context (its first character as a surname), in words of the translation's sizes. */
function corrected(near: NearName, chars: readonly HanCharacter[]): string | undefined {
  const window = chars.slice(near.first, near.last + 1);
  const read = contextReading(window.map((c) => c.text).join(''), 'head');
  if (read.length !== near.reading.syllables.length || !read.every((r) => /^[a-zü]+$/.test(r))) return undefined;
  const words: string[] = [];
  let k = 0;
  for (const size of near.reading.sizes) {
    const word = read.slice(k, k + size).join('');
    words.push(word.charAt(0).toUpperCase() + word.slice(1));
    k += size;
  }
  return words.join(' ');
}

const rule: AccuracyRule = {
  id: 'name-reading',
  category: 'accuracy',
  description:
    'A Chinese name the translation romanises in pinyin differently from how the source reads it (a changed surname or given name).',
  defaultSeverity: 'warning',
  scope(pair) {
    if (pair.language.code !== 'cmn') return '';
    // Every source paragraph's characters read at once: pinyin-pro is asked once per distinct character.
    readHanCharacters(pair.source.paragraphs);
    return 'cmn';
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope) {
    if (scope !== 'cmn' || !isChinese(group.source)) return [];
    const chars = groupCharacters(group.source);
    const dotted = chars.some((c) => c.dotted);
    const names = group.target.flatMap((p) => romanisedNames(p, context.speller, dotted));
    if (names.length === 0) return [];
    const latin = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())));
    // Found: the name, or it without English words at either end, or a part of it beside a place the
    // dictionary knows, reads as a run of the source; or the source has it in Latin letters.
    const missing = names.filter(
      (n) =>
        !n.text.split(' ').every((w) => latin.has(w.toLowerCase())) &&
        ![n.readings, n.shorter, ...n.parts].some((r) => found(r, chars)),
    );
    if (missing.length === 0) return [];
    // Most of several names not in the source: the paragraphs are not each other's translations.
    if (missing.length >= 3 && missing.length * 2 > names.length) return [];
    const near = missing.map((n) => ({ name: n, near: nearName(n, chars) })).filter((m) => m.near !== null);
    if (near.length === 0) return [];
    // Before flagging, the readings in context too: a phrase may read a character another way.
    const starts = paragraphStarts(group.source);
    const read = inContext(
      chars,
      near.map((m) => m.near!),
      starts,
      pair.source.text,
    );
    const out: AccuracyFinding[] = [];
    for (const { name, near: n } of near) {
      if ([name.readings, name.shorter, ...name.parts].some((r) => found(r, read))) continue;
      const sourceStart = read[n!.first].start + starts[n!.first];
      const sourceEnd = read[n!.last].end + starts[n!.last];
      const sourceText = pair.source.text.slice(sourceStart, sourceEnd);
      const reading = contextReading(sourceText, n!.dotted ? 'off' : 'head').filter((s) => /^[a-zü]+$/i.test(s));
      const suggestion = n!.dotted ? undefined : corrected(n!, read);
      out.push({
        start: name.start,
        end: name.end,
        sourceStart,
        sourceEnd,
        message: `${quote(name.text)} is not how the source reads: ${sourceText} (${reading.join(' ')}).`,
        ...(suggestion && suggestion !== name.text ? { suggestions: [suggestion] } : {}),
      });
    }
    return out;
  },
};

export default rule;

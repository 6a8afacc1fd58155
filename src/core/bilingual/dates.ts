/**
 * Months and weekdays a paragraph names, in the source's language or in English: "11 février",
 * "2月11日", "星期一", "Monday, February 11"; and the calendar dates they belong to, with their days
 * and years ({@link findCalendarDates}). An abbreviation ("Sept.") counts only beside a number; a
 * name that is also a common word (English "May", Romanian "mai") beside a number, or where its
 * case or context tells (French "mars" in lower case, "in August").
 */
import dateData from './data/dates.json';
import { memoKey, type Paragraph } from '../document';
import { tableLanguage } from './language';
import { RuleDataError } from '../rules/data/validate';
import { asciiDigits, readHan } from './numbers';

/** A month (1–12) or a weekday (1 = Monday … 7 = Sunday) named in a paragraph; offsets relative to it. */
export interface DateMention {
  start: number;
  end: number;
  kind: 'month' | 'weekday';
  value: number;
}

interface DateNames {
  pattern: RegExp;
  /** Lower-case name → [kind, value]. */
  names: Map<string, [DateMention['kind'], number]>;
  /** The names that shorten their list's first, full name ("sept", "févr", "tues"): they count only beside a number. */
  abbreviations: Set<string>;
  /** Names read from a language franc confuses with this one ({@link CONFUSED}): they count only beside a number. */
  borrowed: Set<string>;
  /** Names that are also common words: they count beside a number, or where case or context tells. */
  ambiguous: Set<string>;
  /** Names that are common words in either case: they count beside a number or in a date's context. */
  contextual: Set<string>;
  /** How the language writes these names: where an ambiguous one in that case is a month or weekday. */
  case?: 'lower' | 'upper';
  /**
   * For the table of every language ({@link anyLanguage}): each name's first word ({@link caseKey}),
   * and the pattern anchored at a text's start, tried only where a word of the text is one of them.
   */
  firstWords?: { words: ReadonlySet<string>; anchored: RegExp };
}

const FILE = 'src/core/bilingual/data/dates.json';

// Languages franc tells apart poorly on a short text: each also reads the others' names, beside a
// number only ("28 листопада 2024" in a Ukrainian source franc calls Serbian).
const CONFUSED = [
  ['swe', 'dan', 'nob'],
  ['hrv', 'bos', 'srp', 'slv'],
  ['rus', 'ukr', 'srp', 'bul'],
  ['ces', 'slk'],
  ['spa', 'por'],
  ['hin', 'mar'],
  ['arb', 'pes', 'urd'],
];

function readNames(data: unknown): Map<string, DateNames> {
  const out = new Map<string, DateNames>();
  for (const [code, raw] of Object.entries(data as Record<string, unknown>)) {
    if (code === '//') continue;
    const entry = raw as {
      months?: unknown;
      weekdays?: unknown;
      ambiguous?: unknown;
      contextual?: unknown;
      case?: unknown;
    };
    const lists = (v: unknown, n: number): v is string[][] =>
      Array.isArray(v) &&
      v.length === n &&
      v.every(
        (l) => Array.isArray(l) && l.length > 0 && l.every((w) => typeof w === 'string' && w === w.toLowerCase()),
      );
    if (!lists(entry?.months, 12) || !lists(entry?.weekdays, 7)) {
      throw new RuleDataError(
        `${FILE}: "${code}" needs "months" (12 lists) and "weekdays" (7 lists) of lower-case names.`,
      );
    }
    const names = new Map<string, [DateMention['kind'], number]>();
    const abbreviations = new Set<string>();
    const add = (kind: DateMention['kind']) => (forms: string[], i: number) =>
      forms.forEach((f) => {
        names.set(f, [kind, i + 1]);
        if (f.length < forms[0].length && forms[0].startsWith(f)) abbreviations.add(f);
      });
    entry.months.forEach(add('month'));
    entry.weekdays.forEach(add('weekday'));
    const ambiguous = entry.ambiguous ?? [];
    const contextual = entry.contextual ?? [];
    for (const [key, list] of [
      ['ambiguous', ambiguous],
      ['contextual', contextual],
    ] as const) {
      if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && names.has(w))) {
        throw new RuleDataError(`${FILE}: "${code}".${key} must list names of its own months and weekdays.`);
      }
    }
    if (entry.case !== undefined && entry.case !== 'lower' && entry.case !== 'upper') {
      throw new RuleDataError(`${FILE}: "${code}".case must be "lower" or "upper".`);
    }
    // "segunda" starts "segunda-feira" but is no abbreviation: its own data says when it counts.
    for (const w of contextual as string[]) abbreviations.delete(w);
    out.set(code, {
      names,
      abbreviations,
      borrowed: new Set(),
      ambiguous: new Set(ambiguous as string[]),
      contextual: new Set(contextual as string[]),
      case: entry.case as DateNames['case'],
      pattern: /$^/,
    });
  }
  if (!out.has('eng')) throw new RuleDataError(`${FILE}: the English ("eng") entry is missing.`);
  for (const group of CONFUSED) {
    for (const code of group) {
      const own = out.get(code);
      if (!own) continue;
      for (const other of group) {
        const table = other === code ? undefined : out.get(other);
        for (const [name, value] of table?.names ?? []) {
          // A name two of them read differently ("listopad") is none of theirs to lend.
          const clash = group.some((g) => {
            const v = out.get(g)?.names.get(name);
            return v !== undefined && (v[0] !== value[0] || v[1] !== value[1]);
          });
          if (own.names.has(name) || clash) continue;
          own.names.set(name, value);
          own.borrowed.add(name);
        }
      }
    }
  }
  out.set(ANY, anyLanguage(out));
  for (const [code, table] of out) {
    const alternatives = [...table.names.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // Thai writes no spaces between words: its names stand against letters.
    // Kazakh, Uzbek and Azerbaijani add case endings to them (шілдеден, from July): see findDates.
    const [before, after] =
      code === 'tha' ? ['', ''] : ['(?<![\\p{L}\\p{M}])', SUFFIXED.has(code) ? '' : '(?![\\p{L}\\p{M}])'];
    table.pattern = new RegExp(`${before}(?:${alternatives.join('|')})${after}\\.?`, 'giu');
    // Every language's names (over a thousand) are slow to try at each place of a text: only where a word is one's first word.
    const first = [...table.names.keys()].map((n) => /^[\p{L}\p{M}]+/u.exec(n)?.[0]);
    if (code === ANY && first.every((w) => w !== undefined))
      table.firstWords = { words: new Set(first.map(caseKey)), anchored: new RegExp(`^(?:${alternatives.join('|')})${after}\\.?`, 'iu') };
  }
  return out;
}

/**
 * Every language's full names (no abbreviation, none that is ambiguous in its own language, none
 * two languages read differently), all of them borrowed: what a paragraph is read with when its
 * own language's names find nothing (franc may have named the wrong language).
 */
function anyLanguage(tables: Map<string, DateNames>): DateNames {
  const names = new Map<string, [DateMention['kind'], number]>();
  const clashes = new Set<string>();
  for (const [code, table] of tables) {
    if (code === 'eng') continue;
    for (const [name, value] of table.names) {
      if (table.borrowed.has(name)) continue;
      const seen = names.get(name);
      if (
        table.abbreviations.has(name) ||
        table.ambiguous.has(name) ||
        (seen && (seen[0] !== value[0] || seen[1] !== value[1]))
      )
        clashes.add(name);
      else names.set(name, value);
    }
  }
  for (const name of clashes) names.delete(name);
  return {
    names,
    abbreviations: new Set(),
    borrowed: new Set(names.keys()),
    ambiguous: new Set(),
    contextual: new Set(),
    pattern: /$^/,
  };
}

/**
 * A word as the names' patterns read it without case (flag i with u: Unicode's simple case
 * folding): lower case, and the letters whose folding is another lower-case letter (ς as σ, ſ as s)
 * as that one. Two words the pattern reads as the same have the same key.
 */
export function caseKey(word: string): string {
  const lower = word.toLowerCase();
  if (!FOLDS.test(lower)) return lower;
  let out = '';
  for (const c of lower) out += FOLDED[c] ?? c;
  return out;
}

/** Lower-case letters that Unicode's simple case folding takes to another letter. */
const FOLDED: Record<string, string> = {
  '\u00b5': '\u03bc',
  '\u017f': 's',
  '\u0345': '\u03b9',
  '\u03c2': '\u03c3',
  '\u03d0': '\u03b2',
  '\u03d1': '\u03b8',
  '\u03d5': '\u03c6',
  '\u03d6': '\u03c0',
  '\u03f0': '\u03ba',
  '\u03f1': '\u03c1',
  '\u03f5': '\u03b5',
  '\u1e9b': '\u1e61',
  '\u1fbe': '\u03b9',
  '\u1fd3': '\u0390',
  '\u1fe3': '\u03b0',
  '\u1c80': '\u0432',
  '\u1c81': '\u0434',
  '\u1c82': '\u043e',
  '\u1c83': '\u0441',
  '\u1c84': '\u0442',
  '\u1c85': '\u0442',
  '\u1c86': '\u044a',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
  '\ufb05': '\ufb06',
};
const FOLDS = new RegExp(Object.keys(FOLDED).join('|'), 'u');

/**
 * The matches of a names' pattern (flags g, i, u), found by trying it only at the words of the
 * text that are a name's first word: the same matches, in order. A match starts a word (nothing
 * of a word before it), and its first word is the name's.
 */
function* namesAtWords(text: string, firstWords: { words: ReadonlySet<string>; anchored: RegExp }): Generator<RegExpExecArray> {
  let from = 0;
  for (const w of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (w.index < from || !firstWords.words.has(caseKey(w[0]))) continue;
    // Nothing of a word stands before a whole word: what the pattern's look-behind asks.
    const m = firstWords.anchored.exec(text.slice(w.index));
    if (!m) continue;
    m.index = w.index;
    from = m.index + m[0].length;
    yield m;
  }
}

/** Languages whose month and weekday names take case endings written against them. */
const SUFFIXED = new Set(['kaz', 'uzn', 'azj']);

/** The key of {@link anyLanguage}'s table. */
const ANY = '*';

const NAMES = readNames(dateData);

// What stands before an English month in a date ("in March", "mid-August", "the end of May").
const ENGLISH_BEFORE =
  /(?:\b(?:in|of|since|until|till|through|throughout|during|early|late|last|next|this|mid)[ \u00a0]+|\bmid-)$/i;
// "March" and "August" are no one's surname: after "from", "to", "by", "and" too ("by Theresa May" is a name).
const ENGLISH_BEFORE_WIDER = /\b(?:from|to|by|and|or|between|before|after|until|for|every|each)[ \u00a0]+$/i;
// What stands after an ambiguous name in a date, per language: Turkish "Pazar günü" (on Sunday),
// "Ekim ayında" (in October); Vietnamese "thứ Hai, ngày 15" (Monday the 15th).
const CONTEXT_AFTER: Record<string, RegExp> = {
  tur: /^[ \u00a0]+(?:gün|ay|akşam|sabah|öğle|gece)\p{L}*/u,
  vie: /^,?[ \u00a0]+ngày[ \u00a0]+\d/iu,
  // Portuguese "na segunda, o ministro…", "na sexta passada" ("na segunda metade" is the second half).
  por: /^(?:[ \u00a0]*[,;:)]|[ \u00a0]+(?:passada|passado|próxima|próximo|de manhã|à tarde|à noite|\(dia|dia[ \u00a0]+\d))/u,
};
// And before it: Vietnamese "vào thứ Hai" (on Monday), "sáng thứ Ba" (on Tuesday morning).
// What stands after an ambiguous name that is the other word: Romanian "cu 5 mai mult" (5 more).
const NOT_AFTER: Record<string, RegExp> = {
  ron: /^[ \u00a0]+(?:mult|multe|mulți|puțin|puține|puțini|bine|mare|mari|mic|mici|departe|târziu|devreme|repede|greu|ușor|jos|sus|ales|degrabă|înainte|apoi|ieftin|scump)(?![\p{L}])/u,
};
// Romanian "luna mai" (the month of May); Czech "v září" (in September; "ve středu" is also "in the middle").
const CONTEXT_BEFORE: Record<string, RegExp> = {
  vie: /(?<![\p{L}])(?:vào|hôm|sáng|chiều|tối|trưa|đêm|từ|đến)[ \u00a0]+$/iu,
  ron: /(?<![\p{L}])luna[ \u00a0]+$/iu,
  ces: /(?<![\p{L}])(?:v|od|během|koncem|začátkem)[ \u00a0]+$/u,
};
const HAN_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const JA_WEEKDAY: Record<string, number> = { 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 日: 7 };
const KO_WEEKDAY: Record<string, number> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };

/**
 * The months and weekdays of a paragraph in `language` (ISO 639-3; 'eng' for the translation).
 * `loose` also takes an ambiguous name without a number or context for one (English "May" after
 * "from"): what may match a source's month, never what is reported as changed (default false).
 */
export function findDates(paragraph: string, language: string, loose = false): DateMention[] {
  const text = asciiDigits(paragraph);
  const out: DateMention[] = [];
  const own = NAMES.get(language);
  // Chinese, Japanese and Korean dates are read below, in their own numbers.
  const others =
    language === 'eng' || language === 'cmn' || language === 'jpn' || language === 'kor' ? undefined : NAMES.get(ANY);
  for (const table of [own, others]) {
    // Other languages' names only where the paragraph's own language finds none, and beside a number.
    if (!table || (table !== own && (out.length > 0 || !/\d/.test(text)))) continue;
    for (const m of table.firstWords ? namesAtWords(text, table.firstWords) : text.matchAll(table.pattern)) {
      const name = m[0].replace(/\.$/, '').replace(/\s+/g, ' ');
      const lower = name.toLowerCase();
      const found = table.names.get(lower);
      if (!found) continue;
      const start = m.index ?? 0;
      const abbreviation = table.abbreviations.has(lower);
      // The dot of an abbreviation ("Feb.") belongs to it; a full stop after a full name does not.
      const end = start + (abbreviation ? m[0].length : name.length);
      // English names are capitalised; a lower-case "march" is a verb.
      if (language === 'eng' && !/^\p{Lu}/u.test(name)) continue;
      const ambiguous = table.ambiguous.has(lower) && !loose;
      // An abbreviation or a borrowed name only beside a number; an ambiguous one also where its context tells.
      // A name with an ending written against it (шілдеден) counts only in a date.
      const suffixed =
        SUFFIXED.has(language) && /^[\p{L}\p{M}]/u.test(text.slice(start + name.length, start + name.length + 1));
      const numberOnly = abbreviation || suffixed || table.borrowed.has(lower);
      if (
        (numberOnly || ambiguous) &&
        !besideNumber(text, start, end, found[0]) &&
        (numberOnly || !monthContext(text, start, end, name, language, table))
      )
        continue;
      if (ambiguous && NOT_AFTER[language]?.test(text.slice(end, end + 12))) continue;
      // A common word in either case (Portuguese "segunda"): beside a number or in a date's context only.
      if (
        table.contextual.has(lower) &&
        !loose &&
        !besideNumber(text, start, end, found[0]) &&
        !dateContext(text, start, end, language)
      )
        continue;
      out.push({ start, end, kind: found[0], value: found[1] });
    }
  }
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
    for (const m of text.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u00a0]?月(?!份?[底初中])/g)) {
      const value = /\d/.test(m[1]) ? Number(m[1]) : readHan(m[1])[0];
      if (value >= 1 && value <= 12)
        out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'month', value });
    }
    for (const m of text.matchAll(/(?<!每)(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])(?![年次])/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: HAN_WEEKDAY[m[1]] });
    }
    for (const m of text.matchAll(/([月火水木金土日])曜日?/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: JA_WEEKDAY[m[1]] });
    }
    // A Japanese date's weekday in brackets: 3月15日（水）.
    for (const m of text.matchAll(/(?<=日[ \u00a0]?)[（(]([月火水木金土日])[）)]/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: JA_WEEKDAY[m[1]] });
    }
  }
  if (/[\uac00-\ud7af]/.test(text)) {
    for (const m of text.matchAll(/(\d{1,2})\s?월/g)) {
      const value = Number(m[1]);
      if (value >= 1 && value <= 12)
        out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'month', value });
    }
    for (const m of text.matchAll(/([월화수목금토일])요일/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: KO_WEEKDAY[m[1]] });
    }
    // A Korean date's weekday in brackets: 3월 15일(수).
    for (const m of text.matchAll(/(?<=일[ \u00a0]?)\(([월화수목금토일])\)/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: KO_WEEKDAY[m[1]] });
    }
  }
  if (language === 'vie') {
    // Vietnamese writes most months with digits: "tháng 8", "ngày 15/8".
    for (const m of text.matchAll(/(?<![\p{L}])(tháng[ \u00a0]+)(\d{1,2})(?!\d|[ \u00a0]*tháng)/giu)) {
      const value = Number(m[2]);
      if (value >= 1 && value <= 12 && !out.some((d) => d.start === m.index))
        out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'month', value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a number stands right before or after `start..end` ("11 May", "May 11", "May 2023"). */
function besideNumber(text: string, start: number, end: number, kind: DateMention['kind']): boolean {
  // A weekday's number comes after it ("luni 15"); before it, it counts (Romanian "3 luni", three months).
  if (
    kind === 'month' &&
    /\d[\p{L}]{0,2}[ \u00a0.,-]{0,2}(?:de[ \u00a0]+)?$/u.test(text.slice(Math.max(0, start - 11), start))
  )
    return true;
  return /^[ \u00a0.,(-]{0,3}\d/.test(text.slice(end, end + 6));
}

/** Whether the words around `start..end` are those of a date in `language` (CONTEXT_AFTER, CONTEXT_BEFORE). */
function dateContext(text: string, start: number, end: number, language: string): boolean {
  return !!(
    CONTEXT_AFTER[language]?.test(text.slice(end, end + 16)) ||
    CONTEXT_BEFORE[language]?.test(text.slice(Math.max(0, start - 8), start))
  );
}

/**
 * Whether an ambiguous name without a number reads as a month or weekday where it stands: an English
 * capitalised "August" after "in", "mid-" or "of", not followed by another capitalised word (a name,
 * "August Wilson"); a French "mars" in lower case (the table's case), a Turkish "Pazar"
 * capitalised within a sentence, or with "günü" after it.
 */
function monthContext(
  text: string,
  start: number,
  end: number,
  name: string,
  language: string,
  table: DateNames,
): boolean {
  if (language === 'eng') {
    const before = text.slice(Math.max(0, start - 12), start);
    const month = ENGLISH_BEFORE.test(before) || (name.toLowerCase() !== 'may' && ENGLISH_BEFORE_WIDER.test(before));
    return month && !/^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
  }
  if (dateContext(text, start, end, language)) return true;
  // The case the name's other meaning is not written in: "mars" in French, "Pazar" within a Turkish sentence.
  if (table.case === 'lower') return /^\p{Ll}/u.test(name);
  if (table.case === 'upper')
    return /^\p{Lu}/u.test(name) && !/(?:^|[.!?;:«»"“”])$/u.test(text.slice(0, start).trimEnd().slice(-1));
  return false;
}

/** A part of a calendar date (a day or a year) and where it is written. */
export interface DatePart {
  value: number;
  start: number;
  end: number;
}

/**
 * A calendar date a paragraph writes: its day or days ("9–12 мая" has two), its month when it names
 * one, its year when it has one. "15日", "le 15", "the 16th" are days without a month; "juin 2024"
 * is a month and year without a day. Offsets relative to the paragraph.
 */
export interface CalendarDate {
  /** The whole date, first part to last. */
  start: number;
  end: number;
  month?: number;
  /** Where the month is written, when in digits (15.03.2024); a named month is a {@link DateMention}. */
  monthSpan?: { start: number; end: number };
  days: DatePart[];
  year?: DatePart;
}

// How a day is written before its month in the source languages: "1er", "3.", "1º", "15-го".
const DAY_MARK = '(?:er|re|e|ème|º|°|ª|\\.º|\\.|-(?:го|ого|е)?)?';
// What joins two days of a range or list ("9–12", "du 9 au 12", "9 и 10").
const DAY_JOIN =
  '(?:[-–—/&]|au|à|al|a|bis|und|y|e|et|en|tot|t/m|do|i|oraz|до|по|и|і|та|ve|ile|dan|hingga|sampai|and|to|through|or|و|إلى|الى|حتى)';
/** A day, or a range of days, right before a month name (the month's start is the end of the slice). */
const SOURCE_DAYS_BEFORE = new RegExp(
  `(?<!\\d|\\d[.,/])(\\d{1,2})${DAY_MARK}(?:[ \\u00a0]*${DAY_JOIN}[ \\u00a0]*(\\d{1,2})${DAY_MARK})?[ \\u00a0]*(?:de[ \\u00a0]+|del[ \\u00a0]+|d['’][ \\u00a0]*)?$`,
  'iu',
);
const ENGLISH_DAYS_BEFORE =
  /(?<![\d.,/])(\d{1,2})(?:st|nd|rd|th)?(?:[ \u00a0]*(?:[-–—&]|and|to|through|or)[ \u00a0]*(?:the[ \u00a0]+)?(\d{1,2})(?:st|nd|rd|th)?)?(?:[ \u00a0]+of)?[ \u00a0]+$/i;
/** A day, or a range of days, right after an English month ("May 9", "May 9-12", "May 9 and 10"). */
const ENGLISH_DAYS_AFTER =
  /^\.?[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?:[ \u00a0]*(?:[-–—&]|and|to|through|or)[ \u00a0]*(\d{1,2})(?:st|nd|rd|th)?)?(?![\d%]|[.,]\d|[ \u00a0]*(?:%|per[ \u00a0]?cent|percent|million|billion|thousand|hundred|years?\b|-year))/i;
/** A year after a month or a day ("mayo de 2023", "мая 2024 года", "May 9, 2024"). */
const YEAR_AFTER = /^[ \u00a0]*(?:,|de|del|dell['’]|of)?[ \u00a0]*((?:1[89]|20)\d{2})(?![\d%]|[.,]\d)/i;
/** Languages that write the month before the day: Hungarian "március 15-én", Lithuanian "kovo 15 d.". */
const MONTH_FIRST = new Set(['hun', 'lit', 'hye']);
/** A day or range after a month in those (and in Tagalog, "Marso 15"). */
const SOURCE_DAYS_AFTER =
  /^\.?[ \u00a0]+(\d{1,2})(?:\.|-?\p{L}{1,3}\b|[ \u00a0]?d\.)?(?:[ \u00a0]*[-–][ \u00a0]*(\d{1,2})(?:\.|-?\p{L}{1,3}\b|[ \u00a0]?d\.)?)?(?![\d%]|[.,]\d)/u;
/** A year before a day-first date, with the word for "year" after it. */
const YEAR_BEFORE_DATE =
  /((?:19|20)\d{2})(?:\.?[ \u00a0]?(?:gada|წლის|жылғы|жылы|թվականի|оны|онд)|-(?:yil|ci il|cü il|cu il|cı il))[ \u00a0]*,?[ \u00a0]*$/u;
/** Their year before the month: "2024. március", "2024 m. kovo". */
const YEAR_BEFORE_MONTH = /((?:19|20)\d{2})(?:\.|[ \u00a0]?m\.)[ \u00a0]*$/;
/** A year before a CJK month (2024年4月, 2024년 4월). */
const YEAR_BEFORE_CJK = /((?:1[89]|20)\d{2})[ \u00a0]?[年년][ \u00a0]?$/;
// A CJK N日 that counts days (10日内, 3日間, 连续5日), not a date.
const DAYS_AFTER =
  /^[ \u00a0]?[日号](?:内|以内|之内|以上|以下|左右|后|之后|以后|之前|间|間|的时间|後|前|目|分|連続|ぶり|当たり|あたり)/;
const DAYS_BEFORE =
  /(?:连续|持续|近|每|个|数|多|几|满|共|第|前|后|长达|为期|历时|用时|举办|举行|进行|延长|推迟|停留|住院|隔离|約|约)[^，。；、！？,;!?\d]{0,3}$/;
// A monthless Chinese N号 is a date only with a time of day or a clause after it (3号线 is "Line 3").
const HAO_DATE = /^[ \u00a0]?号(?=上午|下午|晚|凌晨|早|中午|夜|当天|起|至|到|前|后|[，、。；（(])/;
// Korean N일 is a date after 지난/오는 or before a time of day or a particle (3일간 counts days).
const KOREAN_DAY =
  /(?<![\d.])(\d{1,2})[ \u00a0]?일(?=[ \u00a0]?(?:오전|오후|밤|새벽|저녁|아침|낮|\(현지|\(한국|에|부터|까지|께|,))|(?<=(?:지난|오는|이달|지난달|다음달|이번[ \u00a0]달|다음[ \u00a0]달)[ \u00a0]?)(\d{1,2})[ \u00a0]?일(?![ \u00a0]?(?:간|동안))/g;
/** Days the source writes without a month, per language: "le 15,", "am 15.", "el día 15", "no dia 15", "15-го". */
const SOURCE_DAY_ALONE: Record<string, RegExp> = {
  fra: /(?<![\p{L}])(?:[Ll]e|[Dd]u|[Aa]u|[Dd]epuis le|[Dd]ès le|[Jj]usqu'au|[Jj]usqu’au)[ \u00a0]+(\d{1,2})(?:er)?(?=[ \u00a0]*(?:[,;:)]|\.(?!\d)|$)|[ \u00a0]+(?:au|et|dernier|prochain|courant)(?![\p{L}])|[ \u00a0]+à[ \u00a0]+(?:\p{Lu}|\d{1,2}[ \u00a0]?h))/gu,
  // German nouns are capitalised: "am 15. wurde" is a date, "am 15. Spieltag" a count.
  deu: /(?<![\p{L}])(?:[Aa]m|[Vv]om|[Bb]is zum|zum|[Ss]eit dem)[ \u00a0]+(\d{1,2})\.(?=[ \u00a0]*(?:[,;)]|$)|[ \u00a0]+\p{Ll})/gu,
  spa: /(?<![\p{L}])(?:el|del|al|desde el|hasta el)[ \u00a0]+(?:pasado[ \u00a0]+|próximo[ \u00a0]+)?día[ \u00a0]+(\d{1,2})(?![\d.,]\d|\d)/giu,
  por: /(?<![\p{L}])(?:no|o|do|ao|desde o|até o)[ \u00a0]+(?:último[ \u00a0]+|próximo[ \u00a0]+)?dia[ \u00a0]+(\d{1,2})(?![\d.,]\d|\d)/giu,
  ita: /(?<![\p{L}])(?:il|del|al|dal|nel)[ \u00a0]+giorno[ \u00a0]+(\d{1,2})(?![\d.,]\d|\d)/giu,
  rus: /(?<![\d.,])(\d{1,2})-(?:го|ого)(?![\p{L}])/gu,
  ukr: /(?<![\d.,])(\d{1,2})-(?:го|ого)(?![\p{L}])/gu,
};
/** A day right after a weekday ("mardi 15", "Monday 16," "Monday the 16th"); the English ordinal alone ("on the 16th"). */
const DAY_AFTER_WEEKDAY =
  /^,?[ \u00a0]+(?:the[ \u00a0]+|le[ \u00a0]+|el[ \u00a0]+|den[ \u00a0]+)?(\d{1,2})(st|nd|rd|th|er|\.)?(?=[ \u00a0]*(?:[,;:)]|\.(?!\d)|$))/i;
// After "on", "by", "since"…: a day unless a noun follows ("on the 16th floor", "on the 19th
// Party Congress"); after a bare "the" only before a stop or "of this month" ("finished the 16th
// at the Games" is a ranking).
const ORDINAL_NOUNS =
  "floor|storey|story|day|week|month|year|anniversary|birthday|hole|lap|minute|second|round|time|century|attempt|try|ballot|occasion|straight|consecutive|stage|edition|session|place|spot|position|overall|seed|pick|ring|street|avenue|amendment|congress|plenum|division|district|precinct|row|level|inning|game|match|meeting|day's|percentile|parallel|birthday|generation|grade|term|largest|biggest|highest|lowest|most|best|worst";
const ENGLISH_ORDINAL_DAY = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter)[ \\u00a0]+(?:the[ \\u00a0]+)?(\\d{1,2})(st|nd|rd|th)(?![\\p{L}\\d])(?![ \\u00a0]+(?:${ORDINAL_NOUNS})(?![\\p{L}])|[ \\u00a0]*[-‑]|[ \\u00a0]+\\p{Lu})|[Tt]he[ \\u00a0]+(\\d{1,2})(st|nd|rd|th)(?=[ \\u00a0]*(?:[,;:)!?]|\\.(?!\\d)|$)|[ \\u00a0]+of[ \\u00a0]+(?:this|that|the|last|next)[ \\u00a0]+month))`,
  // Case-sensitive: a capitalised word after the day is a name (\\p{Lu} would match any letter with 'i').
  'gu',
);
/** A date in digits, day first, with its year: 15.03.2024, 15/03/2024; or ISO, 2024-03-15. */
const NUMERIC_DATE =
  /(?<![\d.,/-])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))(?![\d]|[.,/-]\d)/g;

/**
 * The calendar dates of a paragraph in `language` (ISO 639-3; 'eng' for the translation), from its
 * month and weekday `mentions` ({@link findDates}'s, read again when not given).
 */
export function findCalendarDates(
  paragraph: string,
  language: string,
  mentions: readonly DateMention[] = findDates(paragraph, language),
): CalendarDate[] {
  const text = asciiDigits(paragraph);
  const out: CalendarDate[] = [];
  const english = language === 'eng';
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text);
  const part = (value: number, start: number, end: number): DatePart => ({ value, start, end });
  for (const m of mentions) {
    if (m.kind !== 'month') continue;
    const date: CalendarDate = { start: m.start, end: m.end, month: m.value, days: [] };
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const offset = Math.max(0, m.start - 30);
    const after = text.slice(m.end, m.end + 30);
    const label = text.slice(m.start, m.end);
    if (/[月월]$/.test(label)) {
      // 4月1日, 4월 1일, 4月1-3日; the year before it.
      // 4月15日, 4月15日至17日, 4月15-17日: a day needs its 日 (or 号, 일), after it or after the range.
      const day =
        /^[ \u00a0]?(\d{1,2}|[一二三四五六七八九十]{1,3})([ \u00a0]?[日号일])?(?:[ \u00a0]?[-–~至到][ \u00a0]?(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u00a0]?[日号일])?/.exec(
          after,
        );
      if (day && (day[2] || day[3])) {
        const read = (raw: string) => (/\d/.test(raw) ? Number(raw) : readHan(raw)[0]);
        const first = m.end + after.indexOf(day[1]);
        date.days.push(part(read(day[1]), first, first + day[1].length));
        if (day[3]) {
          const second = m.end + day[0].lastIndexOf(day[3]);
          date.days.push(part(read(day[3]), second, second + day[3].length));
        }
        date.end = m.end + (day[3] || day[2] ? day[0].length : day[1].length);
      }
      const year = YEAR_BEFORE_CJK.exec(before);
      if (year) {
        const at = offset + (year.index ?? 0);
        date.year = part(Number(year[1]), at, at + 4);
        date.start = at;
      }
    } else if (/^tháng/i.test(label)) {
      // Vietnamese: "ngày 15 tháng 8 năm 2024".
      const day = /(?<![\p{L}])ngày[ \u00a0]+(\d{1,2})[ \u00a0]+$/iu.exec(before);
      if (day) {
        const at = offset + (day.index ?? 0) + day[0].indexOf(day[1], 4);
        date.days.push(part(Number(day[1]), at, at + day[1].length));
        date.start = at;
      }
      const year = /^[ \u00a0]+năm[ \u00a0]+((?:19|20)\d{2})(?!\d)/iu.exec(after);
      if (year) {
        const at = m.end + year[0].length - 4;
        date.year = part(Number(year[1]), at, at + 4);
        date.end = at + 4;
      }
    } else {
      const monthFirst = MONTH_FIRST.has(language);
      const days = monthFirst ? null : (english ? ENGLISH_DAYS_BEFORE : SOURCE_DAYS_BEFORE).exec(before);
      if (days) {
        const first = offset + (days.index ?? 0);
        date.days.push(part(Number(days[1]), first, first + days[1].length));
        if (days[2]) {
          const second = offset + (days.index ?? 0) + days[0].lastIndexOf(days[2]);
          date.days.push(part(Number(days[2]), second, second + days[2].length));
        }
        date.start = first;
      } else if (english || monthFirst || language === 'tgl') {
        const later = (english ? ENGLISH_DAYS_AFTER : SOURCE_DAYS_AFTER).exec(after);
        if (later) {
          const first = m.end + later[0].indexOf(later[1]);
          date.days.push(part(Number(later[1]), first, first + later[1].length));
          if (later[2]) {
            const second = m.end + later[0].lastIndexOf(later[2]);
            date.days.push(part(Number(later[2]), second, second + later[2].length));
          }
          date.end = m.end + later[0].length;
        }
      }
      // Hungarian and Lithuanian put the year first: "2024. március 15.", "2024 m. kovo 15 d.".
      const first = monthFirst ? YEAR_BEFORE_MONTH.exec(before) : null;
      const from = date.end;
      const year = first ? null : YEAR_AFTER.exec(text.slice(from, from + 12));
      if (first) {
        const at = offset + (first.index ?? 0);
        date.year = part(Number(first[1]), at, at + 4);
        date.start = at;
      }
      if (year) {
        const at = from + year[0].length - 4;
        date.year = part(Number(year[1]), at, at + 4);
        date.end = at + 4;
      }
      // The year before the day with its word: "2025 წლის 1 ივლისს", "2025 жылғы 1 шілде", "2025. gada 1. jūlijā".
      const earlier =
        !english && !date.year ? YEAR_BEFORE_DATE.exec(text.slice(Math.max(0, date.start - 20), date.start)) : null;
      if (earlier) {
        const at = Math.max(0, date.start - 20) + (earlier.index ?? 0);
        date.year = part(Number(earlier[1]), at, at + 4);
        date.start = at;
      }
    }
    date.days = date.days.filter((d) => d.value >= 1 && d.value <= 31);
    if (date.days.length > 0 || date.year) out.push(date);
  }
  const taken = (at: number) =>
    out.some((d) => d.days.some((p) => p.start <= at && at < p.end) || (d.start <= at && at < d.end));
  const alone = (value: number, start: number, end: number, dateEnd = end) => {
    if (value >= 1 && value <= 31 && !taken(start)) out.push({ start, end: dateEnd, days: [part(value, start, end)] });
  };
  // Days after a weekday, in any language.
  for (const m of mentions) {
    if (m.kind !== 'weekday') continue;
    const day = DAY_AFTER_WEEKDAY.exec(text.slice(m.end, m.end + 16));
    // "On Monday, 16 people were hurt": after a comma, an English day needs its ordinal ending.
    if (day && (!english || day[2] || !day[0].startsWith(','))) {
      const at = m.end + day[0].search(/\d/);
      const suffix = english && day[2] && /^(?:st|nd|rd|th)$/i.test(day[2]) ? day[2].length : 0;
      alone(Number(day[1]), at, at + day[1].length + suffix);
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // In English only the unambiguous forms: 15.03.2024 and 2024-03-15 (03/05/2024 may be either).
    if (english && m[2] === '/') continue;
    const at = m.index ?? 0;
    const [day, month, year] = m[1]
      ? [Number(m[1]), Number(m[3]), Number(m[4])]
      : [Number(m[7]), Number(m[6]), Number(m[5])];
    if (day < 1 || day > 31 || month < 1 || month > 12 || taken(at)) continue;
    const dayAt = m[1] ? at : at + 8;
    const yearAt = m[1] ? at + m[0].length - 4 : at;
    const monthAt = m[1] ? at + m[1].length + 1 : at + 5;
    out.push({
      start: at,
      end: at + m[0].length,
      month,
      monthSpan: { start: monthAt, end: monthAt + (m[3] ?? m[6]).length },
      days: [part(day, dayAt, dayAt + (m[1] ?? m[7]).length)],
      year: part(year, yearAt, yearAt + 4),
    });
  }
  if (english) {
    for (const m of text.matchAll(ENGLISH_ORDINAL_DAY)) {
      const written = (m[1] ?? m[3]) + (m[2] ?? m[4]);
      const at = (m.index ?? 0) + m[0].lastIndexOf(written);
      // "the 16th and 17th centuries": an ordinal in a list is not told from a century's.
      if (/^[ \u00a0]+(?:and|or|to)[ \u00a0]+\d/.test(text.slice(at + written.length, at + written.length + 8)))
        continue;
      alone(Number(m[1] ?? m[3]), at, at + written.length);
    }
    return out.sort((a, b) => a.start - b.start);
  }
  // Vietnamese days with the month in digits: "ngày 15/8", "ngày 15/8/2024".
  if (language === 'vie') {
    for (const m of text.matchAll(
      /(?<![\p{L}])ngày[ \u00a0]+(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d{2}))?(?![\d/])/giu,
    )) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1], 4);
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12 || taken(at)) continue;
      const monthAt = at + m[1].length + 1;
      const date: CalendarDate = {
        start: at,
        end: (m.index ?? 0) + m[0].length,
        month,
        monthSpan: { start: monthAt, end: monthAt + m[2].length },
        days: [part(day, at, at + m[1].length)],
      };
      if (m[3]) date.year = part(Number(m[3]), date.end - 4, date.end);
      out.push(date);
    }
  }
  const pattern = SOURCE_DAY_ALONE[language];
  if (pattern) {
    for (const m of text.matchAll(pattern)) {
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      alone(Number(m[1]), at, at + m[1].length);
    }
  }
  if (cjk) {
    // Digits only: a numeral day without its month (一日, 三日) is as often a number of days.
    for (const m of text.matchAll(
      /(?<!\d|\d[.,]|[\d一二三四五六七八九十][ \u00a0]?月)(\d{1,2})(?=[ \u00a0]?[日号])/g,
    )) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const next = text.slice(end, end + 6);
      if (/^[ \u00a0]?日[本元]/.test(next)) continue;
      if (/^[ \u00a0]?号/.test(next) ? !HAO_DATE.test(next) : DAYS_AFTER.test(next)) continue;
      if (DAYS_BEFORE.test(text.slice(Math.max(0, at - 6), at))) continue;
      alone(Number(m[1]), at, end, end + next.search(/[日号]/) + 1);
    }
    for (const m of /[\uac00-\ud7af]/.test(text) ? text.matchAll(KOREAN_DAY) : []) {
      const digits = m[1] ?? m[2];
      alone(Number(digits), m.index ?? 0, (m.index ?? 0) + digits.length, (m.index ?? 0) + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The calendar dates of a paragraph, read in `language` (cached with the paragraph, keyed by the language's table). */
export function paragraphCalendarDates(p: Paragraph, language: string): readonly CalendarDate[] {
  const table = tableLanguage(language);
  return p.analysis.memo(memoKey('bilingual-calendar-dates', table), () => {
    // The same memo as pair.ts's paragraphDates: the months and weekdays are read once.
    const mentions = p.analysis.memo(memoKey('bilingual-dates', table), () => findDates(p.analysis.text, table));
    return findCalendarDates(p.analysis.text, table, mentions);
  });
}

/** The English name of a month or weekday mention's value. */
export function dateName(kind: DateMention['kind'], value: number): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return (kind === 'month' ? months : days)[value - 1] ?? String(value);
}

/** Whether Verso knows the month and weekday names of `language`. */
export function knowsDateNames(language: string): boolean {
  return NAMES.has(language) || language === 'cmn' || language === 'jpn' || language === 'kor';
}

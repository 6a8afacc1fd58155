/**
 * time-of-day: a clock time the translation puts in the other half of the day from its source's
 * ("3 a.m." for 下午3点, "8.30 pm" for "8.30 Uhr", "7 p.m." for "7 h du matin"). The number is
 * right, so number-mismatch has nothing to say; the morning or the evening is what changed.
 *
 * The source's half of the day is read from a word that says it (下午, 午前, 오후, "de la tarde",
 * "du soir", "abends", "утра", a.m./p.m.), or, in a language whose news writes the 24-hour clock,
 * from a time written as one ("8:30", "8 h 30", "8.30 Uhr", 8时30分: the morning). Only hours 1 to
 * 11 written the same on both sides are compared (13:00 as "1 a.m." is number-mismatch's; noon
 * and midnight are left alone), and a translation time is flagged only when every source time of
 * that hour (and those minutes) is known to be in the other half.
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { asciiDigits } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

type Half = 'am' | 'pm';

/** A clock time: its hour as written (1-11 are compared), its minutes if written, its half of the day if known. */
interface ClockTime {
  start: number;
  end: number;
  hour: number;
  minute: number | null;
  half: Half | null;
}

/** Hours 1 to 11 (a word for the evening only from 5: "2 de la noche" is the small hours). */
const EVENING_FROM = 5;

/**
 * The translation's times with their half: "3 p.m.", "8.30pm", "11:15 AM", "7 in the evening".
 * Group 1 the hour, 2 its minutes, 3 a 12-hour mark, 4 a phrase.
 */
const ENGLISH_TIME =
  /(?<![\d.:,])(\d{1,2})(?:[:.](\d{2}))?(?:[ \u00a0]?(a\.[ \u00a0]?m\.?|p\.[ \u00a0]?m\.?|am|pm)(?![\p{L}\d])|(?:[ \u00a0]+o['’]clock)?[ \u00a0]+(in the morning|in the afternoon|in the evening)(?![\p{L}]))/giu;

/** Before a time given by a phrase ("at 7 in the evening"): what makes the number an hour. */
const AT_BEFORE = /(?:^|[^\p{L}])(?:at|around|about|until|till|by|from|before|after|since)[ \u00a0]+$/iu;

/** A quick test before {@link ENGLISH_TIME}: most paragraphs have no time of day. */
const ENGLISH_HINT = /\d[ \u00a0]?(?:[ap]\.?[ \u00a0]?m|[ \u00a0](?:o['’]clock|in the))/i;

function englishTimes(p: Paragraph): ClockTime[] {
  const text = p.analysis.text;
  if (!ENGLISH_HINT.test(text)) return [];
  const out: ClockTime[] = [];
  for (const m of text.matchAll(ENGLISH_TIME)) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? null : Number(m[2]);
    if (minute !== null && minute > 59) continue;
    let half: Half | null;
    if (m[3]) half = m[3].toLowerCase().startsWith('a') ? 'am' : 'pm';
    else {
      if (!AT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      const phrase = m[4].toLowerCase();
      half = phrase.endsWith('morning') ? 'am' : phrase.endsWith('afternoon') || hour >= EVENING_FROM ? 'pm' : null;
    }
    const start = p.start + (m.index ?? 0);
    // The hour and its mark, not the phrase: "7 in the evening" is flagged on "7 in the evening".
    out.push({ start, end: start + m[0].length, hour, minute, half });
  }
  return out;
}

/** A word for a half of the day, and the hours it says that of (the evening's from 5). */
interface PeriodWord {
  pattern: string;
  half: Half;
  evening?: boolean;
}

// Hours in the source: digits (any script's, read as ASCII), or Chinese numerals to twelve.
const HAN_HOURS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const HAN_HOUR = '十[一二]?|[一二两兩三四五六七八九]';

/**
 * Period words written before the hour, by language (ISO 639-3, as tableLanguage gives it), each
 * with the hour's own mark after it. Written here.
 */
const BEFORE: Record<string, { words: PeriodWord[]; hour: string }> = {
  cmn: {
    words: [
      { pattern: '上午|早上|早晨|清晨|凌晨|今早|今晨|昨晨|(?<![最较較更])早', half: 'am' },
      { pattern: '下午|午后|午後', half: 'pm' },
      { pattern: '晚上|傍晚|晚间|晚間|今晚|昨晚|明晚|(?<![最较較更])晚', half: 'pm', evening: true },
    ],
    hour: `(\\d{1,2}|${HAN_HOUR})(?:[:：](\\d{2})|[点點时時](?:(\\d{1,2})分|(半))?)`,
  },
  jpn: {
    words: [
      { pattern: '午前', half: 'am' },
      { pattern: '午後', half: 'pm' },
    ],
    hour: '(\\d{1,2})(?:[:：](\\d{2})|時(?:(\\d{1,2})分|(半))?)',
  },
  kor: {
    words: [
      { pattern: '오전|새벽|아침', half: 'am' },
      { pattern: '오후', half: 'pm' },
      { pattern: '저녁|밤', half: 'pm', evening: true },
    ],
    hour: '(\\d{1,2})(?:[:：](\\d{2})|시(?:[ \\u00a0]?(\\d{1,2})분|[ \\u00a0]?(반))?)',
  },
  deu: {
    words: [
      { pattern: 'morgens|vormittags|früh', half: 'am' },
      { pattern: 'nachmittags', half: 'pm' },
      { pattern: 'abends', half: 'pm', evening: true },
    ],
    hour: 'um[ \\u00a0]+(\\d{1,2})(?:[:.](\\d{2}))?[ \\u00a0]+Uhr',
  },
};

const CYRILLIC: PeriodWord[] = [
  { pattern: 'утра|ранку|раніцы|сутринта|наутро|ујутру', half: 'am' },
  { pattern: 'следобед', half: 'pm' },
  { pattern: 'вечера|вечора|вечара|вечерта|увече', half: 'pm', evening: true },
];

/** Period words written after the hour (and its minutes, and its word for hours), by language. Written here. */
const AFTER: Record<string, PeriodWord[]> = {
  spa: [
    { pattern: 'de la mañana|de la madrugada|de esta mañana', half: 'am' },
    { pattern: 'de la tarde|de esta tarde', half: 'pm' },
    { pattern: 'de la noche|de esta noche', half: 'pm', evening: true },
  ],
  fra: [
    { pattern: 'du matin|ce matin', half: 'am' },
    { pattern: "de l['’]après-midi|cet après-midi", half: 'pm' },
    { pattern: 'du soir|ce soir', half: 'pm', evening: true },
  ],
  por: [
    { pattern: 'da manhã|da madrugada|desta manhã', half: 'am' },
    { pattern: 'da tarde|desta tarde', half: 'pm' },
    { pattern: 'da noite|desta noite', half: 'pm', evening: true },
  ],
  ita: [
    { pattern: 'del mattino|di mattina|della mattina|di stamattina', half: 'am' },
    { pattern: 'del pomeriggio|di pomeriggio|nel pomeriggio', half: 'pm' },
    { pattern: 'di sera|della sera|stasera', half: 'pm', evening: true },
  ],
  deu: [
    { pattern: 'morgens|früh|vormittags|am Morgen|am Vormittag', half: 'am' },
    { pattern: 'nachmittags|am Nachmittag', half: 'pm' },
    { pattern: 'abends|am Abend', half: 'pm', evening: true },
  ],
  nld: [
    { pattern: "'s ochtends|’s ochtends|'s morgens|’s morgens", half: 'am' },
    { pattern: "'s middags|’s middags", half: 'pm' },
    { pattern: "'s avonds|’s avonds", half: 'pm', evening: true },
  ],
  // The Cyrillic languages together: franc takes a short Russian source for Ukrainian or Bulgarian.
  rus: CYRILLIC,
  ukr: CYRILLIC,
  bel: CYRILLIC,
  bul: CYRILLIC,
  mkd: CYRILLIC,
  srp: CYRILLIC,
};

/** A 12-hour clock's marks in a source in a Latin script ("8:30 p. m.", "8 pm"). */
const SOURCE_MARK = '(a\\.[ \\u00a0]?m\\.?|p\\.[ \\u00a0]?m\\.?|am|pm)(?![\\p{L}\\d])';

/** Words for hours between a number and a period word ("7 heures du soir", "3 часа дня"). */
const HOUR_WORDS = '(?:[ \\u00a0]?(?:h|hs?\\.?|horas?|heures?|hores?|ore|Uhr|uur|час(?:а|ов)?|години?))?';

/**
 * Languages whose news writes the 24-hour clock: there a time written as a clock ("8:30", "8 h 30",
 * "8.30 Uhr", 8时30分) with no word for its half is in the morning. Spanish only with its "horas"
 * (the Americas write the 12-hour clock too).
 */
const CLOCK_24: Record<string, RegExp> = {};
for (const [code, mark] of [
  ['fra', '(?:[ \\u00a0]?h(?:[ \\u00a0]?(\\d{2}))?(?![\\p{L}]))'],
  ['deu', '(?:[.:](\\d{2}))?[ \\u00a0]Uhr'],
  ['ita', '(?:[.:](\\d{2}))'],
  ['nld', '(?:[.:](\\d{2}))(?:[ \\u00a0]uur)?'],
  ['por', '(?:[ \\u00a0]?h(?:[ \\u00a0]?(\\d{2}))?(?![\\p{L}]))'],
  ['spa', '(?:[.:](\\d{2}))[ \\u00a0]horas'],
  ['rus', '(?:[:.](\\d{2}))'],
  ['ukr', '(?:[:.](\\d{2}))'],
  ['pol', '(?:[:.](\\d{2}))'],
  ['ces', '(?:[:.](\\d{2}))'],
  ['tur', '(?:[:.](\\d{2}))'],
  ['swe', '(?:[:.](\\d{2}))'],
  ['dan', '(?:[:.](\\d{2}))'],
  ['cmn', '(?:时(\\d{1,2})分|时(?![\\d半])|[:：](\\d{2}))'],
]) {
  // "8 h 30", "8h", "8:30": a clock; "8.30" alone in Italian too. Not "8:30:15" (a race time), not "2-8".
  CLOCK_24[code] = new RegExp(`(?<![\\d.:,/-])(\\d{1,2})${mark}(?![\\d:])`, 'gu');
}

/** Before a Chinese time: a character of a word for a part of the day (夜里, 晚, 中午, 凌晨, 通宵). */
const NIGHT_BEFORE_HAN = /[夜晚午早晨凌宵]/;
/** After a time in another language: a word for the night, the evening or the afternoon. */
const NIGHT_AFTER =
  /^[^.;!?]*?(?<![\p{L}])(?:nuit|soir|après-midi|noche|tarde|madrugada|notte|sera|pomeriggio|nacht|nachts|abends|nachmittags|nacht|avond|middag|ночи|ночью|вечера|вечером|дня|noite|wieczorem|nocy|popołudniu|večer|odpoledne|akşam|gece|öğleden|kväll|natt|eftermiddag|aften|nat)(?![\p{L}])/iu;

/** The source patterns of a language, made once. */
const SOURCE_PATTERNS = new Map<
  string,
  { before?: { regex: RegExp; words: PeriodWord[] }; after?: { regex: RegExp; words: PeriodWord[] }; marks: RegExp }
>();

function sourcePatterns(language: string) {
  let patterns = SOURCE_PATTERNS.get(language);
  if (patterns) return patterns;
  const before = BEFORE[language];
  const after = AFTER[language];
  patterns = {
    ...(before
      ? {
          before: {
            regex: new RegExp(
              `(${before.words.map((w) => w.pattern).join('|')})[ \\u00a0]?(?:的)?${before.hour}`,
              'giu',
            ),
            words: before.words,
          },
        }
      : {}),
    ...(after
      ? {
          after: {
            regex: new RegExp(
              `(?<![\\d.:,/-])(\\d{1,2})(?:[:.h][ \\u00a0]?(\\d{2}))?${HOUR_WORDS}[ \\u00a0]+(${after.map((w) => w.pattern).join('|')})(?![\\p{L}])`,
              'giu',
            ),
            words: after,
          },
        }
      : {}),
    marks: new RegExp(`(?<![\\d.:,/-])(\\d{1,2})(?:[:.](\\d{2}))?[ \\u00a0]?${SOURCE_MARK}`, 'giu'),
  };
  SOURCE_PATTERNS.set(language, patterns);
  return patterns;
}

/** Which period word matched, and so the half it says for this hour (null: not for this hour). */
function halfOf(words: PeriodWord[], matched: string, hour: number): Half | null {
  const word = words.find((w) => new RegExp(`^(?:${w.pattern})$`, 'iu').test(matched));
  if (!word || hour < 1 || hour > 11 || (word.evening && hour < EVENING_FROM)) return null;
  return word.half;
}

function hourOf(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : (HAN_HOURS[raw] ?? NaN);
}

/** The source's clock times, with their half where a word or the 24-hour clock says it. */
function sourceTimes(p: Paragraph, language: string): ClockTime[] {
  const text = asciiDigits(p.analysis.text);
  if (!/[\d一二两兩三四五六七八九十]/.test(text)) return [];
  const patterns = sourcePatterns(language);
  const out: ClockTime[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, hour: number, minute: number | null, half: Half | null) => {
    if (!Number.isFinite(hour) || taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push({ start: p.start + start, end: p.start + end, hour, minute, half });
  };
  if (patterns.before) {
    for (const m of text.matchAll(patterns.before.regex)) {
      const hour = hourOf(m[2]);
      const minute = m[3] ?? m[4];
      add(
        m.index!,
        m.index! + m[0].length,
        hour,
        minute !== undefined ? Number(minute) : m[5] ? 30 : null,
        halfOf(patterns.before.words, m[1], hour),
      );
    }
  }
  if (patterns.after) {
    for (const m of text.matchAll(patterns.after.regex)) {
      const hour = Number(m[1]);
      add(
        m.index!,
        m.index! + m[0].length,
        hour,
        m[2] !== undefined ? Number(m[2]) : null,
        halfOf(patterns.after.words, m[3], hour),
      );
    }
  }
  if (tableLanguage(language) !== 'cmn' && /[ap]\.?[ \u00a0]?m/i.test(text)) {
    for (const m of text.matchAll(patterns.marks)) {
      const hour = Number(m[1]);
      add(
        m.index!,
        m.index! + m[0].length,
        hour,
        m[2] !== undefined ? Number(m[2]) : null,
        hour >= 1 && hour <= 11 ? (m[3].toLowerCase().startsWith('a') ? 'am' : 'pm') : null,
      );
    }
  }
  const clock = CLOCK_24[language];
  if (clock) {
    for (const m of text.matchAll(clock)) {
      const hour = Number(m[1]);
      const minute = m[2] ?? m[3];
      const at = m.index!;
      const end = at + m[0].length;
      // A word for a part of the day near it that no list here has ("夜里11时", "8 h de la nuit"): not known.
      const near =
        language === 'cmn'
          ? NIGHT_BEFORE_HAN.test(text.slice(Math.max(0, at - 3), at))
          : NIGHT_AFTER.test(text.slice(end, end + 30));
      add(at, end, hour, minute !== undefined ? Number(minute) : null, hour >= 1 && hour <= 11 && !near ? 'am' : null);
    }
  }
  return out;
}

const HALF_NAMES: Record<Half, string> = { am: 'the morning', pm: 'the afternoon or evening' };

/** The translation's time with its mark turned to the other half, in the same style ("3 a.m." → "3 p.m."). */
function turned(text: string, half: Half): string | undefined {
  const mark = /(a|p)(\.?[ \u00a0]?)(m)(\.?)$/i.exec(text);
  if (!mark) return undefined;
  const letter = half === 'am' ? 'a' : 'p';
  const first = mark[1] === mark[1].toUpperCase() ? letter.toUpperCase() : letter;
  return text.slice(0, mark.index) + first + mark[2] + mark[3] + mark[4];
}

const rule: AccuracyRule = {
  id: 'time-of-day',
  category: 'accuracy',
  description:
    'A clock time the translation puts in the other half of the day from its source (“3 a.m.” for 下午3点, “8.30 pm” for “8.30 Uhr”).',
  defaultSeverity: 'error',
  scope: (pair) => tableLanguage(pair.language.code),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    if (scope === 'eng' || scope === 'und') return [];
    const target = group.target.flatMap(englishTimes).filter((t) => t.half !== null && t.hour >= 1 && t.hour <= 11);
    if (target.length === 0) return [];
    const source = group.source.flatMap((p) => sourceTimes(p, scope));
    const out: AccuracyFinding[] = [];
    for (const t of target) {
      const same = source.filter(
        (s) => s.hour === t.hour && (s.minute === null || t.minute === null || s.minute === t.minute),
      );
      if (
        same.length === 0 ||
        same.some((s) => s.half !== 'am' && s.half !== 'pm') ||
        same.some((s) => s.half === t.half)
      )
        continue;
      const s = same[0];
      const sourceText = pair.source.text.slice(s.start, s.end);
      const written = pair.target.text.slice(t.start, t.end);
      const suggestion = turned(written, s.half!);
      out.push({
        start: t.start,
        end: t.end,
        sourceStart: s.start,
        sourceEnd: s.end,
        message: `${quote(written)} is in ${HALF_NAMES[t.half!]}; the source’s ${quote(sourceText)} is in ${HALF_NAMES[s.half!]}.`,
        ...(suggestion ? { suggestions: [suggestion] } : {}),
      });
    }
    return out;
  },
};

export default rule;

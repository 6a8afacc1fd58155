/**
 * Months and weekdays a paragraph names, in the source's language or in English: "11 février",
 * "2月11日", "星期一", "Monday, February 11". Short or ambiguous names (English "May", French
 * "mars", any abbreviation) count only beside a number, as in a date.
 */
import dateData from './data/dates.json';
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
}

const FILE = 'src/core/bilingual/data/dates.json';

function readNames(data: unknown): Map<string, DateNames> {
  const out = new Map<string, DateNames>();
  for (const [code, raw] of Object.entries(data as Record<string, unknown>)) {
    if (code === '//') continue;
    const entry = raw as { months?: unknown; weekdays?: unknown };
    const lists = (v: unknown, n: number): v is string[][] =>
      Array.isArray(v) && v.length === n && v.every((l) => Array.isArray(l) && l.length > 0 && l.every((w) => typeof w === 'string' && w === w.toLowerCase()));
    if (!lists(entry?.months, 12) || !lists(entry?.weekdays, 7)) {
      throw new RuleDataError(`${FILE}: "${code}" needs "months" (12 lists) and "weekdays" (7 lists) of lower-case names.`);
    }
    const names = new Map<string, [DateMention['kind'], number]>();
    entry.months.forEach((forms, i) => forms.forEach((f) => names.set(f, ['month', i + 1])));
    entry.weekdays.forEach((forms, i) => forms.forEach((f) => names.set(f, ['weekday', i + 1])));
    const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    out.set(code, { names, pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])\\.?`, 'giu') });
  }
  if (!out.has('eng')) throw new RuleDataError(`${FILE}: the English ("eng") entry is missing.`);
  return out;
}

const NAMES = readNames(dateData);

// English names that are also common words, and every abbreviation, need a number beside them.
const AMBIGUOUS = new Set(['may', 'march', 'august', 'mars', 'mai', 'minggu', 'pazar', 'cuma', 'ekim', 'mart', 'rabu', 'set', 'out']);
const HAN_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const JA_WEEKDAY: Record<string, number> = { 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 日: 7 };
const KO_WEEKDAY: Record<string, number> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };

/** The months and weekdays of a paragraph in `language` (ISO 639-3; 'eng' for the translation). */
export function findDates(paragraph: string, language: string): DateMention[] {
  const text = asciiDigits(paragraph);
  const out: DateMention[] = [];
  const table = NAMES.get(language);
  if (table) {
    for (const m of text.matchAll(table.pattern)) {
      const name = m[0].replace(/\.$/, '').replace(/\s+/g, ' ');
      const found = table.names.get(name.toLowerCase());
      if (!found) continue;
      const start = m.index ?? 0;
      // The dot of an abbreviation ("Feb.") belongs to it; a full stop after a full name does not.
      const end = start + (name.length <= 4 ? m[0].length : name.length);
      // English names are capitalised; a lower-case "march" is a verb.
      if (language === 'eng' && !/^\p{Lu}/u.test(name)) continue;
      const short = name.length <= 4 || AMBIGUOUS.has(name.toLowerCase());
      if (short && !besideNumber(text, start, end)) continue;
      out.push({ start, end, kind: found[0], value: found[1] });
    }
  }
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
    for (const m of text.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,3})[ \u00a0]?月(?!份?[底初中])/g)) {
      const value = /\d/.test(m[1]) ? Number(m[1]) : readHan(m[1])[0];
      if (value >= 1 && value <= 12) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'month', value });
    }
    for (const m of text.matchAll(/(?<!每)(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])(?![年次])/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: HAN_WEEKDAY[m[1]] });
    }
    for (const m of text.matchAll(/([月火水木金土日])曜日?/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: JA_WEEKDAY[m[1]] });
    }
  }
  if (/[\uac00-\ud7af]/.test(text)) {
    for (const m of text.matchAll(/(\d{1,2})\s?월/g)) {
      const value = Number(m[1]);
      if (value >= 1 && value <= 12) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'month', value });
    }
    for (const m of text.matchAll(/([월화수목금토일])요일/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'weekday', value: KO_WEEKDAY[m[1]] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a number stands right before or after `start..end` ("11 May", "May 11", "May 2023"). */
function besideNumber(text: string, start: number, end: number): boolean {
  return /\d[\p{L}]{0,2}[ \u00a0.,-]{0,2}$/u.test(text.slice(Math.max(0, start - 8), start)) || /^[ \u00a0.,-]{0,3}\d/.test(text.slice(end, end + 6));
}

/** The English name of a month or weekday mention's value. */
export function dateName(kind: DateMention['kind'], value: number): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return (kind === 'month' ? months : days)[value - 1] ?? String(value);
}

/** Whether Verso knows the month and weekday names of `language`. */
export function knowsDateNames(language: string): boolean {
  return NAMES.has(language) || language === 'cmn' || language === 'jpn' || language === 'kor';
}

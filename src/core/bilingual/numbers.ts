/**
 * The numbers of a paragraph in any language, with the values they may stand for: "4 500" and
 * "4.500" are 4,500; "7,25 %" is 7.25 per cent; "2,4 milliards" is 2.4 billion; 3.5万 is 35,000;
 * 十六 is 16 and 二〇二三 is 2023; Arabic-Indic and Persian digits read like ASCII ones. A percentage
 * sign, a currency and a unit stay in the number's span, so the editor sees what the number was.
 */
import numberData from './data/numbers.json';
import { RuleDataError } from '../rules/data/validate';
import { belowZero, unitAfter, type Unit } from './units';

/** One number found in a paragraph. Offsets are relative to the paragraph. */
export interface NumberMention {
  start: number;
  end: number;
  /** The values it may stand for (an ambiguous "4.500" in an unknown language: 4500 and 4.5). */
  values: number[];
  /**
   * Written with digits (or a Chinese numeral with a place value), so its absence from the other
   * side means something. Number words ("two", "deux", 一) only ever excuse a number.
   */
  strict: boolean;
  /** What it counts, when the text says: a percentage, a month (2月), a day of the month (11日). */
  kind: 'number' | 'percent' | 'month' | 'day';
  /** The scale word or place value applied (1e9 for "2,4 milliards"), 1 when none. */
  scale: number;
  /** Written against letters, as part of a name or code (COVID-19, G20, 5G). */
  glued: boolean;
  /** The currency written with it, as an ISO 4217 code, 'dollar' for a bare $, 'yen-yuan' for ¥. */
  currency?: string;
  /** The unit of measurement written after it (km, miles, °C). */
  unit?: Unit;
  /** Where that unit's name ends, counted from the mention's start ("120 miles": 9). */
  unitEnd?: number;
  /** Said to be below zero ("minus 5", 零下5, "-5"): its values are unsigned. */
  below?: boolean;
}

// Currencies written before an amount (symbols, codes) and after it (words, symbols, Chinese names).
const CURRENCY_SIGNS: [RegExp, string][] = [
  [/US\$|USD/y, 'USD'], [/HK\$|HKD/y, 'HKD'], [/S\$|SGD/y, 'SGD'], [/NT\$|TWD/y, 'TWD'], [/A\$|AUD/y, 'AUD'],
  [/C\$|CAD/y, 'CAD'], [/R\$|BRL/y, 'BRL'], [/\$/y, 'dollar'], [/€|EUR/y, 'EUR'], [/£|GBP/y, 'GBP'], [/¥/y, 'yen-yuan'],
  [/CNY|RMB/y, 'CNY'], [/JPY/y, 'JPY'], [/₹|INR|Rs\.?/y, 'INR'], [/₽|RUB/y, 'RUB'], [/₩|KRW/y, 'KRW'], [/₺|TRY/y, 'TRY'],
  [/₦|NGN/y, 'NGN'], [/₫|VND/y, 'VND'], [/Rp\.?/y, 'IDR'], [/zł|PLN/y, 'PLN'],
];
/** Any of the signs, ending where a number may follow (a space between or none): a test that fails for every text currencyBefore reads as no sign. */
const ANY_SIGN_BEFORE = new RegExp(`(?:${CURRENCY_SIGNS.map(([p]) => p.source).join('|')})[ \\u00a0]?$`);
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^[多余]?(?:美元|美金)/, 'USD'], [/^[多余]?(?:港元|港币)/, 'HKD'], [/^[多余]?(?:新元|新币|新加坡元)/, 'SGD'], [/^[多余]?(?:新台币|台币)/, 'TWD'],
  [/^[多余]?澳元/, 'AUD'], [/^[多余]?加元/, 'CAD'], [/^[多余]?欧元/, 'EUR'], [/^[多余]?英镑/, 'GBP'], [/^[多余]?(?:日元|円)/, 'JPY'], [/^[多余]?韩元/, 'KRW'],
  [/^[多余]?卢布/, 'RUB'], [/^[多余]?人民币/, 'CNY'], [/^[多余]?(?:元|块钱)/, 'yuan'],
  [/^[ \u00a0]?(?:US dollars?|U\.S\. dollars?|American dollars?)\b/i, 'USD'], [/^[ \u00a0]?(?:Hong Kong dollars?)\b/i, 'HKD'],
  [/^[ \u00a0]?(?:Singapore dollars?)\b/i, 'SGD'], [/^[ \u00a0]?(?:dollars?|dólar(?:es)?|dollari?|dolar(?:es)?|доллар\p{L}*)(?!\p{L})/iu, 'dollar'],
  [/^[ \u00a0]?(?:€|euros?|Euro|evro|евро|ευρώ|يورو)(?!\p{L})/iu, 'EUR'], [/^[ \u00a0]?(?:£|pounds?(?: sterling)?|livres? sterling|libras?)(?!\p{L})/iu, 'GBP'],
  [/^[ \u00a0]?(?:yuan|renminbi|RMB|CNY)(?!\p{L})/iu, 'CNY'], [/^[ \u00a0]?(?:yen|JPY)(?!\p{L})/iu, 'JPY'], [/^[ \u00a0]?(?:won)(?!\p{L})/iu, 'KRW'],
  [/^[ \u00a0]?(?:rupees?|roupies?)(?!\p{L})/iu, 'INR'], [/^[ \u00a0]?(?:roubles?|rubles?|рубл\p{L}*)(?!\p{L})/iu, 'RUB'], [/^[ \u00a0]?\$/u, 'dollar'],
  [/^[ \u00a0]?(?:FCFA|francs? CFA)(?!\p{L})/iu, 'XOF'],
  [/^[ \u00a0]?(?:kronor|kroner|krona|krone|korun[ay]?|Kč|kr|crowns?)(?!\p{L})/iu, 'crown'], [/^[ \u00a0]?(?:zł|złotych|złote|zlot(?:y|ys|ies)|PLN)(?!\p{L})/iu, 'PLN'],
  [/^[ \u00a0]?(?:forint(?:ot|s)?|HUF)(?!\p{L})/iu, 'HUF'], [/^[ \u00a0]?(?:liras?|TL)(?!\p{L})/u, 'TRY'], [/^[ \u00a0]?(?:rupiah|IDR)(?!\p{L})/iu, 'IDR'], [/^[ \u00a0]?(?:บาท|baht|THB)/iu, 'THB'],
  [/^[ \u00a0]?(?:रुपये|रुपए|रुपया|روپے|روپیہ)/u, 'INR'], [/^[ \u00a0]?(?:đồng|dong|VND)(?!\p{L})/iu, 'VND'], [/^[ \u00a0]?دولار/u, 'dollar'], [/^[ \u00a0]?(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|HKD|SGD)\b/, 'code'],
];
const DOLLARS = new Set(['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'BRL', 'dollar']);
const YUAN = new Set(['CNY', 'TWD', 'HKD', 'MOP', 'yen-yuan']);

/** Whether two currencies may be the same one ($ for US$, ¥ for yuan). */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b || a === 'code' || b === 'code') return true;
  if ((a === 'dollar' && DOLLARS.has(b)) || (b === 'dollar' && DOLLARS.has(a))) return true;
  if ((a === 'yen-yuan' && (b === 'CNY' || b === 'JPY')) || (b === 'yen-yuan' && (a === 'CNY' || a === 'JPY'))) return true;
  // A bare 元 is the currency of wherever the text is from: yuan, New Taiwan or Hong Kong dollars.
  if ((a === 'yuan' && YUAN.has(b)) || (b === 'yuan' && YUAN.has(a))) return true;
  return false;
}

/** The currency named right before `at` in `text` (sign or code, one space allowed), with its length. */
function currencyBefore(text: string, at: number): [string, number] | null {
  const head = text.slice(Math.max(0, at - 5), at);
  // Most numbers have no sign before them: one test of every sign at once first.
  if (!ANY_SIGN_BEFORE.test(head)) return null;
  for (const [pattern, code] of CURRENCY_SIGNS) {
    for (let k = 0; k < head.length; k++) {
      pattern.lastIndex = k;
      const m = pattern.exec(head);
      if (m && /^[ \u00a0]?$/.test(head.slice(k + m[0].length))) return [code, head.length - k];
    }
  }
  return null;
}

/** The currency named right after an amount, with its length ("2,4 milliards d’euros", "5 millones de dólares" too). */
function currencyAfter(after: string): [string, number] | null {
  for (const [pattern, code] of CURRENCY_WORDS) {
    const m = pattern.exec(after);
    if (m) return [code, m[0].length];
  }
  const link = /^[ \u00a0]?(?:d['’]|de[ \u00a0]|di[ \u00a0])/i.exec(after);
  if (link) {
    const rest = after.slice(link[0].length);
    for (const [pattern, code] of CURRENCY_WORDS) {
      const m = /^[ \u00a0]/.test(rest) ? null : pattern.exec(rest);
      if (m && /^\p{L}/u.test(m[0])) return [code, link[0].length + m[0].length];
    }
  }
  return null;
}

/** How one language writes numbers (src/core/bilingual/data/numbers.json). */
interface NumberStyle {
  decimalComma: boolean | null;
  scales: Map<string, number>;
  /** Longest scale phrase first, as one pattern matched right after a number. */
  scalePattern: RegExp | null;
  words: Map<string, number>;
}

const FILE = 'src/core/bilingual/data/numbers.json';

function readStyles(data: unknown): Map<string, NumberStyle> {
  const out = new Map<string, NumberStyle>();
  for (const [code, raw] of Object.entries(data as Record<string, unknown>)) {
    if (code === '//') continue;
    const entry = raw as { decimalComma?: unknown; scales?: unknown; words?: unknown; unspaced?: unknown };
    if (typeof entry?.decimalComma !== 'boolean' || !isNumberRecord(entry.scales) || !isNumberRecord(entry.words)) {
      throw new RuleDataError(`${FILE}: "${code}" needs "decimalComma" (true/false) and "scales" and "words" objects of numbers.`);
    }
    if (entry.unspaced !== undefined && typeof entry.unspaced !== 'boolean') throw new RuleDataError(`${FILE}: "${code}"."unspaced" must be true or false.`);
    const scales = new Map(Object.entries(entry.scales));
    const keys = [...scales.keys()].sort((a, b) => b.length - a.length).map(escape);
    out.set(code, {
      decimalComma: entry.decimalComma,
      scales,
      // A language written without spaces (Thai) puts the next word right after a scale word.
      scalePattern: keys.length ? new RegExp(`^[ \\u00a0\\u202f]?(${keys.join('|')})\\.?${entry.unspaced === true ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu') : null,
      words: new Map(Object.entries(entry.words)),
    });
  }
  if (!out.has('eng')) throw new RuleDataError(`${FILE}: the English ("eng") entry is missing.`);
  return out;
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'number');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]');
}

const STYLES = readStyles(numberData);
const UNKNOWN: NumberStyle = { decimalComma: null, scales: new Map(), scalePattern: null, words: new Map() };

/**
 * Every language's scale words together, each with every value a language gives it ("billion" is
 * 10⁹ in English and 10¹² in French): for a source whose language franc misnames or Verso has no
 * table for ("73 тыс." in a Russian source read as Macedonian).
 */
const ANY_SCALES = (() => {
  const all = new Map<string, number[]>();
  for (const style of STYLES.values()) for (const [word, factor] of style.scales) all.set(word, [...new Set([...(all.get(word) ?? []), factor])]);
  const keys = [...all.keys()].filter((k) => k.length > 1).sort((a, b) => b.length - a.length).map(escape);
  return { all, pattern: new RegExp(`^[ \\u00a0\\u202f]?(${keys.join('|')})\\.?(?![\\p{L}\\p{N}])`, 'iu') };
})();

/** A scale word of any language at the start of `rest` (after a number): its values and length. */
function anyScale(rest: string): { factors: number[]; length: number } | null {
  const word = ANY_SCALES.pattern.exec(rest);
  const factors = word ? ANY_SCALES.all.get(word[1].toLowerCase().replace(/[ \u00a0]+/g, ' ')) : undefined;
  return word && factors ? { factors, length: word[0].length - (word[1].length > 4 && word[0].endsWith('.') ? 1 : 0) } : null;
}

/** Whether Verso knows how `language` (ISO 639-3) writes numbers. */
export function knowsNumberStyle(language: string): boolean {
  return STYLES.has(language);
}

// Digits of other scripts (each one UTF-16 unit, so offsets survive the mapping): Arabic-Indic,
// Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
// Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, full-width; the Arabic decimal and thousands
// separators and percent sign; full-width stops and percent.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0xff10];
const SEPARATORS: Record<number, string> = { 0x066b: '.', 0x066c: ',', 0x066a: '%', 0xff0e: '.', 0xff05: '%', 0xff0c: ',' };

/** The text with every digit written as ASCII, same length, same offsets. */
export function asciiDigits(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x0660 || asciiDigit(text.charCodeAt(i)) === undefined) continue;
    // The first one found: the rest copied from here, each mapped.
    let out = text.slice(0, i);
    for (let j = i; j < text.length; j++) out += asciiDigit(text.charCodeAt(j)) ?? text[j];
    return out;
  }
  return text;
}

/** The ASCII digit or separator a character of another script stands for, or undefined. */
function asciiDigit(c: number): string | undefined {
  if (c < 0x0660) return undefined;
  // The blocks are in order and ten apart at least.
  for (const base of DIGIT_BLOCKS) {
    if (c < base) break;
    if (c <= base + 9) return String.fromCharCode(48 + c - base);
  }
  return SEPARATORS[c];
}

// A number in digits: grouped thousands (1,234,567.8 / 1.234.567,8 / 4 500 / 4'500) or plain (12.5).
// Indian grouping (1,00,000 for 100,000; 12,34,567) comes first.
const DIGITS = /(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{1,3}(?:([,.\u00a0\u202f' ’])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?![\d])|(?<![\d])\d+(?:[.,]\d+)?(?![\d])/g;
// A date in digits: day and month (either order) and a year of two or four digits, or a year first.
const DIGIT_DATE = /(?<![\d.,/-])(?:(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\d/-]|[.,]\d)/g;
// Roman numerals, as other languages write centuries, congresses and monarchs (XXIe siècle, siglo XXI, XX век).
// The lookahead: a numeral starts with one of its letters (without it the pattern also matches
// nothing between any two non-letters, which is most of a text's positions).
const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:e|er|ème|eme|º|°|-?й|-?го|\.)?(?![\p{L}\p{N}])/gu;
const ROMAN_DIGIT: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
// Chinese and Japanese numerals, with or without digits in front (3.5万, 十六, 二〇二三, 1億).
const HAN_NUMERAL = /[零〇一二两三四五六七八九十百千万萬亿億兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅]+/g;
const HAN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const HAN_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const HAN_LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const HANGUL_SCALE: Record<string, number> = { 십: 10, 백: 100, 천: 1000, 만: 1e4, 억: 1e8, 조: 1e12 };
const PERCENT_AFTER =
  /^[ \u00a0\u202f]?(?:%|‰|percent\b|per cent\b|pour cent\b|por ciento\b|por cento\b|per cento\b|prozent\b|procent\b|процент\p{L}*|відсот\p{L}*|persen\b|درصد|بالمئة|بالمائة|في المئة|퍼센트|プロセント|パーセント)/iu;
const CURRENCY_BEFORE = /(?:US\$|HK\$|NT\$|A\$|C\$|R\$|S\$|[$€£¥₹₽₩₺₦₫]|\b(?:USD|EUR|GBP|CNY|RMB|JPY|Rs\.?|Rp\.?))[ \u00a0]?$/u;
const UNIT_AFTER =
  /^[ \u00a0\u202f]?(?:km²|km2|m²|m2|km\/h|kmh|mph|km|kg|mg|cm|mm|ml|kWh|MWh|GWh|kW|MW|GW|°C|°F|ha|mi|lb|lbs|oz|ft|公里|千米|米|公斤|千克|吨|平方米|平方公里|公顷|岁|名|人|个|家|亿|万)(?![\p{L}])/u;

/**
 * Years of other calendars, by the language that writes them, as the Gregorian years they fall in:
 * the Buddhist era of Thai and Lao (2566 is 2023), the Solar Hijri year of Persian, Dari and
 * Pashto (1402 runs from March 2023 to March 2024), Nepal's Bikram Sambat (2080: April 2023 to
 * April 2024), the Ethiopian year of Amharic and Tigrinya (2016: September 2023 to September
 * 2024). A Hijri year is read where its mark says so (1445 هـ, 1445 للهجرة), in any language.
 */
const CALENDAR_YEARS: Record<string, { from: number; to: number; offsets: number[] }> = {
  tha: { from: 2400, to: 2700, offsets: [-543] },
  lao: { from: 2400, to: 2700, offsets: [-543] },
  pes: { from: 1300, to: 1500, offsets: [621, 622] },
  pbu: { from: 1300, to: 1500, offsets: [621, 622] },
  pst: { from: 1300, to: 1500, offsets: [621, 622] },
  npi: { from: 1990, to: 2150, offsets: [-57, -56] },
  nep: { from: 1990, to: 2150, offsets: [-57, -56] },
  amh: { from: 1900, to: 2100, offsets: [7, 8] },
  tir: { from: 1900, to: 2100, offsets: [7, 8] },
};
const HIJRI_MARK = /^[ \u00a0]?(?:هـ|ه‍?(?![\p{L}])|هجري|للهجرة|ھ|AH(?![\p{L}]))/u;

/** The Gregorian years a Hijri (lunar) year falls in: 1445 AH is July 2023 to July 2024. */
function hijriYears(year: number): number[] {
  const first = Math.floor((year - 1) * 0.970224 + 622.54);
  return [first, first + 1];
}

// The Solar Hijri months of Iran and of Afghanistan (Farvardin or Hamal first), after a day.
const SOLAR_MONTHS: string[][] = [
  ['فروردین', 'حمل'], ['اردیبهشت', 'ثور'], ['خرداد', 'جوزا'], ['تیر', 'سرطان'], ['مرداد', 'امرداد', 'اسد'], ['شهریور', 'سنبله'],
  ['مهر', 'میزان'], ['آبان', 'عقرب'], ['آذر', 'قوس'], ['دی', 'جدی'], ['بهمن', 'دلو'], ['اسفند', 'حوت'],
];
const SOLAR_MONTH_AFTER = new RegExp(`^[ \\u00a0\\u200c]?(${SOLAR_MONTHS.flat().join('|')})(?![\\p{L}])`, 'u');

/**
 * The Gregorian days of the month a Solar Hijri day may be (its year unknown: the new year is
 * March 20 or 21): 25 Esfand is 15 or 16 March.
 */
function solarDays(day: number, month: number): number[] {
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  return [20, 21].map((start) => new Date(Date.UTC(2022, 2, start + offset)).getUTCDate());
}

/** The year before an era's first year (令和1年 is 2019). */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 民國: 1911, 民国: 1911 };

// What says a number with a point is a time of day: a word for hours after it, or "at" before it.
const TIME_AFTER = /^[ \u00a0]?(?:h|hs?\.|horas?|hrs?|uhr|heures?|uur|ore|godz|час\p{L}*|saat|giờ|น\.)(?!\p{L})/iu;
const TIME_BEFORE = /(?<!\p{L})(?:a las|a la|às|à|um|gegen|alle|om|kl\.?|o godz\.?|godz\.?|в|о|ve|v|ob|u|saat|pukul|jam|lúc|klo|kello)\s*$/iu;

/** Every number in a paragraph of `language` (ISO 639-3; 'eng' for the translation). */
export function findNumbers(paragraph: string, language: string): NumberMention[] {
  const style = STYLES.get(language) ?? UNKNOWN;
  const text = asciiDigits(paragraph);
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  // A date in digits (15.03.2024, 15/3/24, 2024-03-15): its day and month only excuse (the date
  // rule compares them; which is which depends on the country), its year counts.
  for (const m of text.matchAll(DIGIT_DATE)) {
    const at = m.index ?? 0;
    const parts = m[1] ? [m[1], m[3], m[4]] : [m[7], m[6], m[5]];
    const [a, b] = [Number(parts[0]), Number(parts[1])];
    if (!((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31))) continue;
    let offset = at;
    const pieces = m[1] ? [m[1], m[2], m[3], m[2], m[4]] : [m[5], '-', m[6], '-', m[7]];
    pieces.forEach((piece, k) => {
      if (k % 2 === 0) {
        const isYear = piece.length === 4 || (k === 4 && !!m[1]);
        const value = Number(piece);
        out.push({ start: offset, end: offset + piece.length, values: isYear && piece.length === 2 ? [value, 2000 + value] : [value], strict: isYear, kind: 'number', scale: 1, glued: false });
      }
      offset += piece.length;
    });
    taken.push([at, at + m[0].length]);
  }
  for (const m of text.matchAll(DIGITS)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    // A 12-hour clock time written with a point ("6.30 pm") is an hour and its minutes, not 6.3.
    const clock = /^(\d{1,2})\.([0-5]\d)$/.exec(m[0]);
    if (clock && Number(clock[1]) <= 12 && /^[ \u00a0]?(?:[ap]\.?m\b)/i.test(text.slice(end, end + 5))) {
      const split = start + clock[1].length + 1;
      out.push({ start, end: split - 1, values: [Number(clock[1])], strict: true, kind: 'number', scale: 1, glued: false });
      out.push({ start: split, end, values: [Number(clock[2])], strict: true, kind: 'number', scale: 1, glued: false });
      taken.push([start, end]);
      continue;
    }
    // A 24-hour time written with a point, as many languages do ("a las 10.30 horas", "18.30 Uhr",
    // "om 9.15 uur"): its hour (or the decimal it also reads as), and its minutes, which excuse only.
    if (clock && Number(clock[1]) <= 24 && language !== 'eng' && (TIME_AFTER.test(text.slice(end, end + 8)) || TIME_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) {
      const split = start + clock[1].length + 1;
      const hour = Number(clock[1]);
      out.push({ start, end: split - 1, values: [hour, hour + Number(clock[2]) / 100], strict: true, kind: 'number', scale: 1, glued: false });
      out.push({ start: split, end, values: [Number(clock[2])], strict: false, kind: 'number', scale: 1, glued: false });
      taken.push([start, end]);
      continue;
    }
    let values = readDigits(m[0], style.decimalComma);
    let kind: NumberMention['kind'] = 'number';
    let scale = 1;
    const rest = text.slice(end, end + 24);
    // Chinese, Japanese and Korean place values written after digits: 3.5万, 1.2万亿, 3千万, 5억.
    const han = /^[多余]?[十百千万萬亿億兆]+/.exec(rest) ?? (language === 'kor' ? /^[십백천만억조]+/.exec(rest) : null);
    if (han) {
      const factor = [...han[0]].reduce((f, c) => f * (HAN_SMALL[c] ?? HAN_LARGE[c] ?? HANGUL_SCALE[c] ?? 1), 1);
      values = values.map((v) => v * factor);
      scale = factor;
      end += han[0].length;
    } else if (/^[成割](?![为為功立员員本交长長绩績])/.test(rest) && (/[\u4e00-\u9fff]/.test(rest[0]))) {
      // 3成, 3割: three tenths, as Chinese and Japanese write shares (30%).
      values = [...values, ...values.map((v) => v * 10)];
      kind = 'percent';
      end += 1;
    } else if (style === UNKNOWN && /^[ \u00a0]\p{L}{2,}/u.test(rest)) {
      // A language without a table: a scale word of any language may be one (with each value a
      // language gives it), another word after the number one Verso does not know.
      const any = anyScale(rest);
      values = [...values, ...values.flatMap((v) => (any ? any.factors : [1e3, 1e6, 1e9, 1e12]).map((f) => v * f))];
      if (any) end += any.length;
    } else if (style.scalePattern || language === 'eng') {
      const word = style.scalePattern?.exec(rest);
      const name = word?.[1]?.toLowerCase().replace(/[ \u00a0]+/g, ' ');
      const factor = name === undefined ? undefined : style.scales.get(name);
      // A one-letter scale ("$5m", "€2bn" is longer) only right after a currency amount.
      const currency = CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start));
      if (factor !== undefined && word && (name!.length > 1 || (currency && !/^\s/.test(word[0])))) {
        values = values.map((v) => v * factor);
        scale = factor;
        // The dot of an abbreviation ("Mrd.") belongs to it; a full stop after "billion" does not.
        end += word[0].length - (name!.length > 4 && word[0].endsWith('.') ? 1 : 0);
      } else if (language !== 'eng') {
        // A scale word of a close relative, for a source franc takes for its neighbour ("73 тыс."
        // in a Russian source read as Macedonian or Bulgarian): it may be one.
        const any = anyScale(rest);
        if (any) {
          values = [...values, ...values.flatMap((v) => any.factors.map((f) => v * f))];
          end += any.length;
        }
      }
    }
    // A year of an era: Japanese 令和5年 (2023), 平成, 昭和; the Republic of China's 民國112年, and a
    // Taiwanese 112年 written without it (1911 + 112 = 2023).
    if (scale === 1 && values.length === 1 && Number.isInteger(values[0]) && /^[ \u00a0]?年/.test(text.slice(end, end + 2))) {
      const era = /(令和|平成|昭和|大正|民國|民国)\s*$/.exec(text.slice(Math.max(0, start - 3), start));
      const offset = era ? ERAS[era[1]] : values[0] >= 38 && values[0] <= 150 && (language === 'cmn' || language === 'und') ? 1911 : 0;
      if (offset) values = [...values, values[0] + offset];
    }
    // A year of another calendar; a Hijri year where its mark says so.
    const calendar = CALENDAR_YEARS[language];
    if (scale === 1 && values.length === 1 && Number.isInteger(values[0])) {
      const year = values[0];
      if (calendar && year >= calendar.from && year <= calendar.to) values = [year, ...calendar.offsets.map((o) => year + o)];
      // Nepal's Bikram Sambat where its mark says so, as franc takes Nepali for Marathi or Hindi: २०८० साल, वि.सं. २०८०.
      else if (year >= 1990 && year <= 2150 && (/^[ \u00a0]?साल/.test(text.slice(end, end + 5)) || /वि\.? ?सं\.?[ \u00a0]?$/.test(text.slice(Math.max(0, start - 8), start))))
        values = [year, year - 57, year - 56];
      else if (year >= 1300 && year <= 1500 && HIJRI_MARK.test(text.slice(end, end + 8))) values = [year, ...hijriYears(year)];
    }
    const after = text.slice(end, end + 24);
    let measure: Unit | undefined;
    let measureEnd = 0;
    const percent = kind === 'percent' ? null : PERCENT_AFTER.exec(after);
    if (kind === 'percent') {
      // read above
    } else if (percent) {
      kind = 'percent';
      end += percent[0].length;
    } else if (/^[ \u00a0]?(?:月|월)/.test(after) && values.every((v) => v >= 1 && v <= 12 && Number.isInteger(v))) {
      kind = 'month';
      end += after.indexOf(/月/.test(after) ? '月' : '월') + 1;
    } else if (/^[ \u00a0]?(?:日|号|일)/.test(after) && values.every((v) => v >= 1 && v <= 31 && Number.isInteger(v))) {
      kind = 'day';
    } else if (/^[ \u00a0]?गते/.test(after) && values.every((v) => v >= 1 && v <= 32 && Number.isInteger(v))) {
      // A day of a Bikram Sambat month (असार १५ गते), whose Gregorian day only its year's table tells.
      kind = 'day';
    } else if (language === 'pes' && values.length === 1 && values[0] >= 1 && values[0] <= 31 && SOLAR_MONTH_AFTER.test(after)) {
      // A day of a Solar Hijri month: the Gregorian day it is.
      const name = SOLAR_MONTH_AFTER.exec(after)![1];
      kind = 'day';
      values = [values[0], ...solarDays(values[0], SOLAR_MONTHS.findIndex((names) => names.includes(name)) + 1)];
    } else {
      // A unit of measurement, after a scale word's "of" too ("2,4 millions de kilomètres carrés").
      const link = scale > 1 ? /^[ \u00a0]?(?:de |d['’]|of |di )/i.exec(after) : null;
      const read = unitAfter(link ? after.slice(link[0].length) : after, language !== 'eng');
      if (read) {
        measure = read.unit;
        measureEnd = end + (link ? link[0].length : 0) + read.length;
      }
      const unit = UNIT_AFTER.exec(after);
      if (unit) end += unit[0].length;
    }
    const before = currencyBefore(text, start);
    const afterCurrency = before ? null : currencyAfter(text.slice(end, end + 24));
    if (before) start -= before[1];
    else if (afterCurrency) end += afterCurrency[1];
    const currency = before?.[0] ?? afterCurrency?.[0];
    const glued = !before && /[\p{L}][-‑]?$/u.test(text.slice(Math.max(0, m.index! - 2), m.index)) || /^[\p{L}]/u.test(text.slice(end, end + 1)) && !/^(?:st|nd|rd|th|s)\b/i.test(text.slice(end, end + 3));
    const mention: NumberMention = { start, end, values: unique(values), strict: true, kind, scale, glued };
    if (currency) mention.currency = currency;
    if (measure) {
      mention.unit = measure;
      mention.unitEnd = Math.max(end, measureEnd) - start;
      if (belowZero(text, m.index ?? 0)) mention.below = true;
    }
    out.push(mention);
    taken.push([start, end]);
  }
  joinPlaceValues(text, out, language);
  rangeUnits(text, out);
  if (language === 'cmn' || language === 'jpn' || language === 'und' || /[\u4e00-\u9fff]/.test(text)) {
    for (const m of text.matchAll(HAN_NUMERAL)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a) || /\d$/.test(text.slice(0, start))) continue;
      const values = readHan(m[0]);
      if (values.length === 0) continue;
      const after = text.slice(end, end + 2);
      const before = text.slice(Math.max(0, start - 3), start);
      let kind: NumberMention['kind'] = 'number';
      if (/^[成割](?![为為功立员員本交长長绩績])/.test(after) && values.every((v) => v >= 1 && v <= 10)) {
        // 两成, 三割: tenths (20%, 30%).
        values.push(...values.map((v) => v * 10));
        kind = 'percent';
      } else if (before.endsWith('百分之')) kind = 'percent';
      else if (after.startsWith('月') && values.every((v) => v >= 1 && v <= 12)) kind = 'month';
      else if (/^[日号]/.test(after) && values.every((v) => v >= 1 && v <= 31)) kind = 'day';
      // A numeral with a place value (三十, 两万) or a digit-by-digit year (二〇二三) is a number the
      // translation must carry; a lone 一 or 十 is as often part of a word (统一, 十分).
      const strict = /[十百千万萬亿億兆拾佰仟]/.test(m[0]) ? /[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(m[0]) && values[0] >= 10 : m[0].length >= 4;
      const mention: NumberMention = { start, end, values, strict: strict && !m[0].startsWith('一十'), kind, scale: /[万萬亿億兆]/.test(m[0]) ? 1e4 : 1, glued: false };
      const currency = currencyAfter(text.slice(end, end + 8));
      if (currency) {
        mention.currency = currency[0];
        mention.end += currency[1];
      }
      out.push(mention);
    }
  }
  out.push(...numberWords(text, style));
  if (language !== 'eng') out.push(...romanNumerals(text, taken));
  out.sort((a, b) => a.start - b.start);
  spreadScales(text, out);
  return out;
}

/**
 * Chinese, Japanese and Korean write a large number as its sections, each with its place value:
 * 1兆2000億 is 1.2 trillion, 3万5千 35,000, 2万5000 25,000, 1조 2000억 1.2 trillion. Digits right after
 * a section with a larger place value (a Korean space between) are the rest of the same number.
 */
function joinPlaceValues(text: string, mentions: NumberMention[], language: string): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.scale < 1e4 || a.kind !== 'number' || a.currency) continue;
    const gap = text.slice(a.end, b.start);
    if (!(gap === '' || (language === 'kor' && gap === ' '))) continue;
    if (!b.values.every((v) => v < a.scale) || !/^\d/.test(text.slice(b.start, b.end))) continue;
    const values: number[] = [];
    for (const x of a.values) for (const y of b.values) values.push(x + y);
    mentions.splice(k, 2, { ...b, start: a.start, values: unique(values), scale: a.scale });
  }
}

/**
 * In a range or list the scale is written once: "4 to 6 million", "13.8-14.3 billion", "4至6万".
 * The first number then also stands for its value at the second one's scale.
 */
function spreadScales(text: string, mentions: NumberMention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.scale !== 1 || b.scale === 1 || !a.strict) continue;
    const between = text.slice(a.end, b.start);
    if (!/^\s*(?:to|and|or|-|–|—|~|至|到|或|和|à|a|y|et|bis|und)\s*(?:[$€£¥]|US\$|S\$|HK\$)?$/i.test(between)) continue;
    a.values = unique([...a.values, ...a.values.map((v) => v * b.scale)]);
    a.scale = b.scale;
  }
}

/** The values a digit string may stand for, given how its language writes decimals. */
export function readDigits(raw: string, decimalComma: boolean | null): number[] {
  const s = raw.replace(/[\u00a0\u202f' ’]/g, (c) => (c === ' ' || c === '\u00a0' || c === '\u202f' || c === "'" || c === '’' ? '_' : c));
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (s.includes('_')) {
    // Spaces or apostrophes group thousands; a final comma or point is the decimal mark.
    return [Number(s.replace(/_/g, '').replace(',', '.'))];
  }
  if (hasComma && hasDot) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    return [Number(s.split(group).join('').replace(decimal, '.'))];
  }
  if (!hasComma && !hasDot) return [Number(s)];
  const mark = hasComma ? ',' : '.';
  const parts = s.split(mark);
  if (parts.length > 2) return [Number(parts.join(''))];
  const grouping = Number(parts.join(''));
  const decimal = Number(parts.join('.'));
  if (parts[1].length !== 3) return [decimal];
  if (decimalComma === null) return [grouping, decimal];
  const commaIsDecimal = decimalComma;
  return (mark === ',') === commaIsDecimal ? [decimal] : [grouping];
}

/**
 * The values of a Chinese numeral: 十六 16, 两万三千 23,000, 二〇二三 2023, 九二 92 (read digit by
 * digit). An approximate 六七千 ("six or seven thousand") stands for both.
 */
export function readHan(raw: string): number[] {
  if (![...raw].some((c) => c in HAN_SMALL || c in HAN_LARGE)) {
    // Digit by digit (二〇二三), or one digit.
    const digits = [...raw].map((c) => HAN_DIGIT[c] ?? (c === '廿' ? 20 : c === '卅' ? 30 : NaN));
    if (digits.some(Number.isNaN)) return [];
    if (digits.length === 1) return [digits[0]];
    const values = [Number(digits.join(''))];
    // Two neighbouring digits are also "one or the other" (三四 = three or four).
    if (digits.length === 2 && digits[1] === digits[0] + 1) values.push(digits[0], digits[1]);
    return values;
  }
  const chars = [...raw];
  // 六七千: two digits side by side before a place value, an approximation; read each alone.
  for (let i = 0; i + 2 < chars.length + 1; i++) {
    const a = HAN_DIGIT[chars[i]];
    const b = HAN_DIGIT[chars[i + 1]];
    if (a !== undefined && b !== undefined && a !== 0 && b === a + 1) {
      const one = placeValue([...chars.slice(0, i + 1), ...chars.slice(i + 2)]);
      const other = placeValue([...chars.slice(0, i), ...chars.slice(i + 1)]);
      return unique([one, other].filter((v): v is number => v !== null));
    }
  }
  const value = placeValue(chars);
  return value === null ? [] : [value];
}

function placeValue(chars: string[]): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in HAN_DIGIT) {
      if (digit !== null && digit !== 0 && HAN_DIGIT[c] !== 0) return null;
      digit = HAN_DIGIT[c];
    } else if (c === '廿' || c === '卅') {
      section += c === '廿' ? 20 : 30;
      digit = null;
    } else if (c in HAN_SMALL) {
      section += (digit ?? 1) * HAN_SMALL[c];
      digit = null;
    } else if (c in HAN_LARGE) {
      const unit = HAN_LARGE[c];
      let part = section + (digit ?? 0);
      if (part === 0 && total === 0) part = 1;
      // 亿 and 兆 multiply all that comes before (一万亿); 万 only its own section (一亿两千万).
      total = unit >= 1e8 ? (total + part) * unit : total + part * unit;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Roman numerals (XXIe, XIX): excuses only, never strict (a capital I or V may be a letter). */
function romanNumerals(text: string, taken: [number, number][]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(ROMAN)) {
    const numeral = m[1];
    if (!numeral) continue;
    // One of C, D, L, M with a letter after it is a word ("Der", "Le", "Ce", "Me"), not 500e or 50e.
    if (numeral.length === 1 && 'CDLM'.includes(numeral) && /^\p{L}/u.test(m[0].slice(1))) continue;
    const start = m.index ?? 0;
    if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    let value = 0;
    for (let i = 0; i < numeral.length; i++) {
      const v = ROMAN_DIGIT[numeral[i]];
      value += v < (ROMAN_DIGIT[numeral[i + 1]] ?? 0) ? -v : v;
    }
    out.push({ start, end: start + m[0].length, values: [value], strict: false, kind: 'number', scale: 1, glued: false });
  }
  return out;
}

// What joins the two ends of a range: "150 à 200 mm", "6 to 8 inches", 5–10 °C, 3至5公里.
const RANGE = /^[ \u00a0]*(?:[-–—~～至到]|to|à|a|al|bis|tot|do|до|and|et|und|y|e|or|ou|oder|o)[ \u00a0]*[-−]?$/i;

/** The first number of a range takes the unit written after the second ("150 à 200 mm": 150 mm). */
function rangeUnits(text: string, out: NumberMention[]): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (let k = sorted.length - 2; k >= 0; k--) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (!a.unit && b.unit && b.start > a.end && RANGE.test(text.slice(a.end, b.start))) {
      a.unit = b.unit;
      if (belowZero(text, a.start)) a.below = true;
    }
  }
}

/** Number words of the language ("two", "deux"): excuses only, never strict. */
function numberWords(text: string, style: NumberStyle): NumberMention[] {
  if (style.words.size === 0) return [];
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
    const word = m[0].toLowerCase();
    let value = style.words.get(word);
    if (value === undefined && word.includes('-')) {
      // English compounds and ordinals: twenty-five, twenty-first, 16th is digits already.
      const parts = word.split('-');
      if (parts.length === 2 && style.words.has(parts[0]) && style.words.has(parts[1])) value = style.words.get(parts[0])! + style.words.get(parts[1])!;
    }
    // "sixfold", "tenfold"
    if (value === undefined && word.endsWith('fold')) value = style.words.get(word.slice(0, -4).replace(/-$/, ''));
    // Neither a number word nor "a": nothing to read after it.
    if (value === undefined && word !== 'a' && word !== 'an') continue;
    const start = m.index ?? 0;
    // "two hundred", "three million", "half a million", "a quarter of a million": a scale word
    // after the number word multiplies it.
    const next = /^[ \u00a0]+(?:(?:of[ \u00a0]+)?an?[ \u00a0]+)?(hundred|thousand|million|billion|trillion|cent|mille|millions?|milliards?|mil|millones|tausend|millionen|milliarden)\b/i.exec(text.slice(start + m[0].length));
    // "a million", "a thousand": one of them.
    if (value === undefined && next && (word === 'a' || word === 'an') && !/^[ \u00a0]+(?:of|an?)[ \u00a0]/i.test(next[0])) value = 1;
    if (value === undefined) continue;
    const values = [value];
    if (next) values.push(value * (style.scales.get(next[1].toLowerCase()) ?? style.words.get(next[1].toLowerCase()) ?? 1));
    out.push({ start, end: start + m[0].length, values, strict: false, kind: 'number', scale: 1, glued: false });
  }
  return out;
}

function unique(values: number[]): number[] {
  return [...new Set(values.filter((v) => Number.isFinite(v)))];
}

/** Whether two values are the same number (rounding errors of decimal arithmetic aside). */
export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** A number as an editor reads it: 4500 → "4,500", 2400000000 → "2.4 billion". */
export function formatValue(value: number): string {
  const big: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [unit, name] of big) {
    const thousandths = Math.round((value / unit) * 1000);
    if (Math.abs(value) >= unit && sameValue((thousandths / 1000) * unit, value)) return `${thousandths / 1000} ${name}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

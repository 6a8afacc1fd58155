/**
 * The right digits read the wrong way: the translation has the source's number, but not what the
 * source says it is. A Chinese source marks it beside the number
 * (src/core/bilingual/data/readings.json):
 * - an ordinal given as a count: 第二十 or 党的二十大 (the 20th congress) as "20 principles";
 * - a count given as an ordinal: 百人 (100 people) as "the 100th";
 * - a generation given as a plain number: 90后 (born in the 1990s) as "90 girls";
 * - a numeral read digit by digit, a year or a date (九二 is '92, 五四 is May 4), as the count 92;
 * - an unspecified count at another size: 数百 (hundreds) as "thousands".
 * Only a number in digits on the translation side is judged, and only when the source has no
 * other number of that value: then there is no telling which one the translation renders.
 */
import readingData from '../data/readings.json';
import { RuleDataError } from '../../rules/data/validate';
import { paragraphNumbers } from '../pair';
import { sameValue, type NumberMention } from '../numbers';
import type { AlignedGroup } from '../pair';
import { absolute, quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** What a language writes beside a number to say what it is. */
interface Readings {
  ordinalBefore: string[];
  ordinalAfter: string[];
  congressBefore: string[];
  congressMark: string;
  counters: string[];
  generationMark: string;
  codeAfter: string[];
  approximate: string[];
}

const FILE = 'src/core/bilingual/data/readings.json';
const LISTS = ['ordinalBefore', 'ordinalAfter', 'congressBefore', 'counters', 'codeAfter', 'approximate'] as const;

function readReadings(data: unknown): Map<string, Readings> {
  const out = new Map<string, Readings>();
  for (const [code, raw] of Object.entries(data as Record<string, unknown>)) {
    if (code === '//' || code === 'eng') continue;
    const entry = raw as Record<string, unknown>;
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.length > 0);
    for (const key of LISTS) {
      if (!strings(entry?.[key])) throw new RuleDataError(`${FILE}: "${code}" needs "${key}", a list of non-empty strings.`);
    }
    for (const key of ['congressMark', 'generationMark'] as const) {
      if (typeof entry[key] !== 'string' || entry[key] === '') throw new RuleDataError(`${FILE}: "${code}" needs "${key}", a non-empty string.`);
    }
    out.set(code, entry as unknown as Readings);
  }
  return out;
}

const READINGS = readReadings(readingData);

/** English words for a count of a size (hundreds, tens of thousands), longest first, as one pattern. */
function readApproximateWords(data: unknown): { pattern: RegExp; sizes: Map<string, number> } {
  const words = (data as { eng?: { approximateWords?: unknown } }).eng?.approximateWords;
  if (typeof words !== 'object' || words === null || !Object.values(words).every((v) => typeof v === 'number' && v > 0)) {
    throw new RuleDataError(`${FILE}: "eng" needs "approximateWords", an object of positive numbers.`);
  }
  const sizes = new Map(Object.entries(words as Record<string, number>));
  const keys = [...sizes.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '[ \\u00a0]+'));
  return { pattern: new RegExp(`\\b(?:${keys.join('|')})\\b`, 'gi'), sizes };
}

const APPROXIMATE = readApproximateWords(readingData);
const SIZE_NAMES: Record<number, string> = { 10: 'dozens', 100: 'hundreds', 1e3: 'thousands', 1e4: 'tens of thousands', 1e5: 'hundreds of thousands', 1e6: 'millions', 1e7: 'tens of millions', 1e8: 'hundreds of millions', 1e9: 'billions' };
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };

/** The source pattern of each language's approximate counts, made once. */
const APPROXIMATE_SOURCE = new WeakMap<Readings, RegExp>();

/**
 * An unspecified count the translation gives at another size: 数百 ("hundreds") as "thousands".
 * Judged only when the group has one such count on each side.
 */
function approximateSize(group: AlignedGroup, r: Readings): AccuracyFinding[] {
  let pattern = APPROXIMATE_SOURCE.get(r);
  if (!pattern) {
    const marks = r.approximate.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    APPROXIMATE_SOURCE.set(r, (pattern = new RegExp(`(?:${marks})(十万|百万|千万|十|百|千|万|亿)`, 'g')));
  }
  const source = group.source.flatMap((p) => [...p.analysis.text.matchAll(pattern)].map((m) => ({ start: p.start + m.index!, end: p.start + m.index! + m[0].length, size: PLACES[m[1]], text: m[0] })));
  if (source.length !== 1) return [];
  const target = group.target.flatMap((p) =>
    [...p.analysis.text.matchAll(APPROXIMATE.pattern)].map((m) => ({ start: p.start + m.index!, end: p.start + m.index! + m[0].length, size: APPROXIMATE.sizes.get(m[0].toLowerCase().replace(/\s+/g, ' '))!, text: m[0] })),
  );
  if (source.length !== 1 || target.length !== 1 || source[0].size === target[0].size) return [];
  const [s] = source;
  const [t] = target;
  const name = SIZE_NAMES[s.size];
  return [{ start: t.start, end: t.end, sourceStart: s.start, sourceEnd: s.end, message: `${quote(t.text)} is a count of another size than the source's ${quote(s.text)} (${name ?? `about ${s.size}`}).`, ...(name ? { suggestions: [name] } : {}) }];
}

const HAN_DIGITS = '〇零一二三四五六七八九';
/** English words before a number that make it a label ("Article 20", "level 3", "No. 5"): a count there is right. */
const LABEL_BEFORE =
  /(?:\b(?:no|nos|number|article|articles|level|grade|phase|round|session|chapter|section|part|stage|class|category|type|model|line|route|gate|room|item|clause|volume|issue|edition|term|group|team|zone|step|day|week|year|game|match|leg|page|rank|ranked|ranking|plenum|congress|tier)\.?|#)[ \u00a0]+$/i;
/** A capitalised word right before a number: a name with its number ("Tiangong 2", "Route 66"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.-]*[ \u00a0]+$/u;
/** Capitalised words before a number that do not make it a label. */
const DETERMINERS = /(?:^|[^\p{L}])(?:The|A|An|Its|Their|Our|His|Her|These|Those|All|Some|About|Nearly|Over|Around|Only|Just|And|But|With|For|In|On|At|Of)[ \u00a0]+$/u;
/** Words after a number that say nothing about what it counts. */
const NOT_A_THING = /^[ \u00a0]+(?:in|on|at|of|and|or|to|for|with|by|from|the|a|an|is|are|was|were|has|have|had|will|would|can|could|that|which|who|as|per|percent|per cent|times?|years?|days?|months?|weeks?|hours?|minutes?|seconds?|sessions?|editions?)\b/i;
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|hundredth|thousandth|\p{L}+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/iu;

/** Whether a translation number is written as an ordinal (20th, twentieth). */
function ordinalRendering(text: string, n: NumberMention): boolean {
  const raw = text.slice(n.start, n.end);
  return (/^\d+$/.test(raw) && /^(?:st|nd|rd|th)\b/i.test(text.slice(n.end, n.end + 3))) || ORDINAL_WORD.test(raw);
}

/** Whether a translation number in digits stands on its own (not an ordinal, not part of a name or code). */
function plainDigits(text: string, n: NumberMention): boolean {
  return n.strict && !n.glued && /^\d+$/.test(text.slice(n.start, n.end)) && !ordinalRendering(text, n);
}

function ordinalSuffix(v: number): string {
  if (v % 100 >= 11 && v % 100 <= 13) return 'th';
  return v % 10 === 1 ? 'st' : v % 10 === 2 ? 'nd' : v % 10 === 3 ? 'rd' : 'th';
}

/** What the source says a number is, from the words beside it. */
type Reading = 'ordinal' | 'count' | 'generation' | 'digits' | 'other';

/** One source number with what it is and the source text that says so. */
interface SourceReading {
  mention: NumberMention;
  reading: Reading;
  /** The source's number with its marker (第二十, 百人, 90后), for the message. */
  start: number;
  end: number;
}

function readSource(text: string, mentions: readonly NumberMention[], r: Readings): SourceReading[] {
  return mentions.map((m) => {
    const raw = text.slice(m.start, m.end);
    const before = text.slice(Math.max(0, m.start - 4), m.start);
    const after = text.slice(m.end, m.end + 4);
    const endsWith = (list: string[]) => list.find((w) => before.endsWith(w));
    const startsWith = (list: string[], s = after) => list.find((w) => s.startsWith(w));
    const ordinalMark = endsWith(r.ordinalBefore);
    if (ordinalMark) return { mention: m, reading: 'ordinal', start: m.start - ordinalMark.length, end: m.end };
    const after1 = startsWith(r.ordinalAfter);
    if (after1) return { mention: m, reading: 'ordinal', start: m.start, end: m.end + after1.length };
    if (endsWith(r.congressBefore) && after.startsWith(r.congressMark) && /[十百]/.test(raw)) {
      return { mention: m, reading: 'ordinal', start: m.start, end: m.end + r.congressMark.length };
    }
    if (after.startsWith(r.generationMark) && m.values.length === 1 && m.values[0] % 10 === 0 && m.values[0] < 100 && /^(?:\d0|[一二三四五六七八九零〇]〇)$/.test(raw)) {
      return { mention: m, reading: 'generation', start: m.start, end: m.end + r.generationMark.length };
    }
    const counter = /^[多余]?/.exec(after)![0];
    const unit = startsWith(r.counters, after.slice(counter.length));
    if (unit && m.kind === 'number' && !m.currency) return { mention: m, reading: 'count', start: m.start, end: m.end + counter.length + unit.length };
    // Two or three digits one by one, no place value (九二, 九一一): a year or a date, unless a model (九二式).
    const digits = [...raw];
    if (
      digits.length >= 2 &&
      digits.length <= 3 &&
      digits.every((c) => HAN_DIGITS.includes(c)) &&
      !/^[〇零]/.test(raw) &&
      new Set(digits).size > 1 &&
      !(digits.length === 2 && HAN_DIGITS.indexOf(digits[1]) === HAN_DIGITS.indexOf(digits[0]) + 1) &&
      !startsWith(r.codeAfter) &&
      !after.startsWith(r.generationMark)
    ) {
      return { mention: m, reading: 'digits', start: m.start, end: m.end };
    }
    return { mention: m, reading: 'other', start: m.start, end: m.end };
  });
}

const rule: AccuracyRule = {
  id: 'number-reading',
  category: 'accuracy',
  description: 'The source’s number with the wrong reading: an ordinal given as a count, a count as an ordinal, a generation (90后) or a year read digit by digit (九二) as a plain number, an unspecified count (数百) at another size ("thousands").',
  defaultSeverity: 'warning',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const language = pair.language.code;
    const readings = READINGS.get(language === 'und' ? 'cmn' : language);
    if (!readings) return out;
    const sourceText = pair.source.text;
    const targetText = pair.target.text;
    const source = readSource(sourceText, absolute(group.source, (p) => paragraphNumbers(p, language)), readings);
    const target = absolute(group.target, (p) => paragraphNumbers(p, 'eng'));
    const reported = new Set<NumberMention>();
    for (const s of source) {
      if (s.reading === 'other' || s.mention.values.length !== 1) continue;
      const v = s.mention.values[0];
      // Another source number of this value read another way: no telling which one a translation number renders.
      if (source.some((o) => o.reading !== s.reading && o.mention.values.some((x) => sameValue(x, v)))) continue;
      const rendered = target.filter((t) => t.values.some((x) => sameValue(x, v)) && !reported.has(t));
      const shownSource = quote(sourceText.slice(s.start, s.end));
      const flag = (t: NumberMention, message: string, suggestion?: string) => {
        reported.add(t);
        out.push({ start: t.start, end: t.end, sourceStart: s.start, sourceEnd: s.end, message, ...(suggestion ? { suggestions: [suggestion] } : {}) });
      };
      if (s.reading === 'ordinal') {
        // Written as an ordinal anywhere in the paragraph: the right reading is there.
        if (rendered.some((t) => ordinalRendering(targetText, t))) continue;
        for (const t of rendered) {
          if (!plainDigits(targetText, t)) continue;
          const before = targetText.slice(Math.max(0, t.start - 24), t.start);
          const after = targetText.slice(t.end, t.end + 16);
          if (LABEL_BEFORE.test(before) || (NAME_BEFORE.test(before) && !DETERMINERS.test(before)) || !/^[ \u00a0]+\p{Ll}/u.test(after) || NOT_A_THING.test(after)) continue;
          flag(t, `${quote(targetText.slice(t.start, t.end))} counts here, but the source's ${shownSource} is an ordinal (the ${v}${ordinalSuffix(v)}).`, `${v}${ordinalSuffix(v)}`);
        }
      } else if (s.reading === 'count') {
        for (const t of rendered) {
          if (!t.strict || t.glued || !ordinalRendering(targetText, t) || !/^\d+$/.test(targetText.slice(t.start, t.end))) continue;
          flag(t, `${quote(targetText.slice(t.start, t.end + 2))} is an ordinal, but the source's ${shownSource} is a count (${v}).`);
        }
      } else if (s.reading === 'generation') {
        for (const t of rendered) {
          if (!t.strict || t.glued) continue;
          const after = targetText.slice(t.end, t.end + 3);
          const before = targetText.slice(Math.max(0, t.start - 18), t.start);
          if (/^['’]?s\b/.test(after) || /\bpost[- \u00a0]?$/i.test(before) || /\bborn (?:in|after) (?:the )?$/i.test(before)) continue;
          const decade = String(v % 100).padStart(2, '0');
          flag(
            t,
            `${quote(targetText.slice(t.start, t.end))} reads as a plain number, but the source's ${shownSource} is a generation: people born in the ${v >= 100 ? v : (v < 30 ? 2000 : 1900) + v}s.`,
            `post-${decade}s`,
          );
        }
      } else {
        for (const t of rendered) {
          if (!plainDigits(targetText, t) || t.values.length !== 1) continue;
          // '92 is the year written short; 1992 has other digits and is not among the renderings.
          if (/['’‘]$/.test(targetText.slice(Math.max(0, t.start - 1), t.start)) || /^['’]?s\b/.test(targetText.slice(t.end, t.end + 3))) continue;
          flag(t, `${quote(targetText.slice(t.start, t.end))} reads as the number ${v}, but the source's ${shownSource} is written digit by digit: a year (’${String(v).slice(-2)}) or a date, not a count.`);
        }
      }
    }
    out.push(...approximateSize(group, readings));
    return out;
  },
};

export default rule;

/**
 * A number the source has and the translation lacks or changed, and a number in the translation
 * that its source paragraph does not have. Both sides are read in their own conventions first
 * ({@link findNumbers}): "4 500" = 4,500, "7,25 %" = 7.25%, "2,4 milliards" = 2.4 billion, 3.5万 =
 * 35,000, so a correctly converted number never counts. A number word ("two", "deux", 两) or a
 * month name excuses the same number written in digits on the other side, never the reverse.
 */
import type { Paragraph } from '../../document';
import { paragraphCalendarDates, type DatePart } from '../dates';
import { missingPlace } from '../locate';
import { asciiDigits, formatValue, sameCurrency, sameValue, type NumberMention } from '../numbers';
import { linkSpans, paragraphDates, paragraphNumbers } from '../pair';
import { converts, type Unit } from '../units';
import { editDistance } from './name-mismatch';
import { absolute, extent, quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

// A 12-hour clock's marks, right after the hour or after its minutes ("6 pm", "6:30 p.m.", "6.30pm").
const PM = /^(?:[:.]\d{2})?[ \u00a0]?(?:p\.?m\b|pm\b)/i;
const AM = /^(?:[:.]\d{2})?[ \u00a0]?(?:a\.?m\b|am\b)/i;

/** The values a translation number may render (a 12-hour time's hour, a two-digit year, a decade). */
function renderings(n: NumberMention, after: string): number[] {
  const out = [...n.values];
  for (const v of n.values) {
    if (PM.test(after) && v >= 1 && v <= 11 && Number.isInteger(v)) out.push(v + 12);
    if (AM.test(after) && v === 12) out.push(0);
    if (Number.isInteger(v) && v >= 1900 && v <= 2099) out.push(v % 100);
  }
  return out;
}

function shares(values: readonly number[], others: readonly number[]): boolean {
  return values.some((v) => others.some((o) => sameValue(v, o)));
}

const rule: AccuracyRule = {
  id: 'number-mismatch',
  category: 'accuracy',
  description: 'A number in the source that the translation lacks or changed, or one the translation adds.',
  defaultSeverity: 'error',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const language = pair.language.code;
    const source = absolute(group.source, (p) => outsideLinks(p, paragraphNumbers(p, language)));
    const target = absolute(group.target, (p) => outsideLinks(p, paragraphNumbers(p, 'eng')));
    const sourceText = pair.source.text;
    const targetText = pair.target.text;
    // Everything the source may stand for, months and days included; and the translation's.
    const sourceValues = [...source.flatMap((n) => n.values), ...absolute(group.source, (p) => paragraphDates(p, language)).map((d) => d.value)];
    const targetValues = [
      ...target.flatMap((n) => renderings(n, targetText.slice(n.end, n.end + 9))),
      ...absolute(group.target, (p) => paragraphDates(p, 'eng')).map((d) => d.value),
    ];
    // Months are the date rule's: a month the translation names differently is a changed date;
    // so are the days of dates when the other side has a dated day to compare them with.
    const sourceParts = dateParts(group.source, language);
    const targetParts = dateParts(group.target, 'eng');
    const inDate = (n: NumberMention, parts: DatePart[], other: DatePart[]) => other.length > 0 && parts.some((d) => n.start < d.end && n.end > d.start);
    const converted = conversions(source, target);
    const missing = dedupe(
      source.filter((n) => n.strict && n.kind !== 'month' && !converted.has(n) && !inDate(n, sourceParts, targetParts) && !shares(n.values, targetValues)),
    );
    // A number glued to letters is part of a name or code (COVID-19 for 新冠): the name rule's.
    const added = dedupe(
      target.filter(
        (n) => n.strict && !n.glued && !converted.has(n) && !inDate(n, targetParts, sourceParts) && !shares(renderings(n, targetText.slice(n.end, n.end + 9)), sourceValues),
      ),
    );
    const range = extent(group.target);
    const sourceRange = extent(group.source);
    // The right amount in the wrong currency: 8000元 as "$8,000".
    for (const s of source) {
      if (!s.strict || !s.currency) continue;
      const rendered = target.filter((t) => t.strict && shares(t.values, s.values));
      if (rendered.length === 0 || rendered.some((t) => !t.currency || sameCurrency(t.currency, s.currency!))) continue;
      const t = rendered[0];
      out.push({
        start: t.start,
        end: t.end,
        sourceStart: s.start,
        sourceEnd: s.end,
        message: `${quote(targetText.slice(t.start, t.end))} is in another currency than the source's ${quote(sourceText.slice(s.start, s.end))} (${CURRENCY_NAMES[s.currency] ?? s.currency}).`,
      });
    }
    // The right number in another unit: 120 km/h as "120 mph", 5 Tonnen as "5 pounds".
    for (const s of source) {
      if (!s.strict || !s.unit) continue;
      const rendered = target.filter((t) => t.strict && shares(t.values, s.values));
      if (rendered.length === 0 || rendered.some((t) => !t.unit || !otherUnit(s.unit!, t.unit))) continue;
      const t = rendered[0];
      out.push({
        start: t.start,
        end: t.start + (t.unitEnd ?? t.end - t.start),
        sourceStart: s.start,
        sourceEnd: s.start + (s.unitEnd ?? s.end - s.start),
        message: `${quote(targetText.slice(t.start, t.start + (t.unitEnd ?? 0)))} is in another unit than the source's ${quote(sourceText.slice(s.start, s.start + (s.unitEnd ?? 0)))}, and not converted.`,
      });
    }
    const explained = new Set<NumberMention>();
    const partners = pairUp(added, missing, range, sourceRange);
    for (const t of added) {
      const nearest = partners.get(t) ?? closest(t, range, missing, sourceRange);
      if (nearest) explained.add(nearest);
      const shown = targetText.slice(t.start, t.end);
      out.push({
        start: t.start,
        end: t.end,
        sourceStart: nearest ? nearest.start : sourceRange.start,
        sourceEnd: nearest ? nearest.end : sourceRange.end,
        message: nearest
          ? `${quote(shown)} does not match the source, which has ${quote(sourceText.slice(nearest.start, nearest.end))}${reading(nearest, sourceText)}.`
          : `${quote(shown)} is not in the source paragraph.`,
      });
    }
    // A day of the month is often dropped with its dateline, a small count written as a word the
    // tables do not know: only a number that matters on its own is reported missing.
    let unreported = missing.filter((s) => !explained.has(s) && s.kind !== 'day' && significant(s, sourceText));
    // One number missing and one number word of the translation the source does not have ("eleven"
    // for 12, "thirty-six" for 35), at about the same place: the word is the changed number.
    if (unreported.length === 1) {
      const s = unreported[0];
      const words = target.filter(
        (t) =>
          !t.strict &&
          !t.glued &&
          t.kind === 'number' &&
          t.values.every((v) => Number.isInteger(v) && v >= 2) &&
          /^\p{L}/u.test(targetText.slice(t.start, t.end)) &&
          !shares(t.values, sourceValues),
      );
      const place = (n: NumberMention, r: { start: number; end: number }) => (n.start - r.start) / Math.max(1, r.end - r.start);
      const [t, next] = words
        .map((w) => ({ w, d: Math.abs(place(w, range) - place(s, sourceRange)) }))
        .sort((a, b) => a.d - b.d);
      // The nearest, near enough, and clearly nearer than any other.
      if (t && t.d <= 0.25 && (!next || next.d - t.d > 0.15)) {
        const { w } = t;
        out.push({
          start: w.start,
          end: w.end,
          sourceStart: s.start,
          sourceEnd: s.end,
          message: `${quote(targetText.slice(w.start, w.end))} does not match the source, which has ${quote(sourceText.slice(s.start, s.end))}${reading(s, sourceText)}.`,
        });
        unreported = [];
      }
    }
    // Shown where the translation leaves it out, between what both sides share around it, when that can be told.
    const place = unreported.length > 0 ? missingPlace(group, language, targetText, unreported[0].start, unreported[unreported.length - 1].end) : range;
    if (unreported.length === 1) {
      const s = unreported[0];
      out.push({
        start: place.start,
        end: place.end,
        sourceStart: s.start,
        sourceEnd: s.end,
        message: `The source's ${quote(sourceText.slice(s.start, s.end))}${reading(s, sourceText)} is missing from the translation.`,
      });
    } else if (unreported.length > 1) {
      // Several numbers missing from one paragraph are one question (a clause left out), not several.
      const shown = unreported.map((s) => quote(sourceText.slice(s.start, s.end)));
      out.push({
        start: place.start,
        end: place.end,
        sourceStart: unreported[0].start,
        sourceEnd: unreported[unreported.length - 1].end,
        message: `The source's ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]} are missing from the translation.`,
      });
    }
    return out;
  },
};

const CURRENCY_NAMES: Record<string, string> = {
  USD: 'US dollars', HKD: 'Hong Kong dollars', SGD: 'Singapore dollars', TWD: 'New Taiwan dollars', AUD: 'Australian dollars',
  CAD: 'Canadian dollars', BRL: 'reais', dollar: 'dollars', EUR: 'euros', GBP: 'pounds', 'yen-yuan': 'yen or yuan', CNY: 'yuan', yuan: 'yuan',
  JPY: 'yen', INR: 'rupees', RUB: 'roubles', KRW: 'won', TRY: 'lira', NGN: 'naira', VND: 'dong', XOF: 'CFA francs',
  crown: 'kronor, kroner or koruna', PLN: 'złoty', HUF: 'forints', IDR: 'rupiah', THB: 'baht',
};

/**
 * The numbers of each side that are the other's in another unit of measurement (300 km and "186
 * miles", 120 km/h and "75 mph", minus 5 degrees and "23 degrees Fahrenheit"), as an editor
 * localising the copy converts them.
 */
function conversions(source: readonly NumberMention[], target: readonly NumberMention[]): Set<NumberMention> {
  const out = new Set<NumberMention>();
  const measured = source.filter((s) => s.unit);
  if (measured.length === 0) return out;
  const signed = (n: NumberMention) => (n.below ? n.values.flatMap((v) => [-v, v]) : n.values);
  for (const t of target) {
    if (!t.unit) continue;
    for (const s of measured) {
      if (!signed(s).some((a) => signed(t).some((b) => converts(a, s.unit!, b, t.unit!)))) continue;
      out.add(t);
      out.add(s);
    }
  }
  return out;
}

/**
 * Whether a number in `b` cannot be the same quantity as the same number in `a`: both measure
 * one thing (a length, a mass, a temperature) in units of different sizes. A translation may say
 * "miles" for nautical miles and "tons" for tonnes, and "degrees" for either scale.
 */
function otherUnit(a: Unit, b: Unit): boolean {
  if (a.id === b.id || a.dimension !== b.dimension) return false;
  if (a.dimension === 'temperature') return a.id !== 'deg' && b.id !== 'deg';
  const loose = (u: Unit) => (u.id === 'nmi' ? 'mi' : u.id);
  if (loose(a) === loose(b)) return false;
  return !a.sizes.some((x) => b.sizes.some((y) => sameValue(x, y)));
}

/**
 * The days of a group's calendar dates ("12 mars", "March 21", 2月15日), offsets absolute: a day
 * the other side's dates also have is the date rule's to compare. Years stay this rule's too (a
 * year added to a date, a year changed), since a date's year is also a number that matters alone.
 */
function dateParts(paragraphs: readonly Paragraph[], language: string): DatePart[] {
  return absolute(paragraphs, (p) => paragraphCalendarDates(p, language).flatMap((d) => d.days));
}

/** The numbers of a paragraph outside its web addresses, handles and hashtags (#JO2024 is the link rule's). */
function outsideLinks(p: Paragraph, numbers: readonly NumberMention[]): NumberMention[] {
  const links = linkSpans(p);
  return links.length === 0 ? [...numbers] : numbers.filter((n) => !links.some(([a, b]) => n.start < b && n.end > a));
}

/** A number worth reporting as missing: 10 or more, a percentage, a scaled amount, or one with a unit or currency. */
function significant(n: NumberMention, text: string): boolean {
  return n.kind === 'percent' || n.scale > 1 || n.values.some((v) => Math.abs(v) >= 10) || /[^\d.,\s]/.test(text.slice(n.start, n.end));
}

/** One mention per value set: the same number twice on a side is one question. */
function dedupe(list: NumberMention[]): NumberMention[] {
  const seen: number[][] = [];
  return list.filter((n) => {
    if (seen.some((v) => shares(v, n.values))) return false;
    seen.push(n.values);
    return true;
  });
}

/**
 * What a source number stands for, in English conventions, when its text does not say so plainly:
 * " (2.4 billion)" for "2,4 milliards", " (325)" for "٣٢٥", nothing for "2022" or "12".
 */
function reading(n: NumberMention, text: string): string {
  const raw = text.slice(n.start, n.end);
  const plain = raw.replace(/[ \u00a0]?%$/, '');
  // A time's hour (10 of "10.30 horas") also reads as the decimal 10.3: not worth showing.
  const others = n.values.slice(1);
  if (/^\d+(?:\.\d+)?$/.test(plain) && sameValue(Number(plain), n.values[0]) && others.every((v) => !Number.isInteger(v))) return '';
  // A year (2566 or 2023) is written as years are, without a thousands separator.
  const shown = (v: number) => (/^\d{4}$/.test(asciiDigits(plain)) && Number.isInteger(v) && v >= 1000 && v <= 9999 ? String(v) : formatValue(v));
  return ` (${n.values.map(shown).join(' or ')})`;
}

/**
 * Each changed number of the translation with the source number it most likely replaced, one to
 * one, the likeliest pairs first: a power-of-ten slip (million for milliard, 35 for 3,5), a
 * transposed, changed, dropped or added digit (4,050 for 4 500, 21 for 12, 16 for 15), a
 * percentage for a percentage and an amount for an amount; where nothing relates them, the one at
 * about the same place in the paragraph.
 */
function pairUp(
  added: NumberMention[],
  missing: NumberMention[],
  range: { start: number; end: number },
  sourceRange: { start: number; end: number },
): Map<NumberMention, NumberMention> {
  const place = (n: NumberMention, r: { start: number; end: number }) => (n.start - r.start) / Math.max(1, r.end - r.start);
  const candidates: [number, NumberMention, NumberMention][] = [];
  for (const t of added) {
    for (const s of missing) {
      const score = likeness(t, s) - Math.abs(place(t, range) - place(s, sourceRange));
      candidates.push([score, t, s]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const out = new Map<NumberMention, NumberMention>();
  const used = new Set<NumberMention>();
  for (const [, t, s] of candidates) {
    if (out.has(t) || used.has(s)) continue;
    out.set(t, s);
    used.add(s);
  }
  return out;
}

/** How alike two numbers look (0 when nothing but their place relates them, up to 5). */
function likeness(t: NumberMention, s: NumberMention): number {
  let best = 0;
  for (const a of t.values) for (const b of s.values) best = Math.max(best, valueLikeness(a, b));
  if (t.kind !== 'number' && t.kind === s.kind) best += 1;
  if (t.currency && s.currency) best += sameCurrency(t.currency, s.currency) ? 1 : 0.5;
  return best;
}

function valueLikeness(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const ratio = Math.log10(Math.abs(a / b));
  if (Math.abs(ratio - Math.round(ratio)) < 1e-9 && Math.abs(ratio) <= 6) return 3;
  const x = digitsOf(a);
  const y = digitsOf(b);
  const distance = editDistance(x, y);
  if (distance === 1) return 2.5;
  if (distance === 2 && Math.min(x.length, y.length) >= 4) return 1.5;
  return Math.abs(ratio) < 1 ? 0.5 : 0;
}

/** A number's digits without its sign and decimal point: 4.05 → "405". */
function digitsOf(value: number): string {
  return Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 }).replace('.', '');
}

/** The unmatched source number at about the same relative place as `t` in its paragraph group. */
function closest(
  t: NumberMention,
  range: { start: number; end: number },
  candidates: NumberMention[],
  sourceRange: { start: number; end: number },
): NumberMention | undefined {
  const at = (t.start - range.start) / Math.max(1, range.end - range.start);
  let best: NumberMention | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.abs((c.start - sourceRange.start) / Math.max(1, sourceRange.end - sourceRange.start) - at);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

export default rule;

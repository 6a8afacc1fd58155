/**
 * A date the translation gives differently from its source: another month or weekday ("February"
 * for mars), another day of the same month ("May 19" for 9 мая, "the 16th" for 15日), another year
 * of the same month ("June 30, 2025" for 30 juin 2024). A date the translation leaves out, or gives
 * in another correct form ("on Tuesday" for mardi 12 mars, "mid-March" for mi-mars), is not
 * reported: most dropped dates are datelines, dropped on purpose. Only a swap counts: a part of the
 * source's date missing from the translation and another in its place. The source is read with
 * its language's month and weekday names (src/core/bilingual/data/dates.json) or, for Chinese,
 * Japanese and Korean, its numbered months, days and weekdays (2月15日, 星期一, 2월 15일).
 */
import type { Paragraph } from '../../document';
import {
  dateName,
  findDates,
  paragraphCalendarDates,
  type CalendarDate,
  type DateMention,
  type DatePart,
} from '../dates';
import { paragraphDates } from '../pair';
import { absolute, quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** A translation paragraph's months and weekdays, ambiguous names taken too ("from May"; cached with the paragraph). */
function looseDates(p: Paragraph): readonly DateMention[] {
  return p.analysis.memo('bilingual-dates-loose|eng', () => findDates(p.analysis.text, 'eng', true));
}

/** A day or year of a date, offsets made absolute, with the whole date it belongs to. */
interface Placed {
  part: DatePart;
  month?: number;
  date: { start: number; end: number };
}

/** A group's calendar dates, offsets made absolute. */
function groupDates(paragraphs: readonly Paragraph[], language: string): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (const p of paragraphs) {
    const at = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + p.start,
      end: x.end + p.start,
    });
    for (const d of paragraphCalendarDates(p, language)) {
      out.push({
        ...at(d),
        days: d.days.map(at),
        ...(d.year ? { year: at(d.year) } : {}),
        ...(d.monthSpan ? { monthSpan: at(d.monthSpan) } : {}),
      });
    }
  }
  return out;
}

/** The days (or years) of dates, each with its month and its date. */
function placed(dates: readonly CalendarDate[], which: 'days' | 'year'): Placed[] {
  return dates.flatMap((d) =>
    (which === 'days' ? d.days : d.year ? [d.year] : []).map((part) => ({ part, month: d.month, date: d })),
  );
}

/** Days of the same month, or of a month one side does not name ("15日" and "March 15"). */
function compatible(a: Placed, b: Placed): boolean {
  return a.month === undefined || b.month === undefined || a.month === b.month;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

const rule: AccuracyRule = {
  id: 'date-mismatch',
  category: 'accuracy',
  description:
    'A date in the translation (month, weekday, day of the month or year) that differs from the one in the source.',
  defaultSeverity: 'error',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const language = pair.language.code;
    const sourceText = pair.source.text;
    const targetText = pair.target.text;
    const source = absolute(group.source, (p) => paragraphDates(p, language));
    const target = absolute(group.target, (p) => paragraphDates(p, 'eng'));
    const changedMonths = new Set<number>();
    for (const kind of ['month', 'weekday'] as const) {
      const s = source.filter((d) => d.kind === kind);
      if (s.length === 0) continue;
      const t = target.filter((d) => d.kind === kind);
      const sourceValues = new Set(s.map((d) => d.value));
      const targetValues = new Set(t.map((d) => d.value));
      // "from May to July": a "May" too ambiguous to report still matches the source's May.
      if (s.some((d) => !targetValues.has(d.value)))
        for (const d of absolute(group.target, looseDates)) if (d.kind === kind) targetValues.add(d.value);
      const unmatched = s.filter((d) => !targetValues.has(d.value));
      // Only a swap counts: a month of the source missing and another in its place.
      const changed = unmatched.length > 0 ? t.filter((d) => !sourceValues.has(d.value)) : [];
      for (const d of changed) {
        const counterpart = unmatched[0];
        if (kind === 'month') changedMonths.add(d.value);
        out.push({
          start: d.start,
          end: d.end,
          sourceStart: counterpart.start,
          sourceEnd: counterpart.end,
          message: `${quote(targetText.slice(d.start, d.end))} does not match the source's ${quote(sourceText.slice(counterpart.start, counterpart.end))} (${dateName(kind, counterpart.value)}).`,
          suggestions: unmatched.length === 1 ? [dateName(kind, unmatched[0].value)] : [],
        });
      }
    }
    const sourceDates = groupDates(group.source, language);
    if (sourceDates.length === 0) return out;
    const targetDates = groupDates(group.target, 'eng');
    // A month the source writes in digits (15.03.2024) that the translation names otherwise: the
    // same day, in another month, and no date of the source's month.
    for (const d of sourceDates) {
      if (!d.monthSpan || d.month === undefined || targetDates.some((t) => t.month === d.month)) continue;
      const other = targetDates.find(
        (t) =>
          t.month !== undefined &&
          t.days.some((x) => d.days.some((y) => y.value === x.value)) &&
          (!t.year || !d.year || t.year.value === d.year.value),
      );
      // The translation's month: a name, or digits kept as digits (16.04.2024).
      const named = other && target.find((m) => m.kind === 'month' && m.start >= other.start && m.end <= other.end);
      const mention =
        named ??
        (other?.monthSpan && other.month !== undefined ? { ...other.monthSpan, value: other.month } : undefined);
      if (!mention || out.some((f) => f.start === mention.start)) continue;
      changedMonths.add(mention.value);
      out.push({
        start: mention.start,
        end: mention.end,
        sourceStart: d.start,
        sourceEnd: d.end,
        message: `${quote(targetText.slice(mention.start, mention.end))} does not match the month of the source's ${quote(sourceText.slice(d.start, d.end))} (${dateName('month', d.month)}).`,
        suggestions: [named ? dateName('month', d.month) : sourceText.slice(d.monthSpan.start, d.monthSpan.end)],
      });
    }
    // Days, then years: a source's day of a month that the translation's dates of that month lack,
    // and a day of it there that the source does not have.
    for (const which of ['days', 'year'] as const) {
      const s = placed(sourceDates, which);
      if (s.length === 0) continue;
      const t = placed(targetDates, which).filter((d) => d.month === undefined || !changedMonths.has(d.month));
      // A year is compared only within a month both sides name.
      const fits =
        which === 'days' ? compatible : (a: Placed, b: Placed) => a.month !== undefined && a.month === b.month;
      const unfound = s.filter((d) => !t.some((x) => x.part.value === d.part.value && fits(d, x)));
      const used = new Set<Placed>();
      for (const d of t) {
        if (s.some((x) => x.part.value === d.part.value && fits(x, d))) continue;
        // The source's part this one stands for: of the same month first, else the first not yet paired.
        const candidates = unfound.filter((x) => fits(x, d) && !used.has(x));
        const counterpart = candidates.find((x) => x.month !== undefined && x.month === d.month) ?? candidates[0];
        if (!counterpart) continue;
        used.add(counterpart);
        const shown = targetText.slice(d.part.start, d.part.end);
        const written = sourceText.slice(counterpart.date.start, counterpart.date.end);
        const value = counterpart.part.value;
        const what =
          which === 'days'
            ? `the ${value}${ordinal(value)}${counterpart.month ? ` of ${dateName('month', counterpart.month)}` : ''}`
            : String(value);
        out.push({
          start: d.part.start,
          end: d.part.end,
          sourceStart: counterpart.date.start,
          sourceEnd: counterpart.date.end,
          message: `${quote(shown)} does not match the ${which === 'days' ? 'day' : 'year'} of the source's ${quote(written)} (${what}).`,
          suggestions: [/^\d+$/.test(shown) ? String(value) : `${value}${ordinal(value)}`],
        });
      }
    }
    out.push(...slashDateSwaps(group.target, sourceDates, targetText, sourceText, out));
    return out.sort((a, b) => a.start - b.start);
  },
};

/** A date of the translation written with slashes and a year (03/07/2023), offsets relative to its paragraph. */
interface SlashDate {
  start: number;
  end: number;
  first: DatePart;
  second: DatePart;
  year: number;
}

const SLASH_DATE = /(?<![\d.,/-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d]|[.,/-]\d)/g;

function slashDates(p: Paragraph): SlashDate[] {
  const out: SlashDate[] = [];
  for (const m of p.analysis.text.matchAll(SLASH_DATE)) {
    const at = m.index ?? 0;
    const second = at + m[1].length + 1;
    out.push({
      start: at,
      end: at + m[0].length,
      first: { value: Number(m[1]), start: at, end: at + m[1].length },
      second: { value: Number(m[2]), start: second, end: second + m[2].length },
      year: Number(m[3]),
    });
  }
  return out;
}

/**
 * A date the translation keeps in the source's digits with slashes (the dateline's 03/07/2023),
 * one of its day and month changed ("04/07/2023"). English reads 03/07/2023 either way, so the
 * calendar dates leave it out; here it is read both ways against the source's dates of that
 * year: one reading that keeps the source's month and changes its day (or the reverse) and no
 * reading that is the source's date.
 */
function slashDateSwaps(
  paragraphs: readonly Paragraph[],
  sourceDates: readonly CalendarDate[],
  targetText: string,
  sourceText: string,
  found: readonly AccuracyFinding[],
): AccuracyFinding[] {
  const out: AccuracyFinding[] = [];
  const full = sourceDates.filter((d) => d.month !== undefined && d.year && d.days.length === 1);
  if (full.length === 0) return out;
  for (const t of absolute(paragraphs, slashDates)) {
    const delta = t.start - t.first.start;
    const first = { ...t.first, start: t.start, end: t.start + t.first.end - t.first.start };
    const second = { ...t.second, start: t.second.start + delta, end: t.second.end + delta };
    const same = full.filter((d) => d.year!.value === t.year);
    const readings: [DatePart, DatePart][] = [
      [first, second],
      [second, first],
    ];
    if (same.some((d) => readings.some(([day, month]) => day.value === d.days[0].value && month.value === d.month))) continue;
    if (found.some((f) => f.start < t.end && f.end > t.start)) continue;
    for (const d of same) {
      // The month kept, the day changed; or the day kept, the month changed.
      const hit = readings
        .map(([day, month]) => (month.value === d.month ? { part: day, what: 'day' } : day.value === d.days[0].value ? { part: month, what: 'month' } : null))
        .find((x) => x !== null);
      if (!hit) continue;
      const value = hit.what === 'day' ? d.days[0].value : d.month!;
      out.push({
        start: hit.part.start,
        end: hit.part.end,
        sourceStart: d.start,
        sourceEnd: d.end,
        message: `${quote(targetText.slice(hit.part.start, hit.part.end))} does not match the ${hit.what} of the source's ${quote(sourceText.slice(d.start, d.end))} (${hit.what === 'day' ? `the ${value}${ordinal(value)} of ${dateName('month', d.month!)}` : dateName('month', value)}).`,
        suggestions: [String(value).padStart(targetText.slice(hit.part.start, hit.part.end).length, '0')],
      });
      break;
    }
  }
  return out;
}

export default rule;

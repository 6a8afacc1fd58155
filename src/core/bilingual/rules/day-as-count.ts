/**
 * A day of the month in the source that the translation renders as a plain number: 记者10日 ("the
 * reporter, on the 10th") as "reporter 10". The translation's number counts as a date when it has
 * an ordinal ending (10th), stands next to a month name (Feb. 10, 10 February) or after "on" or
 * "the". A source "day" that counts days (10日内, within ten days; 连续5日) is not a date, and a
 * value the source also has as another number proves nothing. A month left as a bare number after
 * its year ("2022 1" for 2022年1月) is the same slip.
 */
import { paragraphNumbers } from '../pair';
import { sameValue, type NumberMention } from '../numbers';
import { dateName, paragraphCalendarDates } from '../dates';
import { absolute, quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE_BEFORE = new RegExp(`(?:${MONTH}|\\b(?:on|the|dated))[ \\u00a0]+$`, 'i');
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)\\b|^[ \\u00a0]+(?:of[ \\u00a0]+)?${MONTH}`, 'i');
/** What makes a source's N日 a number of days rather than a date. */
const DAYS_AFTER = /^[ \u00a0]?[日号](?:内|以内|之内|以上|以下|左右|后|之后|以后|之前|间|的时间)/;
// A verb of lasting or a counting word shortly before: 连续举办15日, 为期3日, 近5日.
const DAYS_BEFORE =
  /(?:连续|持续|近|每|个|数|多|几|满|共|第|前|后|长达|为期|历时|用时|举办|举行|进行|延长|推迟|停留|住院|隔离)[^，。；、！？\d]{0,3}$/;

const rule: AccuracyRule = {
  id: 'day-as-count',
  category: 'accuracy',
  description:
    'A day of the month in the source (10日) that the translation gives as a plain number ("reporter 10"), or a month (1月) left bare after its year ("2022 1").',
  defaultSeverity: 'warning',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const language = pair.language.code;
    if (!['cmn', 'jpn', 'kor', 'und'].includes(language)) return out;
    const sourceText = pair.source.text;
    const targetText = pair.target.text;
    const source = absolute(group.source, (p) => paragraphNumbers(p, language));
    const target = absolute(group.target, (p) => paragraphNumbers(p, 'eng'));
    // A date of the source, not a number of days (10日内, 连续5日).
    const isDate = (n: NumberMention) =>
      n.kind === 'day' &&
      n.values.length === 1 &&
      !DAYS_AFTER.test(sourceText.slice(n.end, n.end + 5)) &&
      !DAYS_BEFORE.test(sourceText.slice(Math.max(0, n.start - 6), n.start));
    // Days the translation writes as part of a date ("March 15 to 17": the 17 is a day too).
    let days: number[] | undefined;
    const targetDays = () =>
      (days ??= group.target.flatMap((p) =>
        paragraphCalendarDates(p, 'eng').flatMap((d) => d.days.map((x) => x.start + p.start)),
      ));
    const reported = new Set<NumberMention>();
    for (const day of source) {
      if (!isDate(day)) continue;
      const value = day.values[0];
      // The same value as a month, a count, an amount or a number of days elsewhere in the source: no telling which.
      if (source.some((n) => n !== day && n.strict && !isDate(n) && n.values.some((v) => sameValue(v, value))))
        continue;
      // Renderings in digits ("ten" renders another source number, 十余年, never a date); no more of
      // them than the source has dates of this day, or one may be a count the source writes otherwise.
      const rendered = target.filter((t) => t.strict && t.values.some((v) => sameValue(v, value)));
      const dates = source.filter((n) => isDate(n) && sameValue(n.values[0], value)).length;
      if (rendered.length === 0 || rendered.length > dates) continue;
      for (const t of rendered) {
        // Not part of a name or a range, and not written as a date.
        if (
          reported.has(t) ||
          t.glued ||
          t.kind !== 'number' ||
          t.currency ||
          /[^\d]/.test(targetText.slice(t.start, t.end))
        )
          continue;
        if (
          targetDays().includes(t.start) ||
          DATE_BEFORE.test(targetText.slice(Math.max(0, t.start - 12), t.start)) ||
          DATE_AFTER.test(targetText.slice(t.end, t.end + 12))
        )
          continue;
        // 1号 is also "No. 1": a numbered thing, rendered right.
        if (/(?:\bNo\.?|#)[ \u00a0]*$/i.test(targetText.slice(Math.max(0, t.start - 5), t.start))) continue;
        // A range or list of days ("10-12", "10 and 11") is written as a date by its neighbour.
        if (
          /[-–~]\s*$/.test(targetText.slice(Math.max(0, t.start - 2), t.start)) ||
          /^\s*[-–~]/.test(targetText.slice(t.end, t.end + 2))
        )
          continue;
        reported.add(t);
        // The day with its 日 or 号 (a space may stand between: "1 号").
        const marked = day.end + sourceText.slice(day.end, day.end + 2).search(/[日号일]/) + 1;
        out.push({
          start: t.start,
          end: t.end,
          sourceStart: day.start,
          sourceEnd: marked,
          message: `${quote(targetText.slice(t.start, t.end))} reads as a number, but the source's ${quote(sourceText.slice(day.start, marked))} is a day of the month (the ${value}${ordinal(value)}).`,
          suggestions: [`on the ${value}${ordinal(value)}`],
        });
      }
    }
    // A month left as a bare number after its year ("2022 1" for 2022年1月).
    for (const month of source) {
      if (month.kind !== 'month' || month.values.length !== 1) continue;
      const value = month.values[0];
      if (
        source.some((n) => n !== month && n.kind !== 'month' && n.strict && n.values.some((v) => sameValue(v, value)))
      )
        continue;
      for (const t of target) {
        if (reported.has(t) || !t.strict || t.glued || targetText.slice(t.start, t.end) !== String(value)) continue;
        const year = /(?<![\d.,])(\d{4})[ \u00a0]+$/.exec(targetText.slice(Math.max(0, t.start - 6), t.start));
        if (
          !year ||
          !source.some((n) => n.values.includes(Number(year[1]))) ||
          DATE_AFTER.test(targetText.slice(t.end, t.end + 12))
        )
          continue;
        reported.add(t);
        out.push({
          start: t.start,
          end: t.end,
          sourceStart: month.start,
          sourceEnd: month.end,
          message: `${quote(targetText.slice(t.start, t.end))} reads as a number, but the source's ${quote(sourceText.slice(month.start, month.end))} is a month (${dateName('month', value)}).`,
          suggestions: [dateName('month', value)],
        });
      }
    }
    return out;
  },
};

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

export default rule;

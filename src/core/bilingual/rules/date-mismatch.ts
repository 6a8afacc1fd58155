/**
 * A month or weekday the translation names differently from its source ("February" for mars). A
 * date the translation leaves out is not reported: most are datelines ("Beijing, 11 February"),
 * dropped on purpose. The source is read with its language's month
 * and weekday names (src/core/bilingual/data/dates.json) or, for Chinese, Japanese and Korean,
 * its numbered months and weekdays (2月, 星期一, 2월).
 */
import { dateName } from '../dates';
import { paragraphDates } from '../pair';
import { absolute, quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

const rule: AccuracyRule = {
  id: 'date-mismatch',
  category: 'accuracy',
  description: 'A month or weekday in the translation that differs from the one in the source.',
  defaultSeverity: 'error',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const language = pair.language.code;
    const source = absolute(group.source, (p) => paragraphDates(p, language));
    if (source.length === 0) return out;
    const target = absolute(group.target, (p) => paragraphDates(p, 'eng'));
    for (const kind of ['month', 'weekday'] as const) {
      const s = source.filter((d) => d.kind === kind);
      if (s.length === 0) continue;
      const t = target.filter((d) => d.kind === kind);
      const sourceValues = new Set(s.map((d) => d.value));
      const targetValues = new Set(t.map((d) => d.value));
      const unmatched = s.filter((d) => !targetValues.has(d.value));
      // Only a swap counts: a month of the source missing and another in its place.
      const changed = unmatched.length > 0 ? t.filter((d) => !sourceValues.has(d.value)) : [];
      for (const d of changed) {
        const counterpart = unmatched[0];
        out.push({
          start: d.start,
          end: d.end,
          sourceStart: counterpart.start,
          sourceEnd: counterpart.end,
          message: `${quote(pair.target.text.slice(d.start, d.end))} does not match the source's ${quote(pair.source.text.slice(counterpart.start, counterpart.end))} (${dateName(kind, counterpart.value)}).`,
          suggestions: unmatched.length === 1 ? [dateName(kind, unmatched[0].value)] : [],
        });
      }
    }
    return out;
  },
};

export default rule;

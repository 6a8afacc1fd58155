/**
 * comparison-base: a year the source compares with that the translation gives as the time of the
 * change: 比2021年增长19倍 as "up 19 times in 2021", "gegenüber 2021 um 5 % gestiegen" as "rose 5%
 * in 2021". The year is right, so date-mismatch has nothing to say; the change is now 2021's own.
 *
 * The source's comparisons with a year are listed by language here (written here): Chinese (比 or 较
 * a year, then the change: 比2021年增长, 较2019年同期下降), Korean (2021년 대비, 2021년보다) and the
 * comparison words of Spanish, Portuguese, French, Italian, German and Russian. The translation's
 * year is flagged when it follows "in" and its clause has no word of comparison before it (from,
 * than, compared, over, versus, against, relative, since, on).
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

/** Comparisons with a year by language; the year is the pattern's first group. */
const SOURCE: Record<string, RegExp> = {
  cmn: /(?:比|较|與|与)((?:19|20)\d\d)年(?:同期)?(?:相比)?[，,]?(?:增长|增加|上升|上涨|提高|提升|下降|减少|下跌|降低|回落|扩大|缩小|增|减|降|涨|多|少)/gu,
  kor: /((?:19|20)\d\d)년[ \u00a0]?(?:대비|보다|에 비해)/gu,
  spa: /(?:frente a|respecto a|respecto de|en comparación con|comparado con|con respecto a)[ \u00a0]+(?:(?:el|los)[ \u00a0]+)?((?:19|20)\d\d)(?!\d)/giu,
  por: /(?:em relação a|face a|comparado com|em comparação com)[ \u00a0]+(?:(?:o|os)[ \u00a0]+)?((?:19|20)\d\d)(?!\d)/giu,
  fra: /(?:par rapport à|comparé à|comparativement à)[ \u00a0]+((?:19|20)\d\d)(?!\d)/giu,
  ita: /(?:rispetto al|rispetto a|in confronto al)[ \u00a0]+((?:19|20)\d\d)(?!\d)/giu,
  deu: /(?:gegenüber|im Vergleich zu|verglichen mit)[ \u00a0]+((?:19|20)\d\d)(?!\d)/giu,
  rus: /(?:по сравнению с|относительно|против)[ \u00a0]+((?:19|20)\d\d)(?!\d)/giu,
};
SOURCE.ukr = SOURCE.rus;
SOURCE.bul = SOURCE.rus;

/** The words of a comparison in English: any of them before the year in its clause, and nothing is flagged. */
const COMPARED =
  /(?:^|[^\p{L}])(?:from|than|compared|comparison|over|versus|vs|against|relative|since|on|year-on-year|year-over-year|above|below|ahead of|behind|level|levels|as[ \u00a0]+\p{L}+[ \u00a0]+as)(?![\p{L}])/iu;

/** Where the translation's clause around `at` starts: after the last comma, semicolon, colon or stop. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 80), at);
  const cut = before.search(/[^,;:.!?()—–]*$/);
  return at - before.length + Math.max(cut, 0);
}

interface Base {
  year: string;
  paragraph: Paragraph;
  start: number;
  end: number;
}

const rule: AccuracyRule = {
  id: 'comparison-base',
  category: 'accuracy',
  description:
    'A year the source compares with that the translation gives as the time of the change (比2021年增长19倍 as “up 19 times in 2021”).',
  defaultSeverity: 'error',
  scope: (pair) => (SOURCE[tableLanguage(pair.language.code)] ? tableLanguage(pair.language.code) : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const pattern = SOURCE[scope];
    if (!pattern) return [];
    const bases: Base[] = [];
    const years = new Map<string, number>();
    for (const p of group.source) {
      const text = p.analysis.text;
      for (const m of text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/gu)) years.set(m[0], (years.get(m[0]) ?? 0) + 1);
      for (const m of text.matchAll(pattern))
        bases.push({ year: m[1], paragraph: p, start: m.index!, end: m.index! + m[0].length });
    }
    const out: AccuracyFinding[] = [];
    for (const base of bases) {
      // A year the source also writes elsewhere may be the time of something else.
      if ((years.get(base.year) ?? 0) > 1) continue;
      const found: { p: Paragraph; at: number }[] = [];
      for (const p of group.target)
        for (const m of p.analysis.text.matchAll(new RegExp(`(?<![\\d\\p{L}])${base.year}(?!\\d)`, 'gu')))
          found.push({ p, at: m.index });
      if (found.length !== 1) continue;
      const { p, at } = found[0];
      const text = p.analysis.text;
      const inYear = /(?:^|[^\p{L}])(in(?: the year)?)[ \u00a0]+$/iu.exec(text.slice(Math.max(0, at - 16), at));
      if (!inYear) continue;
      const from = clauseStart(text, at);
      if (COMPARED.test(text.slice(from, at))) continue;
      // "rose 5% in 2022 compared with 2021" has its comparison after the year.
      const rest = text.slice(at, at + 60).split(/[,;:.!?()]/)[0];
      if (COMPARED.test(rest)) continue;
      const start = p.start + at - (inYear[0].length - inYear[0].search(/in/i));
      const end = p.start + at + base.year.length;
      const sourceStart = base.paragraph.start + base.start;
      const sourceEnd = base.paragraph.start + base.end;
      out.push({
        start,
        end,
        sourceStart,
        sourceEnd,
        message: `The source’s ${quote(pair.source.text.slice(sourceStart, sourceEnd))} compares with ${base.year}; ${quote(pair.target.text.slice(start, end))} puts the change in ${base.year}.`,
        suggestions: [`from ${base.year}`, `compared with ${base.year}`],
      });
    }
    return out;
  },
};

export default rule;

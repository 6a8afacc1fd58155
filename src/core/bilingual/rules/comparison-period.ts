/**
 * comparison-period: a change the source measures against the previous month or quarter that the
 * translation measures against a year earlier, or the other way round: 环比增长0.3% as "0.3%
 * year-on-year", 同比增长4.4% as "4.4% month-on-month", 前月比 as "from a year earlier". The number
 * is right, so number-mismatch has nothing to say; the figure means something else.
 *
 * Read for Chinese, Japanese and Korean sources, whose economic news marks each change with its
 * comparison (同比 and 环比, 前年比 and 前月比, 전년 대비 and 전월 대비; written here), and for Spanish,
 * Portuguese, French, German, Italian and Russian ones ("interanual", "sur un mois", "gegenüber dem
 * Vormonat", "su base annua", "в годовом выражении"; written here). A source number
 * is tied to the one kind of comparison in its clause; the translation's number of that value is
 * flagged when its own clause says only the other kind.
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import type { NumberMention } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

type Period = 'year' | 'month' | 'quarter' | 'previous';

/** The source's comparisons by language: against a year earlier, the previous month or quarter, or the previous period. */
const SOURCE_MARKS: Record<string, [RegExp, Period][]> = {
  cmn: [
    [
      /同比|比上年同期|较上年同期|比去年同期|较去年同期|与上年同期相比|与去年同期相比|比上年|较上年|比去年|较去年/gu,
      'year',
    ],
    [/比上月|较上月|比上个月|较上个月/gu, 'month'],
    [/比上季度|较上季度|比上一季度|较上一季度|比前一季度|较前一季度/gu, 'quarter'],
    [/环比|環比/gu, 'previous'],
  ],
  jpn: [
    [/前年同月比|前年同期比|前年比|前年同月と比べ|前年同期と比べ/gu, 'year'],
    [/前月比|前月と比べ/gu, 'month'],
    [/前期比|前四半期比/gu, 'quarter'],
  ],
  kor: [
    [
      /전년[ \u00a0]?동월[ \u00a0]?대비|전년[ \u00a0]?동기[ \u00a0]?대비|전년[ \u00a0]?대비|작년[ \u00a0]?같은[ \u00a0]?(?:달|기간)보다|지난해[ \u00a0]?같은[ \u00a0]?(?:달|기간)보다/gu,
      'year',
    ],
    [/전월[ \u00a0]?대비|전달보다|지난달보다/gu, 'month'],
    [/전[ \u00a0]?분기[ \u00a0]?대비|직전[ \u00a0]?분기[ \u00a0]?대비/gu, 'quarter'],
  ],
};

/** European languages' comparisons, after or before the figure; words end where a letter does not follow. */
const w = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu');
Object.assign(SOURCE_MARKS, {
  spa: [
    [
      w(['interanual(?:es)?', 'respecto al mismo (?:mes|periodo|período|trimestre) del año (?:anterior|pasado)']),
      'year',
    ],
    [w(['intermensual(?:es)?', 'respecto al mes anterior', 'frente al mes anterior']), 'month'],
    [w(['intertrimestral(?:es)?', 'respecto al trimestre anterior', 'frente al trimestre anterior']), 'quarter'],
  ],
  por: [
    [
      w([
        'em termos homólogos',
        'homóloga?s?',
        'em relação ao mesmo (?:mês|período|trimestre) do ano (?:anterior|passado)',
      ]),
      'year',
    ],
    [w(['em relação ao mês anterior', 'face ao mês anterior']), 'month'],
    [w(['em relação ao trimestre anterior', 'face ao trimestre anterior']), 'quarter'],
    [w(['em cadeia']), 'previous'],
  ],
  fra: [
    [
      w([
        'sur un an',
        'en glissement annuel',
        'par rapport au même (?:mois|trimestre) de l.année (?:précédente|dernière)',
      ]),
      'year',
    ],
    [w(['sur un mois', 'par rapport au mois précédent']), 'month'],
    [w(['sur un trimestre', 'par rapport au trimestre précédent']), 'quarter'],
  ],
  deu: [
    [
      w([
        'im Vorjahresvergleich',
        'binnen Jahresfrist',
        '(?:gegenüber|im Vergleich zu) (?:dem )?Vorjahr(?:esmonat|eszeitraum|esquartal)?',
      ]),
      'year',
    ],
    [w(['im Vormonatsvergleich', '(?:gegenüber|im Vergleich zu) (?:dem )?Vormonat']), 'month'],
    [w(['(?:gegenüber|im Vergleich zu) (?:dem )?Vorquartal']), 'quarter'],
  ],
  ita: [
    [
      w([
        'su base annua',
        'tendenziale',
        'rispetto allo stesso (?:mese|periodo|trimestre) dell.anno (?:precedente|scorso)',
      ]),
      'year',
    ],
    [w(['su base mensile', 'rispetto al mese precedente']), 'month'],
    [w(['su base trimestrale', 'rispetto al trimestre precedente']), 'quarter'],
    [w(['congiunturale']), 'previous'],
  ],
  rus: [
    [
      w(['в годовом выражении', 'год к году', 'по сравнению с (?:аналогичным периодом|тем же месяцем) прошлого года']),
      'year',
    ],
    [w(['в месячном выражении', 'месяц к месяцу', 'по сравнению с предыдущим месяцем']), 'month'],
    [w(['квартал к кварталу', 'по сравнению с предыдущим кварталом']), 'quarter'],
  ],
} satisfies Record<string, [RegExp, Period][]>);
// The Cyrillic languages' words are read together: franc takes a short Russian source for another.
for (const code of ['ukr', 'bul', 'mkd', 'srp']) SOURCE_MARKS[code] = SOURCE_MARKS.rus;

/** Where a source clause ends: CJK and Latin commas, semicolons and stops, and 和/而/并 between figures. */
const CJK_CLAUSE = /[，,；;。．！？、]|(?<=[%％\d])[和而并](?=\D)/gu;
/** In the European languages: a comma before a space (not "0,3"), a semicolon, a stop, and "and" or "while". */
const EUROPEAN_CLAUSE =
  /,(?=\s)|;|[.!?](?=\s|$)|[ \u00a0](?:y|e|et|und|sowie|mientras|während|tandis que|mentre|enquanto|и|а|тогда как)[ \u00a0]/giu;

/** The translation's comparisons: against a year earlier, or against the previous month, quarter or period. */
const TARGET_YEAR =
  /year[- ]on[- ]year|year[- ]over[- ]year|(?<![\p{L}])(?:YoY|Y\/Y|y\/y)(?![\p{L}])|(?:from|than|over|compared (?:with|to)|versus|vs\.?)[ \u00a0](?:a year (?:earlier|ago|before)|the (?:same|corresponding) (?:period|month|quarter|time) (?:a year (?:earlier|ago)|(?:of |in )?(?:last|the previous|the prior) year)|last year|the previous year|the prior year)/giu;
const TARGET_PREVIOUS =
  /month[- ]on[- ]month|month[- ]over[- ]month|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|(?<![\p{L}])(?:MoM|M\/M|m\/m|QoQ|Q\/Q|q\/q)(?![\p{L}])|sequential(?:ly)?|(?:from|than|over|compared (?:with|to)|versus|vs\.?)[ \u00a0](?:the (?:previous|prior|preceding) (?:month|quarter)|a (?:month|quarter) (?:earlier|ago|before)|last (?:month|quarter))|chain[- ](?:growth|basis|ratio|comparison)|on a chain basis/giu;

/** Where a translation clause ends: commas, semicolons, stops; "and", "while", "but" between figures. */
const TARGET_CLAUSE = /[,;:]|[.!?](?=\s|$)|[ \u00a0](?:and|while|whereas|but|compared with which)[ \u00a0]/giu;

/** The clause of `text` around `at` (offsets into text). */
function clauseAround(text: string, at: number, end: number, pattern: RegExp): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(pattern)) {
    const k = m.index ?? 0;
    if (k + m[0].length <= at) from = k + m[0].length;
    else if (k >= end) {
      to = k;
      break;
    }
  }
  return [from, to];
}

/** The kind of comparison a translation text says, or null for none or both. */
function targetKind(text: string): { kind: 'year' | 'previous'; match: RegExpMatchArray } | null {
  const year = [...text.matchAll(TARGET_YEAR)];
  const previous = [...text.matchAll(TARGET_PREVIOUS)];
  if (year.length > 0 && previous.length === 0) return { kind: 'year', match: year[0] };
  if (previous.length > 0 && year.length === 0) return { kind: 'previous', match: previous[0] };
  return null;
}

interface SourceComparison {
  mention: NumberMention;
  paragraph: Paragraph;
  period: Period;
  mark: { start: number; end: number };
}

/** The source's numbers whose clause has exactly one kind of comparison. */
function sourceComparisons(
  paragraphs: readonly Paragraph[],
  language: string,
  marks: [RegExp, Period][],
): SourceComparison[] {
  const out: SourceComparison[] = [];
  const clausePattern = ['cmn', 'jpn', 'kor'].includes(tableLanguage(language)) ? CJK_CLAUSE : EUROPEAN_CLAUSE;
  for (const p of paragraphs) {
    const text = p.analysis.text;
    if (!marks.some(([pattern]) => text.search(pattern) >= 0)) continue;
    const numbers = paragraphNumbers(p, language);
    numbers.forEach((n, k) => {
      // A date's numbers, and a year (2023年), are not what is compared.
      if (
        n.kind === 'month' ||
        n.kind === 'day' ||
        n.values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100)
      )
        return;
      const [from, to] = clauseAround(text, n.start, n.end, clausePattern);
      const clause = text.slice(from, to);
      const found: { period: Period; start: number; end: number }[] = [];
      for (const [pattern, period] of marks)
        for (const m of clause.matchAll(pattern))
          found.push({ period, start: from + m.index!, end: from + m.index! + m[0].length });
      // The comparison written right before the number, after the one before it (同比增长4.4%，环比增长0.3%;
      // 전년 동월 대비 3.2% 올랐고 전월 대비 0.5% 내렸다), or else the clause's only kind.
      const previousEnd = k > 0 ? numbers[k - 1].end : 0;
      const before = found.filter((f) => f.end <= n.start && f.start >= previousEnd).sort((a, b) => a.start - b.start);
      const kinds = new Set(found.map((f) => (f.period === 'year' ? 'year' : 'previous')));
      const mark = before.length > 0 ? before[before.length - 1] : kinds.size === 1 ? found[0] : undefined;
      if (mark) out.push({ mention: n, paragraph: p, period: mark.period, mark: { start: mark.start, end: mark.end } });
    });
  }
  return out;
}

const SUGGESTIONS: Record<Period, string[]> = {
  year: ['year-on-year'],
  month: ['month-on-month'],
  quarter: ['quarter-on-quarter'],
  previous: ['month-on-month', 'quarter-on-quarter'],
};

const MEANINGS: Record<Period, string> = {
  year: 'the same period a year earlier',
  month: 'the previous month',
  quarter: 'the previous quarter',
  previous: 'the previous period (month or quarter)',
};

const rule: AccuracyRule = {
  id: 'comparison-period',
  category: 'accuracy',
  description:
    'A change the source measures against the previous month or quarter that the translation measures against a year earlier, or the other way round (环比 as “year-on-year”, 同比 as “month-on-month”).',
  defaultSeverity: 'error',
  scope: (pair) => (SOURCE_MARKS[tableLanguage(pair.language.code)] ? tableLanguage(pair.language.code) : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const marks = SOURCE_MARKS[scope];
    if (!marks) return [];
    const source = sourceComparisons(group.source, pair.language.code, marks);
    if (source.length === 0) return [];
    const out: AccuracyFinding[] = [];
    const seen = new Set<number>();
    for (const p of group.target) {
      const text = p.analysis.text;
      for (const n of paragraphNumbers(p, 'eng')) {
        const matches = source.filter((s) => s.mention.values.some((v) => n.values.includes(v)));
        if (matches.length === 0) continue;
        const kinds = new Set(matches.map((s) => (s.period === 'year' ? 'year' : 'previous')));
        // The same value compared both ways in the source: either may be meant.
        if (kinds.size !== 1) continue;
        const [from, to] = clauseAround(text, n.start, n.end, TARGET_CLAUSE);
        const said = targetKind(text.slice(from, to));
        const s = matches[0];
        const expected = s.period === 'year' ? 'year' : 'previous';
        if (!said || said.kind === expected) continue;
        const start = p.start + from + said.match.index!;
        if (seen.has(start)) continue;
        seen.add(start);
        const sourceStart = s.paragraph.start + s.mark.start;
        const sourceEnd = s.paragraph.start + s.mark.end;
        out.push({
          start,
          end: start + said.match[0].length,
          sourceStart,
          sourceEnd,
          message: `${quote(said.match[0])} compares with ${said.kind === 'year' ? 'a year earlier' : 'the previous month or quarter'}; the source’s ${quote(pair.source.text.slice(sourceStart, sourceEnd))} compares with ${MEANINGS[s.period]}.`,
          suggestions: SUGGESTIONS[s.period],
        });
      }
    }
    return out;
  },
};

export default rule;

/**
 * percentage-points: a difference of percentages the source gives in percentage points that the
 * translation gives as a percentage ("2 puntos porcentuales", 2个百分点, "2 Prozentpunkte" as
 * "2 percent"). Inflation up 2 points from 3% is 5%; up 2 percent it is 3.06%: the number is right
 * and the figure wrong, so number-mismatch has nothing to say.
 *
 * The source's words for percentage points are listed by language here (written here). A
 * translation percentage is flagged only when its value is one the source gives in points and
 * nowhere as a plain percentage.
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import type { NumberMention } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

/**
 * After a number: the words for percentage points, in the languages listed (written here). One
 * pattern for them all: franc tells Russian from Ukrainian, or Spanish from Galician, by little in
 * a short text, and no word of these is English.
 */
const POINTS_AFTER = new RegExp(
  `^(?:${[
    '[ \\u00a0]?[个個]?百分[点點]',
    '[ \\u00a0]?(?:%|퍼센트)[ \\u00a0]?포인트',
    '[ \\u00a0]+puntos? porcentual(?:es)?(?![\\p{L}])',
    '[ \\u00a0]+punts? percentuals?(?![\\p{L}])',
    '[ \\u00a0]+points? de pourcentage(?![\\p{L}])',
    '[ \\u00a0]+Prozentpunkte?n?(?![\\p{L}])',
    '[ \\u00a0]+punt[oi] percentual[ei](?![\\p{L}])',
    '[ \\u00a0]+pontos? percentua(?:l|is)(?![\\p{L}])',
    '[ \\u00a0]+procentpunt(?:en)?(?![\\p{L}])',
    '[ \\u00a0]+procentenhet(?:er)?(?![\\p{L}])',
    '[ \\u00a0]+procentpoint(?:s)?(?![\\p{L}])',
    '[ \\u00a0]+prosentpoeng(?![\\p{L}])',
    '[ \\u00a0]+(?:punkt(?:y|ów)? procentow(?:y|e|ych)|pkt\\.? proc\\.?|p\\.p\\.)',
    '[ \\u00a0]+procentní(?:ch)? bod(?:y|ů)?(?![\\p{L}])',
    '[ \\u00a0]+(?:процентн(?:ых|ого|ый) пункт(?:а|ов)?|п\\.[ \\u00a0]?п\\.)',
    '[ \\u00a0]+(?:відсотков(?:их|ого|ий) пункт(?:и|у|ів)?|в\\.[ \\u00a0]?п\\.)',
    '[ \\u00a0]+(?:نقطة مئوية|نقاط مئوية|نقطتين مئويتين)',
    '[ \\u00a0]+प्रतिशत अंक',
    '[ \\u00a0]+điểm phần trăm',
    '[ \\u00a0]+poin persentase',
  ].join('|')})`,
  'iu',
);

/** A source number's digits (or Chinese numerals) at its start, and the separators between them. */
const DIGITS = /^[\d.,\u00a0\u202f\u066b\u066c一二两兩三四五六七八九十零〇点點]+/u;

/** Where the words for percentage points after a source number end, or -1 when there are none. */
function pointsEnd(text: string, n: NumberMention, after: RegExp): number {
  const digits = DIGITS.exec(text.slice(n.start, n.end));
  // The number's percent word, if it read one ("0,5 процентного пункта"), is part of the mark.
  const from = n.start + (digits ? digits[0].length : 0);
  const mark = after.exec(text.slice(from, from + 40));
  return mark ? from + mark[0].length : -1;
}

/** The source's numbers given in percentage points (with where their mark ends), and the values it gives as percentages. */
function sourcePoints(paragraphs: readonly Paragraph[], language: string, after: RegExp) {
  const points: { mention: NumberMention; paragraph: Paragraph; end: number }[] = [];
  const plain = new Set<number>();
  for (const p of paragraphs) {
    for (const n of paragraphNumbers(p, language)) {
      const end = pointsEnd(p.analysis.text, n, after);
      if (end >= 0) points.push({ mention: n, paragraph: p, end });
      else if (n.kind === 'percent') for (const v of n.values) plain.add(v);
    }
  }
  return { points, plain };
}

/** The number of a translation percentage without its sign or word ("2.5%" → "2.5"). */
function withoutPercent(text: string): string {
  return text.replace(/[ \u00a0\u202f]?(?:%|percent|per cent)$/i, '');
}

const rule: AccuracyRule = {
  id: 'percentage-points',
  category: 'accuracy',
  description:
    'A change the source gives in percentage points (2个百分点, “2 puntos porcentuales”) that the translation gives as a percentage (“2 percent”).',
  defaultSeverity: 'error',
  scope: (pair) => (tableLanguage(pair.language.code) === 'eng' || pair.language.code === 'und' ? '' : 'read'),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    if (scope !== 'read') return [];
    const { points, plain } = sourcePoints(group.source, pair.language.code, POINTS_AFTER);
    if (points.length === 0) return [];
    const out: AccuracyFinding[] = [];
    for (const p of group.target) {
      const text = p.analysis.text;
      for (const n of paragraphNumbers(p, 'eng')) {
        if (n.kind !== 'percent' || /^[ \u00a0]*points?\b/i.test(text.slice(n.end, n.end + 10))) continue;
        if (n.values.some((v) => plain.has(v))) continue;
        const source = points.find((s) => s.mention.values.some((v) => n.values.includes(v)));
        if (!source) continue;
        const written = text.slice(n.start, n.end);
        const number = withoutPercent(written);
        const sourceStart = source.paragraph.start + source.mention.start;
        const sourceEnd = source.paragraph.start + source.end;
        out.push({
          start: p.start + n.start,
          end: p.start + n.end,
          sourceStart,
          sourceEnd,
          message: `${quote(written)} is a percentage; the source’s ${quote(pair.source.text.slice(sourceStart, sourceEnd))} is in percentage points, a difference of two percentages.`,
          suggestions: [`${number} percentage ${number === '1' ? 'point' : 'points'}`],
        });
      }
    }
    return out;
  },
};

export default rule;

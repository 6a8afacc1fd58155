/**
 * proportion-mismatch: a share or a multiple the source gives in words that the translation gives
 * as another one: 三分之二 as "one-third", "la mitad" as "a quarter of", "deux tiers" as "a third of",
 * 翻了一番 as "tripled", "verdoppelt" as "tripled", 3倍 as "3%". No digit differs, or there is none,
 * so number-mismatch has nothing to say.
 *
 * Read for Chinese, Japanese, Korean, French, Spanish, Portuguese, Italian, German, Dutch and
 * Russian (their words for halves, thirds, quarters, fifths and tenths, and for doubling, tripling,
 * quadrupling and halving, written here). A translation's share is flagged only when it is none of
 * the source's shares or percentages (within two points: "33%" renders 三分之一) and the source
 * has a share the translation renders nowhere, in words or as a percentage; the same for
 * multiples. English words are read only where they are shares: "a third of", "one-third",
 * "two-thirds", "half of", never "a third term" or "the first half".
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import { readHan } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

interface Mention {
  value: number;
  start: number;
  end: number;
}

type Table = [RegExp, number][];

const w = (phrase: string) => new RegExp(`(?<![\\p{L}])(?:${phrase})(?![\\p{L}])`, 'giu');

/** Shares written in words, by language. Longer phrases first: "deux tiers" before "tiers". */
const SHARES: Record<string, Table> = {
  fra: [
    [w('deux tiers'), 2 / 3],
    [w('trois quarts'), 3 / 4],
    [w('(?:la |une )?moitié'), 1 / 2],
    [w('un tiers'), 1 / 3],
    [w('un quart'), 1 / 4],
    [w('un cinquième'), 1 / 5],
    [w('un dixième'), 1 / 10],
  ],
  spa: [
    [w('dos tercios|dos terceras partes'), 2 / 3],
    [w('tres cuartos de|tres cuartas partes'), 3 / 4],
    [w('la mitad'), 1 / 2],
    [w('un tercio|una tercera parte'), 1 / 3],
    [w('un cuarto de|una cuarta parte'), 1 / 4],
    [w('una quinta parte'), 1 / 5],
    [w('una décima parte'), 1 / 10],
  ],
  por: [
    [w('dois terços'), 2 / 3],
    [w('três quartos d[aoe]s?'), 3 / 4],
    [w('(?:a )?metade'), 1 / 2],
    [w('um terço'), 1 / 3],
    [w('um quarto d[aoe]s?'), 1 / 4],
    [w('um quinto'), 1 / 5],
  ],
  ita: [
    [w('due terzi'), 2 / 3],
    [w('tre quarti'), 3 / 4],
    [w('(?:la )?metà'), 1 / 2],
    [w('un terzo'), 1 / 3],
    [w('un quarto'), 1 / 4],
    [w('un quinto'), 1 / 5],
  ],
  deu: [
    [w('zwei Drittel'), 2 / 3],
    [w('drei Viertel|Dreiviertel'), 3 / 4],
    [w('(?:die |der )?Hälfte'), 1 / 2],
    [w('(?:ein|einem|eines) Drittel[s]?'), 1 / 3],
    [w('(?:ein|einem|eines) Viertel[s]?'), 1 / 4],
    [w('(?:ein|einem|eines) Fünftel[s]?'), 1 / 5],
    [w('(?:ein|einem|eines) Zehntel[s]?'), 1 / 10],
  ],
  nld: [
    [w('twee derde'), 2 / 3],
    [w('driekwart|drie kwart'), 3 / 4],
    [w('(?:de )?helft'), 1 / 2],
    [w('een derde'), 1 / 3],
    [w('een kwart'), 1 / 4],
    [w('een vijfde'), 1 / 5],
  ],
  rus: [
    [w('две трети|двух третей'), 2 / 3],
    [w('три четверти|трех четвертей|трёх четвертей'), 3 / 4],
    [w('половин(?:а|ы|у|ой|е)'), 1 / 2],
    [w('треть|трети|третью'), 1 / 3],
    [w('четверть|четверти|четвертью'), 1 / 4],
    [w('пят(?:ая|ую|ой) част(?:ь|и)'), 1 / 5],
  ],
  cmn: [[/一半|半数|过半|逾半|近半|過半|半數/gu, 1 / 2]],
  jpn: [[/半分|半数|過半/gu, 1 / 2]],
  kor: [[/절반/gu, 1 / 2]],
};

/** Multiples written in words, by language: doubled 2, tripled 3, quadrupled 4, halved ½. */
const MULTIPLES: Record<string, Table> = {
  fra: [
    [w('doubl(?:é|ée|és|ées|er|e|ent|ement)'), 2],
    [w('tripl(?:é|ée|és|ées|er|e|ent)'), 3],
    [w('quadrupl(?:é|ée|és|ées|er|e|ent)'), 4],
    [w('divisée?s? par deux'), 0.5],
  ],
  spa: [
    [w('duplic(?:ó|aron|a|an|ar|ado|ada)'), 2],
    [w('triplic(?:ó|aron|a|an|ar|ado|ada)'), 3],
    [w('cuadruplic(?:ó|aron|a|an|ar|ado|ada)'), 4],
  ],
  por: [
    [w('duplic(?:ou|aram|a|am|ar|ado|ada)|dobr(?:ou|aram|ar)'), 2],
    [w('triplic(?:ou|aram|a|am|ar|ado|ada)'), 3],
    [w('quadruplic(?:ou|aram|a|am|ar|ado|ada)'), 4],
  ],
  ita: [
    [w('raddoppi(?:ato|ata|ati|ate|a|ano|are|o)'), 2],
    [w('triplic(?:ato|ata|ati|ate|a|ano|are)'), 3],
    [w('quadruplic(?:ato|ata|ati|ate|a|ano|are)'), 4],
    [w('dimezz(?:ato|ata|ati|ate|a|ano|are)'), 0.5],
  ],
  deu: [
    [w('verdoppel(?:t|te|ten|n)|verdoppl(?:t|te|ten)'), 2],
    [w('verdreifach(?:t|te|ten|en)'), 3],
    [w('vervierfach(?:t|te|ten|en)'), 4],
    [w('halbiert(?:e|en)?|halbieren'), 0.5],
  ],
  nld: [
    [w('verdubbel(?:d|de|den|t|en)'), 2],
    [w('verdrievoudig(?:d|de|den|t|en)'), 3],
    [w('gehalveerd|halveerde(?:n)?|halveert'), 0.5],
  ],
  rus: [
    [w('удвои(?:лся|лась|лось|лись|л|ла|ли|ть)'), 2],
    [w('утрои(?:лся|лась|лось|лись|л|ла|ли|ть)'), 3],
    [w('сократи(?:лся|лась|лось|лись) вдвое|вдвое сократи(?:лся|лась|лось|лись)'), 0.5],
  ],
  cmn: [
    [/翻了?两番/gu, 4],
    [/翻了?一番|翻了?一倍|翻倍|增加了?一倍|增长了?一倍/gu, 2],
    [/减半|减少了?一半|下降了?一半/gu, 0.5],
  ],
  jpn: [[/倍増/gu, 2]],
  kor: [[/두[ \u00a0]?배로/gu, 2]],
};

/** English shares, only where they are shares. */
const ENGLISH_SHARES: Table = [
  [/\btwo[- ]thirds\b/giu, 2 / 3],
  [/\bthree[- ]quarters\b(?=[- ]| of\b)/giu, 3 / 4],
  [/\b(?:two|three|four)[- ]fifths\b/giu, NaN],
  [/\b(?:(?:a|one) third(?= of\b)|one-third)\b/giu, 1 / 3],
  [/\b(?:(?:a|one) quarter(?= of\b)|one-quarter)\b/giu, 1 / 4],
  [/\b(?:(?:a|one) fifth(?= of\b)|one-fifth)\b/giu, 1 / 5],
  [/\b(?:(?:a|one) tenth(?= of\b)|one-tenth)\b/giu, 1 / 10],
  [/\bhalf(?= (?:of|the|its|their|his|her|our|all)\b)/giu, 1 / 2],
];
const ENGLISH_MULTIPLES: Table = [
  [/\b(?:doubled|doubling|doubles)\b/giu, 2],
  [/\b(?:tripled|tripling|triples|trebled)\b/giu, 3],
  [/\b(?:quadrupled|quadrupling|quadruples)\b/giu, 4],
  [/\b(?:halved|halving)\b/giu, 0.5],
];
const ENGLISH_NAMES = new Map<number, string>([
  [1 / 2, 'half'],
  [1 / 3, 'one-third'],
  [2 / 3, 'two-thirds'],
  [1 / 4, 'one-quarter'],
  [3 / 4, 'three-quarters'],
  [1 / 5, 'one-fifth'],
  [1 / 10, 'one-tenth'],
]);
const MULTIPLE_NAMES = new Map<number, string>([
  [2, 'doubled'],
  [3, 'tripled'],
  [4, 'quadrupled'],
  [0.5, 'halved'],
]);

/** Chinese X分之Y, Japanese X分のY, Korean X분의 Y: Y/X; 百分之 and 千分之 are percentages, left to number-mismatch. */
const FRACTION = /([一二两三四五六七八九十\d]{1,3})(?:分之|分の|분의[ \u00a0]?)([一二两三四五六七八九十\d]{1,3})/gu;
const readSmall = (raw: string): number => (/^\d+$/.test(raw) ? Number(raw) : (readHan(raw)[0] ?? NaN));

function read(text: string, table: Table): Mention[] {
  const out: Mention[] = [];
  for (const [pattern, value] of table)
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      // A longer phrase already read here ("deux tiers" holds "tiers").
      if (out.some((o) => start < o.end && start + m[0].length > o.start)) continue;
      out.push({ value, start, end: start + m[0].length });
    }
  return out;
}

function sourceShares(p: Paragraph, language: string): Mention[] {
  const text = p.analysis.text;
  const out = read(text, SHARES[language] ?? []);
  if (language === 'cmn' || language === 'jpn' || language === 'kor')
    for (const m of text.matchAll(FRACTION)) {
      const whole = readSmall(m[1]);
      const part = readSmall(m[2]);
      if (whole > 1 && part >= 1 && part < whole)
        out.push({ value: part / whole, start: m.index!, end: m.index! + m[0].length });
    }
  return out;
}

/** The percentages of a paragraph, as shares. */
function percentages(p: Paragraph, language: string): number[] {
  return paragraphNumbers(p, language)
    .filter((n) => n.kind === 'percent')
    .flatMap((n) => n.values.map((v) => v / 100));
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.02 + 1e-9;

/** A source figure written N倍 (N times) in Chinese or Japanese, or N배 in Korean. */
const TIMES_AFTER = /^[ \u00a0]*(?:倍|배)/u;
const TIMES_ENGLISH = /^(?:[ \u00a0]*(?:times|fold)\b|-fold\b|[ \u00a0]*[x×])/iu;

interface Finding {
  mention: Mention;
  paragraph: Paragraph;
}

/** The findings of one kind (shares or multiples): a translation value the source lacks, where a source value is rendered nowhere. */
function compare(
  source: Finding[],
  target: Finding[],
  excuses: number[],
  renders: number[],
  names: Map<number, string>,
  kind: string,
  pair: { source: { text: string } },
  targetText: (f: Finding) => string,
): AccuracyFinding[] {
  if (source.length === 0) return [];
  const unrendered = source.filter(
    (s) =>
      !target.some((t) => near(t.mention.value, s.mention.value)) && !renders.some((r) => near(r, s.mention.value)),
  );
  if (unrendered.length === 0) return [];
  const out: AccuracyFinding[] = [];
  for (const t of target) {
    if (Number.isNaN(t.mention.value)) continue;
    if (source.some((s) => near(s.mention.value, t.mention.value)) || excuses.some((e) => near(e, t.mention.value)))
      continue;
    const s = unrendered[0];
    const sourceStart = s.paragraph.start + s.mention.start;
    const sourceEnd = s.paragraph.start + s.mention.end;
    const values = new Set(unrendered.map((u) => u.mention.value));
    const name = values.size === 1 ? names.get([...values][0]) : undefined;
    out.push({
      start: t.paragraph.start + t.mention.start,
      end: t.paragraph.start + t.mention.end,
      sourceStart,
      sourceEnd,
      message: `${quote(targetText(t))} is another ${kind} than the source’s ${quote(pair.source.text.slice(sourceStart, sourceEnd))}.`,
      ...(name ? { suggestions: [name] } : {}),
    });
  }
  return out;
}

const rule: AccuracyRule = {
  id: 'proportion-mismatch',
  category: 'accuracy',
  description:
    'A share or a multiple the source writes in words given as another one (三分之二 as “one-third”, “la mitad” as “a quarter of”, 翻了一番 as “tripled”, 3倍 as “3%”).',
  defaultSeverity: 'error',
  scope: (pair) => {
    const code = tableLanguage(pair.language.code);
    return SHARES[code] || MULTIPLES[code] ? code : '';
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    if (!scope) return [];
    const language = pair.language.code;
    const text = (f: Finding) => f.paragraph.analysis.text.slice(f.mention.start, f.mention.end);
    const out: AccuracyFinding[] = [];

    const sourceShareList = group.source.flatMap((p) =>
      sourceShares(p, scope).map((mention) => ({ mention, paragraph: p })),
    );
    if (sourceShareList.length > 0) {
      const targetShares = group.target.flatMap((p) =>
        read(p.analysis.text, ENGLISH_SHARES).map((mention) => ({ mention, paragraph: p })),
      );
      out.push(
        ...compare(
          sourceShareList,
          targetShares,
          group.source.flatMap((p) => percentages(p, language)),
          group.target.flatMap((p) => percentages(p, 'eng')),
          ENGLISH_NAMES,
          'share',
          pair,
          text,
        ),
      );
    }

    const sourceMultiples = group.source.flatMap((p) =>
      read(p.analysis.text, MULTIPLES[scope] ?? []).map((mention) => ({ mention, paragraph: p })),
    );
    if (sourceMultiples.length > 0) {
      const targetMultiples = group.target.flatMap((p) =>
        read(p.analysis.text, ENGLISH_MULTIPLES).map((mention) => ({ mention, paragraph: p })),
      );
      out.push(...compare(sourceMultiples, targetMultiples, [], [], MULTIPLE_NAMES, 'multiple', pair, text));
    }

    // N倍 given as N%: times read as a percentage.
    if (scope === 'cmn' || scope === 'jpn' || scope === 'kor') {
      for (const p of group.source) {
        const st = p.analysis.text;
        if (!st.includes('倍') && !st.includes('배')) continue;
        for (const n of paragraphNumbers(p, language)) {
          if (n.kind !== 'number' || !TIMES_AFTER.test(st.slice(n.end, n.end + 3))) continue;
          // The source also has that value as a percentage: either may be meant.
          if (
            paragraphNumbers(p, language).some(
              (o) => o.kind === 'percent' && o.values.some((v) => n.values.includes(v)),
            )
          )
            continue;
          for (const q of group.target) {
            const tt = q.analysis.text;
            const numbers = paragraphNumbers(q, 'eng');
            if (
              numbers.some(
                (t) => t.values.some((v) => n.values.includes(v)) && TIMES_ENGLISH.test(tt.slice(t.end, t.end + 8)),
              )
            )
              continue;
            for (const t of numbers) {
              if (t.kind !== 'percent' || !t.values.some((v) => n.values.includes(v))) continue;
              out.push({
                start: q.start + t.start,
                end: q.start + t.end,
                sourceStart: p.start + n.start,
                sourceEnd: p.start + n.end + (TIMES_AFTER.exec(st.slice(n.end))?.[0].length ?? 0),
                message: `${quote(tt.slice(t.start, t.end))} is a percentage, but the source’s ${quote(st.slice(n.start, n.end + (TIMES_AFTER.exec(st.slice(n.end))?.[0].length ?? 0)))} is a multiple (${n.values[0]} times).`,
                suggestions: [`${n.values[0]} times`],
              });
            }
          }
        }
      }
    }
    return out;
  },
};

export default rule;

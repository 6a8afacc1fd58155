/**
 * number-bound: a figure the source bounds (more than, at least; less than, at most; nearly) that
 * the translation gives the other way round, or as a plain figure: 超过1000人 as "less than 1,000
 * people", 不能高于600度 as "600 degrees", "más de 1.500 personas" as "1,500 people", 近3.1万人 as
 * "more than 31,000". The number is right, so number-mismatch has nothing to say; the figure is not.
 *
 * The source's bound words are listed by language here (written here): Chinese, Japanese, Korean,
 * Spanish, French, German, Italian, Portuguese and the Cyrillic languages. A source figure is judged
 * only when its value is nowhere else in the source group; the translation's figures of that value
 * are read with the English words around them, negation included ("must not exceed", "no fewer
 * than"); when any of them says the same bound, or "about", nothing is flagged. A source "nearly"
 * or a loose "more than" (30多, 2万余: "30-odd") that the translation drops is not flagged (a
 * rounding), nor a year, a date or a period after 近 (近3年, "the past three years").
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import type { NumberMention } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

type Bound = 'lower' | 'upper' | 'nearly';
/** A bound as the source writes it: 'odd' is a loose "more than" (30多, 2万余, "30-odd"). */
type SourceBound = Bound | 'odd';

interface SourceWords {
  /** Bound words written right before the number (matched at the end of the text before it). */
  before: [RegExp, SourceBound][];
  /** Bound words written after it, a measure word or unit (up to three letters) between. */
  after: [RegExp, SourceBound][];
}

const CJK_GAP = '[^\\d\\s，。；、,;.!?！？（）()“”"]{0,3}?';

/** Chinese: the negated forms first, so that the leftmost match (不超过, 不能高于) wins over 超过. */
const CHINESE: SourceWords = {
  before: [
    [/(?:不(?:能|得|会|应|可|宜|准|要)?|未|没有?|无)(?:超过|超出|高于|多于|大于)$/u, 'upper'],
    [/(?:不(?:能|得|会|应|可|宜|准|要)?|未|没有?)(?:低于|少于|小于)$/u, 'lower'],
    [/(?:不到|不足|少于|低于|小于|至多|最多|未满|不满)$/u, 'upper'],
    [/(?:超过了?|超出了?|逾|多于|高于|大于|至少|最少|起码)$/u, 'lower'],
    [/(?:将近|接近|逼近|近乎|(?<![最附临靠就亲邻])近)$/u, 'nearly'],
  ],
  after: [
    [new RegExp(`^${CJK_GAP}(?:及以上|以上)`, 'u'), 'lower'],
    [new RegExp(`^${CJK_GAP}开外`, 'u'), 'odd'],
    [new RegExp(`^(?:多|余|餘|有余)`, 'u'), 'odd'],
    [new RegExp(`^${CJK_GAP}(?:及以下|以下|以内|之内)`, 'u'), 'upper'],
  ],
};

const JAPANESE: SourceWords = {
  before: [[/少なくとも$/u, 'lower']],
  after: [
    [new RegExp(`^${CJK_GAP}(?:以上|超)`, 'u'), 'lower'],
    [new RegExp(`^${CJK_GAP}(?:余り|あまり|強)`, 'u'), 'odd'],
    [new RegExp(`^${CJK_GAP}(?:以下|未満|以内|足らず|弱)`, 'u'), 'upper'],
    [new RegExp(`^${CJK_GAP}(?:近く)`, 'u'), 'nearly'],
  ],
};

const KOREAN: SourceWords = {
  before: [
    [/(?:최소|적어도)[ \u00a0]?$/u, 'lower'],
    [/(?:최대|많아야)[ \u00a0]?$/u, 'upper'],
  ],
  after: [
    [/^[^\d\s,.]{0,3}?[ \u00a0]?(?:이상|초과|넘게|넘는|넘어)/u, 'lower'],
    [/^[^\d\s,.]{0,3}?[ \u00a0]?남짓/u, 'odd'],
    [/^[^\d\s,.]{0,3}?[ \u00a0]?(?:이하|미만|이내)/u, 'upper'],
    [/^[^\d\s,.]{0,3}?[ \u00a0]?(?:가까이|가까운|육박)/u, 'nearly'],
  ],
};

/** European languages: the words end right before the number (an article between, "el 10%", allowed). */
function european(lower: string[], upper: string[], nearly: string[]): SourceWords {
  const end = `[ \\u00a0]+(?:(?:el|la|los|las|le|les|il|lo|gli|o|os|a|as|l')[ \\u00a0]*)?$`;
  const any = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})${end}`, 'iu');
  return {
    before: [
      [any(upper), 'upper'],
      [any(lower), 'lower'],
      [any(nearly), 'nearly'],
    ],
    after: [],
  };
}

const SOURCE_WORDS: Record<string, SourceWords> = {
  cmn: CHINESE,
  jpn: JAPANESE,
  kor: KOREAN,
  spa: european(
    ['más de', 'por encima de', 'al menos', 'como mínimo', 'superior(?:es)? a'],
    ['menos de', 'por debajo de', 'como máximo', 'no más de', 'inferior(?:es)? a'],
    ['casi'],
  ),
  por: european(
    ['mais de', 'acima de', 'pelo menos', 'no mínimo', 'superior(?:es)? a'],
    ['menos de', 'abaixo de', 'no máximo', 'não mais de', 'inferior(?:es)? a'],
    ['quase'],
  ),
  fra: european(
    ['plus de', 'au moins', 'au-delà de', 'supérieure? à', 'supérieurs? à'],
    ['moins de', 'au plus', 'au maximum', 'pas plus de', 'inférieure? à', 'inférieurs? à'],
    ['près de', 'presque', 'quasiment'],
  ),
  ita: european(
    ['più di', 'oltre', 'almeno', 'superiore a'],
    ['meno di', 'al massimo', 'non più di', 'inferiore a'],
    ['quasi'],
  ),
  deu: european(
    ['mehr als', 'über', 'mindestens', 'wenigstens'],
    ['weniger als', 'unter', 'höchstens', 'maximal', 'nicht mehr als', 'bis zu'],
    ['fast', 'knapp', 'beinahe', 'nahezu'],
  ),
  rus: european(
    ['(?<!не )более', '(?<!не )больше', 'свыше', 'не менее', 'не меньше', 'по меньшей мере', 'как минимум', 'минимум'],
    ['(?<!не )менее', '(?<!не )меньше', 'не более', 'не больше', 'максимум', 'не свыше'],
    ['почти', 'без малого'],
  ),
};
// The Cyrillic languages' words are read together: franc takes a short Russian source for another.
SOURCE_WORDS.ukr = SOURCE_WORDS.rus;
SOURCE_WORDS.bel = SOURCE_WORDS.rus;
SOURCE_WORDS.bul = SOURCE_WORDS.rus;

/** After 近 (and the like), a period, not a bound: 近3年 "the past three years", 近10天. */
const CHINESE_PERIOD = /^[^\d，。；、,;]{0,2}?(?:年|个月|個月|月|日|天|周|週|星期|小时|小時|期|届|屆)/u;

/** The bound of a source number, with where its words stand (offsets into the paragraph's text). */
function sourceBound(text: string, n: NumberMention, words: SourceWords, language: string) {
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  for (const [pattern, bound] of words.before) {
    const m = pattern.exec(before);
    if (!m) continue;
    if (bound === 'nearly' && language === 'cmn' && CHINESE_PERIOD.test(text.slice(n.end, n.end + 6))) return null;
    return { bound, start: n.start - before.length + m.index, end: n.end };
  }
  // 10多万: the 多 read inside the number.
  if (language === 'cmn' && /\d[多余餘]/u.test(text.slice(n.start, n.end)))
    return { bound: 'odd' as SourceBound, start: n.start, end: n.end };
  const after = text.slice(n.end, n.end + 12);
  for (const [pattern, bound] of words.after) {
    const m = pattern.exec(after);
    if (m) return { bound, start: n.start, end: n.end + m[0].length };
  }
  return null;
}

// The translation's words: before the number, or after it ("18 or older").
const LOWER_BEFORE =
  /(?:more than|over|above|at least|in excess of|upwards of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?|beyond|a minimum of|minimum(?: of)?|greater than|higher than|larger than|bigger than|taller than|longer than|older than|north of|cross(?:es|ed|ing)?|br(?:oke|eak|eaking) through|plus)$/i;
const UPPER_BEFORE =
  /(?:less than|fewer than|under|below|up to|at most|within|lower than|smaller than|shorter than|younger than|a maximum of|maximum(?: of)?|capped at|a cap of|a limit of|a ceiling of|no more than|short of|shy of)$/i;
const NEARLY_BEFORE =
  /(?:nearly|almost|close to|approaching|just under|nigh on|getting on for|near|virtually|practically)$/i;
const ABOUT_BEFORE =
  /(?:about|around|some|roughly|approximately|approx\.|an estimated|estimated|circa|c\.|as many as|as much as|as high as|as few as|as little as|as low as|only|just)$/i;
const NEGATION =
  /(?:^|[^\p{L}])(?:not|no|never|cannot|can't|mustn't|shouldn't|won't|isn't|aren't|nor|without)(?:[ \u00a0]+(?:be|to|been|go|rise|fall|exceed|more|less))?[ \u00a0]+$/iu;
const AFTER =
  /^(?:[ \u00a0]+[\p{L}-]+){0,3}?[ \u00a0]*(?:(or|and)[ \u00a0]+(more|above|over|higher|older|taller|longer|greater|up|less|fewer|below|under|lower|younger|shorter|smaller|so|thereabouts)|(\+|-?plus)|(-odd))(?![\p{L}])/iu;

type Said = Bound | 'about' | 'none';

/** What the English around a translation number says of its bound. */
function targetBound(text: string, n: NumberMention): { said: Said; start: number; end: number } {
  // Before: the words since the clause's start or the previous number, up to 40 characters, a
  // currency written before the figure left out ("more than $1,000", "over RMB 5 million").
  const from = Math.max(0, n.start - 40);
  const window = text.slice(from, n.start);
  const cut = Math.max(window.search(/[^,;:.!?()\d]*$/), 0);
  const before = window
    .slice(cut)
    .replace(/[ \u00a0]*(?:(?:US|HK|S|NT|A|C|R)?\$|€|£|¥|₹|₩|RMB|CNY|USD|EUR|yuan)?[ \u00a0]*$/, '');
  const offset = from + cut;
  const word = (pattern: RegExp): RegExpExecArray | null => {
    const m = pattern.exec(before);
    return m && (m.index === 0 || /[^\p{L}]/u.test(before[m.index - 1])) ? m : null;
  };
  const flip = (m: RegExpExecArray, bound: 'lower' | 'upper'): Bound =>
    NEGATION.test(before.slice(0, m.index)) ? (bound === 'lower' ? 'upper' : 'lower') : bound;
  const at = (m: RegExpExecArray) => ({ start: offset + m.index, end: n.end });
  let m: RegExpExecArray | null;
  if ((m = word(NEARLY_BEFORE))) return { said: 'nearly', ...at(m) };
  if ((m = word(UPPER_BEFORE))) return { said: flip(m, 'upper'), ...at(m) };
  if ((m = word(LOWER_BEFORE))) return { said: flip(m, 'lower'), ...at(m) };
  if ((m = word(ABOUT_BEFORE))) return { said: 'about', ...at(m) };
  const after = AFTER.exec(text.slice(n.end, n.end + 40).split(/[,;:.!?()]/)[0]);
  if (after) {
    const end = n.end + after.index + after[0].length;
    const w = (after[2] ?? '').toLowerCase();
    if (
      after[3] ||
      after[4] ||
      ['more', 'above', 'over', 'higher', 'older', 'taller', 'longer', 'greater', 'up'].includes(w)
    )
      return { said: 'lower', start: n.start, end };
    if (w === 'so' || w === 'thereabouts') return { said: 'about', start: n.start, end };
    return { said: 'upper', start: n.start, end };
  }
  return { said: 'none', start: n.start, end: n.end };
}

/** Whether what the translation says keeps the source's bound (a "nearly" may read as "about" or "under"). */
function keeps(bound: SourceBound, said: Said): boolean {
  if (said === 'about' || said === bound) return true;
  if (bound === 'odd') return said === 'lower';
  if (bound === 'nearly') return said !== 'lower';
  if (bound === 'upper') return said === 'nearly';
  return false;
}

const WORDS: Record<SourceBound, string> = {
  lower: 'more than',
  upper: 'less than',
  nearly: 'nearly',
  odd: 'more than',
};
const SUGGEST: Record<SourceBound, string[]> = {
  odd: ['more than'],
  lower: ['more than', 'at least'],
  upper: ['less than', 'no more than'],
  nearly: ['nearly', 'almost'],
};

/**
 * Not a figure that takes a bound: a date's numbers, a year, a number that is part of a name
 * (COVID-19; in Chinese, Japanese and Korean every number stands against letters).
 */
function judged(n: NumberMention, cjk: boolean): boolean {
  return (
    n.strict &&
    (cjk || !n.glued) &&
    n.kind !== 'month' &&
    n.kind !== 'day' &&
    !n.values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100)
  );
}

interface Bounded {
  mention: NumberMention;
  paragraph: Paragraph;
  bound: SourceBound;
  start: number;
  end: number;
}

const rule: AccuracyRule = {
  id: 'number-bound',
  category: 'accuracy',
  description:
    'A figure the source bounds (more than, at least, less than, at most, nearly) that the translation gives the other way round or as a plain figure (超过1000人 as “less than 1,000 people”, “más de 1.500” as “1,500”).',
  defaultSeverity: 'error',
  scope: (pair) => (SOURCE_WORDS[tableLanguage(pair.language.code)] ? tableLanguage(pair.language.code) : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const words = SOURCE_WORDS[scope];
    if (!words) return [];
    const bounded: Bounded[] = [];
    const counts = new Map<number, number>();
    for (const p of group.source) {
      for (const n of paragraphNumbers(p, pair.language.code)) {
        for (const v of new Set(n.values)) counts.set(v, (counts.get(v) ?? 0) + 1);
        if (!judged(n, scope === 'cmn' || scope === 'jpn' || scope === 'kor')) continue;
        const b = sourceBound(p.analysis.text, n, words, scope);
        if (b) bounded.push({ mention: n, paragraph: p, ...b });
      }
    }
    const out: AccuracyFinding[] = [];
    for (const s of bounded) {
      // A value the source writes twice may be bounded once and not the other time.
      if (s.mention.values.some((v) => (counts.get(v) ?? 0) > 1)) continue;
      const found: { p: Paragraph; n: NumberMention; said: ReturnType<typeof targetBound> }[] = [];
      for (const p of group.target)
        for (const n of paragraphNumbers(p, 'eng'))
          if (n.values.some((v) => s.mention.values.includes(v)))
            found.push({ p, n, said: targetBound(p.analysis.text, n) });
      if (found.length === 0 || found.some((f) => keeps(s.bound, f.said.said))) continue;
      // A source "nearly" or "-odd" the translation leaves out is a rounding, not an error of meaning.
      const wrong =
        found.find((f) => f.said.said !== 'none') ?? (s.bound === 'nearly' || s.bound === 'odd' ? undefined : found[0]);
      if (!wrong) continue;
      const sourceStart = s.paragraph.start + s.start;
      const sourceEnd = s.paragraph.start + s.end;
      const start = wrong.p.start + wrong.said.start;
      const end = wrong.p.start + wrong.said.end;
      const shown = quote(pair.source.text.slice(sourceStart, sourceEnd));
      const text = wrong.p.analysis.text.slice(wrong.said.start, wrong.said.end);
      out.push({
        start,
        end,
        sourceStart,
        sourceEnd,
        message:
          wrong.said.said === 'none'
            ? `The source’s ${shown} is ${WORDS[s.bound]} ${quote(text)}; the translation gives the figure as exact.`
            : `${quote(text)} is ${WORDS[wrong.said.said as Bound]} the figure; the source’s ${shown} is ${WORDS[s.bound]} it.`,
        suggestions: wrong.said.said === 'none' ? SUGGEST[s.bound].map((w) => `${w} ${text}`) : undefined,
      });
    }
    return out;
  },
};

export default rule;

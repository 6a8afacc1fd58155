/**
 * change-extent: a change the source gives by its size that the translation gives as the level
 * reached, or the other way round: 增长4.4% ("rose by 4.4%") as "rose to 4.4%", 降至3% ("fell to
 * 3%") as "fell by 3%" or "fell 3%", "subió al 3 %" as "rose 3%", "um 0,3 Prozent" as "to 0.3
 * percent", "до 7%" as "by 7%". The number and the direction are right; the figure means another thing.
 *
 * The figures are the ones change-direction ties to a word of change on both sides. The source's
 * extent is read from what stands between that word and the figure: 至/到 (增至, 降到) for a level,
 * nothing, 了, 幅 or a rate (增速, 增长率) for a size in Chinese (攀升达, which may be either, is not judged); に and 로/으로 after the figure in Japanese and Korean; the
 * preposition before the figure in the other languages ("al"/"un", "à"/"de", "auf"/"um", "до"/"на",
 * "naar"/"met", "do"/"o", "menjadi"/"sebesar", "lên"/"", "إلى"/"بنسبة"; written here), and the
 * Turkish dative on the figure ("yüzde 5'e yükseldi" a level, "yüzde 5 arttı" a size). The English
 * "to" is a level; "by", "of", no preposition ("rose 3%") or a noun after the figure ("a 3% rise")
 * a size. Anything else on either side is not judged.
 */
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import type { NumberMention } from '../numbers';
import { figureMatcher, LANGUAGES, sourceFigures, targetChange, uniformBy, type Change, type SourceFigure } from './change-direction';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

type Extent = 'size' | 'level';

const oneExtent = uniformBy<{ extent: Extent }>((s) => s.extent);

/** The words right before a figure that make it a level or a size, by language (for 'near' languages). */
const PREPOSITIONS: Record<string, { level: RegExp; size: RegExp }> = {
  spa: {
    level: /(?<![\p{L}])(?:al|a|hasta(?: el| los| las)?)[ \u00a0]+$/iu,
    size: /(?<![\p{L}])(?:un|una|en(?: un)?)[ \u00a0]+$/iu,
  },
  por: {
    level: /(?<![\p{L}])(?:para|a|ao|até)[ \u00a0]+(?:os?[ \u00a0]+)?$/iu,
    size: /(?<![\p{L}])(?:em|de)[ \u00a0]+$/iu,
  },
  fra: { level: /(?<![\p{L}])à[ \u00a0]+$/iu, size: /(?<![\p{L}])de[ \u00a0]+$/iu },
  ita: { level: /(?<![\p{L}])(?:al|a|fino al)[ \u00a0]+$/iu, size: /(?<![\p{L}])(?:del|di)[ \u00a0]+$/iu },
  deu: { level: /(?<![\p{L}])auf[ \u00a0]+$/iu, size: /(?<![\p{L}])(?:um|von)[ \u00a0]+$/iu },
  nld: { level: /(?<![\p{L}])naar[ \u00a0]+$/iu, size: /(?<![\p{L}])met[ \u00a0]+$/iu },
  rus: { level: /(?<![\p{L}])до[ \u00a0]+$/iu, size: /(?<![\p{L}])на[ \u00a0]+$/iu },
  pol: { level: /(?<![\p{L}])do[ \u00a0]+$/iu, size: /(?<![\p{L}])o[ \u00a0]+$/iu },
  ind: { level: /(?<![\p{L}])menjadi[ \u00a0]+$/iu, size: /(?<![\p{L}])(?:sebesar|sebanyak)[ \u00a0]+$/iu },
  vie: { level: /(?<![\p{L}])(?:lên|xuống|còn)[ \u00a0]+$/iu, size: /(?<![\p{L}])(?:tăng|giảm)[ \u00a0]+$/iu },
  arb: { level: /(?<![\p{L}])إلى[ \u00a0]+$/u, size: /(?<![\p{L}])(?:بنسبة|بواقع)[ \u00a0]+$/u },
};
for (const code of ['ukr', 'bul', 'mkd', 'srp']) PREPOSITIONS[code] = PREPOSITIONS.rus;

/** What the source says the figure is: the size of the change, the level reached, or unknown. */
function sourceExtent(text: string, n: NumberMention, change: Change, scope: string): Extent | null {
  if (scope === 'cmn') {
    if (change.end > n.start) return null;
    const between = text.slice(change.end, n.start);
    // 涨幅达5%, 增速4.4%, 增长率为5%: the size of the rise, its rate.
    if (/^了?(?:幅度?|速|率)/u.test(between)) return 'size';
    if (/[至到]/u.test(between)) return 'level';
    return /^(?:了)?(?:约|近|超过?|逾|将近|接近)?[ \u00a0]*$/u.test(between) ? 'size' : null;
  }
  if (scope === 'jpn' || scope === 'kor') {
    if (change.start < n.end) return null;
    const between = text.slice(n.end, change.start);
    if (scope === 'jpn') return /に/u.test(between) ? 'level' : /^(?:の)?$/u.test(between) ? 'size' : null;
    return /(?:으로|로)[ \u00a0]*$/u.test(between)
      ? 'level'
      : /^[ \u00a0]*(?:가량|정도|이나|나|씩|만큼)?[ \u00a0]*$/u.test(between)
        ? 'size'
        : null;
  }
  if (scope === 'tur') {
    // Turkish marks the level on the figure: "yüzde 5'e yükseldi"; "yüzde 5 arttı", "yüzde 5'lik artış" a size.
    const after = text.slice(n.end, n.end + 6);
    if (/^['’]?y?[ae](?![\p{L}])/u.test(after)) return 'level';
    if (/^['’]?l[ıiuü]k(?![\p{L}])/u.test(after)) return 'size';
    return change.start >= n.end && /^[ \u00a0]*$/u.test(text.slice(n.end, change.start)) ? 'size' : null;
  }
  const words = PREPOSITIONS[scope];
  if (!words) return null;
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  if (words.level.test(before)) return 'level';
  if (words.size.test(before)) return 'size';
  // The word of change right before the figure: a size ("tăng 5%", "naik 5 persen").
  return change.end <= n.start && /^[ \u00a0]*$/u.test(text.slice(change.end, n.start)) ? 'size' : null;
}

/** What the translation says: "to" a level; "by", "of", nothing, or a noun after the figure, a size. */
function targetExtent(text: string, n: NumberMention, change: Change): { extent: Extent; word?: [number, number] } {
  if (change.start >= n.end) return { extent: 'size' };
  const gap = text.slice(change.end, n.start);
  const to = /(?<![\p{L}])to(?![\p{L}])/iu.exec(gap);
  if (to) return { extent: 'level', word: [change.end + to.index, change.end + to.index + 2] };
  const by = /(?<![\p{L}])by(?![\p{L}])/iu.exec(gap);
  if (by) return { extent: 'size', word: [change.end + by.index, change.end + by.index + 2] };
  return { extent: 'size' };
}

const rule: AccuracyRule = {
  id: 'change-extent',
  category: 'accuracy',
  description:
    'A change the source gives by its size given as the level reached, or the other way round (增长4.4% as “rose to 4.4%”, 降至3% as “fell by 3%”).',
  defaultSeverity: 'warning',
  scope: (pair) => {
    const code = tableLanguage(pair.language.code);
    return LANGUAGES[code] ? code : '';
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const lang = LANGUAGES[scope];
    if (!lang) return [];
    const source: (SourceFigure & { extent: Extent })[] = [];
    for (const f of sourceFigures(group.source, pair.language.code, scope, lang)) {
      const extent = sourceExtent(f.paragraph.analysis.text, f.mention, f.change, scope);
      if (extent) source.push({ ...f, extent });
    }
    if (source.length === 0) return [];
    const out: AccuracyFinding[] = [];
    const matching = figureMatcher(source);
    for (const p of group.target) {
      const text = p.analysis.text;
      const numbers = paragraphNumbers(p, 'eng');
      numbers.forEach((n, k) => {
        const matches = matching(n);
        if (matches.length === 0 || !oneExtent(matches)) return;
        const said = targetChange(text, numbers, k);
        if (!said) return;
        const s = matches[0];
        const target = targetExtent(text, n, said);
        if (target.extent === s.extent) return;
        const st = s.paragraph.analysis.text;
        const sourceStart = s.paragraph.start + Math.min(s.change.start, s.mention.start);
        const sourceEnd = s.paragraph.start + Math.max(s.change.end, s.mention.end);
        const figure = text.slice(n.start, n.end);
        const sourceText = st.slice(Math.min(s.change.start, s.mention.start), Math.max(s.change.end, s.mention.end));
        const [start, end] = target.word ?? [said.start, said.end];
        const word = text.slice(start, end);
        const suggestions =
          target.word !== undefined
            ? [word === 'to' ? 'by' : 'to']
            : // "rose 3%" becomes "rose to 3%"; "up 3%" and "an increase of 3%" have no such fix ("up to" is a bound).
              said.end <= n.start &&
                /^[ \u00a0]*$/u.test(text.slice(said.end, n.start)) &&
                !/^(?:up|down|higher|lower)$/iu.test(word)
              ? [`${word} to`]
              : undefined;
        out.push({
          start: p.start + start,
          end: p.start + end,
          sourceStart,
          sourceEnd,
          message:
            target.extent === 'level'
              ? `${quote(word)} makes ${figure} the level reached; the source’s ${quote(sourceText)} gives it as the size of the change (by ${figure}).`
              : `${quote(word)} makes ${figure} the size of the change; the source’s ${quote(sourceText)} gives it as the level reached (to ${figure}).`,
          ...(suggestions ? { suggestions } : {}),
        });
      });
    }
    return out;
  },
};

export default rule;

/**
 * change-direction: a figure the source says went up that the translation says went down, or the
 * other way round: 下降3.5% as "rose 3.5%", 同比增长4.4% as "a 4.4% drop", "cayeron un 2 %" as
 * "rose 2%", "um 0,3 Prozent gesunken" as "up 0.3 percent". The number is right, so
 * number-mismatch has nothing to say; the news is the opposite.
 *
 * Read for Chinese, Japanese, Korean, Spanish, Portuguese, French, Italian, German, Dutch, Polish,
 * Turkish, Indonesian, Vietnamese, Arabic, Hindi and the Cyrillic languages (their words for a rise
 * and a fall written here). A figure is judged only where both
 * sides tie it to a word of change: in Chinese the word right before it (增长4.4%, 降至3%, 涨幅达5%),
 * in Japanese and Korean right after it (3.2%増, 5% 감소했다), in the other languages within
 * three words of it, and in the English right before it ("rose 4.4%", "fell by 3%", "an increase of
 * 2%") or right after it ("a 3% drop", "5% higher"). The stretch of the sentence that holds the figure
 * (its clause, up to the figures either side) must name one direction only, on both sides, so 跌幅
 * 扩大至3% ("the drop widened to 3%") and "growth slowed to 3%" are never judged; nor is a negated
 * change ("did not rise", 未增长), a figure below zero or negative growth (负增长), or a value the
 * source gives both ways.
 */
import type { Paragraph } from '../../document';
import { tableLanguage } from '../language';
import { paragraphNumbers } from '../pair';
import type { NumberMention } from '../numbers';
import { everyGroup, quote, type AccuracyFinding, type AccuracyRule } from './types';

export type Direction = 'up' | 'down';
type Attach = 'before' | 'after' | 'near';

export interface Language {
  up: RegExp;
  down: RegExp;
  /** Where the word of change stands from its figure. */
  attach: Attach;
  /** What may stand between the word and the figure (for 'before' and 'after'). */
  between?: RegExp;
  /** A word right before the word of change that negates it. */
  negation: RegExp;
  /** What negates it written after it (増えなかった, 늘지 않았다). */
  negatedAfter?: RegExp;
  /** Where a clause ends. */
  clause: RegExp;
}

/** European words: a stem and its endings, where a letter does not follow. */
const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${list.join('|')})(?![\\p{L}\\p{M}])`, 'giu');

const CJK_CLAUSE = /[，,；;。．！？、：:]|(?<=[%％\d])[和而并](?=\D)/gu;
const EUROPEAN_CLAUSE =
  /,(?=\s)|;|:|[.!?](?=\s|$)|[ \u00a0](?:y|e|et|und|sowie|mientras|während|tandis que|alors que|mentre|enquanto|и|а|тогда как|но|pero|mais|aber|ma|mas)[ \u00a0]/giu;

export const LANGUAGES: Record<string, Language> = {
  cmn: {
    // 负增长 and 零增长 first: negative growth is a fall, zero growth is neither.
    up: /(?<!负|零)(?:增长|增加|上涨|上升|提高|提升|攀升|上扬|走高|回升|反弹|扩大|增|涨|升)/gu,
    down: /负增长|下降|减少|下跌|降低|下滑|回落|缩减|缩小|收窄|萎缩|走低|下调|缩水|减|降|跌/gu,
    attach: 'before',
    // 增速4.4% and 增长率为5%: a rate of growth is a rise.
    between: /^(?:了|幅|幅度|速|率|为|达|达到|至|到|约|近|超过|超|逾|将近|接近|破|\s)*$/u,
    negation: /(?:未|没有|没|不|无|并未|尚未)$/u,
    clause: CJK_CLAUSE,
  },
  jpn: {
    up: /増加|増え|増|上昇|上が|伸び|拡大|プラス|高(?!い)/gu,
    down: /減少|減り|減|低下|下落|下が|落ち|縮小|マイナス|安(?!い)/gu,
    attach: 'after',
    between: /^(?:[人件台円ドル元個社点倍]|ポイント)?(?:の|も|と|に|程度|ほど|近く|余り|超|強|弱|\s)*$/u,
    negation: /(?!)/u,
    negatedAfter: /^\p{Script=Hiragana}{0,4}(?:ない|なかっ|ません|ず)/u,
    clause: CJK_CLAUSE,
  },
  kor: {
    up: /증가|상승|늘었|늘어|늘린|늘려|올랐|올라|오른|확대|인상|급등|급증/gu,
    down: /감소|하락|줄었|줄어|줄인|줄여|내렸|내려|내린|떨어|축소|인하|급락|급감/gu,
    attach: 'after',
    between: /^(?:[명건대원개곳점배]|포인트|달러)?(?:\s|가량|정도|이나|나|가|씩|만큼|이|의|으로|로)*$/u,
    negation: /(?!)/u,
    negatedAfter: /^\p{Script=Hangul}{0,3}[ \u00a0]?(?:않|못)/u,
    clause: CJK_CLAUSE,
  },
  spa: {
    up: words([
      'sub(?:e|en|ió|ieron|ir|ida|idas|ido)',
      'alza',
      'aument(?:a|an|ó|aron|ar|o|os|ado)',
      'crec(?:e|en|ió|ieron|er|ido|imiento)',
      'increment(?:a|an|ó|aron|ar|o|ado)',
      'repunt(?:a|an|ó|aron|e)',
    ]),
    down: words([
      'baj(?:a|an|ó|aron|ar|ada|ado)',
      'ca(?:e|en|yó|yeron|er|ída|ídas|ído)',
      'descen(?:so|dió|dieron|der|dido)',
      'desciende[n]?',
      'disminu(?:ye|yen|yó|yeron|ir|ción|ido)',
      'retroce(?:de|den|dió|dieron|der|so)',
      'reduc(?:e|en|ción|ido)',
      'redujo|redujeron',
      'recort(?:e|a|an|ó|aron|ado)',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:no|ni|sin)[ \u00a0]+$/iu,
    clause: EUROPEAN_CLAUSE,
  },
  por: {
    up: words([
      'sub(?:iu|iram|ir|ida|ido|e|em)',
      'alta',
      'aument(?:ou|aram|ar|o|a|am|ado)',
      'cresc(?:eu|eram|er|imento|e|em|ido)',
      'avanç(?:ou|aram|o)',
    ]),
    down: words([
      'caiu|caíram|cair|cai|caem|queda',
      'baix(?:ou|aram|a|ar)',
      'recu(?:ou|aram|o)',
      'diminu(?:iu|íram|ição|ir)',
      'redu(?:ziu|ziram|ção)',
      'reca(?:iu|íram)',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:não|nem|sem)[ \u00a0]+$/iu,
    clause: EUROPEAN_CLAUSE,
  },
  fra: {
    up: words([
      'hausse',
      'augment(?:e|ent|é|ée|és|ées|er|ation)',
      'progress(?:e|ent|é|ion)',
      'grimp(?:e|ent|é)',
      'croissance',
      'bondi|bondit|bond',
    ]),
    down: words([
      'baisse',
      'recul(?:e|ent|é)?',
      'diminu(?:e|ent|é|ée|tion)',
      'chut(?:e|ent|é)',
      'repli',
      'bais(?:sé|sent)',
      'reflu(?:é|e)',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:ne|n’|n'|pas|sans)[ \u00a0]*$/iu,
    clause: EUROPEAN_CLAUSE,
  },
  ita: {
    up: words([
      'aument(?:o|ato|ati|ata|ate|a|ano)',
      'cresc(?:e|ono|iuto|iuta|iuti|ita)',
      'rialzo',
      'salit[oaie]',
      'sale|salgono',
      'balzo|balzat[oa]',
    ]),
    down: words([
      'calo',
      'cal(?:ato|ata|ati|ate|a|ano)',
      'diminu(?:ito|ita|iti|zione|isce|iscono)',
      'ribasso',
      'sces[oaie]',
      'scende|scendono',
      'flessione',
      'crollo',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:non|né|senza)[ \u00a0]+$/iu,
    clause: EUROPEAN_CLAUSE,
  },
  deu: {
    up: words([
      'gestiegen',
      'stieg(?:en)?',
      'steig(?:t|en)',
      'Anstieg',
      'Zuwachs',
      'Plus',
      'zugelegt',
      'legte(?:n)? zu',
      'erhöht',
      'wuchs(?:en)?',
      'gewachsen',
      'Wachstum',
    ]),
    down: words([
      'gesunken',
      'sank(?:en)?',
      'sink(?:t|en)',
      'Rückgang',
      'Minus',
      'gefallen',
      'fiel(?:en)?',
      'verringert',
      'gesenkt',
      'geschrumpft',
      'schrumpfte(?:n)?',
      'Einbruch',
      'eingebrochen',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:nicht|kein(?:en|em|er)?|ohne)[ \u00a0]+$/iu,
    clause: EUROPEAN_CLAUSE,
  },
  rus: {
    up: words([
      'выр(?:ос|осла|осло|осли|астет|астут)',
      'рост(?:а|ом)?',
      'увелич(?:ился|илась|илось|ились|ение|ения|ится|атся)',
      'повыс(?:ился|илась|илось|ились)',
      'повышение',
      'прирост',
      'подорожа(?:л|ла|ло|ли|ние)',
    ]),
    down: words([
      'сниз(?:ился|илась|илось|ились|ится)',
      'снижение|снижения',
      'упа(?:л|ла|ло|ли)',
      'падение|падения',
      'сократ(?:ился|илась|илось|ились|ится)',
      'сокращение|сокращения',
      'уменьш(?:ился|илась|илось|ились|ение)',
      'подешеве(?:л|ла|ло|ли)',
    ]),
    attach: 'near',
    negation: /(?<![\p{L}])(?:не|ни|без)[ \u00a0]+$/iu,
    clause: EUROPEAN_CLAUSE,
  },
};
/** Languages read like the European ones: the word of change within three words of its figure. */
const near = (up: string[], down: string[], negation: RegExp): Language => ({
  up: words(up),
  down: words(down),
  attach: 'near',
  negation,
  clause: EUROPEAN_CLAUSE,
});
Object.assign(LANGUAGES, {
  nld: near(
    [
      'gestegen',
      'steeg',
      'stegen',
      'stijgt',
      'stijgen',
      'stijging',
      'toegenomen',
      'toename',
      'gegroeid',
      'groeide(?:n)?',
      'groei',
    ],
    [
      'gedaald',
      'daalde(?:n)?',
      'daalt',
      'dalen',
      'daling',
      'afgenomen',
      'afname',
      'gezakt',
      'zakte(?:n)?',
      'gekrompen',
      'kromp',
      'krimp',
    ],
    /(?<![\p{L}])(?:niet|geen|zonder)[ \u00a0]+$/iu,
  ),
  pol: near(
    [
      'wzr(?:ósł|osła|osło|osły|ośnie|osną|ost|ostu|ostem)',
      'zwiększył(?:a|o|y)?',
      'podrożał(?:a|o|y)?',
      'zwyżk(?:a|ował|owała)',
    ],
    [
      'spad(?:ł|ła|ło|ły|nie|ną|ek|ku|kiem)',
      'zmalał(?:a|o|y)?',
      'zmniejszył(?:a|o|y)?',
      'obniżył(?:a|o|y)?',
      'potaniał(?:a|o|y)?',
      'zniżk(?:a|ował|owała)',
    ],
    /(?<![\p{L}])(?:nie|bez)[ \u00a0]+$/iu,
  ),
  // Turkish negates inside the verb (artmadı): those forms are not in the lists.
  tur: near(
    ['art(?:tı|mış|ış|ışla|arak|an|acak)', 'yüksel(?:di|miş|iş|erek|en)', 'çıktı', 'çıkarak'],
    ['azal(?:dı|mış|ış|arak|an|acak)', 'düş(?:tü|müş|üş|erek|en)', 'geril(?:edi|emiş|eme|eyerek)', 'indi', 'inerek'],
    /(?!)/u,
  ),
  ind: near(
    ['naik', 'meningkat', 'kenaikan', 'peningkatan', 'bertambah', 'tumbuh', 'pertumbuhan', 'melonjak', 'lonjakan'],
    ['turun', 'menurun', 'penurunan', 'berkurang', 'merosot', 'anjlok', 'menyusut', 'penyusutan', 'susut'],
    /(?<![\p{L}])(?:tidak|tak|belum|bukan)[ \u00a0]+$/iu,
  ),
  vie: near(['tăng', 'tăng trưởng'], ['giảm', 'sụt', 'sụt giảm'], /(?<![\p{L}])(?:không|chưa|chẳng)[ \u00a0]+$/iu),
  // Arabic writes "and" on the word (وارتفع).
  arb: near(
    ['[وف]?(?:ارتفع|ارتفعت|ارتفاع|ارتفاعا|ارتفاعًا|زاد|زادت|زيادة|نما|نمت|نمو|نموا|صعد|صعدت|قفز|قفزت)'],
    ['[وف]?(?:انخفض|انخفضت|انخفاض|انخفاضا|انخفاضًا|تراجع|تراجعت|تراجعا|هبط|هبطت|هبوط|تقلص|تقلصت|انكمش|انكمشت|انكماش)'],
    /(?<![\p{L}])(?:لم|لا|لن|ما|دون)[ \u00a0]+$/u,
  ),
  hin: near(
    ['ब(?:ढ\u093c|\u095c)(?:ा|ी|े|कर|त|ोतरी)?', 'वृद्धि', 'इजाफा', 'इज़ाफ़ा', 'उछाल'],
    ['घट(?:ा|ी|े|कर)?', 'गिर(?:ा|ी|े|कर)', 'गिरावट', 'कमी'],
    /(?<![\p{L}\p{M}])(?:नहीं|न|बिना)[ \u00a0]+$/u,
  ),
} satisfies Record<string, Language>);
// The Cyrillic languages are read together: franc takes a short Russian source for another.
for (const code of ['ukr', 'bul', 'mkd', 'srp']) LANGUAGES[code] = LANGUAGES.rus;

/** The English words of change, before the figure ("rose 4.4%") or after it ("a 4.4% rise"). */
const ENGLISH_BEFORE: Record<Direction, RegExp> = {
  up: /(?<![\p{L}])(?:rose|risen|rise|rises|rising|increased|increase|increases|increasing|grew|grown|grow|grows|growing|growth|climbed|climb|climbs|climbing|jumped|jump|jumps|surged|surge|surges|soared|soar|soars|gained|gain|gains|up|higher|expanded|expand|expands|expansion|widened|raised|raise|raises|hiked|hike|hikes|boosted|added|rebounded|rebound|increment)$/iu,
  down: /(?<![\p{L}])(?:fell|fallen|fall|falls|falling|dropped|drop|drops|dropping|declined|decline|declines|declining|decreased|decrease|decreases|decreasing|dipped|dip|dips|slid|slipped|sank|sunk|shrank|shrunk|shrink|shrinks|contracted|contraction|plunged|plunge|plunges|tumbled|slumped|slump|down|lower|lowered|lowers|cut|cuts|reduced|reduce|reduces|reduction|narrowed|eased|retreated)$/iu,
};
const ENGLISH_AFTER: Record<Direction, RegExp> = {
  up: /^(?:rise|increase|jump|gain|growth|hike|higher|surge|expansion)(?![\p{L}])/iu,
  down: /^(?:drop|fall|decline|decrease|cut|reduction|lower|slump|plunge|contraction)(?![\p{L}])/iu,
};
/** What may stand between an English word of change and its figure. */
const ENGLISH_FILLER =
  /^(?:by|to|of|about|around|approximately|roughly|nearly|almost|some|over|just|only|a|an|another|further|sharply|slightly|significantly|steadily|modestly|marginally|respectively|more than|year[- ]on[- ]year|year[- ]over[- ]year|month[- ]on[- ]month|on the year|on the month|an estimated|a total of|as much as)$/iu;
/** After an English figure: its unit word, then the word of change ("4.4 percent year-on-year rise"). */
const ENGLISH_AFTER_GAP =
  /^(?:[ \u00a0]*(?:percent|per cent|pc|percentage points?|points?))?(?:[ \u00a0]+(?:year[- ]on[- ]year|year[- ]over[- ]year|month[- ]on[- ]month|annual|monthly))?[ \u00a0]+/iu;
const ENGLISH_NEGATION = /(?<![\p{L}])(?:not|n[’']t|never|no|nor|without)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/iu;
const TARGET_CLAUSE = /[,;:]|[.!?](?=\s|$)|[ \u00a0](?:and|while|whereas|but|after|before|than)[ \u00a0]/giu;
const MINUS = /(?:[-−–]|minus[ \u00a0]+|negative[ \u00a0]+|负|マイナス|마이너스[ \u00a0]*)$/iu;

/** Opposite forms of the English words, for a suggestion in the word's own form. */
const OPPOSITES: Record<string, string> = {
  rose: 'fell',
  risen: 'fallen',
  rise: 'fall',
  rises: 'falls',
  rising: 'falling',
  increased: 'decreased',
  increase: 'decrease',
  increases: 'decreases',
  increasing: 'decreasing',
  grew: 'shrank',
  growth: 'decline',
  climbed: 'fell',
  jumped: 'dropped',
  jump: 'drop',
  surged: 'plunged',
  soared: 'plunged',
  gained: 'lost',
  up: 'down',
  higher: 'lower',
  expanded: 'contracted',
  expansion: 'contraction',
  widened: 'narrowed',
  raised: 'lowered',
  hiked: 'cut',
  hike: 'cut',
  boosted: 'cut',
  rebounded: 'fell',
  fell: 'rose',
  fallen: 'risen',
  fall: 'rise',
  falls: 'rises',
  falling: 'rising',
  dropped: 'rose',
  drop: 'rise',
  declined: 'increased',
  decline: 'increase',
  declines: 'increases',
  decreased: 'increased',
  decrease: 'increase',
  decreases: 'increases',
  dipped: 'rose',
  slid: 'rose',
  slipped: 'rose',
  shrank: 'grew',
  contracted: 'expanded',
  contraction: 'expansion',
  plunged: 'soared',
  tumbled: 'soared',
  down: 'up',
  lower: 'higher',
  lowered: 'raised',
  cut: 'increase',
  reduced: 'increased',
  reduction: 'increase',
  narrowed: 'widened',
  eased: 'rose',
};

export interface Change {
  direction: Direction;
  start: number;
  end: number;
}

/** Every word of change in `text`, in order. */
function changesIn(text: string, up: RegExp, down: RegExp): Change[] {
  const out: Change[] = [];
  for (const [pattern, direction] of [
    [up, 'up'],
    [down, 'down'],
  ] as const)
    for (const m of text.matchAll(pattern)) out.push({ direction, start: m.index!, end: m.index! + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The stretch of `text` that belongs to the figure `k` of `numbers`: its clause, cut at the figures
 * either side of it.
 */
function stretch(
  text: string,
  numbers: readonly NumberMention[],
  k: number,
  clause: RegExp | readonly (readonly [number, number])[],
): [number, number] {
  const n = numbers[k];
  let from = k > 0 ? numbers[k - 1].end : 0;
  let to = k + 1 < numbers.length ? numbers[k + 1].start : text.length;
  const marks = clause instanceof RegExp ? clauseMarks(text, clause) : clause;
  // The marks are in order and apart: the last ending before the figure, and the first starting
  // after it, found by halving (a long paragraph has thousands of figures and of marks).
  const before = firstIndex(marks, (m) => m[1] > n.start);
  if (before > 0) from = Math.max(from, marks[before - 1][1]);
  const after = firstIndex(marks, (m) => m[0] >= n.end, before);
  if (after < marks.length) to = Math.min(to, marks[after][0]);
  return [from, to];
}

/** The first index from `lo` at which `past` holds, in a list where it holds from some index on. */
function firstIndex<T>(list: readonly T[], past: (item: T) => boolean, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The clause marks of the text last asked for: its figures are judged one after another.
let lastMarks: { text: string; clause: RegExp; marks: (readonly [number, number])[] } | undefined;

function clauseMarks(text: string, clause: RegExp): readonly (readonly [number, number])[] {
  if (lastMarks?.text !== text || lastMarks.clause !== clause) {
    lastMarks = { text, clause, marks: [...text.matchAll(clause)].map((m) => [m.index!, m.index! + m[0].length] as const) };
  }
  return lastMarks.marks;
}

/** Whether a figure is one that changes: not a date's part, a year, nor below zero. */
function judged(text: string, n: NumberMention): boolean {
  if (n.kind === 'month' || n.kind === 'day' || n.below) return false;
  if (n.values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100)) return false;
  return !MINUS.test(text.slice(Math.max(0, n.start - 10), n.start));
}

/**
 * The source paragraph's figures tied to one word of change, by their index among its numbers
 * (cached with the paragraph: its clauses and words of change are found once).
 */
function sourceChanges(p: Paragraph, language: string, scope: string, lang: Language): ReadonlyMap<number, Change> {
  return p.analysis.memo(`change-direction\u0000${scope}`, () => {
    const out = new Map<number, Change>();
    const text = p.analysis.text;
    if (text.search(lang.up) < 0 && text.search(lang.down) < 0) return out;
    const numbers = paragraphNumbers(p, language);
    const clauses = [...text.matchAll(lang.clause)].map((m) => [m.index!, m.index! + m[0].length] as const);
    const all = changesIn(text, lang.up, lang.down);
    numbers.forEach((n, k) => {
      if (!judged(text, n)) return;
      const [from, to] = stretch(text, numbers, k, clauses);
      const changes = all.filter((c) => c.start >= from && c.end <= to);
      if (changes.length === 0 || new Set(changes.map((c) => c.direction)).size !== 1) return;
      const tied = changes.find((c) => {
        if (lang.attach === 'before') return c.end <= n.start && lang.between!.test(text.slice(c.end, n.start));
        if (lang.attach === 'after') return c.start >= n.end && lang.between!.test(text.slice(n.end, c.start));
        const gap =
          c.end <= n.start ? text.slice(c.end, n.start) : c.start >= n.end ? text.slice(n.end, c.start) : null;
        return (
          gap !== null && gap.length <= 40 && !/\d/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3
        );
      });
      if (!tied || lang.negation.test(text.slice(Math.max(0, tied.start - 8), tied.start))) return;
      if (lang.negatedAfter?.test(text.slice(tied.end, tied.end + 12))) return;
      out.set(k, tied);
    });
    return out;
  });
}

/** The one English word of change a translation figure is tied to, or null. */
export function targetChange(text: string, numbers: readonly NumberMention[], k: number): Change | null {
  const n = numbers[k];
  if (!judged(text, n)) return null;
  const [from, to] = stretch(text, numbers, k, TARGET_CLAUSE);
  const part = text.slice(from, to);
  const all = changesIn(part, wordsOf(ENGLISH_BEFORE.up), wordsOf(ENGLISH_BEFORE.down));
  // "up to 30%" is a bound, not a rise.
  const changes = all.filter(
    (c) => !/^[ \u00a0]+to(?![\p{L}])/iu.test(part.slice(c.end)) || !/^(?:up|down)$/i.test(part.slice(c.start, c.end)),
  );
  if (changes.length === 0 || new Set(changes.map((c) => c.direction)).size !== 1) return null;
  const direction = changes[0].direction;
  // Before the figure: the word, then only fillers.
  const before = text.slice(from, n.start);
  const tokens = [...before.matchAll(/[\p{L}’'-]+|[^\s\p{L}]+/gu)].map((t) => t[0]);
  let i = tokens.length;
  for (let skipped = 0; i > 0 && skipped < 4; skipped++) {
    // The longest filler of one to three words that ends here ("more than", "on the year").
    let n = 0;
    for (let size = Math.min(3, i); size >= 1 && n === 0; size--) {
      const phrase = tokens.slice(i - size, i).join(' ');
      if (ENGLISH_FILLER.test(phrase) || (size === 1 && /^[$€£¥]$/u.test(phrase))) n = size;
    }
    if (n === 0) break;
    i -= n;
  }
  const words = [...before.matchAll(/[\p{L}’'-]+|[^\s\p{L}]+/gu)];
  if (i > 0) {
    const t = words[i - 1];
    const start = from + t.index!;
    const end = start + t[0].length;
    if (ENGLISH_BEFORE[direction].test(t[0]) && changes.some((c) => c.start + from === start)) {
      if (ENGLISH_NEGATION.test(text.slice(Math.max(0, start - 20), start))) return null;
      return { direction, start, end };
    }
  }
  // After the figure: its unit word, then the word ("a 4.4% rise", "5 percent higher").
  const after = text.slice(n.end, to);
  const gap = ENGLISH_AFTER_GAP.exec(after);
  if (gap) {
    const word = ENGLISH_AFTER[direction].exec(after.slice(gap[0].length));
    if (word) {
      const start = n.end + gap[0].length;
      if (ENGLISH_NEGATION.test(text.slice(Math.max(0, n.start - 20), n.start))) return null;
      return { direction, start, end: start + word[0].length };
    }
  }
  return null;
}

const global = new Map<RegExp, RegExp>();
/** A global copy of an anchored word pattern, to find the words anywhere. */
function wordsOf(pattern: RegExp): RegExp {
  let g = global.get(pattern);
  if (!g) global.set(pattern, (g = new RegExp(pattern.source.replace(/\$$/, '(?![\\p{L}])'), 'giu')));
  return g;
}

/** A percentage written in words the number tables do not read: "3,4 proc.", "yüzde 7,5", "6 प्रतिशत". */
const PERCENT_AFTER =
  /^[ \u00a0]*(?:proc\.?|procent\p{L}*|prosent|persen|phần trăm|प्रतिशत|फ़?फीसदी|फ़ीसदी|في المئة|في المائة|بالمئة|بالمائة)/iu;
const PERCENT_BEFORE = /(?:yüzde|%)[ \u00a0]*$/iu;

/** Whether a source figure and a translation figure count the same kind of thing (a percentage for a percentage). */
function sameKind(s: SourceFigure, n: NumberMention): boolean {
  if (s.mention.kind === n.kind) return true;
  if (s.mention.kind !== 'number' || n.kind !== 'percent') return false;
  const text = s.paragraph.analysis.text;
  return (
    PERCENT_AFTER.test(text.slice(s.mention.end, s.mention.end + 16)) ||
    PERCENT_BEFORE.test(text.slice(Math.max(0, s.mention.start - 8), s.mention.start))
  );
}

/**
 * The source figures a translation figure renders (a value of it, of the same kind), in source
 * order, found through their values: not compared one by one with every translation figure, which
 * a long paragraph with thousands of figures made seconds.
 */
export function figureMatcher<S extends SourceFigure>(source: readonly S[]): (n: NumberMention) => S[] {
  const byValue = new Map<number, number[]>();
  source.forEach((s, i) => {
    for (const v of s.mention.values) {
      const at = byValue.get(v);
      if (!at) byValue.set(v, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  // A figure's matches depend only on its kind and values: worked out once for each.
  const known = new Map<string, S[]>();
  return (n) => {
    const key = `${n.kind}\u0000${n.values.join(',')}`;
    let matches = known.get(key);
    if (!matches) {
      const indices = new Set<number>();
      for (const v of n.values) for (const i of byValue.get(v) ?? []) indices.add(i);
      matches = [...indices]
        .sort((a, b) => a - b)
        .map((i) => source[i])
        .filter((s) => sameKind(s, n));
      known.set(key, matches);
    }
    return matches;
  };
}

export interface SourceFigure {
  mention: NumberMention;
  paragraph: Paragraph;
  change: Change;
}

/**
 * Whether every item of a list has the same `key`, remembered per list (figureMatcher gives one
 * list to every figure of one kind and values).
 */
export function uniformBy<T>(key: (item: T) => unknown): (list: readonly T[]) => boolean {
  const answers = new WeakMap<readonly T[], boolean>();
  return (list) => {
    let answer = answers.get(list);
    if (answer === undefined) answers.set(list, (answer = new Set(list.map(key)).size === 1));
    return answer;
  };
}

const oneDirection = uniformBy<SourceFigure>((s) => s.change.direction);

/** A group's source figures tied to one word of change, in order. */
export function sourceFigures(
  paragraphs: readonly Paragraph[],
  language: string,
  scope: string,
  lang: Language,
): SourceFigure[] {
  const out: SourceFigure[] = [];
  for (const p of paragraphs) {
    const changes = sourceChanges(p, language, scope, lang);
    if (changes.size === 0) continue;
    const numbers = paragraphNumbers(p, language);
    for (const [k, change] of changes) out.push({ mention: numbers[k], paragraph: p, change });
  }
  return out;
}

const rule: AccuracyRule = {
  id: 'change-direction',
  category: 'accuracy',
  description:
    'A figure the source says went up that the translation says went down, or the other way round (下降3.5% as “rose 3.5%”, “cayeron un 2 %” as “rose 2%”).',
  defaultSeverity: 'error',
  scope: (pair) => (LANGUAGES[tableLanguage(pair.language.code)] ? tableLanguage(pair.language.code) : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const lang = LANGUAGES[scope];
    if (!lang) return [];
    const source = sourceFigures(group.source, pair.language.code, scope, lang);
    if (source.length === 0) return [];
    const out: AccuracyFinding[] = [];
    const matching = figureMatcher(source);
    for (const p of group.target) {
      const text = p.analysis.text;
      const numbers = paragraphNumbers(p, 'eng');
      numbers.forEach((n, k) => {
        // The same value of the same kind (a percentage for a percentage), tied one way only.
        const matches = matching(n);
        if (matches.length === 0 || !oneDirection(matches)) return;
        const said = targetChange(text, numbers, k);
        const s = matches[0];
        if (!said || said.direction === s.change.direction) return;
        const word = text.slice(said.start, said.end);
        const sourceStart = s.paragraph.start + s.change.start;
        const sourceEnd = s.paragraph.start + s.change.end;
        const opposite = OPPOSITES[word.toLowerCase()];
        out.push({
          start: p.start + said.start,
          end: p.start + said.end,
          sourceStart,
          sourceEnd,
          message: `${quote(word)} says the figure went ${said.direction}; the source’s ${quote(pair.source.text.slice(sourceStart, sourceEnd))} says it went ${s.change.direction}.`,
          ...(opposite
            ? {
                suggestions: [
                  word[0] === word[0].toUpperCase() ? opposite[0].toUpperCase() + opposite.slice(1) : opposite,
                ],
              }
            : {}),
        });
      });
    }
    return out;
  },
};

export default rule;

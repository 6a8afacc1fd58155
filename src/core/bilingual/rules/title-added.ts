/**
 * A courtesy title the translation puts before a name that its source paragraph gives none:
 * 何立峰指出 as "Mr. He noted", Sánchez dijo as "Mr. Sánchez said". Machine translation adds them
 * from habit, and with "Mr." or "Mrs." it guesses the person's sex. Only sources in a language whose
 * titles are listed here are read (the titles of each, as the press writes them: 先生, 女士; M.,
 * Mme; Sr., Sra.; Herr, Frau; господин, г-жа; السيد; 씨, 님; さん, 氏 …); any title of the language
 * anywhere in the source paragraphs, or the English title itself, and nothing is flagged there.
 */
import { tableLanguage } from '../language';
import { everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

// The titles of each source language (franc's codes; close relatives read through tableLanguage).
// Word-like titles are whole words; the CJK ones follow a name, written as one with it.
const word = (forms: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms})(?![\\p{L}\\p{M}])`, 'iu');
const TITLES: Record<string, RegExp> = {
  cmn: /先生|女士|小姐|夫人|太太|阁下|閣下|爵士|老师|老師/u,
  jpn: /さん|さま|様|氏|殿|夫人|女史|君|くん|ちゃん/u,
  kor: /씨|님|여사|선생|군|양/u,
  fra: word('M\\.|MM\\.|Mme|Mmes|Mlle|Mlles|monsieur|madame|mademoiselle|messieurs|mesdames'),
  spa: word('Sr\\.|Sres\\.|Sra\\.|Srta\\.|señor|señora|señorita|señores|don|doña|D\\.|Dña\\.'),
  por: word('Sr\\.|Sra\\.|Srª|senhor|senhora|senhorita|dona|dom'),
  ita: word('sig\\.|sig\\.ra|sigg\\.|signor|signore|signora|signorina|on\\.'),
  deu: word('Herr|Herrn|Frau|Fräulein|Hr\\.|Fr\\.'),
  nld: word('heer|mevrouw|meneer|dhr\\.|mevr\\.|mw\\.'),
  rus: word('господин|господина|господину|госпожа|госпожи|г-н|г-на|г-жа|г-жи|мистер|миссис'),
  ukr: word('пан|пана|пану|пані|панове|господин|г-н'),
  pol: word('pan|pana|panu|panem|pani|panią|państwo'),
  ces: word('pan|pana|panu|panem|paní'),
  ron: word('domnul|domnului|doamna|doamnei|dl\\.|dna\\.'),
  ell: word('κ\\.|κα|κύριος|κυρίου|κύριο|κυρία|κυρίας'),
  tur: word('Bey|Beyin|Beyi|Hanım|Hanımın|Bay|Bayan'),
  arb: /(?<!\p{L})(?:[وفب]?(?:ال)?(?:سيد|سيدة|السادة|آنسة|أستاذ|أستاذة))(?!\p{L})/u,
  pes: /(?<!\p{L})(?:آقای|آقا|خانم|جناب)(?!\p{L})/u,
  hin: /(?<!\p{L})(?:श्री|श्रीमती|सुश्री|कुमारी|साहब|जी)(?![\p{L}\p{M}])/u,
  vie: word('ông|bà|anh|chị|cô|ngài'),
  ind: word('Bapak|Pak|Ibu|Bu|Tuan|Nyonya|Encik|Puan|Sdr\\.|Sdri\\.'),
  tha: /นาย|นางสาว|นาง|คุณ/u,
};

// The other Arabic varieties franc names, Cantonese and the Malay of Malaysia read as their relatives.
const ALIAS: Record<string, string> = {
  apc: 'arb',
  ajp: 'arb',
  acm: 'arb',
  afb: 'arb',
  ars: 'arb',
  aeb: 'arb',
  acq: 'arb',
  ayl: 'arb',
  yue: 'cmn',
  zsm: 'ind',
};
const titleLanguage = (code: string) => ALIAS[code] ?? tableLanguage(code);

// A title before a capitalised name, and the spaces after it (taken out with it).
const ENGLISH_TITLE = /(?<![\p{L}.])(?:Mr|Mrs|Ms|Mx)\.?[ \u00a0]+(?=\p{Lu})/gu;
const ENGLISH_IN_SOURCE = /(?<!\p{L})(?:Mr|Mrs|Ms|Mx)(?!\p{L})/u;

const rule: AccuracyRule = {
  id: 'title-added',
  category: 'accuracy',
  description:
    'A courtesy title ("Mr.", "Mrs.", "Ms.") the translation puts before a name where its source has none: added, and a guess at the person’s sex.',
  defaultSeverity: 'warning',
  scope: (pair) => (TITLES[titleLanguage(pair.language.code)] ? titleLanguage(pair.language.code) : ''),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, _context, scope) {
    const titles = TITLES[scope];
    if (!titles) return [];
    const source = group.source.map((p) => p.analysis.text);
    if (source.some((t) => titles.test(t) || ENGLISH_IN_SOURCE.test(t))) return [];
    const out: AccuracyFinding[] = [];
    const first = group.source[0];
    const last = group.source[group.source.length - 1];
    for (const p of group.target)
      for (const m of p.analysis.text.matchAll(ENGLISH_TITLE)) {
        const start = p.start + (m.index ?? 0);
        const title = m[0].trimEnd();
        out.push({
          start,
          end: start + m[0].length,
          sourceStart: first.start,
          sourceEnd: last.end,
          message: `The source gives no title here: “${title}” is the translation’s, and a guess at whether the person is a man or a woman.`,
          suggestions: [''],
        });
      }
    return out;
  },
};

export default rule;

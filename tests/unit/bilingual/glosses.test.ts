// The Chinese–English gloss table (src/core/bilingual/glosses.ts) and what it gives the paragraph
// aligner: a Chinese source's paragraphs matched with their translations by what their words
// mean, so that a left-out or added paragraph with no number or name to anchor it, between
// neighbours of the same length, is found where it is. The article is invented.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { lexicalSimilarity, readGlossTable, SharedSenses, sourceGlosses, targetStems } from '../../../src/core/bilingual/glosses';
import { RuleDataError } from '../../../src/core/rules/data/validate';

const SOURCE = [
  '天气预报说明天会下大雨，市民出门要记得带伞。',
  '学校决定推迟开学时间，家长们对此表示理解。',
  '医院增加了夜间门诊，方便上班族下班后看病。',
  '新建的图书馆周末开放，吸引了很多年轻读者。',
  '警方提醒司机注意安全，雨天要减速慢行。',
  '农民正在田里抢收庄稼，希望减少损失。',
];
const TRANSLATION = [
  'The weather forecast says there will be heavy rain tomorrow, and residents should remember to take an umbrella when they go out.',
  'The school has decided to postpone the start of term, and parents said they understood.',
  'The hospital has added evening clinics so that office workers can see a doctor after work.',
  'The new library opens at weekends and has attracted many young readers.',
  'Police reminded drivers to pay attention to safety and to slow down on rainy days.',
  'Farmers are rushing to harvest their crops in the fields, hoping to reduce their losses.',
];
const source = SOURCE.join('\n\n') + '\n';
const checker = createChecker();
const paragraphIssues = (translation: string[]) =>
  checker
    .check(translation.join('\n\n') + '\n', { source })
    .issues.filter((i) => i.rule === 'omitted-paragraph' || i.rule === 'added-paragraph')
    .map((i) => (i.rule === 'omitted-paragraph' ? `omitted: ${source.slice(i.sourceStart, i.sourceEnd)}` : `added: ${translation.join('\n\n').slice(i.start, i.end)}`));

describe('the gloss table', () => {
  it('cuts a Chinese paragraph into dictionary words, the longest first', () => {
    // 图书馆 (library) is one word, not 图书 (books) and 馆; punctuation and Latin letters are skipped.
    expect(sourceGlosses('图书馆').ends.length).toBe(1);
    expect(sourceGlosses('图书馆，ABC。医院').ends.length).toBe(2);
  });

  it('gives a paragraph and its translation more shared senses than two unrelated paragraphs', () => {
    const same = lexicalSimilarity([sourceGlosses(SOURCE[3])], [targetStems(TRANSLATION[3])])!;
    const other = lexicalSimilarity([sourceGlosses(SOURCE[3])], [targetStems(TRANSLATION[2])])!;
    expect(same).toBeGreaterThan(0.4);
    expect(other).toBeLessThan(same / 2);
  });

  it('tells a paragraph whose translation is left out, merged with a neighbour on the same topic, from half of a real merge', () => {
    // The second paragraph says again what the first says: its words are nearly all among the
    // first one's translation's, through senses the first paragraph has too.
    const first = '这座体育中心位于城市东部，周末免费向市民开放。';
    const repeat = '市民期待已久的体育中心终于开放了。';
    const firstEn = 'The sports centre, in the east of the city, is open to residents free of charge at weekends.';
    const repeatEn = 'The sports centre that residents had long awaited has finally opened.';
    const merge = (translation: string) => {
      const senses = new SharedSenses([sourceGlosses(first), sourceGlosses(repeat)], [targetStems(translation)], () => 0, () => 0);
      senses.similarity(0, 2, 0, 1);
      return { weakest: senses.weakest, weakestOwn: senses.weakestOwn };
    };
    const leftOut = merge(firstEn);
    const joined = merge(`${firstEn} ${repeatEn}`);
    // What the translation renders of each paragraph does not tell them apart well (a third of
    // the left-out one's words) ...
    expect(leftOut.weakest).toBeGreaterThan(0.25);
    // ... what it renders with words the other paragraph's senses lack does.
    expect(leftOut.weakestOwn).toBe(0);
    expect(joined.weakestOwn).toBeGreaterThan(0.15);
    // A one-to-one match has nothing to tell.
    const single = new SharedSenses([sourceGlosses(first)], [targetStems(firstEn)], () => 0, () => 0);
    single.similarity(0, 1, 0, 1);
    expect(single.weakestOwn).toBe(1);
  });

  it('does not compare paragraphs with too few words', () => {
    expect(lexicalSimilarity([sourceGlosses('是')], [targetStems('Yes.')])).toBeUndefined();
  });

  it('refuses a damaged table, naming the file', () => {
    expect(() => readGlossTable({ words: 'rain', entries: '雨 0' })).not.toThrow();
    expect(() => readGlossTable({ words: 'Rain', entries: '雨 0' })).toThrow(/zh-glosses\.json: "words"/);
    expect(() => readGlossTable({ words: 'rain', entries: '雨 1' })).toThrow(RuleDataError);
    expect(() => readGlossTable({ words: 'rain', entries: 'rain 0' })).toThrow(/zh-glosses\.json: entry "rain 0"/);
    expect(() => readGlossTable({ words: 'rain', entries: '雨 0\n雨 0' })).toThrow(/listed twice/);
  });
});

describe('aligning a Chinese source by meaning', () => {
  it('does not flag a correct translation', () => {
    expect(paragraphIssues(TRANSLATION)).toEqual([]);
  });

  it('flags each left-out paragraph on itself, not on a neighbour of the same length', () => {
    for (const k of [1, 2, 3, 4]) {
      expect(paragraphIssues(TRANSLATION.filter((_, i) => i !== k))).toEqual([`omitted: ${SOURCE[k]}`]);
    }
  });

  it('flags each left-out paragraph of the same source in traditional characters (Taiwan, Hong Kong)', () => {
    const traditional = [
      '天氣預報說明天會下大雨，市民出門要記得帶傘。',
      '學校決定推遲開學時間，家長們對此表示理解。',
      '醫院增加了夜間門診，方便上班族下班後看病。',
      '新建的圖書館週末開放，吸引了很多年輕讀者。',
      '警方提醒司機注意安全，雨天要減速慢行。',
      '農民正在田裡搶收莊稼，希望減少損失。',
    ];
    const text = traditional.join('\n\n') + '\n';
    for (const k of [2, 3]) {
      const found = checker
        .check(TRANSLATION.filter((_, i) => i !== k).join('\n\n') + '\n', { source: text })
        .issues.filter((i) => i.rule === 'omitted-paragraph')
        .map((i) => text.slice(i.sourceStart, i.sourceEnd));
      expect(found).toEqual([traditional[k]]);
    }
  });

  it('flags an unrelated paragraph put in, on itself', () => {
    const added = 'The museum will show paintings by local artists until the end of the summer holidays.';
    for (const k of [2, 4]) {
      const translation = [...TRANSLATION.slice(0, k), added, ...TRANSLATION.slice(k)];
      expect(paragraphIssues(translation)).toEqual([`added: ${added}`]);
    }
  });

  // A short paragraph after a long one: left out, its source reads as merged into the long one's
  // (their lengths add up), unless what its words mean is nowhere in that translation.
  const LONG = [
    '天气预报说明天会下大雨，市民出门要记得带伞。气象部门还提醒，沿海地区可能出现大风，渔船应及时回港避风。',
    '学校决定推迟开学。',
    '医院增加了夜间门诊，方便上班族下班后看病。',
    '新建的图书馆周末开放，吸引了很多年轻读者。',
  ];
  const LONG_EN = [
    'The weather forecast says there will be heavy rain tomorrow, and residents should remember to take an umbrella when they go out. The weather service also warned that strong winds may hit coastal areas and that fishing boats should return to port in time.',
    'The school has decided to postpone the start of term.',
    'The hospital has added evening clinics so that office workers can see a doctor after work.',
    'The new library opens at weekends and has attracted many young readers.',
  ];
  const longSource = LONG.join('\n\n') + '\n';
  const issues = (translation: string[]) =>
    checker
      .check(translation.join('\n\n') + '\n', { source: longSource })
      .issues.filter((i) => i.category === 'accuracy')
      .map((i) => `${i.rule}: ${longSource.slice(i.sourceStart, i.sourceEnd)}`);

  it('flags a short paragraph left out after a long one, not a merge', () => {
    expect(issues(LONG_EN)).toEqual([]);
    expect(issues(LONG_EN.filter((_, i) => i !== 1))).toEqual([`omitted-paragraph: ${LONG[1]}`]);
  });

  it('does not flag two paragraphs joined in the translation', () => {
    expect(issues([`${LONG_EN[0]} ${LONG_EN[1]}`, ...LONG_EN.slice(2)])).toEqual([]);
    expect(paragraphIssues([...TRANSLATION.slice(0, 2), `${TRANSLATION[2]} ${TRANSLATION[3]}`, ...TRANSLATION.slice(4)])).toEqual([]);
  });
});

describe('a line put in without a stop', () => {
  // Another invented article: a heading that is in no source paragraph, put in between two
  // paragraphs, is added, not the first half of a paragraph split in two (a split is at a
  // sentence's end).
  const SPORTS = [
    '城市新建的体育中心周六正式开放。',
    '体育中心终于开放了。',
    '这座体育中心位于城市东部，设有游泳馆、篮球场和一条四百米跑道，周末免费向市民开放。',
    '市长在开幕仪式上说，政府希望更多的孩子参加体育运动。',
    '附近的居民表示，他们以前要坐一个小时的公交车才能去游泳。',
    '中心的负责人说，夏天还会增加晚间开放时间。',
  ];
  const SPORTS_EN = [
    "The city's new sports centre officially opened on Saturday.",
    'The sports centre has finally opened.',
    'Located in the east of the city, the sports centre has a swimming pool, basketball courts and a 400-metre running track, and is open to residents free of charge at weekends.',
    'At the opening ceremony the mayor said the government hoped more children would take part in sport.',
    'Residents nearby said they used to take an hour-long bus ride to go swimming.',
    'The head of the centre said evening opening hours would be added in the summer.',
  ];
  const sportsSource = SPORTS.join('\n\n') + '\n';
  const issues = (translation: string[]) =>
    checker
      .check(translation.join('\n\n') + '\n', { source: sportsSource })
      .issues.filter((i) => i.rule === 'omitted-paragraph' || i.rule === 'added-paragraph')
      .map((i) => `${i.rule}: ${translation.join('\n\n').slice(i.start, i.end)}`);
  const heading = 'Free swimming for pupils in the holidays';

  it('flags a heading put in between two paragraphs as added', () => {
    for (const k of [1, 2, 3, 4, 5]) expect(issues([...SPORTS_EN.slice(0, k), heading, ...SPORTS_EN.slice(k)])).toEqual([`added-paragraph: ${heading}`]);
  });

  it('does not flag the translation as it is, or with a paragraph split at a sentence end', () => {
    expect(issues(SPORTS_EN)).toEqual([]);
    const [located, open] = ['Located in the east of the city, the sports centre has a swimming pool, basketball courts and a 400-metre running track.', 'It is open to residents free of charge at weekends.'];
    expect(issues([...SPORTS_EN.slice(0, 2), located, open, ...SPORTS_EN.slice(3)])).toEqual([]);
  });
});

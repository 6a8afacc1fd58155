// name-reading: Chinese names romanised in pinyin, against how the source reads them. Real
// pinyin-pro readings and the real English dictionary; every name here is invented.
import { describe, expect, it } from 'vitest';
import { pinyinSplits, readPinyinTables } from '../../../src/core/bilingual/pinyin';
import pinyinData from '../../../src/core/bilingual/data/pinyin.json';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { flagged, pairs } from './helpers';

const RULE = 'name-reading';
const source = '市文化局局长周明轩昨天在会上介绍了今年的工作计划。';
const said = (name: string) =>
  `${name}, director of the city's culture bureau, presented this year's work plan at the meeting yesterday.`;

describe('name-reading', () => {
  it('flags a changed surname, with the source name and its reading', () => {
    const [f] = flagged(source, said('Zhang Mingxuan'), RULE);
    expect(f.text).toBe('Zhang Mingxuan');
    expect(f.source).toBe('周明轩');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“Zhang Mingxuan” is not how the source reads: 周明轩 (zhou ming xuan).');
    expect(f.issue.suggestions).toEqual(['Zhou Mingxuan']);
  });

  it('flags a changed given name', () => {
    expect(pairs(source, said('Zhou Minghua'), RULE)).toEqual(['Zhou Minghua <- 周明轩']);
    const [f] = flagged(
      '本报记者陈思远从现场发回了这篇报道。',
      'Our reporter Chen Siyun sent this report from the scene.',
      RULE,
    );
    expect(`${f.text} <- ${f.source}`).toBe('Chen Siyun <- 陈思远');
    expect(f.issue.suggestions).toEqual(['Chen Siyuan']);
  });

  it('flags a wrong syllable, split or joined', () => {
    expect(pairs(source, said('Zhou Ming Xun'), RULE)).toEqual(['Zhou Ming Xun <- 周明轩']);
    expect(pairs(source, said('Zhou Mingxun'), RULE)).toEqual(['Zhou Mingxun <- 周明轩']);
  });

  it('flags a changed given name after a compound surname', () => {
    expect(pairs('欧阳明当选为本届协会主席。', 'Ouyang Min was elected president of the association.', RULE)).toEqual([
      'Ouyang Min <- 欧阳明',
    ]);
    expect(pairs('欧阳明当选为本届协会主席。', 'Ouyang Ming was elected president of the association.', RULE)).toEqual(
      [],
    );
  });

  it('flags a name written with a name dot, read across the dot', () => {
    const [f] = flagged(
      '公司推出了云舒·锦程系列理财产品。',
      'The company launched the Zhang Jincheng series of wealth products.',
      RULE,
    );
    expect(f.text).toBe('Zhang Jincheng');
    expect(f.source).toBe('舒·锦程');
    expect(f.issue.message).toMatch(/^“Zhang Jincheng” is not how the source reads: 舒·锦程 \(shu jin cheng\)\.$/);
    // The katakana middle dot serves as a name dot in Chinese text too.
    expect(
      pairs(
        '公司推出了云舒・锦程系列理财产品。',
        'The company launched the Zhang Jincheng series of wealth products.',
        RULE,
      ),
    ).toEqual(['Zhang Jincheng <- 舒・锦程']);
  });

  it('does not flag a correct name, nor one written in other words of the translation', () => {
    expect(pairs(source, said('Zhou Mingxuan'), RULE)).toEqual([]);
    expect(pairs(source, `The director, Zhou Mingxuan, presented the plan; Zhou's plan was approved.`, RULE)).toEqual(
      [],
    );
  });

  it('does not flag joined, split or hyphenated syllables, nor ü as u, v or yu', () => {
    for (const name of ['Zhou Ming Xuan', 'Zhou Ming-xuan', 'Zhou Ming-Xuan', 'Zhoumingxuan'])
      expect(pairs(source, said(name), RULE)).toEqual([]);
    for (const name of ['Lü Siwen', 'Lu Siwen', 'Lyu Siwen', 'Lv Siwen']) {
      expect(pairs('吕思文出席了开幕式。', `${name} attended the opening ceremony.`, RULE)).toEqual([]);
    }
  });

  it('does not flag a full name the source gives as a bare surname, with a title or a verb after it', () => {
    expect(
      pairs(
        '周局长昨天在会上介绍了今年的工作计划。',
        'Zhou Ming presented the work plan at the meeting yesterday.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs('王说，今年的工作计划已经完成。', 'Wang Yi said that this year’s work plan had been completed.', RULE),
    ).toEqual([]);
  });

  it('flags and does not flag in a source written in traditional characters', () => {
    expect(pairs('市文化局局長周明軒昨天在會上介紹了今年的工作計劃。', said('Zhang Mingxuan'), RULE)).toEqual([
      'Zhang Mingxuan <- 周明軒',
    ]);
    expect(pairs('市文化局局長周明軒昨天在會上介紹了今年的工作計劃。', said('Zhou Mingxuan'), RULE)).toEqual([]);
  });

  it('does not flag a polyphonic character read either way', () => {
    for (const name of ['Shan Tianfang', 'Dan Tianfang'])
      expect(pairs('单田芳的评书深受听众喜爱。', `${name}'s storytelling is loved by listeners.`, RULE)).toEqual([]);
    for (const name of ['Zeng Guoqiang', 'Ceng Guoqiang'])
      expect(pairs('曾国强出席了会议。', `${name} attended the meeting.`, RULE)).toEqual([]);
  });

  it('does not flag conventional romanisations, nor Wade–Giles or Cantonese names', () => {
    expect(pairs('代表团从台北和九龙出发。', 'The delegation set out from Taipei and Kowloon.', RULE)).toEqual([]);
    expect(pairs('张建华毕业于清华大学。', 'Cheung Kin-wah graduated from Tsinghua University.', RULE)).toEqual([]);
    expect(
      pairs('周建华毕业于高雄的一所大学。', 'Chou Chien-hua graduated from a university in Kaohsiung.', RULE),
    ).toEqual([]);
  });

  it('does not flag an English word that looks like pinyin', () => {
    expect(pairs('他说长期以来很难。', 'Long ago, he said, it was hard. Can men ban fans?', RULE)).toEqual([]);
    expect(pairs('他说长期以来很难。', 'Long Ago, He Said, It Was Hard', RULE)).toEqual([]);
  });

  it('does not flag when the source is not Chinese', () => {
    expect(
      pairs('Le directeur Zhou Mingxuan a présenté le plan de travail hier.', said('Zhang Mingxuan'), RULE),
    ).toEqual([]);
    expect(pairs('市の文化局の周明轩局長は昨日、今年の計画を説明した。', said('Zhang Mingxuan'), RULE)).toEqual([]);
  });

  it('does not flag the names of a paragraph that does not translate its source', () => {
    // Zhou Mingxun alone would be flagged; beside four names the source has none of, the pair is not a translation.
    expect(pairs(source, 'Zhou Mingxun met the press.', RULE)).toEqual(['Zhou Mingxun <- 周明轩']);
    expect(pairs(source, 'Wang Haoran, Li Jianguo and Zhao Yiming met Zhou Mingxun in Tianjin.', RULE)).toEqual([]);
  });
});

describe('pinyin splits', () => {
  it('splits a word wholly into syllables, a/o/e starting one only after an apostrophe', () => {
    expect(pinyinSplits('Mingxuan')).toEqual([['ming', 'xuan']]);
    expect(pinyinSplits("Xi'an")).toEqual([['xi', 'an']]);
    expect(pinyinSplits('Xian')).toEqual([['xian']]);
    expect(pinyinSplits('Lyu')).toEqual([['lyu']]);
    expect(pinyinSplits('Kaohsiung')).toEqual([]);
    expect(pinyinSplits('Chiang')).toEqual([]);
  });

  it('refuses broken pinyin tables, naming the file', () => {
    expect(() => readPinyinTables({ ...pinyinData, syllables: 'ba Bo' })).toThrow(RuleDataError);
    expect(() => readPinyinTables({ ...pinyinData, surnames: 'Wang' })).toThrow(
      /src\/core\/bilingual\/data\/pinyin\.json: "surnames"/,
    );
    expect(() => readPinyinTables({ ...pinyinData, compoundSurnames: ['欧'] })).toThrow(/compoundSurnames/);
    expect(() => readPinyinTables({ ...pinyinData, afterSurname: 12 })).toThrow(/afterSurname/);
    expect(() => readPinyinTables({ ...pinyinData, romanisations: ['hong kong'] })).toThrow(/romanisations/);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

describe('number-reading', () => {
  it('flags an ordinal of the source given as a count', () => {
    expect(pairs('第十二届运动会在本市开幕。', 'The 12 games opened in the city.', 'number-reading')).toEqual(['12 <- 第十二']);
    const [f] = flagged('党的十九大报告提出了新的目标。', 'The 19 major reports of the party set out new goals.', 'number-reading');
    expect(f.text).toBe('19');
    expect(f.source).toBe('十九大');
    expect(f.issue.message).toMatch(/ordinal \(the 19th\)/);
    expect(f.issue.suggestions).toEqual(['19th']);
  });

  it('does not flag an ordinal written as one, nor a numbered label', () => {
    expect(pairs('第十二届运动会在本市开幕。', 'The 12th Games opened in the city.', 'number-reading')).toEqual([]);
    expect(pairs('第十二届运动会在本市开幕。', 'The twelfth games opened in the city.', 'number-reading')).toEqual([]);
    expect(pairs('第十二条规定了业主的权利。', 'Article 12 sets out the rights of owners.', 'number-reading')).toEqual([]);
    expect(pairs('风险等级为第3级。', 'The risk is rated level 3 of five.', 'number-reading')).toEqual([]);
    expect(pairs('党的十九大报告提出了新的目标。', 'The report to the 19th Party Congress set out new goals.', 'number-reading')).toEqual([]);
  });

  it('flags a count of the source given as an ordinal', () => {
    const [f] = flagged('约两百名志愿者参加了清理活动。', 'About the 200th volunteers took part in the clean-up.', 'number-reading');
    expect(f.text).toBe('200');
    expect(f.source).toBe('两百名');
    expect(f.issue.message).toMatch(/“200th” is an ordinal/);
  });

  it('does not flag a count kept as a count, nor an anniversary', () => {
    expect(pairs('约两百名志愿者参加了清理活动。', 'About 200 volunteers took part in the clean-up.', 'number-reading')).toEqual([]);
    expect(pairs('学校举行了建校200周年庆典。', 'The school celebrated its 200th anniversary.', 'number-reading')).toEqual([]);
  });

  it('flags a generation given as a plain number', () => {
    const [f] = flagged('不少80后选择回到家乡创业。', 'Many 80 young people chose to return home to start businesses.', 'number-reading');
    expect(f.text).toBe('80');
    expect(f.source).toBe('80后');
    expect(f.issue.message).toMatch(/born in the 1980s/);
    expect(f.issue.suggestions).toEqual(['post-80s']);
  });

  it('does not flag a generation written as one', () => {
    for (const mt of [
      'Many post-80s people chose to return home to start businesses.',
      "Many 80s kids chose to return home to start businesses.",
      'Many people born in the 1980s chose to return home to start businesses.',
    ]) {
      expect(pairs('不少80后选择回到家乡创业。', mt, 'number-reading')).toEqual([]);
    }
  });

  it('flags a numeral read digit by digit (a year or a date) given as a count', () => {
    expect(pairs('他们在八五年相识。', 'They met in 85.', 'number-reading')).toEqual(['85 <- 八五']);
    expect(pairs('五四运动爆发于北京。', 'The 54 Movement broke out in Beijing.', 'number-reading')).toEqual(['54 <- 五四']);
  });

  it('does not flag a digit-by-digit numeral rendered as a year, a date, a model or an approximation', () => {
    expect(pairs('他们在八五年相识。', 'They met in 1985.', 'number-reading')).toEqual([]);
    expect(pairs('他们在八五年相识。', 'They met in ’85.', 'number-reading')).toEqual([]);
    expect(pairs('五四运动爆发于北京。', 'The May Fourth Movement broke out in Beijing.', 'number-reading')).toEqual([]);
    expect(pairs('士兵们装备了九五式步枪。', 'The soldiers carried the Type 95 rifle.', 'number-reading')).toEqual([]);
    expect(pairs('会议室里只有三四个人。', 'Only 3 or 4 people were in the meeting room.', 'number-reading')).toEqual([]);
  });

  it('does not run on a source in a language it has no readings for', () => {
    expect(pairs('Les 80 jeunes ont choisi de rentrer.', 'The 80 young people chose to return.', 'number-reading')).toEqual([]);
  });
});

describe('number-reading, counts of a size', () => {
  it('flags an unspecified count given at another size', () => {
    const [f] = flagged('数百名志愿者参加了清理活动。', 'Thousands of volunteers took part in the clean-up.', 'number-reading');
    expect(f.text).toBe('Thousands');
    expect(f.source).toBe('数百');
    expect(f.issue.suggestions).toEqual(['hundreds']);
    expect(pairs('几万人走上街头。', 'Hundreds of thousands of people took to the streets.', 'number-reading')).toEqual(['Hundreds of thousands <- 几万']);
  });

  it('does not flag a count of the right size, nor decades', () => {
    expect(pairs('数百名志愿者参加了清理活动。', 'Several hundred volunteers took part in the clean-up.', 'number-reading')).toEqual([]);
    expect(pairs('几万人走上街头。', 'Tens of thousands of people took to the streets.', 'number-reading')).toEqual([]);
    expect(pairs('数十名工人受伤。', 'Dozens of workers were injured.', 'number-reading')).toEqual([]);
    expect(pairs('这座桥已使用了几十年。', 'The bridge has been in use for decades.', 'number-reading')).toEqual([]);
  });
});

// comparison-base: a year the source compares with, given as the time of the change.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'comparison-base';
const zh = '据海关统计，该省今年前三季度外贸出口额比2021年增长3倍，主要得益于新能源汽车出口的快速增长。';
const zhEn = (rest: string) =>
  `According to customs statistics, the province's foreign trade exports in the first three quarters of this year ${rest}, mainly thanks to the rapid growth of new energy vehicle exports.`;

describe('comparison-base', () => {
  it('flags a year compared with that the translation makes the time of the change', () => {
    const [f] = flagged(zh, zhEn('increased threefold in 2021'), RULE);
    expect(f.text).toBe('in 2021');
    expect(f.source).toBe('比2021年增长');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('The source’s “比2021年增长” compares with 2021; “in 2021” puts the change in 2021.');
    expect(f.issue.suggestions).toEqual(['from 2021', 'compared with 2021']);
    expect(
      pairs(
        'Nach Angaben des Statistischen Bundesamtes sind die Exporte gegenüber 2019 um 12 Prozent gestiegen, vor allem nach China.',
        'According to the Federal Statistical Office, exports rose by 12 percent in 2019, especially to China.',
        RULE,
      ),
    ).toEqual(['in 2019 <- gegenüber 2019']);
    expect(
      pairs(
        '통계청에 따르면 올해 출생아 수는 2020년 대비 8% 감소해 역대 최저를 기록했다.',
        'According to Statistics Korea, the number of births this year fell 8% in 2020, the lowest on record.',
        RULE,
      ),
    ).toEqual(['in 2020 <- 2020년 대비']);
  });

  it('raises nothing when the translation compares with the year, or the year is the time of something else', () => {
    for (const rest of [
      'increased threefold from 2021',
      'were four times as high as in 2021',
      'increased threefold compared with 2021',
      'tripled over 2021',
      'increased threefold on 2021',
    ])
      expect(pairs(zh, zhEn(rest), RULE), rest).toEqual([]);
    // A figure of that year between: "from S$1.89 billion in 2021".
    expect(
      pairs(
        '今年旅游收入预计达到140亿元，比2021年的19亿元增长6倍至7倍。',
        'Tourism revenue this year is expected to reach 14 billion yuan, a six- to seven-fold increase from 1.9 billion yuan in 2021.',
        RULE,
      ),
    ).toEqual([]);
    // The source writes the year twice.
    expect(
      pairs(
        '2021年该省出口下滑，今年前三季度出口额比2021年增长3倍。',
        'Exports from the province fell in 2021, and in the first three quarters of this year they increased threefold in 2021.',
        RULE,
      ),
    ).toEqual([]);
  });
});

// comparison-period: a change compared with the previous month or quarter given as year-on-year, or the other way round.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'comparison-period';
const zh = '国家统计局数据显示，3月份全国居民消费价格同比上涨0.7%，环比下降1.0%，食品价格有所回落。';
const zhEn = (rest: string) =>
  `Data from the National Bureau of Statistics showed that in March the national consumer price index ${rest}, with food prices falling back.`;

describe('comparison-period', () => {
  it('flags a change against the previous period given as year-on-year, with the source’s comparison suggested', () => {
    const [f, g] = flagged(zh, zhEn('rose 0.7% month-on-month and fell 1.0% year-on-year'), RULE);
    expect(f.text).toBe('month-on-month');
    expect(f.source).toBe('同比');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe(
      '“month-on-month” compares with the previous month or quarter; the source’s “同比” compares with the same period a year earlier.',
    );
    expect(f.issue.suggestions).toEqual(['year-on-year']);
    expect(g.text).toBe('year-on-year');
    expect(g.source).toBe('环比');
    expect(g.issue.suggestions).toEqual(['month-on-month', 'quarter-on-quarter']);
    // The comparison in its own clause, before the figure.
    expect(pairs(zh, zhEn('rose 0.7% from a year earlier, while the year-over-year decline was 1.0%'), RULE)).toEqual([
      'year-over-year <- 环比',
    ]);
  });

  it('reads Japanese and Korean comparisons, the one right before each figure', () => {
    expect(
      pairs(
        '総務省によると、4月の消費者物価指数は前年同月比3.4%上昇し、前月比では0.4%上昇した。',
        'According to the ministry, the consumer price index for April rose 3.4% year-on-year and 0.4% year-on-year.',
        RULE,
      ),
    ).toEqual(['year-on-year <- 前月比']);
    expect(
      pairs(
        '지난달 소비자물가는 전년 동월 대비 3.2% 올랐고 전월 대비 0.5% 내렸다고 통계청이 밝혔다.',
        'Consumer prices rose 3.2% from a year earlier last month and fell 0.5% year-on-year, Statistics Korea said.',
        RULE,
      ),
    ).toEqual(['year-on-year <- 전월 대비']);
  });

  it('reads European and Russian comparisons, written after the figure or before it', () => {
    expect(
      pairs(
        'Según el Instituto Nacional de Estadística, los precios subieron un 3,2 % interanual en mayo y un 0,5 % intermensual.',
        'According to the National Statistics Institute, prices rose 3.2% month-on-month in May and 0.5% from the previous month.',
        RULE,
      ),
    ).toEqual(['month-on-month <- interanual']);
    expect(
      pairs(
        'Selon l’Insee, les prix à la consommation ont augmenté de 0,4 % sur un mois en avril, après une hausse de 0,2 % en mars.',
        'According to Insee, consumer prices rose 0.4% year-on-year in April, after a rise of 0.2% in March.',
        RULE,
      ),
    ).toEqual(['year-on-year <- sur un mois']);
    expect(
      pairs(
        'Die Verbraucherpreise sind gegenüber dem Vormonat um 0,3 Prozent gestiegen, teilte das Statistische Bundesamt mit.',
        'Consumer prices rose 0.3 percent year-on-year, the Federal Statistical Office said.',
        RULE,
      ),
    ).toEqual(['year-on-year <- gegenüber dem Vormonat']);
    expect(
      pairs(
        'По данным Росстата, в апреле потребительские цены выросли на 7,8% в годовом выражении, сообщило ведомство в пятницу.',
        'According to Rosstat, consumer prices rose 7.8% month-on-month in April, the agency said on Friday.',
        RULE,
      ),
    ).toEqual(['month-on-month <- в годовом выражении']);
    // Kept, or said in other words: nothing.
    expect(
      pairs(
        'Según el Instituto Nacional de Estadística, los precios subieron un 3,2 % interanual en mayo y un 0,5 % intermensual.',
        'According to the National Statistics Institute, prices rose 3.2% from a year earlier in May and 0.5% month-on-month.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('raises nothing when each figure keeps its comparison, or the translation says none', () => {
    expect(pairs(zh, zhEn('rose 0.7% year on year and fell 1.0% from the previous month'), RULE)).toEqual([]);
    expect(pairs(zh, zhEn('rose 0.7% year-on-year and fell 1.0% month-on-month'), RULE)).toEqual([]);
    expect(pairs(zh, zhEn('rose 0.7% and fell 1.0%'), RULE)).toEqual([]);
    // The month-on-month after 0.7% is the 1.0%'s, in its own clause.
    expect(pairs(zh, zhEn('rose 0.7%, and the month-on-month fall was 1.0%'), RULE)).toEqual([]);
    expect(
      pairs(
        '지난달 소비자물가는 전년 동월 대비 3.2% 올랐고 전월 대비 0.5% 내렸다고 통계청이 밝혔다.',
        'Consumer prices rose 3.2% from a year earlier last month and fell 0.5% from the previous month, Statistics Korea said.',
        RULE,
      ),
    ).toEqual([]);
    // A year is not a compared figure.
    expect(
      pairs(
        '2023年一季度，全国规模以上工业增加值同比增长3.0%。',
        'In the first quarter of 2023, month-on-month data aside, the added value of industry above designated size rose 3.0% year-on-year.',
        RULE,
      ),
    ).toEqual([]);
  });
});

// change-extent: a change by an amount given as a change to a level, or the other way round.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'change-extent';
const zh = '统计局数据显示，上月全国工业产值同比增长4.4%，失业率降至3.5%。';
const zhEn = (rest: string) => `Statistics bureau data showed that last month ${rest}.`;

describe('change-extent', () => {
  it('flags a size given as a level and a level given as a size, with the other word suggested', () => {
    const [f, g] = flagged(
      zh,
      zhEn('national industrial output rose to 4.4% year-on-year, and the unemployment rate fell by 3.5%'),
      RULE,
    );
    expect(f.text).toBe('to');
    expect(f.source).toBe('增长4.4%');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.severity).toBe('warning');
    expect(f.issue.message).toBe(
      '“to” makes 4.4% the level reached; the source’s “增长4.4%” gives it as the size of the change (by 4.4%).',
    );
    expect(f.issue.suggestions).toEqual(['by']);
    expect(g.text).toBe('by');
    expect(g.source).toBe('降至3.5%');
    expect(g.issue.suggestions).toEqual(['to']);
    // No preposition is a size: the word of change gets its "to".
    const [h] = flagged(zh, zhEn('industrial output rose 4.4% and the jobless rate fell 3.5%'), RULE);
    expect(h.text).toBe('fell');
    expect(h.issue.suggestions).toEqual(['fell to']);
    // "up to" is a bound, and "an increase to of" no English: flagged without a suggestion.
    const [u] = flagged(zh, zhEn('industrial output rose 4.4% and the jobless rate was down 3.5%'), RULE);
    expect(u.text).toBe('down');
    expect(u.issue.suggestions).toEqual([]);
    const [d] = flagged(zh, zhEn('industrial output rose 4.4% and the jobless rate saw a decline of 3.5%'), RULE);
    expect(d.text).toBe('decline');
    expect(d.issue.suggestions).toEqual([]);
  });

  it('raises nothing when each figure keeps its extent, or is not tied to a word of change', () => {
    expect(
      pairs(zh, zhEn('industrial output rose 4.4% year-on-year and the unemployment rate fell to 3.5%'), RULE),
    ).toEqual([]);
    expect(
      pairs(zh, zhEn('industrial output grew by 4.4%, a 4.4% rise, and the jobless rate dropped to 3.5%'), RULE),
    ).toEqual([]);
    expect(pairs(zh, zhEn('output growth was 4.4% and unemployment stood at 3.5%'), RULE)).toEqual([]);
    // From one level to another: the source's size and level both read, the English untied.
    expect(pairs('失业率从4%降至3.5%。', 'The jobless rate fell from 4% to 3.5%.', RULE)).toEqual([]);
    // 涨幅达5%: the rise reached 5%, a size.
    expect(pairs('当月房价涨幅达5%。', 'House prices rose by 5% in the month.', RULE)).toEqual([]);
    expect(pairs('当月房价涨幅达5%。', 'House prices rose to 5% in the month.', RULE)).toEqual(['to <- 涨幅达5%']);
    expect(pairs('时薪同比增速4.4%。', 'Hourly wages increased to 4.4% year-on-year.', RULE)).toEqual([
      'to <- 增速4.4%',
    ]);
    // 攀升达: climbed to, or climbed by as much as: not judged.
    expect(pairs('死亡人数攀升达2400人。', 'The death toll climbed by 2,400.', RULE)).toEqual([]);
  });

  it('reads the prepositions of other languages', () => {
    expect(
      pairs(
        'Según el INE, la tasa de paro subió al 12,3 % en el tercer trimestre del año.',
        'According to INE, the unemployment rate rose by 12.3% in the third quarter of the year.',
        RULE,
      ),
    ).toEqual(['by <- subió al 12,3 %']);
    expect(
      pairs(
        'Die Arbeitslosenquote ist im Oktober um 0,3 Prozent gestiegen, teilte die Bundesagentur mit.',
        'The unemployment rate rose to 0.3 percent in October, the Federal Agency said.',
        RULE,
      ),
    ).toEqual(['to <- 0,3 Prozent gestiegen']);
    expect(
      pairs(
        'Die Arbeitslosenquote ist im Oktober um 0,3 Prozent gestiegen, teilte die Bundesagentur mit.',
        'The unemployment rate rose by 0.3 percent in October, the Federal Agency said.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'По данным Росстата, безработица в сентябре снизилась до 2,9%, сообщило ведомство.',
        'According to Rosstat, unemployment fell by 2.9% in September, the agency said.',
        RULE,
      ),
    ).toEqual(['by <- снизилась до 2,9%']);
    expect(pairs('4月の失業率は2.6%に低下した。', 'The unemployment rate fell 2.6% in April.', RULE)).toEqual([
      'fell <- 2.6%に低下',
    ]);
    expect(pairs('4月の失業率は2.6%に低下した。', 'The unemployment rate fell to 2.6% in April.', RULE)).toEqual([]);
  });
});

describe('change-extent in Korean', () => {
  it('reads 로 after the figure as a level', () => {
    expect(pairs('지난달 실업률은 2.7%로 하락했다.', 'The unemployment rate fell by 2.7% last month.', RULE)).toEqual([
      'by <- 2.7%로 하락',
    ]);
    expect(pairs('지난달 실업률은 2.7%로 하락했다.', 'The unemployment rate fell to 2.7% last month.', RULE)).toEqual(
      [],
    );
  });
});

describe('change-extent in Turkish', () => {
  const source =
    "Türkiye İstatistik Kurumu verilerine göre işsizlik oranı geçen ay yüzde 9,4'e yükseldi ve istihdam arttı.";
  it('reads the dative on the figure as a level', () => {
    expect(
      pairs(
        source,
        'According to Turkish Statistical Institute data, the unemployment rate rose by 9.4 percent last month and employment increased.',
        RULE,
      ),
    ).toEqual(["by <- 9,4'e yükseldi"]);
    expect(
      pairs(
        source,
        'According to Turkish Statistical Institute data, the unemployment rate rose to 9.4 percent last month and employment increased.',
        RULE,
      ),
    ).toEqual([]);
  });
});

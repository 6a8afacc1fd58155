// change-direction: a figure the source says went up given as going down, or the other way round.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'change-direction';
const zh = '海关总署数据显示，今年前两个月我国出口同比增长4.4%，进口下降了3.5%，贸易顺差扩大至1200亿元。';
const zhEn = (rest: string) =>
  `Data from the General Administration of Customs showed that in the first two months of this year ${rest}.`;

describe('change-direction', () => {
  it('flags a rise given as a fall, with the word’s opposite suggested', () => {
    const [f, g] = flagged(
      zh,
      zhEn(
        'China’s exports fell 4.4% year-on-year, while imports rose 3.5%, and the trade surplus widened to 120 billion yuan',
      ),
      RULE,
    );
    expect(f.text).toBe('fell');
    expect(f.source).toBe('增长');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“fell” says the figure went down; the source’s “增长” says it went up.');
    expect(f.issue.suggestions).toEqual(['rose']);
    expect(g.text).toBe('rose');
    expect(g.source).toBe('下降');
    expect(g.issue.suggestions).toEqual(['fell']);
    // The word after the figure, and a noun before it.
    expect(pairs(zh, zhEn('exports saw a 4.4% drop, and imports an increase of 3.5%'), RULE)).toEqual([
      'drop <- 增长',
      'increase <- 下降',
    ]);
    expect(pairs(zh, zhEn('exports were down 4.4 percent from a year earlier'), RULE)).toEqual(['down <- 增长']);
    // A rate of growth is a rise; a number word is a figure.
    expect(pairs('时薪同比增速4.4%。', 'Hourly wages decreased by 4.4% year-on-year.', RULE)).toEqual([
      'decreased <- 增',
    ]);
    expect(pairs('时薪同比增速4.4%。', 'Hourly wage growth was 4.4% year-on-year.', RULE)).toEqual([]);
    expect(
      pairs('该公司预计全年订单将增长3倍。', 'The company expects orders to be down three times for the year.', RULE),
    ).toEqual(['down <- 增长']);
  });

  it('raises nothing when each figure keeps its direction, or the translation names none', () => {
    expect(
      pairs(
        zh,
        zhEn(
          'China’s exports rose 4.4% year-on-year, imports fell by 3.5%, and the trade surplus widened to 120 billion yuan',
        ),
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        zh,
        zhEn('exports grew by 4.4 percent, imports saw a 3.5 percent decline and the surplus reached 120 billion yuan'),
        RULE,
      ),
    ).toEqual([]);
    expect(pairs(zh, zhEn('exports were 4.4% and imports 3.5%'), RULE)).toEqual([]);
  });

  it('does not judge a stretch that names both directions, a negated change, negative growth or a bound', () => {
    // 跌幅扩大: the drop widened; 增速回落: growth fell back. Either English reading is fair.
    expect(pairs('上证指数跌幅扩大至3%。', 'The Shanghai Composite’s decline widened to 3%.', RULE)).toEqual([]);
    expect(pairs('上证指数跌幅扩大至3%。', 'The Shanghai Composite fell 3%.', RULE)).toEqual([]);
    expect(pairs('全年经济增速回落至3%。', 'Economic growth slowed to 3% for the year.', RULE)).toEqual([]);
    expect(pairs('该行业利润负增长2.1%。', 'Profits in the industry fell 2.1%.', RULE)).toEqual([]);
    expect(pairs('该行业利润增长-2.1%。', 'Profits in the industry fell 2.1%.', RULE)).toEqual([]);
    expect(pairs('当月销量未增长5%。', 'Sales did not fall 5% in the month.', RULE)).toEqual([]);
    expect(pairs('票价上涨5%。', 'Fares will rise by up to 5%.', RULE)).toEqual([]);
    // A percentage is not a count.
    expect(pairs('该市企业数量增长5%。', 'The number of firms in the city fell by 5.', RULE)).toEqual([]);
    // The same value up in one place and down in another: either may be meant.
    expect(pairs('出口增长5%，进口下降5%。', 'Exports fell 5% and imports rose 5%.', RULE)).toEqual([]);
  });

  it('reads Japanese and Korean, whose word of change follows the figure', () => {
    expect(
      pairs(
        '4月の消費者物価指数は前年同月比3.2%上昇した。',
        'The consumer price index fell 3.2% year-on-year in April.',
        RULE,
      ),
    ).toEqual(['fell <- 上昇']);
    expect(pairs('輸出は前年比5%減となった。', 'Exports rose 5% from a year earlier.', RULE)).toEqual(['rose <- 減']);
    expect(pairs('수출은 전년 대비 7.5% 감소했다.', 'Exports increased 7.5% from a year earlier.', RULE)).toEqual([
      'increased <- 감소',
    ]);
    expect(pairs('수출은 전년 대비 7.5% 감소했다.', 'Exports decreased 7.5% from a year earlier.', RULE)).toEqual([]);
    expect(
      pairs('수출은 전년 대비 7.5% 증가하지 않았다.', 'Exports did not rise 7.5% from a year earlier.', RULE),
    ).toEqual([]);
  });

  it('reads the European languages and Russian, the word within three words of the figure', () => {
    expect(
      pairs(
        'Según el Instituto Nacional de Estadística, las ventas minoristas cayeron un 2,3 % en marzo respecto al mismo mes del año pasado.',
        'According to the National Statistics Institute, retail sales rose 2.3% in March compared to the same month last year.',
        RULE,
      ),
    ).toEqual(['rose <- cayeron']);
    expect(
      pairs(
        'Les ventes de voitures neuves sont en hausse de 12 % sur un an, selon les chiffres publiés jeudi par la plateforme.',
        'New car sales are down 12% year-on-year, according to figures published on Thursday by the platform.',
        RULE,
      ),
    ).toEqual(['down <- hausse']);
    expect(
      pairs(
        'Die Zahl der Arbeitslosen ist im Oktober um 0,3 Prozent gesunken, teilte die Bundesagentur mit.',
        'The number of unemployed rose by 0.3 percent in October, the Federal Agency said.',
        RULE,
      ),
    ).toEqual(['rose <- gesunken']);
    expect(
      pairs(
        'По данным Росстата, промышленное производство выросло на 4,1% в сентябре.',
        'According to Rosstat, industrial production declined by 4.1% in September.',
        RULE,
      ),
    ).toEqual(['declined <- выросло']);
    // Kept: nothing.
    expect(
      pairs(
        'Die Zahl der Arbeitslosen ist im Oktober um 0,3 Prozent gesunken, teilte die Bundesagentur mit.',
        'The number of unemployed fell by 0.3 percent in October, the Federal Agency said.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Las ventas no cayeron un 2,3 % en marzo, sino que se mantuvieron estables.',
        'Sales rose 2.3% in March.',
        RULE,
      ),
    ).toEqual([]);
  });
});

describe('change-direction in more languages', () => {
  const cases: [string, string, string, string][] = [
    [
      'Volgens het CBS is de werkloosheid in september met 0,2 procent gedaald, meldde het bureau donderdag.',
      'According to CBS, unemployment rose by 0.2 percent in September, the bureau said on Thursday.',
      'According to CBS, unemployment fell by 0.2 percent in September, the bureau said on Thursday.',
      'rose <- gedaald',
    ],
    [
      'Według danych urzędu statystycznego produkcja przemysłowa wzrosła o 3,4 proc. w październiku.',
      'According to the statistics office, industrial production fell by 3.4 percent in October.',
      'According to the statistics office, industrial production rose by 3.4 percent in October.',
      'fell <- wzrosła',
    ],
    [
      'Türkiye İstatistik Kurumu verilerine göre ihracat geçen ay yüzde 7,5 azaldı ve dış ticaret açığı büyüdü.',
      'According to Turkish Statistical Institute data, exports increased by 7.5 percent last month and the foreign trade deficit grew.',
      'According to Turkish Statistical Institute data, exports decreased by 7.5 percent last month and the foreign trade deficit grew.',
      'increased <- azaldı',
    ],
    [
      'Badan Pusat Statistik mencatat jumlah wisatawan mancanegara naik 12,5 persen dibandingkan bulan sebelumnya.',
      'Statistics Indonesia recorded that the number of foreign tourists fell 12.5 percent compared with the previous month.',
      'Statistics Indonesia recorded that the number of foreign tourists rose 12.5 percent compared with the previous month.',
      'fell <- naik',
    ],
    [
      'Theo Tổng cục Thống kê, kim ngạch xuất khẩu trong tháng qua giảm 4,2% so với cùng kỳ năm trước.',
      'According to the General Statistics Office, export turnover last month increased 4.2% over the same period last year.',
      'According to the General Statistics Office, export turnover last month decreased 4.2% over the same period last year.',
      'increased <- giảm',
    ],
    [
      'وقال الجهاز المركزي للإحصاء إن معدل التضخم السنوي انخفض إلى 5.2 في المئة في الشهر الماضي.',
      'The Central Agency for Statistics said the annual inflation rate rose to 5.2 percent last month.',
      'The Central Agency for Statistics said the annual inflation rate fell to 5.2 percent last month.',
      'rose <- انخفض',
    ],
    [
      'सरकारी आंकड़ों के अनुसार पिछले महीने देश का निर्यात 6 प्रतिशत बढ़कर नए स्तर पर पहुंच गया।',
      'According to government data, the country’s exports fell 6 percent last month to a new level.',
      'According to government data, the country’s exports rose 6 percent last month to a new level.',
      'fell <- बढ़कर',
    ],
  ];
  it.each(cases)('%s', (source, wrong, right, expected) => {
    expect(pairs(source, wrong, RULE)).toEqual([expected]);
    expect(pairs(source, right, RULE)).toEqual([]);
  });
});

// percentage-points: a change the source gives in percentage points that the translation gives as a percentage.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'percentage-points';
const zh = (change: string) => `今年一季度，全国城镇调查失业率为5.5%，比上年同期下降${change}，就业形势总体稳定。`;
const zhEn = (change: string) =>
  `In the first quarter of this year, the national urban surveyed unemployment rate was 5.5%, down ${change} from the same period last year, and the employment situation was generally stable.`;

describe('percentage-points', () => {
  it('flags percentage points given as a percentage, with points suggested', () => {
    const [f] = flagged(zh('0.3个百分点'), zhEn('0.3 percent'), RULE);
    expect(f.text).toBe('0.3 percent');
    expect(f.source).toBe('0.3个百分点');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe(
      '“0.3 percent” is a percentage; the source’s “0.3个百分点” is in percentage points, a difference of two percentages.',
    );
    expect(f.issue.suggestions).toEqual(['0.3 percentage points']);
    expect(pairs(zh('两个百分点'), zhEn('2%'), RULE)).toEqual(['2% <- 两个百分点']);
    expect(flagged(zh('1个百分点'), zhEn('1 per cent'), RULE)[0].issue.suggestions).toEqual(['1 percentage point']);
  });

  it('reads the words for percentage points of other languages, whatever franc takes a short source for', () => {
    expect(
      pairs(
        'La inflación subió 2 puntos porcentuales en marzo, según el instituto nacional de estadística.',
        'Inflation rose 2 percent in March, according to the national statistics institute.',
        RULE,
      ),
    ).toEqual(['2 percent <- 2 puntos porcentuales']);
    expect(
      pairs(
        'Die Arbeitslosenquote sank um 0,4 Prozentpunkte auf 5,7 Prozent, teilte die Bundesagentur für Arbeit mit.',
        'The unemployment rate fell by 0.4 percent to 5.7 percent, the Federal Employment Agency said.',
        RULE,
      ),
    ).toEqual(['0.4 percent <- 0,4 Prozentpunkte']);
    expect(
      pairs(
        "Le taux de chômage a baissé de 0,3 point de pourcentage, à 7,1 %, selon l'Insee.",
        'The unemployment rate fell by 0.3% to 7.1%, according to INSEE.',
        RULE,
      ),
    ).toEqual(['0.3% <- 0,3 point de pourcentage']);
    expect(
      pairs(
        'Безработица снизилась на 0,5 процентного пункта до 3,2%, сообщил Росстат в пятницу.',
        'Unemployment fell 0.5 percent to 3.2%, Rosstat reported on Friday.',
        RULE,
      ),
    ).toEqual(['0.5 percent <- 0,5 процентного пункта']);
    expect(
      pairs(
        '지난달 소비자물가 상승률은 3.2%로 전월보다 0.5%포인트 낮아졌다고 통계청이 밝혔다.',
        'The consumer price inflation rate last month was 3.2 percent, down 0.5 percent from the previous month, Statistics Korea said.',
        RULE,
      ),
    ).toEqual(['0.5 percent <- 0.5%포인트']);
  });

  it('raises nothing for points given as points, or a value the source also gives as a percentage', () => {
    expect(pairs(zh('0.3个百分点'), zhEn('0.3 percentage points'), RULE)).toEqual([]);
    expect(pairs(zh('0.3个百分点'), zhEn('0.3 points'), RULE)).toEqual([]);
    // The level, 5.5%, is a percentage on both sides; the source's 一季度 (first quarter) is no percentage.
    expect(pairs(zh('1个百分点'), zhEn('1 percentage point'), RULE)).toEqual([]);
    expect(
      pairs(
        'La tasa de paro bajó al 12%, lo que supone 2 puntos porcentuales menos y un descenso del 2% en el número de parados.',
        'The unemployment rate fell to 12%, 2 percent less and a 2% decrease in the number of unemployed.',
        RULE,
      ),
    ).toEqual([]);
    // A percentage in the source is no percentage point.
    expect(pairs(zh('0.3%'), zhEn('0.3 percent'), RULE)).toEqual([]);
  });
});

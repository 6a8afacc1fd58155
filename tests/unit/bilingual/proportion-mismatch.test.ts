// proportion-mismatch: a share or a multiple written in words given as another one.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'proportion-mismatch';

describe('proportion-mismatch', () => {
  it('flags a share given as another, with the source’s share suggested', () => {
    const [f] = flagged(
      '调查显示，约三分之二的受访者支持该计划。',
      'The survey showed that about one-third of respondents supported the plan.',
      RULE,
    );
    expect(f.text).toBe('one-third');
    expect(f.source).toBe('三分之二');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“one-third” is another share than the source’s “三分之二”.');
    expect(f.issue.suggestions).toEqual(['two-thirds']);
    expect(
      pairs('该国近一半人口居住在城市。', 'Nearly a quarter of the country’s population lives in cities.', RULE),
    ).toEqual(['a quarter <- 一半']);
    expect(
      pairs(
        'Près des deux tiers des électeurs ont voté pour le projet.',
        'Nearly a third of voters voted for the project.',
        RULE,
      ),
    ).toEqual(['a third <- deux tiers']);
    expect(
      pairs(
        'La mitad de los hogares no tiene acceso a internet.',
        'A quarter of households have no internet access.',
        RULE,
      ),
    ).toEqual(['A quarter <- La mitad']);
    expect(
      pairs(
        'Fast zwei Drittel der Befragten lehnen den Plan der Bundesregierung ab, wie eine Umfrage zeigt.',
        'Almost half of those surveyed reject the federal government’s plan, a poll shows.',
        RULE,
      ),
    ).toEqual(['half <- zwei Drittel']);
  });

  it('takes a share given as a percentage, or kept, as rendered', () => {
    expect(
      pairs(
        '调查显示，约三分之二的受访者支持该计划。',
        'The survey showed that about two-thirds of respondents supported the plan.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        '调查显示，约三分之二的受访者支持该计划。',
        'The survey showed that about 67% of respondents supported the plan, a third more than last year.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        '该国近一半人口居住在城市。',
        'Nearly 50 percent of the country’s population lives in cities, a quarter of them in the capital.',
        RULE,
      ),
    ).toEqual([]);
    // Not shares: an ordinal, a period of the year, the first half.
    expect(
      pairs(
        'La mitad de los hogares no tiene acceso a internet.',
        'Half of households have no internet access, for a third year running.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs('该国近一半人口居住在城市。', 'In the third quarter, nearly half the population lived in cities.', RULE),
    ).toEqual([]);
  });

  it('flags a multiple given as another, and times given as a percentage', () => {
    expect(pairs('五年来，公司收入翻了一番。', 'In five years, the company’s revenue tripled.', RULE)).toEqual([
      'tripled <- 翻了一番',
    ]);
    expect(pairs('五年来，公司收入翻了一番。', 'In five years, the company’s revenue doubled.', RULE)).toEqual([]);
    expect(
      pairs(
        'Die Zahl der Anträge hat sich seit 2020 verdoppelt.',
        'The number of applications has quadrupled since 2020.',
        RULE,
      ),
    ).toEqual(['quadrupled <- verdoppelt']);
    const [t] = flagged('今年的产量是去年的3倍。', 'This year’s output is 3% of last year’s.', RULE);
    expect(t.text).toBe('3%');
    expect(t.source).toBe('3倍');
    expect(t.issue.suggestions).toEqual(['3 times']);
    expect(pairs('今年的产量是去年的3倍。', 'This year’s output is three times last year’s.', RULE)).toEqual([]);
    expect(
      pairs('今年的产量是去年的3倍。', 'This year’s output is 3 times last year’s, and prices rose 3%.', RULE),
    ).toEqual([]);
    expect(pairs('今年的产量增长3%，是去年的3倍。', 'Output rose 3% this year.', RULE)).toEqual([]);
  });
});

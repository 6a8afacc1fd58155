import { describe, expect, it } from 'vitest';
import { asciiDigits, findNumbers, formatValue, readDigits, readHan } from '../../../src/core';

const values = (text: string, language: string) => findNumbers(text, language).filter((n) => n.strict).map((n) => n.values);

describe('numbers in the conventions of each language', () => {
  it('reads grouped thousands with a space, a point or an apostrophe', () => {
    expect(values('Il y a 4 500 postes.', 'fra')).toEqual([[4500]]);
    expect(values('Es gibt 4.500 Stellen.', 'deu')).toEqual([[4500]]);
    expect(values("Es gibt 4'500 Stellen.", 'deu')).toEqual([[4500]]);
    expect(values('There are 4,500 jobs.', 'eng')).toEqual([[4500]]);
  });

  it('reads a large Chinese, Japanese or Korean number written as sections with their place values as one number', () => {
    expect(values('总额1兆2000億円', 'jpn')).toEqual([[1.2e12]]);
    expect(values('約3万5千世帯', 'jpn')).toEqual([[35000]]);
    expect(values('共有2万5000人参加', 'cmn')).toEqual([[25000]]);
    expect(values('投资1亿2000万元', 'cmn')).toEqual([[1.2e8]]);
    expect(values('총 1조 2000억 원', 'kor')).toEqual([[1.2e12]]);
    // Two numbers side by side in a list stay two.
    expect(values('分别为3万、5千', 'cmn')).toEqual([[30000], [5000]]);
  });

  it('keeps a currency joined to its amount by "d’", "de" or "di" in the number', () => {
    const text = 'Un plan de 2,4 milliards d’euros et un prêt de 5 euros.';
    expect(findNumbers(text, 'fra').filter((n) => n.strict).map((n) => [text.slice(n.start, n.end), n.currency])).toEqual([
      ['2,4 milliards d’euros', 'EUR'],
      ['5 euros', 'EUR'],
    ]);
    const spanish = 'Un préstamo de 5 millones de dólares.';
    expect(findNumbers(spanish, 'spa').filter((n) => n.strict).map((n) => [spanish.slice(n.start, n.end), n.currency])).toEqual([['5 millones de dólares', 'dollar']]);
  });

  it('reads the scale words of Nordic, Central European, Balkan, Greek and South Asian languages', () => {
    expect(values('satsar 2,5 miljarder kronor', 'swe')).toEqual([[2.5e9]]);
    expect(values('investerer 3 milliarder kroner', 'dan')).toEqual([[3e9]]);
    expect(values('vyčlenila 2,5 miliardy korun na 15 tisíc bytů', 'ces')).toEqual([[2.5e9], [15000]]);
    expect(values('διαθέτει 2,5 δισ. ευρώ', 'ell')).toEqual([[2.5e9]]);
    expect(values('5 लाख परिवारों के लिए 2,000 करोड़ रुपये', 'hin')).toEqual([[5e5], [2e10]]);
    expect(values('2,5 milliárd forint', 'hun')).toEqual([[2.5e9]]);
  });

  it('reads Indian digit grouping', () => {
    expect(values('a grant of Rs 1,00,000 for 12,34,567 people', 'eng')).toEqual([[100000], [1234567]]);
  });

  it('reads a share in tenths (3割, 两成) as the percentage it is', () => {
    const japanese = findNumbers('支持率は3割を下回った', 'jpn').filter((n) => n.strict);
    expect(japanese.map((n) => [n.values.includes(30), n.kind])).toEqual([[true, 'percent']]);
    expect(findNumbers('房价上涨两成', 'cmn').some((n) => n.values.includes(20) && n.kind === 'percent')).toBe(true);
    // 成 in a word is not a share.
    expect(findNumbers('3成为主力', 'cmn').some((n) => n.values.includes(30))).toBe(false);
  });

  it('reads Roman numerals in a source as numbers that excuse the same number in digits, never as numbers of their own', () => {
    const found = findNumbers('Au XXIe siècle, le roi Louis XIV…', 'fra');
    expect(found.map((n) => [n.values[0], n.strict])).toEqual([
      [21, false],
      [14, false],
    ]);
    expect(findNumbers('In the XXI century', 'eng')).toEqual([]);
  });

  it('reads a number followed by a word in a language without tables as possibly scaled by it', () => {
    expect(values('2,5 zzzillion', 'xyz')[0]).toEqual(expect.arrayContaining([2.5, 2.5e9, 2.5e12]));
    // A scale word of any language is read with the values languages give it, and nothing else.
    expect(values('73 тыс. рублей', 'xyz')[0].sort((a, b) => a - b)).toEqual([73, 73000]);
  });

  it('reads a close relative’s scale word in a source franc took for its neighbour', () => {
    expect(values('средняя зарплата — 73 тыс. рублей', 'mkd')[0]).toEqual([73, 73000]);
    expect(values('средняя зарплата — 73 тыс. рублей', 'bul')[0]).toEqual([73, 73000]);
  });

  it('reads a scale word in the inflected forms Slavic languages give it', () => {
    expect(values('перед 10 тысячами военных', 'rus')).toEqual([[10000]]);
    expect(values('о 3 миллиардах рублей', 'rus')).toEqual([[3e9]]);
    expect(values('з 2 мільйонами гривень', 'ukr')).toEqual([[2e6]]);
    expect(values('z 5 tysiącami osób', 'pol')).toEqual([[5000]]);
  });

  it('reads a decimal comma in languages that write one, and both ways when the language is unknown', () => {
    expect(values('Le taux est de 7,25 %.', 'fra')).toEqual([[7.25]]);
    expect(values('The rate is 7.25%.', 'eng')).toEqual([[7.25]]);
    expect(readDigits('4.500', null).sort()).toEqual([4.5, 4500]);
    expect(readDigits('1.234.567,89', true)).toEqual([1234567.89]);
    expect(readDigits('1,234,567.89', false)).toEqual([1234567.89]);
  });

  it('keeps a percentage sign, a currency and a unit in the number', () => {
    const text = 'Le taux est de 7,25 % et le prix de 12 € pour 3 km.';
    expect(findNumbers(text, 'fra').filter((n) => n.strict).map((n) => text.slice(n.start, n.end))).toEqual(['7,25 %', '12 €', '3 km']);
    expect(findNumbers('7,25 %', 'fra')[0].kind).toBe('percent');
    const dollars = 'It cost $5m and US$ 3 billion.';
    expect(findNumbers(dollars, 'eng').filter((n) => n.strict).map((n) => [dollars.slice(n.start, n.end), n.values[0]])).toEqual([
      ['$5m', 5e6],
      ['US$ 3 billion', 3e9],
    ]);
  });

  it('multiplies by the scale words of the language', () => {
    expect(values('soit 2,4 milliards d’euros', 'fra')).toEqual([[2.4e9]]);
    expect(values('unos 3 mil millones de dólares', 'spa')).toEqual([[3e9]]);
    expect(values('about 2.4 billion euros', 'eng')).toEqual([[2.4e9]]);
    expect(values('rund 1,5 Mrd. Euro', 'deu')).toEqual([[1.5e9]]);
  });

  it('spreads a scale written once over a range', () => {
    expect(values('between 4 to 6 million visitors', 'eng')).toEqual([[4, 4e6], [6e6]]);
  });

  it('reads Chinese place values after digits and Chinese numerals', () => {
    expect(values('游客3.5万人次', 'cmn')).toEqual([[35000]]);
    expect(values('收入1.2万亿元', 'cmn')).toEqual([[1.2e12]]);
    expect(values('共24亿元', 'cmn')).toEqual([[2.4e9]]);
    expect(readHan('十六')).toEqual([16]);
    expect(readHan('两万三千')).toEqual([23000]);
    expect(readHan('一亿两千万')).toEqual([1.2e8]);
    expect(readHan('二〇二三')).toEqual([2023]);
    expect(readHan('六七千')).toEqual([6000, 7000]);
    expect(readHan('一万六七千')).toEqual([16000, 17000]);
  });

  it('marks Chinese months and days of the month', () => {
    const found = findNumbers('会议于3月15日举行', 'cmn').filter((n) => n.strict);
    expect(found.map((n) => [n.values[0], n.kind])).toEqual([
      [3, 'month'],
      [15, 'day'],
    ]);
  });

  it('does not take a lone numeral inside a word for a number the translation must carry', () => {
    expect(values('统一十分重要', 'cmn')).toEqual([]);
  });

  it('reads Arabic-Indic and Persian digits like ASCII ones', () => {
    expect(asciiDigits('٢٠٢٣ و ۱۴۰۲')).toBe('2023 و 1402');
    expect(values('قتل ١٢ شخصا', 'arb')).toEqual([[12]]);
    expect(values('۲۵ درصد', 'pes')).toEqual([[25]]);
    expect(findNumbers('۲۵ درصد', 'pes')[0].kind).toBe('percent');
  });

  it('marks a number glued to letters as part of a name', () => {
    expect(findNumbers('COVID-19 and G20', 'eng').map((n) => n.glued)).toEqual([true, true]);
    expect(findNumbers('the 16th forum', 'eng').filter((n) => n.strict).map((n) => n.glued)).toEqual([false]);
  });

  it('writes values as an editor reads them', () => {
    expect(formatValue(4500)).toBe('4,500');
    expect(formatValue(2.4e9)).toBe('2.4 billion');
  });
});

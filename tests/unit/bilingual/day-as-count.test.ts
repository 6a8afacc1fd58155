import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

describe('day-as-count', () => {
  it('flags a day of the month the translation gives as a plain number', () => {
    const source = '本报记者15日从市交通局获悉，新建的环城公路将于年底通车。';
    const mt = 'The reporter 15 learned from the city transport bureau that the new ring road will open at the end of the year.';
    expect(pairs(source, mt, 'day-as-count')).toEqual(['15 <- 15日']);
    const [f] = flagged(source, mt, 'day-as-count');
    expect(f.issue.message).toMatch(/day of the month \(the 15th\)/);
    expect(f.issue.suggestions).toEqual(['on the 15th']);
  });

  it('does not flag the day written as a date', () => {
    const source = '本报记者15日从市交通局获悉，新建的环城公路将于年底通车。';
    for (const mt of [
      'The reporter learned on the 15th from the city transport bureau that the new ring road will open at the end of the year.',
      'On 15 March, the reporter learned from the city transport bureau that the new ring road will open at the end of the year.',
      'The reporter learned from the city transport bureau on March 15 that the new ring road will open at the end of the year.',
      'The reporter learned from the city transport bureau on 15 that the new ring road will open at the end of the year.',
    ]) {
      expect(pairs(source, mt, 'day-as-count')).toEqual([]);
    }
  });

  it('does not flag the last day of a range written as a date ("March 15 to 17")', () => {
    const source = '第十届国际车展于2023年3月15日至17日在市会展中心举行，吸引了大批观众。';
    expect(pairs(source, 'The 10th international motor show was held at the city exhibition centre from March 15 to 17, 2023, attracting large crowds.', 'day-as-count')).toEqual([]);
    expect(pairs(source, 'The 10th international motor show was held at the city exhibition centre from 15 to 17 March 2023, attracting large crowds.', 'day-as-count')).toEqual([]);
  });

  it('does not flag days counted, nor a value the source also has as another number', () => {
    expect(pairs('申请人应在15日内提交材料，逾期不予受理。', 'Applicants must submit their documents within 15 days; late applications will not be accepted.', 'day-as-count')).toEqual([]);
    expect(pairs('展览连续举办15日，吸引了大批游客。', 'The exhibition ran for 15 consecutive days and drew large crowds.', 'day-as-count')).toEqual([]);
    expect(pairs('15日，共有15支队伍参赛。', 'On that day, 15 teams took part.', 'day-as-count')).toEqual([]);
  });

  it('does not run on a source in a language that writes days with month names', () => {
    expect(pairs('Le 15, le maire a inauguré la route.', 'The mayor opened the road 15.', 'day-as-count')).toEqual([]);
  });
});

describe('day-as-count, other renderings', () => {
  it('flags the day when another source number is written as a word in the translation', () => {
    const source = '本报记者10日获悉，这座桥已使用了十余年。';
    expect(pairs(source, 'The reporter 10 learned that the bridge has been in use for more than ten years.', 'day-as-count')).toEqual(['10 <- 10日']);
  });

  it('flags a day the dateline gives as a date and the story as a plain number, once', () => {
    const source = '新华社上海3月8日电 论坛8日下午闭幕。';
    const mt = 'SHANGHAI, March 8 (Xinhua) -- The forum closed on the afternoon of 8.';
    expect(flagged(source, mt, 'day-as-count').map((f) => mt.slice(0, f.issue.end))).toEqual([mt.slice(0, mt.lastIndexOf('8') + 1)]);
  });

  it('does not flag 号 rendered as a number ("No. 3")', () => {
    expect(pairs('新发行的产品名为“稳健3号”。', 'The new product is named "Steady No. 3".', 'day-as-count')).toEqual([]);
  });

  it('flags a month left as a bare number after its year', () => {
    const [f] = flagged('2021年3月，出口增长了5%。', 'In 2021 3, exports grew by 5%.', 'day-as-count');
    expect(f.text).toBe('3');
    expect(f.source).toBe('3月');
    expect(f.issue.suggestions).toEqual(['March']);
    expect(pairs('2021年3月，出口增长了5%。', 'In March 2021, exports grew by 5%.', 'day-as-count')).toEqual([]);
  });
});

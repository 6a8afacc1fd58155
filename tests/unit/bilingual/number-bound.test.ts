// number-bound: a figure the source bounds given the other way round, or as exact.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'number-bound';
const zh = '据当地媒体报道，这场暴雨已造成超过1200人受灾，救援人员仍在现场搜救失踪者。';
const zhEn = (figure: string) =>
  `According to local media reports, the rainstorm has affected ${figure} people, and rescuers are still searching for the missing at the scene.`;

describe('number-bound', () => {
  it('flags a bound turned round, and a bound dropped with the source’s words suggested', () => {
    const [f] = flagged(zh, zhEn('less than 1,200'), RULE);
    expect(f.text).toBe('less than 1,200');
    expect(f.source).toBe('超过1200');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“less than 1,200” is less than the figure; the source’s “超过1200” is more than it.');
    const [g] = flagged(zh, zhEn('1,200'), RULE);
    expect(g.text).toBe('1,200');
    expect(g.issue.suggestions).toEqual(['more than 1,200', 'at least 1,200']);
    expect(
      pairs(
        '该校要求报名者身高170公分以上，近视度数不能高于600度，并须通过体检。',
        'The school requires applicants to be at least 170 cm tall, with a near-sightedness of 600 degrees, and to pass a physical examination.',
        RULE,
      ),
    ).toEqual(['600 <- 不能高于600']);
    expect(
      pairs(
        '地震造成近3.1万人死亡，数十万人无家可归，是该国百年来最严重的灾难。',
        'The earthquake killed more than 31,000 people and left hundreds of thousands homeless, the worst disaster in the country in a century.',
        RULE,
      ),
    ).toEqual(['more than 31,000 <- 近3.1万']);
  });

  it('reads a loose “more than” (多, 余): turned into “almost” it is flagged, left out it is not', () => {
    const zhOdd = '患者说，新政策实施后，像她这种情况自付费用为8000多元，不到1万元，基本可以承受。';
    expect(
      pairs(
        zhOdd,
        'The patient said that after the new policy, in a case like hers the out-of-pocket cost is almost 8,000 yuan, less than 10,000 yuan, which is basically affordable.',
        RULE,
      ),
    ).toEqual(['almost 8,000 yuan <- 8000多元']);
    for (const figure of ['8,000 yuan', 'more than 8,000 yuan', '8,000-odd yuan', 'over 8,000 yuan'])
      expect(
        pairs(
          zhOdd,
          `The patient said that after the new policy, in a case like hers the out-of-pocket cost is ${figure}, less than 10,000 yuan, which is basically affordable.`,
          RULE,
        ),
        figure,
      ).toEqual([]);
  });

  it('reads European, Cyrillic, Japanese and Korean bounds', () => {
    expect(
      pairs(
        'Según las autoridades locales, más de 1.500 personas fueron evacuadas de sus hogares durante la noche.',
        'According to local authorities, 1,500 people were evacuated from their homes overnight.',
        RULE,
      ),
    ).toEqual(['1,500 <- más de 1.500']);
    expect(
      pairs(
        'Nach Angaben der Polizei nahmen weniger als 300 Menschen an der Kundgebung vor dem Rathaus teil.',
        'According to the police, more than 300 people took part in the rally in front of the town hall.',
        RULE,
      ),
    ).toEqual(['more than 300 <- weniger als 300']);
    expect(
      pairs(
        'По данным министерства, в результате наводнения пострадали не менее 400 человек в трёх областях страны.',
        'According to the ministry, no more than 400 people were affected by the flooding in three regions of the country.',
        RULE,
      ),
    ).toEqual(['no more than 400 <- не менее 400']);
    expect(
      pairs(
        '警察によると、集会には500人以上が参加し、駅前の道路は一時通行止めとなった。',
        'According to the police, 500 people took part in the rally, and the road in front of the station was temporarily closed.',
        RULE,
      ),
    ).toEqual(['500 <- 500人以上']);
    expect(
      pairs(
        '소방당국에 따르면 이번 화재로 주민 200명 이상이 대피했으며 인명 피해는 없었다.',
        'According to fire authorities, fewer than 200 residents were evacuated due to the fire, and there were no casualties.',
        RULE,
      ),
    ).toEqual(['fewer than 200 <- 200명 이상']);
  });

  it('raises nothing when the translation keeps the bound in its own words', () => {
    for (const figure of [
      'more than 1,200',
      'over 1,200',
      'at least 1,200',
      'upwards of 1,200',
      'about 1,200',
      'some 1,200',
      '1,200 or more',
      '1,200-plus',
      'in excess of 1,200',
    ])
      expect(pairs(zh, zhEn(figure), RULE), figure).toEqual([]);
    expect(
      pairs(
        '该校要求报名者身高170公分以上，近视度数不能高于600度，并须通过体检。',
        'The school requires applicants to be 170 cm or taller, with near-sightedness that must not exceed 600 degrees, and to pass a physical examination.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        '该校要求报名者身高170公分以上，近视度数不能高于600度，并须通过体检。',
        'The school requires applicants to be over 170 cm tall, with near-sightedness no higher than 600 degrees, and to pass a physical examination.',
        RULE,
      ),
    ).toEqual([]);
    // A "nearly" left out is a rounding; 近3年 is a period, not a bound.
    expect(
      pairs(
        '地震造成近3.1万人死亡，数十万人无家可归，是该国百年来最严重的灾难。',
        'The earthquake killed 31,000 people and left hundreds of thousands homeless, the worst disaster in the country in a century.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        '近3年来，该市新建学校12所，新增学位超过2万个，缓解了入学难的问题。',
        'In the past 3 years, the city has built 12 new schools and added more than 20,000 school places, easing the difficulty of enrolment.',
        RULE,
      ),
    ).toEqual([]);
    // A value the source writes twice is not judged; nor a year.
    expect(
      pairs(
        '去年共有1200人报名，今年报名人数超过1200人，创下2019年以来新高。',
        'Last year 1,200 people signed up, and this year 1,200 people did so, a record high since 2019.',
        RULE,
      ),
    ).toEqual([]);
  });
});

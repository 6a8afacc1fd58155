// time-of-day: a clock time the translation puts in the other half of the day from its source.
// The real checker; every sentence is invented.
import { describe, expect, it } from 'vitest';
import { flagged, pairs } from './helpers';

const RULE = 'time-of-day';
const zh = (time: string) => `国家主席${time}在北京人民大会堂会见了来访的法国总统，双方就两国关系深入交换了意见。`;
const zhEn = (time: string) =>
  `The President met the visiting French President at the Great Hall of the People in Beijing at ${time}, and the two sides had an in-depth exchange of views on bilateral relations.`;
const fr = (time: string) =>
  `Le président de la République a pris la parole à ${time} devant les députés réunis à Versailles pour présenter son programme.`;
const frEn = (time: string) =>
  `The President of the Republic spoke at ${time} before the deputies gathered in Versailles to present his programme.`;
const de = (time: string) =>
  `Der Bundeskanzler hat am Dienstag ${time} vor den Abgeordneten des Bundestages in Berlin eine Regierungserklärung abgegeben.`;
const deEn = (time: string) =>
  `The Federal Chancellor delivered a government statement to the members of the Bundestag in Berlin on Tuesday at ${time}.`;

describe('time-of-day', () => {
  it('flags a Chinese afternoon time given as a morning one, with the other mark suggested', () => {
    const [f] = flagged(zh('下午3点'), zhEn('3 a.m.'), RULE);
    expect(f.text).toBe('3 a.m.');
    expect(f.source).toBe('下午3点');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“3 a.m.” is in the morning; the source’s “下午3点” is in the afternoon or evening.');
    expect(f.issue.suggestions).toEqual(['3 p.m.']);
    expect(pairs(zh('凌晨2时15分'), zhEn('2:15 PM'), RULE)).toEqual(['2:15 PM <- 凌晨2时15分']);
    expect(flagged(zh('凌晨2时15分'), zhEn('2:15 PM'), RULE)[0].issue.suggestions).toEqual(['2:15 AM']);
    expect(pairs(zh('晚上8点半'), zhEn('8:30 am'), RULE)).toEqual(['8:30 am <- 晚上8点半']);
    expect(pairs(zh('晚8时'), zhEn('8 a.m.'), RULE)).toEqual(['8 a.m. <- 晚8时']);
    expect(pairs(zh('下午三点'), zhEn('3 a.m.'), RULE)).toEqual(['3 a.m. <- 下午三点']);
  });

  it('reads a 24-hour clock as the morning in a language whose news writes it', () => {
    expect(pairs(zh('8时30分'), zhEn('8:30 p.m.'), RULE)).toEqual(['8:30 p.m. <- 8时30分']);
    expect(pairs(fr('8 h 30'), frEn('8.30 pm'), RULE)).toEqual(['8.30 pm <- 8 h 30']);
    expect(pairs(de('um 8.30 Uhr'), deEn('8.30 pm'), RULE)).toEqual(['8.30 pm <- 8.30 Uhr']);
  });

  it('reads the words for the parts of the day after the hour', () => {
    expect(pairs(fr('7 heures du soir'), frEn('7 a.m.'), RULE)).toEqual(['7 a.m. <- 7 heures du soir']);
    expect(pairs(de('abends um 8 Uhr'), deEn('8 am'), RULE)).toEqual(['8 am <- abends um 8 Uhr']);
    const es =
      'El presidente del Gobierno compareció a las 10 de la noche ante los diputados en el Congreso de Madrid.';
    expect(
      pairs(
        es,
        'The Prime Minister appeared at 10 in the morning before the deputies in the Congress in Madrid.',
        RULE,
      ),
    ).toEqual(['10 in the morning <- 10 de la noche']);
    const ko = '대통령은 오후 3시 청와대에서 기자회견을 열고 새로운 경제 정책을 발표했다고 밝혔다.';
    expect(
      pairs(
        ko,
        'The president held a press conference at the Blue House at 3 a.m. and announced a new economic policy.',
        RULE,
      ),
    ).toEqual(['3 a.m. <- 오후 3시']);
    const ja = '首相は午前10時に官邸で記者会見を開き、新しい経済政策を発表した。';
    expect(
      pairs(
        ja,
        'The prime minister held a press conference at the official residence at 10 p.m. and announced a new economic policy.',
        RULE,
      ),
    ).toEqual(['10 p.m. <- 午前10時']);
  });

  it('reads a Cyrillic word for the half whichever Cyrillic language franc takes a short source for', () => {
    expect(
      pairs(
        'Президент выступил в 8 утра перед депутатами в Москве.',
        'The president spoke at 8 p.m. before the deputies in Moscow.',
        RULE,
      ),
    ).toEqual(['8 p.m. <- 8 утра']);
    expect(
      pairs(
        'Президент виступив о 8 ранку перед депутатами у Києві.',
        'The president spoke at 8 p.m. before the deputies in Kyiv.',
        RULE,
      ),
    ).toEqual(['8 p.m. <- 8 ранку']);
    // Russian that franc takes for Ukrainian, and for Bulgarian.
    expect(
      pairs('Поезд прибыл в 7 утра, сообщил перевозчик.', 'The train arrived at 7 p.m., the carrier said.', RULE),
    ).toEqual(['7 p.m. <- 7 утра']);
    expect(pairs('Заседание началось в 8 утра в пятницу.', 'The meeting began at 8 p.m. on Friday.', RULE)).toEqual([
      '8 p.m. <- 8 утра',
    ]);
  });

  it('raises nothing for a time in the right half', () => {
    expect(pairs(zh('下午3点'), zhEn('3 p.m.'), RULE)).toEqual([]);
    expect(pairs(zh('下午3点'), zhEn('3 in the afternoon'), RULE)).toEqual([]);
    expect(pairs(zh('凌晨2时15分'), zhEn('2:15 a.m.'), RULE)).toEqual([]);
    expect(pairs(zh('8时30分'), zhEn('8:30 a.m.'), RULE)).toEqual([]);
    expect(pairs(zh('20时30分'), zhEn('8:30 p.m.'), RULE)).toEqual([]);
    expect(pairs(fr('8 h 30'), frEn('8:30 a.m.'), RULE)).toEqual([]);
    expect(pairs(fr('20 h 30'), frEn('8:30 p.m.'), RULE)).toEqual([]);
    expect(pairs(fr('7 heures du soir'), frEn('7 p.m.'), RULE)).toEqual([]);
    expect(pairs(de('um 8.30 Uhr'), deEn('8.30 am'), RULE)).toEqual([]);
    expect(pairs(de('abends um 8 Uhr'), deEn('8 pm'), RULE)).toEqual([]);
  });

  it('leaves alone what it cannot tell: no word for the half, the small hours, noon, another hour', () => {
    // Colloquial Chinese 点 without a word for the half: either half.
    expect(pairs(zh('8点'), zhEn('8 p.m.'), RULE)).toEqual([]);
    // 夜里 (at night) is not in the lists: its 11 is not read as the morning.
    expect(pairs(zh('夜里11时'), zhEn('11 p.m.'), RULE)).toEqual([]);
    // "2 de la noche" is the small hours, not the evening.
    const es =
      'El terremoto se produjo a las 2 de la noche y despertó a miles de vecinos en toda la provincia de Granada.';
    expect(
      pairs(
        es,
        'The earthquake struck at 2 a.m. and woke thousands of residents throughout the province of Granada.',
        RULE,
      ),
    ).toEqual([]);
    // Noon and midnight, and an hour the translation changed (number-mismatch's).
    expect(pairs(zh('中午12点'), zhEn('12 a.m.'), RULE)).toEqual([]);
    expect(pairs(zh('下午3点'), zhEn('4 a.m.'), RULE)).toEqual([]);
    // Two sources times of that hour, one in each half: the translation's may be either.
    expect(
      pairs(zh('北京时间晚8时（美国东部时间上午8时）'), zhEn('8 a.m. Beijing time (8 a.m. Eastern Time)'), RULE),
    ).toEqual([]);
    // "8 hommes" is eight men, not 8 h: the 20 h 30 is the time.
    expect(
      pairs(
        'Les 8 hommes ont été interpellés à 20 h 30 devant la gare de Lyon, selon la préfecture de police.',
        'The 8 men were arrested at 8:30 p.m. in front of the Gare de Lyon, according to the police prefecture.',
        RULE,
      ),
    ).toEqual([]);
    // A count, not a time: "fell 3 this morning".
    expect(pairs(zh('下午3点'), zhEn('3 this morning'), RULE)).toEqual([]);
  });

  it('reads nothing in an English source', () => {
    const en =
      'The President of the Republic spoke at 8:30 p.m. before the deputies gathered in Versailles to present his programme.';
    expect(
      pairs(
        en,
        'The President of the Republic spoke at 8:30 a.m. before the deputies gathered in Versailles to present his programme.',
        RULE,
      ),
    ).toEqual([]);
  });
});

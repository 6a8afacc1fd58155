import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('name-variant', () => {
  it('flags a name spelled two ways, suggesting the more frequent spelling', () => {
    const text = 'Mohammed Al-Jubouri said the attack was repelled. Mr Al-Jubouri added that Al-Jobouri forces had withdrawn.';
    const [f] = flagged(text, 'name-variant');
    expect(f.text).toBe('Jobouri');
    expect(f.issue.suggestions).toEqual(['Jubouri']);
  });

  it('flags doubled-letter and dh/z transliteration variants', () => {
    expect(flaggedTexts('Ahmed Hosani spoke first. Mr Hosani said the Hossani family had left.', 'name-variant')).toEqual(['Hossani']);
    expect(flaggedTexts('Mustafa Al-Kazemi met them. Mr Kadhemi said Kazemi would return.', 'name-variant')).toEqual(['Kadhemi']);
  });

  it('flags s and z variants of Iberian and Latin American names, and a short name with and without its accent', () => {
    expect(flaggedTexts('Coach Carlos Benitez praised the team. Benites said it had worked hard. Benitez added more.', 'name-variant')).toEqual(['Benites']);
    expect(flaggedTexts('Economist Mariana Alves said so. Alves expects a cut. According to Alvez, prices will fall.', 'name-variant')).toEqual(['Alvez']);
    expect(flaggedTexts('Minister Ana Queiroz spoke. Queiroz said the plan was ready, and Queiros left.', 'name-variant')).toEqual(['Queiros']);
    expect(flaggedTexts('The mayor of São Paulo met residents. Officials in São Paulo and Sao Paulo said the water was receding.', 'name-variant')).toEqual(['Sao']);
  });

  it('flags a rarer spelling one a-for-e away from the one the article uses more', () => {
    expect(flaggedTexts('Prime Minister Anwar Ibrahim spoke. Anwar said wages would rise, and Anwer said subsidies would fall.', 'name-variant')).toEqual(['Anwer']);
  });

  it('flags a rarer spelling of a long name with one vowel dropped, and a Japanese long vowel written two ways', () => {
    expect(flaggedTexts('Director Mrutyunjay Mohapatra spoke. Mohapatra said rain was above normal. Mohaptra said it would end late.', 'name-variant')).toEqual(['Mohaptra']);
    expect(flaggedTexts('Economist Taro Saito spoke. Saitou added that risks remained.', 'name-variant')).toEqual(['Saitou']);
  });

  it('does not flag an a-for-e pair when neither spelling is used more, or in short names', () => {
    expect(flaggedTexts('Sheikh Hamad spoke first. Mr Hamed spoke next.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Mr Salam met Mr Salem. Salam left, then Salem left.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Mr Rana spoke. Rana and Mrs Rena agreed.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Mr Kumar spoke. Kumar and Ms Kumari agreed. Mr Oman and Mr Omani met.', 'name-variant')).toEqual([]);
  });

  it('does not flag two surnames that come with different given names: two people', () => {
    expect(flaggedTexts('Enzo Benitez scored first. Bruno Benites equalised. Benites then scored again.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Ahmed Hosani spoke first. Khalid Hossani spoke next. Mr Hossani left.', 'name-variant')).toEqual([]);
    // The same given name, or a title, is the same person.
    expect(flaggedTexts('Ahmed Hosani spoke first. Ahmed Hossani said Hosani was right.', 'name-variant')).toEqual(['Hossani']);
    expect(flaggedTexts('President Anwar Ibrahim spoke. Anwar said so, and Prime Minister Anwer agreed.', 'name-variant')).toEqual(['Anwer']);
  });

  it('does not flag three-letter names that differ by more than an accent, or names that end differently', () => {
    expect(flaggedTexts('Sun Yang won. Sen Yang lost. Mr Sun and Mr Sen shook hands.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Ravi Nath sang. The Naath dance followed. Mr Nath bowed.', 'name-variant')).toEqual([]);
    expect(flaggedTexts('Ivan Petrov and his wife Olga Petrova arrived. Petrov spoke first, then Petrova.', 'name-variant')).toEqual([]);
  });

  it('does not flag the same name with and without its particle', () => {
    expect(flaggedTexts('Prime Minister Mustafa Al-Kazemi arrived. Mr Kazemi said the visit was brief.', 'name-variant')).toEqual([]);
  });

  it('does not flag different names or two dictionary words that sound alike', () => {
    expect(flaggedTexts('Troops moved from Mosul to Kirkuk and Samarra. Sunni and Shia leaders met Sunny Day.', 'name-variant')).toEqual([]);
  });
});

describe('name-variant in post-edited copy', () => {
  it('does not flag two different names that fold alike but differ in their first or last letter', () => {
    expect(flaggedTexts('Villu Reiljan spoke first. Vello Tafenau spoke next. Mr Vello agreed.', 'name-variant')).toEqual([]);
  });
});

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

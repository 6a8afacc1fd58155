import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('thousands-separator', () => {
  it('flags a four-digit count or sum without its comma, with the grouped figure as the fix', () => {
    const [f, ...rest] = flagged('The treatment now costs 4300 yuan, less than before.', 'thousands-separator');
    expect(rest).toEqual([]);
    expect(f.text).toBe('4300');
    expect(f.issue.suggestions).toEqual(['4,300']);
    expect(f.issue.category).toBe('punctuation');
  });

  it('flags counts of people, things and days, and sums after a currency sign or code', () => {
    const text = 'About 1500 people fled. The bonds run for 365, 720 or 1080 days. Fines reach $2500 or RMB 9000, and 3200 homes were damaged.';
    expect(flaggedTexts(text, 'thousands-separator')).toEqual(['1500', '1080', '2500', '9000', '3200']);
  });

  it('flags counts and sums grouped with points or spaces, as the source language groups them', () => {
    expect(flaggedTexts('More than 1.200 people were arrested and 4 500 officers deployed.', 'thousands-separator')).toEqual(['1.200', '4 500']);
    expect(flagged('The union said 15.000 workers joined.', 'thousands-separator')[0].issue.suggestions).toEqual(['15,000']);
    expect(flaggedTexts('The fund has 2.500.000 euros and 1\u202f250 000 more in reserve, worth €3 400.', 'thousands-separator')).toEqual(['2.500.000', '1\u202f250 000', '3 400']);
  });

  it('does not flag decimals, dates, times, scores or two numbers in a row', () => {
    expect(flaggedTexts('The rate rose to 1.250 percent; the shares closed at 3.125. The meeting is on 12.03.2024 at 14.30.', 'thousands-separator')).toEqual([]);
    expect(flaggedTexts('On May 5 200 people gathered. Article 3 150 members signed. In 2019 500 people died.', 'thousands-separator')).toEqual([]);
    expect(flaggedTexts('The engine weighs 1.200 kg and runs at 3 000 rpm.', 'thousands-separator')).toEqual([]);
    expect(flaggedTexts('Exports were worth USD 1.427 billion, and $2.125m more came in.', 'thousands-separator')).toEqual([]);
  });

  it('does not flag years, even before a plural noun', () => {
    const text = 'In 2021 students returned to class. Since 1998 farmers have sold their grain here. 2023 tourists came back, officials said in 2022.';
    expect(flaggedTexts(text, 'thousands-separator')).toEqual([]);
  });

  it('does not flag measures, codes, names with numbers or figures already grouped', () => {
    const text =
      'The border is 1214 km long and the peak 1691 metres high. Room 2305 guests were moved; Flight 1095 passengers waited. ' +
      'Resolution 2254 days of talks. It cost 4,300 yuan and 12,000 people came. The 1500s saw 3593 pounds spent. Code A-4300 units.';
    expect(flaggedTexts(text, 'thousands-separator')).toEqual([]);
  });

  it('does not flag a number that is part of a longer figure, a range or a code', () => {
    expect(flaggedTexts('Scores of 1.4300 points and 10/2500 cases, or 2500-3000 people, were seen.', 'thousands-separator')).toEqual([]);
  });
});

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

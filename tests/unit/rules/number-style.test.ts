import { describe, expect, it } from 'vitest';
import { flagged as flaggedBy, flaggedTexts as flaggedTextsBy } from './helpers';

// Off by default: turned on for its own tests.
const on = { rules: { 'number-style': true } };
const flagged = (text: string, rule: string) => flaggedBy(text, rule, on);
const flaggedTexts = (text: string, rule: string) => flaggedTextsBy(text, rule, on);

describe('number-style', () => {
  it('flags a count in figures in an article that writes it in words, with the word as the fix', () => {
    const text = 'Attack kills villagers\n\nGunmen killed five villagers on Monday. Police said five villagers were wounded.\n\nThe 5 villagers were buried on Tuesday.';
    const [f, ...rest] = flagged(text, 'number-style');
    expect(rest).toEqual([]);
    expect(f.text).toBe('5');
    expect(f.issue.suggestions).toEqual(['five']);
    expect(f.issue.category).toBe('consistency');
  });

  it('flags a count in words in an article that writes it in figures', () => {
    const text = 'Story\n\nOfficials said 3 soldiers died. Another 3 soldiers were hurt. Later three soldiers went missing.';
    expect(flagged(text, 'number-style').map((f) => [f.text, f.issue.suggestions[0]])).toEqual([['three', '3']]);
  });

  it('does not flag figures for dates, measures, money, percentages, ages or numbered things', () => {
    const text =
      'Story\n\nFive people died. On May 5 people gathered. The river rose 5 km. It cost $5 million. Growth was 5 per cent. A boy, 5 years old, survived. Phase 5 starts soon. Between 3-5 people came.';
    expect(flaggedTexts(text, 'number-style')).toEqual([]);
  });

  it('does not flag different numbers, nor one written one way', () => {
    expect(flaggedTexts('Story\n\nFive soldiers and 7 civilians died. Seven villages emptied.', 'number-style')).toEqual([]);
    expect(flaggedTexts('Story\n\nThree men left. The three men were never seen again.', 'number-style')).toEqual([]);
  });

  it('does not run unless turned on', () => {
    const text = 'Story\n\nFive men came. The five men left. Then 5 men returned.';
    expect(flaggedTextsBy(text, 'number-style')).toEqual([]);
    expect(flaggedTexts(text, 'number-style')).toHaveLength(1);
  });
});

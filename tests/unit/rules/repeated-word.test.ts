import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('repeated-word', () => {
  it('flags a word typed twice, suggesting it once (safe)', () => {
    const [f] = flagged('The operation will target the the remaining cells in Kirkuk.', 'repeated-word');
    expect(f.text).toBe('the the');
    expect(f.issue.suggestions).toEqual(['the']);
    expect(f.issue.safe).toBe(true);
  });

  it('flags a repetition regardless of case', () => {
    expect(flaggedTexts('The The military announced victory.', 'repeated-word')).toEqual(['The The']);
  });

  it('flags "that that" before a determiner, which no sentence allows', () => {
    const [f, ...rest] = flagged('The ministry said that that the roads were closed.', 'repeated-word');
    expect(rest).toEqual([]);
    expect(f.text).toBe('that that');
    expect(f.issue.suggestions).toEqual(['that']);
    expect(flaggedTexts('He said that that his team had won.', 'repeated-word')).toEqual(['that that']);
  });

  it('does not flag "had had" and "that that"', () => {
    expect(flaggedTexts('The ministry had had reports that that unit had fled.', 'repeated-word')).toEqual([]);
  });

  it('does not flag words separated by punctuation, nor a doubled place name', () => {
    expect(flaggedTexts('“No, no,” he said. They flew to Walla Walla and to Baden Baden.', 'repeated-word')).toEqual([]);
  });
});

describe('repeated-word runs', () => {
  it('flags a machine-translation stutter once, as a whole run', () => {
    expect(flaggedTexts('In that case, its will will will will be fragmented.', 'repeated-word')).toEqual(['will will will will']);
  });
});

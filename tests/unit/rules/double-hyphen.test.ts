import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('double-hyphen', () => {
  it('flags two hyphens standing for a dash, with an em dash spaced as they were', () => {
    const [f, ...rest] = flagged('Modernisation is a systematic project -- four essays explain why.', 'double-hyphen');
    expect(rest).toEqual([]);
    expect(f.text).toBe(' -- ');
    expect(f.issue.suggestions).toEqual([' — ']);
    expect(f.issue.category).toBe('punctuation');
    const [closed] = flagged('The project--the first of its kind--opened today.', 'double-hyphen');
    expect(closed.text).toBe('--');
    expect(closed.issue.suggestions).toEqual(['—']);
  });

  it('flags a dash broken into two spaced hyphens', () => {
    expect(flaggedTexts('It was a systematic project - - four essays explain why.', 'double-hyphen')).toEqual([' - - ']);
  });

  it('does not flag a single hyphen, a real dash, a command-line option, a rule of hyphens or a web address', () => {
    const text =
      'A well-known firm - a big one - and a dash — here. Run it with --help for more. ' +
      'Long rules ---- and ------ stay. See https://example.com/a--b for the list.';
    expect(flaggedTexts(text, 'double-hyphen')).toEqual([]);
  });
});

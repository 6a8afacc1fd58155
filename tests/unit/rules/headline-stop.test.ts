import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

const BODY = 'The products went on sale on Monday at seven banks, officials said, and more are expected later this year.';

describe('headline-stop', () => {
  it('flags the full stop at the end of a headline, with deleting it as the fix', () => {
    const text = `Pension products go on sale.\n\n${BODY}`;
    const [f, ...rest] = flagged(text, 'headline-stop');
    expect(rest).toEqual([]);
    expect(f.text).toBe('.');
    expect(f.issue.start).toBe('Pension products go on sale'.length);
    expect(f.issue.suggestions).toEqual(['']);
    expect(f.issue.category).toBe('punctuation');
  });

  it('flags it after a machine-translation notice too', () => {
    expect(flaggedTexts(`Powered by automated translation\n\nFloods hit the north.\n\n${BODY}`, 'headline-stop')).toEqual(['.']);
  });

  it('does not flag a question, an ellipsis, an abbreviation or a headline without a stop', () => {
    for (const headline of ['Will pension products sell?', 'Pension products go on sale...', 'Talks resume in the U.S.', 'Shares fall at Acme Inc.', 'Pension products go on sale']) {
      expect(flaggedTexts(`${headline}\n\n${BODY}`, 'headline-stop'), headline).toEqual([]);
    }
  });

  it('does not flag a first paragraph of two sentences, a long one, or one over a shorter paragraph', () => {
    expect(flaggedTexts(`Prices rose. Buyers waited.\n\n${BODY}`, 'headline-stop')).toEqual([]);
    expect(flaggedTexts(`${BODY}\n\n${BODY}`, 'headline-stop')).toEqual([]);
    expect(flaggedTexts('Police arrested a man on Monday.\n\nHe was later released.', 'headline-stop')).toEqual([]);
    expect(flaggedTexts('Police arrested a man on Monday.', 'headline-stop')).toEqual([]);
  });
});

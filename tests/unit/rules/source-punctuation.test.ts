import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('source-punctuation', () => {
  it('flags full-width punctuation with its ASCII form and the space English puts after it', () => {
    const text = 'The minister said，the talks would resume（in May）！Officials agreed：no deal yet；more talks？';
    const found = flagged(text, 'source-punctuation');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['，', ', '],
      ['（', ' ('],
      ['）！', ')! '],
      ['：', ': '],
      ['；', '; '],
      ['？', '?'],
    ]);
    expect(found[0].issue.safe).toBe(true);
  });

  it('flags full-width digits and letters, and keeps a thousands separator tight', () => {
    const found = flagged('The ＧＤＰ grew by １２ per cent to 1，000 billion yuan.', 'source-punctuation');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['ＧＤＰ', 'GDP'],
      ['１２', '12'],
      ['，', ','],
    ]);
  });

  it('flags a Chinese ellipsis with the ellipsis the article uses', () => {
    expect(flagged('Prices rose…… and then fell.', 'source-punctuation').map((f) => f.issue.suggestions[0])).toEqual(['...']);
    expect(flagged('He paused… then spoke. Prices rose...... and fell… again.', 'source-punctuation').map((f) => [f.text, f.issue.suggestions[0]])).toEqual([
      ['......', '…'],
    ]);
  });

  it('does not flag punctuation between Chinese characters (the foreign-script rule flags that stretch)', () => {
    const text = 'He wrote 你好，世界。 and then logged off.';
    expect(flaggedTexts(text, 'source-punctuation')).toEqual([]);
    expect(flaggedTexts(text, 'foreign-script')).toEqual(['你好，世界。']);
  });

  it('does not flag an English ellipsis or ordinary punctuation', () => {
    expect(flaggedTexts('He said... nothing. Then: "Wait (please)!" Really?', 'source-punctuation')).toEqual([]);
  });
});

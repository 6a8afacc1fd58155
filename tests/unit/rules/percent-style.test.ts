import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('percent-style', () => {
  it('flags the rarer of percent and per cent in one article, suggesting the usual one', () => {
    const text = 'Exports rose 3.1 percent in October.\n\nImports fell 0.4 per cent, the ministry said.\n\nExports to China rose 8.2 percent.';
    const [f, ...rest] = flagged(text, 'percent-style');
    expect(rest).toEqual([]);
    expect(f.text).toBe('per cent');
    expect(f.issue.suggestions).toEqual(['percent']);
    expect(f.issue.message).toMatch(/“percent” elsewhere in this article \(used 2 times\)/);
  });

  it('flags the wire abbreviation pct and keeps a capital in the fix', () => {
    expect(flaggedTexts('Growth was 2 per cent. Inflation was 3 per cent. Unemployment was 5 pct.', 'percent-style')).toEqual(['pct']);
    const [f] = flagged('Rates rose 2 per cent. Prices rose 3 per cent. Percent figures vary.', 'percent-style');
    expect(f.issue.suggestions).toEqual(['Per cent']);
  });

  it('does not flag one form used throughout, or figures with %', () => {
    expect(flaggedTexts('Growth was 2 per cent. Inflation was 3 per cent.', 'percent-style')).toEqual([]);
    expect(flaggedTexts('Growth was 2%. Inflation was 3 percent and wages rose 4 percent.', 'percent-style')).toEqual([]);
    expect(flaggedTexts('The percentage of voters was low. Percentile ranks and per-centum rates differ.', 'percent-style')).toEqual([]);
  });
});

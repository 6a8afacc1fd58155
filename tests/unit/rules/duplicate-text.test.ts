import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('duplicate-text', () => {
  it('flags a paragraph pasted twice', () => {
    const para = 'The US has about 5,200 troops in Iraq as part of an international coalition.';
    const text = `${para}\n\nIt was not known how many troops were relocated.\n\n${para}`;
    const [f] = flagged(text, 'duplicate-text');
    expect(f.issue.start).toBe(text.lastIndexOf(para));
    expect(f.issue.message).toMatch(/paragraph 1/);
  });

  it('flags a sentence repeated in another paragraph', () => {
    const text =
      'Since 2014, the main mission of US troops deployed in Iraq was to defeat ISIS. Officials agreed.\n\nThe coalition stayed. Since 2014, the main mission of US troops deployed in Iraq was to defeat ISIS.';
    expect(flaggedTexts(text, 'duplicate-text')).toEqual(['Since 2014, the main mission of US troops deployed in Iraq was to defeat ISIS.']);
  });

  it('does not flag a standfirst that echoes the body, nor short repeated sentences', () => {
    const text =
      'Iraq launches third phase of anti-ISIS operations\n\nThe military announced victory over the terrorist group in 2017\n\nThe military announced victory over the terrorist group in 2017. He said so.\n\nHe said so.';
    expect(flaggedTexts(text, 'duplicate-text')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('hyphenation-variant', () => {
  it('flags the less used of a hyphenated and a closed form of one word', () => {
    const text = 'Users can register online. The online form is short.\n\nThe on-line service opened in May.';
    const [f, ...rest] = flagged(text, 'hyphenation-variant');
    expect(rest).toEqual([]);
    expect(f.text).toBe('on-line');
    expect(f.issue.suggestions).toEqual(['online']);
    expect(f.issue.message).toMatch(/“on-line” here, “online” elsewhere/);
  });

  it('counts the forms of one word together and keeps the flagged word’s ending', () => {
    const text = 'The two agencies co-operate closely. Their co-operation is old.\n\nCooperation with Kenya grew, and co-operating is the rule.';
    const found = flagged(text, 'hyphenation-variant');
    expect(found.map((f) => [f.text, f.issue.suggestions[0]])).toEqual([['Cooperation', 'Co-operation']]);
  });

  it('flags any such pair by rule, not from a list', () => {
    expect(flaggedTexts('The cease-fire held. The ceasefire was signed. The ceasefire lasted a week.', 'hyphenation-variant')).toEqual(['cease-fire']);
    expect(flaggedTexts('Send an e-mail. The email was sent.', 'hyphenation-variant')).toEqual(['email']);
  });

  it('does not flag hyphenated words whose closed form is another word', () => {
    expect(flaggedTexts('He will re-sign the contract, though he may resign later. They re-cover the seats before they recover.', 'hyphenation-variant')).toEqual([]);
  });

  it('does not flag names, nor hyphenated words without a closed twin', () => {
    expect(flaggedTexts('Kim Dae-jung met Daejung officials. The well-known, long-term plan stood.', 'hyphenation-variant')).toEqual([]);
  });
});

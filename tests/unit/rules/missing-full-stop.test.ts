import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('missing-full-stop', () => {
  it('flags a sentence run into the next, with a full stop suggested before the capital', () => {
    const [f, ...rest] = flagged('The discount on the other housing stock The discount is greater than before.', 'missing-full-stop');
    expect(rest).toEqual([]);
    expect(f.text).toBe(' The');
    expect(f.issue.suggestions).toEqual(['. The']);
    expect(f.issue.category).toBe('punctuation');
  });

  it('flags the function words a new sentence starts with', () => {
    const text =
      'Visitor numbers rose sharply in the summer It will return to the level of before the pandemic. ' +
      'The ministry has studied the plan However critics say it costs too much. ' +
      'Officials met in the capital They agreed on a date.';
    expect(flaggedTexts(text, 'missing-full-stop')).toEqual([' It', ' However', ' They']);
  });

  it('does not flag a title or a name, a letter, a surname or a capital after punctuation', () => {
    const text =
      'She read the novel The Godfather twice and flew to The Hague on Monday. ' +
      'Under plan A the firm would close, and grade A students get a place. ' +
      'The minister met He on Tuesday and then An, the mayor, spoke. ' +
      'Prices rose, but the bank, which is independent, held rates. In Beijing: The talks went on. ' +
      'The band played Want Her by the lake. Click Log In to start.';
    expect(flaggedTexts(text, 'missing-full-stop')).toEqual([]);
  });

  it('does not flag a sentence start after a stop, a question mark or a closing quote', () => {
    const text = 'Prices rose. The bank is worried. Why? It is the war. "We will act," she said. They did.';
    expect(flaggedTexts(text, 'missing-full-stop')).toEqual([]);
  });
});

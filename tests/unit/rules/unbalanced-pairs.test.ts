import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('unbalanced-pairs', () => {
  it('flags an opening bracket never closed', () => {
    expect(flaggedTexts('Prime Minister Mustafa Al-Kazemi (3-L arrived in the northern city of Mosul.', 'unbalanced-pairs')).toEqual(['(']);
  });

  it('flags a closing quotation mark never opened and an unpaired straight quote', () => {
    expect(flaggedTexts('He said the operation would continue.” Officials agreed.', 'unbalanced-pairs')).toEqual(['”']);
    expect(flaggedTexts('Iraqi forces announced the "liberation of Mosul.', 'unbalanced-pairs')).toEqual(['"']);
  });

  it('does not flag balanced pairs, nested brackets or list numbering', () => {
    expect(flaggedTexts('The Islamic State (IS) group [and its affiliates (in Syria)] said “no”. Steps: 1) clear, 2) hold.', 'unbalanced-pairs')).toEqual([]);
  });

  it('does not flag a quotation that runs on into the next paragraph', () => {
    const text = '“We announce the start of the third phase of the operation.\n\n“It will clear Saladin and Diyala,” he said.';
    expect(flaggedTexts(text, 'unbalanced-pairs')).toEqual([]);
  });

  it('flags a stray straight quote where it stands, not a well-paired quotation later in the paragraph', () => {
    const text = 'The minister spoke, "we will rebuild the bridge. Critics called the plan "too slow" on Tuesday.';
    const found = flagged(text, 'unbalanced-pairs');
    expect(found.map((f) => [f.issue.start, f.text])).toEqual([[text.indexOf('"we'), '"']]);
  });

  it('flags a straight quote that closes a quotation never opened, before a comma', () => {
    const text = 'He left early. ", the officials added in a statement.';
    expect(flagged(text, 'unbalanced-pairs').map((f) => f.issue.message)).toEqual(['“"” closes something never opened']);
  });

  it('flags a run of one unmatched bracket once', () => {
    expect(flaggedTexts('The page linked to [[the annual report of the council.', 'unbalanced-pairs')).toEqual(['[[']);
  });

  it('does not flag an inch mark after a figure', () => {
    expect(flaggedTexts('The shop sold a 55" television on Friday.', 'unbalanced-pairs')).toEqual([]);
  });
});

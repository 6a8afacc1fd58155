import { describe, expect, it } from 'vitest';
import { flaggedTexts } from './helpers';

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
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('acronym-mismatch', () => {
  it('flags "Islamic State (IS)" in an article that otherwise says ISIS', () => {
    const text =
      'The capture of the city by the Islamic State (IS) group.\n\nIraq launched an operation against ISIS sleeper cells. ISIS has about 3,000 fighters. The mission was to defeat ISIS.';
    const [f] = flagged(text, 'acronym-mismatch');
    expect(f.text).toBe('IS');
    expect(f.issue.suggestions).toEqual(['ISIS']);
  });

  it('flags one name spelt out with two different acronyms', () => {
    const text = 'The Popular Mobilisation Forces (PMF) joined. Later the Popular Mobilisation Forces (PMU) withdrew. The PMF said so.';
    expect(flaggedTexts(text, 'acronym-mismatch')).toEqual(['PMU']);
  });

  it('does not flag "IS" in an all-caps credit line, nor consistent use', () => {
    expect(flaggedTexts('THIS IS A HANDOUT PICTURE FROM THE US ARMY. ISIS fighters fled. ISIS lost.', 'acronym-mismatch')).toEqual([]);
    expect(flaggedTexts('The Islamic State (ISIS) group lost Mosul. ISIS still has cells.', 'acronym-mismatch')).toEqual([]);
  });

  it('flags acronym groups from every region, and a source-language acronym left in', () => {
    expect(flagged('The ONU called for calm. The UN said aid would come. UN agencies agreed.', 'acronym-mismatch').map((f) => [f.text, f.issue.suggestions[0]])).toEqual([['ONU', 'UN']]);
    expect(flaggedTexts('The CPC met in Beijing. The CPC congress ends today. Critics of the CCP spoke.', 'acronym-mismatch')).toEqual(['CCP']);
    expect(flaggedTexts('NATO allies met. NATO troops stayed. Nato officials said so.', 'acronym-mismatch')).toEqual(['Nato']);
    expect(flaggedTexts('ECOWAS leaders met in Abuja. The CEDEAO summit ended. ECOWAS said so.', 'acronym-mismatch')).toEqual(['CEDEAO']);
  });

  it('does not flag an article that uses one form of each group', () => {
    expect(flaggedTexts('The EU and ASEAN met. The UN and the WHO joined. EU officials spoke.', 'acronym-mismatch')).toEqual([]);
  });
});

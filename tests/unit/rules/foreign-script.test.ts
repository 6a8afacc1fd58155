import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('foreign-script', () => {
  it('flags Chinese characters left in an English sentence, with the punctuation around them', () => {
    const text = 'The company opened an account called @芳芳一人食 on the platform last year, officials said.';
    const [f] = flagged(text, 'foreign-script');
    expect(f.text).toBe('芳芳一人食');
    expect(f.issue.message).toMatch(/^Chinese characters left in the English text/);
    expect(f.issue.category).toBe('language');
  });

  it('flags a quotation left in Cyrillic together with its guillemets, as one issue', () => {
    const text = 'Protesters in the square chanted «Слава Україні» as police watched from the side streets.';
    expect(flaggedTexts(text, 'foreign-script')).toEqual(['«Слава Україні»']);
  });

  it('flags Japanese, Korean, Arabic, Hebrew, Greek and Devanagari words and names each script', () => {
    const cases: [string, string, RegExp][] = [
      ['The prime minister visited 東京 on Tuesday for talks.', '東京', /Chinese characters/],
      ['The ministry said the とうきょう office would close next month.', 'とうきょう', /Japanese/],
      ['Officials from 서울 attended the meeting in the afternoon.', '서울', /Korean/],
      ['The statement was issued by the ministry in بغداد on Sunday.', 'بغداد', /Arabic/],
      ['The delegation arrived in ירושלים late on Monday evening.', 'ירושלים', /Hebrew/],
      ['The finance minister met bankers in Αθήνα to discuss the debt.', 'Αθήνα', /Greek/],
      ['The new scheme was launched in दिल्ली by the state government.', 'दिल्ली', /Devanagari/],
    ];
    for (const [text, word, script] of cases) {
      const found = flagged(text, 'foreign-script');
      expect(found.map((f) => f.text)).toEqual([word]);
      expect(found[0].issue.message).toMatch(script);
    }
  });

  it('flags full-width punctuation that closes a Chinese stretch as part of it', () => {
    expect(flaggedTexts('He wrote 你好，世界。 and then logged off for the night.', 'foreign-script')).toEqual(['你好，世界。']);
  });

  it('does not flag a word quoted as a word, a gloss of a name, or a lone Greek letter', () => {
    expect(flaggedTexts('The name comes from the Greek word κάλλος, meaning beauty.', 'foreign-script')).toEqual([]);
    expect(flaggedTexts('Chinese President Xi Jinping (习近平) arrived in Paris on Sunday.', 'foreign-script')).toEqual([]);
    expect(flaggedTexts('The α-particle and the value of π were explained to the students.', 'foreign-script')).toEqual([]);
  });

  it('does not flag again a paragraph that the untranslated rule flags whole', () => {
    const text =
      'Iraq launched an operation.\n\nأعلنت القوات العراقية بدء المرحلة الثالثة من عملية أبطال العراق العسكرية لتطهير مناطق صلاح الدين';
    expect(flaggedTexts(text, 'untranslated')).toHaveLength(1);
    expect(flaggedTexts(text, 'foreign-script')).toEqual([]);
  });

  it('does not flag Latin letters with accents', () => {
    expect(flaggedTexts('The talks in Besançon and Kraków ended with a statement from Côte d’Ivoire.', 'foreign-script')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';

describe('untranslated', () => {
  it('flags a paragraph left in French', () => {
    const text =
      'Iraq on Monday launched the third phase of a military operation.\n\nLes forces irakiennes ont annoncé la libération de la deuxième ville du pays après une offensive sanglante de neuf mois.';
    const [f] = flagged(text, 'untranslated');
    expect(f.text.startsWith('Les forces')).toBe(true);
    expect(f.issue.message).toMatch(/French/);
  });

  it('flags a paragraph left in Arabic script', () => {
    const text = 'Iraq launched an operation.\n\nأعلنت القوات العراقية بدء المرحلة الثالثة من عملية أبطال العراق العسكرية لتطهير مناطق صلاح الدين';
    expect(flagged(text, 'untranslated')).toHaveLength(1);
  });

  it('does not flag short English sentences franc misjudges', () => {
    expect(flaggedTexts('It was not known how many troops were relocated outside of Iraq.\n\nYet, he said.', 'untranslated')).toEqual([]);
  });

  it('does not flag English copy full of names', () => {
    const text = 'The terrorist group has bases in rural areas of Anbar, Diyala, Kirkuk, Saladin and Mosul provinces, said Yehia Rasool.';
    expect(flaggedTexts(text, 'untranslated')).toEqual([]);
  });

  it('flags a sentence left in French inside an English paragraph, and only that sentence', () => {
    const text =
      'The minister spoke to reporters in Baghdad on Monday. Les forces irakiennes ont annoncé la libération de la deuxième ville du pays. He did not take questions.';
    const found = flagged(text, 'untranslated');
    expect(found.map((f) => f.text)).toEqual(['Les forces irakiennes ont annoncé la libération de la deuxième ville du pays.']);
    expect(found[0].issue.message).toMatch(/^Most words of this sentence are not English/);
  });

  it('flags a clause left in the source language inside an English sentence, as one issue', () => {
    const text = '"The people must decide," he said during his morning press conference, conocida como la mañanera. Business groups were worried.';
    const found = flagged(text, 'untranslated');
    expect(found.map((f) => f.text)).toEqual(['conocida como la mañanera']);
    expect(found[0].issue.message).toMatch(/^These words are not English/);
    // Its words are not misspellings as well.
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
    expect(flaggedTexts('The mayor said the plan, che sarebbe stato approvato domani, was ready.', 'untranslated')).toEqual(['che sarebbe stato approvato domani']);
  });

  it('does not flag a borrowed phrase, a term or two, or words the dictionary knows', () => {
    expect(flaggedTexts('The crowd chanted allahu akbar and the imam said inshallah.', 'untranslated')).toEqual([]);
    expect(flaggedTexts('The gram panchayat met, and the sarpanch spoke to the villagers.', 'untranslated')).toEqual([]);
    expect(flaggedTexts('The committee was set up ad hoc, and its members met en masse, as a fait accompli.', 'untranslated')).toEqual([]);
  });

  it('does not flag English sentences full of names or short foreign phrases', () => {
    const text =
      'Prime Minister Mustafa Al-Kazemi met Yehia Rasool in Mosul. The crowd chanted “Allahu akbar” as the convoy passed. Officials in Kirkuk, Diyala and Anbar said the raids continued.';
    expect(flaggedTexts(text, 'untranslated')).toEqual([]);
  });
});


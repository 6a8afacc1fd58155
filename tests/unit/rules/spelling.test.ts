import { describe, expect, it } from 'vitest';
import { flagged, flaggedTexts } from './helpers';
import { createChecker } from '../../../src/core';

describe('spelling', () => {
  it('flags "offencive" with "offensive" first', () => {
    const [f] = flagged('Mosul fell after a bloody nine-month offencive to end the group’s rule.', 'spelling');
    expect(f.text).toBe('offencive');
    expect(f.issue.suggestions[0]).toBe('offensive');
    expect(f.issue.severity).toBe('error');
  });

  it('flags typos in common words inside a sentence', () => {
    expect(flaggedTexts('The goverment said the attack was recieved with consternation.', 'spelling')).toEqual(['goverment', 'recieved']);
  });

  it('flags a misspelt first word of a sentence when a common word is one edit away', () => {
    expect(flaggedTexts('Thier forces withdrew from the city on Monday.', 'spelling')).toEqual(['Thier']);
  });

  it('does not flag names, acronyms or place names in running copy', () => {
    const text =
      'Yehia Rasool, spokesman for the ministry, said forces would clear areas of Saladin, Diyala, Samarra, Kirkuk and Anbar from ISIS remnants, AFP reported. Prime Minister Mustafa Al-Kazemi visited Mosul.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag a name at the start of a sentence when the article uses it inside one', () => {
    expect(flaggedTexts('Kazemi arrived on Monday. The visit by Mr Kazemi was brief.', 'spelling')).toEqual([]);
  });

  it('does not flag numbers, URLs, e-mail addresses, hyphenated prefixes or Arabic name particles', () => {
    const text = 'The 5th anniversary of anti-ISIS operations, see https://example.org/xyzzy or write to press@iraqmod.gov.iq, said al-Sadr and bin Salman.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag UK or US spellings (the dialect rule handles those) nor custom-dictionary words', () => {
    expect(flaggedTexts('The programmes were organized by the centre.', 'spelling')).toEqual([]);
    expect(flaggedTexts('The peshmerga and the hashd moved north.', 'spelling', { dictionary: ['peshmerga', 'Hashd'] })).toEqual([]);
  });

  it('does not flag possessives and contractions', () => {
    expect(flaggedTexts("Iraq's army didn’t say whether the country's forces were ready.", 'spelling')).toEqual([]);
  });

  it('marks only one-edit corrections with a clear winner as safe', () => {
    expect(flagged('It was a bloody offencive.', 'spelling')[0].issue.safe).toBe(true);
    expect(flagged('The teh cat.', 'spelling')[0].issue.safe).toBeFalsy();
  });
});

describe('spelling in real post-edited copy', () => {
  it('does not flag foreign phrases, accented loanwords, compounds of names or contractions split by a space', () => {
    const text = 'The Soviet Union de jure recognised the republic. He made the painting Post mortem. The policy of détente held. Shia-Sunni divisions have deepened. It doesn \'t matter.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag an unfamiliar name at the start of a sentence', () => {
    expect(flaggedTexts('Laine and Jürka come to Estonia. Ravan considered himself a hero.', 'spelling')).toEqual([]);
  });

  it('suggests the capitalised form of a proper noun written in lowercase', () => {
    expect(flagged('Tirtha is a sanskrit word.', 'spelling')[0].issue.suggestions[0]).toBe('Sanskrit');
  });
});

describe('spelling of compounds', () => {
  it('does not flag compound adjectives made from nouns ("half-hearted", "blue-eyed")', () => {
    expect(flaggedTexts('A half-hearted effort by blue-eyed, long-legged recruits, tried in absentia.', 'spelling')).toEqual([]);
  });

  it('flags a misspelt part of a compound', () => {
    expect(flaggedTexts('A Washington-basde think tank.', 'spelling')).toEqual(['basde']);
  });
});

describe('spelling of handles and hashtags', () => {
  it('does not flag @handles and #hashtags', () => {
    expect(flaggedTexts('Reach her at @janesmith on X or follow #iraqelections2021 and #mosulrebuilds.', 'spelling')).toEqual([]);
  });
});

describe('spelling inside a stretch of another language', () => {
  const french =
    'Les habitants de la ville resteront chez eux pendant trois jours, a dit le maire, qui a demandé aux voisins de les aider.';

  it('does not flag the words of a paragraph left in French: one untranslated issue covers it', () => {
    const text = `The mayor spoke on Monday.\n\n${french}\n\nThe offencive began on Tuesday.`;
    const issues = createChecker().check(text).issues;
    expect(issues.filter((i) => i.rule === 'untranslated').map((i) => text.slice(i.start, i.end))).toEqual([french]);
    expect(issues.filter((i) => i.rule === 'spelling').map((i) => text.slice(i.start, i.end))).toEqual(['offencive']);
  });

  it('does not flag the words of a French sentence inside an English paragraph', () => {
    const text = `The mayor spoke to reporters in the city hall on Monday morning. ${french} He did not take questions.`;
    expect(flaggedTexts(text, 'untranslated')).toEqual([french]);
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('marks no fix safe in a foreign stretch too short to judge, nor for an accented word', () => {
    // Too short for the untranslated rule: the words are still flagged, but never fixed unseen.
    for (const f of flagged('Les habitants resteront.', 'spelling')) expect(f.issue.safe, f.text).toBeFalsy();
    expect(flagged('They saw the offencive café.', 'spelling').find((f) => f.text === 'offencive')?.issue.safe).toBe(true);
    expect(flagged('The army began the offencivé.', 'spelling')[0]?.issue.safe).toBeFalsy();
  });
});

describe('spelling of modern words and closed compounds', () => {
  it('does not flag words of current news copy the Hunspell dictionaries lack', () => {
    const text = 'The telcos reported that homebuyers bought cryptocurrency and that securitization and weaponization of data grew.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag a closed compound of two known words or of a prefix and a word', () => {
    const text = 'Nonfarm payrolls rose as the shootdown of a drone and greenwashing by a superyacht maker made news.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('flags words run together with a function word and slips that only look like compounds', () => {
    const text = 'They helped eachother and infact did it alot, carefull to withold nothing.';
    expect(flaggedTexts(text, 'spelling')).toEqual(['eachother', 'infact', 'alot', 'carefull', 'withold']);
  });

  it('flags a misspelling the modern word list holds as a word ("targetting", "concious")', () => {
    expect(flaggedTexts('The strikes were targetting a concious effort.', 'spelling')).toEqual(['targetting', 'concious']);
  });

  it('flags a derivation of a known word whose nearest correction is far without suggesting that word ("leggedness")', () => {
    const found = flagged('The long leggedness of the birds was noted.', 'spelling');
    expect(found.map((f) => [f.text, f.issue.suggestions])).toEqual([['leggedness', []]]);
    expect(found[0].issue.message).toMatch(/is in neither dictionary/);
  });

  it('does not flag a derivation of a known word whose nearest correction is far ("seismicity", "culturalist")', () => {
    expect(flaggedTexts('The seismicity of the region worried the culturalist school.', 'spelling')).toEqual([]);
  });
});

describe('spelling of capitalised words inside a sentence', () => {
  it('flags a capitalised misspelling of a common word in an institution\'s name, suggesting the capitalised word', () => {
    const text = 'A spokesman for the Departmnet of Health said the Minsitry of Finance and the Natonal Assembly agreed.';
    const found = flagged(text, 'spelling');
    expect(found.map((f) => f.text)).toEqual(['Departmnet', 'Minsitry', 'Natonal']);
    expect(found.map((f) => f.issue.suggestions[0])).toEqual(['Department', 'Ministry', 'National']);
    expect(found.every((f) => !f.issue.safe)).toBe(true);
  });

  it('does not flag a name the article uses again, nor a name one letter from a word', () => {
    const text = 'The report by the Natonal Group was read. Members of the Natonal Group met. Officials said Salah Ravan and the Sahel envoy left.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag a capitalised word of a name in another language or a place after "of"', () => {
    const text = "He studied at the Institut d'Égypte, won the Ballon d'Or and read the Treaty of Gangwa.";
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('does not flag names that merely stand after "the" ("the Kazemi government")', () => {
    expect(flaggedTexts('Critics of the Kazemi government and the Sadrist movement spoke.', 'spelling')).toEqual([]);
  });
});

describe('spelling of names from other regions', () => {
  it('does not flag the lowercase syllable of a hyphenated given name', () => {
    expect(flaggedTexts('Kim Dae-jung met Moon Jae-in and Lee Myung-bak in Seoul.', 'spelling')).toEqual([]);
  });

  it('does not flag lowercase name particles from every region', () => {
    const text = 'Osama bin Laden, Zia ul Haq, Luiz Inácio da Silva, Rafael van der Vaart, Mujib ur Rahman, Valéry Giscard d\'Estaing and Ursula von der Leyen were named.';
    expect(flaggedTexts(text, 'spelling')).toEqual([]);
  });

  it('still flags a misspelt lowercase part after a known word ("Washington-basde")', () => {
    expect(flaggedTexts('A Washington-basde group.', 'spelling')).toEqual(['basde']);
  });
});

describe('spelling of capitalised words in title-case phrases', () => {
  it('flags a slip in a title-case phrase of ordinary words', () => {
    expect(flaggedTexts('He led the measles Vaccination Campaing and sat on the Public Service Commision board.', 'spelling')).toEqual(['Campaing', 'Commision']);
  });
});

describe('spelling of terms, transliterations and phrases in another language', () => {
  it('does not flag a short lowercase word with nothing within two edits in the dictionaries (a term or a transliteration)', () => {
    expect(flaggedTexts('At the fair he drank khuzvat with friends, and the dancers wore dzhomb masks.', 'spelling')).toEqual([]);
  });

  it('flags a long word mistyped past the suggester\'s reach', () => {
    expect(flaggedTexts('The result was unsuprizing to the analysts who watched it.', 'spelling')).toEqual(['unsuprizing']);
  });

  it('flags known words run together and suggests them written apart', () => {
    const found = flagged('The page still read captionfloatright before the first paragraph.', 'spelling');
    expect(found.map((f) => [f.text, f.issue.suggestions])).toEqual([['captionfloatright', ['caption float right']]]);
  });

  it('does not flag a term the article uses twice that is no slip of a common word', () => {
    expect(flaggedTexts('The villagers brewed khuzvat at dawn. Later the khuzvat was served warm.', 'spelling')).toEqual([]);
    expect(flaggedTexts('The farmers sold their zorbanu at the market. The zorbanu harvest was late.', 'spelling')).toEqual([]);
  });

  it('flags a slip of a common word even when the article repeats it', () => {
    expect(flaggedTexts('They recieved the letter and recieved another one later.', 'spelling')).toEqual(['recieved', 'recieved']);
  });

  it('flags a repeated slip of a news word that film subtitles seldom use (SUBTLEX under 1000)', () => {
    // A machine translation repeats its slip: "offensive" has a SUBTLEX count of 327.
    const text = 'Iraqi forces began a new offencive on Sunday.\n\nOfficials said the offencive was going well.';
    expect(flaggedTexts(text, 'spelling')).toEqual(['offencive', 'offencive']);
  });

  it('does not flag the words of a title left in its language inside an English sentence', () => {
    expect(flaggedTexts('He wrote Il giardino dei sentieri perduti while in exile in the north.', 'spelling')).toEqual([]);
  });

  it('flags three slips joined by English words (not a phrase in another language)', () => {
    expect(flaggedTexts('The goverment and the polcy of the contry were criticised.', 'spelling')).toEqual(['goverment', 'polcy', 'contry']);
  });

  it('does not flag a short quotation whose lowercase words are all unknown (a name in its language)', () => {
    expect(flaggedTexts('The unit was known as the "sotnya polko" in the capital during the war.', 'spelling')).toEqual([]);
  });

  it('flags a slip inside a quotation of English words', () => {
    expect(flaggedTexts('The officers said the "stolen documnets" were found in the car.', 'spelling')).toEqual(['documnets']);
  });
});

describe('spelling of a term the article also writes as a name', () => {
  it('does not flag a lowercase term the article uses with a capital elsewhere', () => {
    expect(flaggedTexts('Guests came to the Polko feast. Each brought a bowl of polko for the hosts.', 'spelling')).toEqual([]);
  });

  it('flags a lowercase slip of a common word even when a capitalised form of it stands elsewhere', () => {
    expect(flaggedTexts('The Goverment spoke on Monday. The goverment said it would act.', 'spelling')).toEqual(['Goverment', 'goverment']);
  });
});

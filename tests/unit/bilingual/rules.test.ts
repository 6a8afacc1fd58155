import { describe, expect, it } from 'vitest';
import { ACCURACY_RULES, createChecker, detectSourceLanguage } from '../../../src/core';
import { flagged, pairs } from './helpers';

describe('date-mismatch', () => {
  it('flags a month the translation changed', () => {
    const source = 'Le sommet aura lieu le 14 mars à Dakar.';
    expect(pairs(source, 'The summit will take place on 14 May in Dakar.', 'date-mismatch')).toEqual(['May <- mars']);
  });

  it('flags a Chinese month and weekday rendered wrongly', () => {
    expect(pairs('会议将于3月15日（星期三）举行。', 'The meeting will be held on April 15 (Thursday).', 'date-mismatch')).toEqual(['April <- 3月', 'Thursday <- 星期三']);
  });

  it('does not flag dates written in the source language’s names or numbers', () => {
    expect(pairs('Le sommet aura lieu mardi 14 mars.', 'The summit will take place on Tuesday, March 14.', 'date-mismatch')).toEqual([]);
    expect(pairs('会议将于3月15日（星期三）举行。', 'The meeting will be held on Wednesday, 15 March.', 'date-mismatch')).toEqual([]);
    expect(pairs('La reunión fue el 2 de febrero.', 'The meeting was on 2 February.', 'date-mismatch')).toEqual([]);
  });

  it('does not take the verb "may" for a month', () => {
    expect(pairs('Le sommet aura lieu le 14 mars.', 'The summit may take place on 14 March.', 'date-mismatch')).toEqual([]);
  });
});

describe('name-mismatch', () => {
  it('flags a name the translation spells differently', () => {
    const f = flagged('Le président Alassane Ouattara a reçu le ministre.', 'President Alassane Ouatara received the minister.', 'name-mismatch');
    expect(f.map((x) => `${x.text} <- ${x.source}`)).toEqual(['Ouatara <- Ouattara']);
    expect(f[0].issue.suggestions).toEqual(['Ouattara']);
  });

  it('flags a name the source writes twice that the translation spells right once and changed once', () => {
    const source = 'Le président Alassane Ouattara a annoncé un plan. Plus tard, Alassane Ouattara a reçu les ministres à Abidjan.';
    expect(pairs(source, 'President Alassane Ouatara announced a plan. Later, Alassane Ouattara received the ministers in Abidjan.', 'name-mismatch')).toEqual([
      'Ouatara <- Ouattara',
    ]);
    // Fewer times, but by a pronoun or without its diacritics: nothing to say.
    expect(pairs(source, 'President Alassane Ouattara announced a plan. Later, he received the ministers in Abidjan.', 'name-mismatch')).toEqual([]);
    const erdogan = 'Le président Recep Tayyip Erdoğan a parlé. Erdoğan a ajouté que la Turquie restera ferme.';
    expect(pairs(erdogan, 'President Recep Tayyip Erdogan spoke. Erdoğan added that Turkey would remain firm.', 'name-mismatch')).toEqual([]);
  });

  it('flags a full name the translation replaced by another, at its place, with the source name suggested', () => {
    const source = 'Le président Emmanuel Macron a reçu jeudi le chancelier Olaf Scholz à l’Élysée.';
    const [f] = flagged(source, 'President Emmanuel Macron received Chancellor Angela Merkel at the Elysée on Thursday.', 'name-mismatch');
    expect(`${f.text} <- ${f.source}`).toBe('Angela Merkel <- Olaf Scholz');
    expect(f.issue.message).toBe('“Angela Merkel” is not in the source, which has “Olaf Scholz” here.');
    expect(f.issue.suggestions).toEqual(['Olaf Scholz']);
    const hollande = 'President François Hollande received Chancellor Olaf Scholz at the Elysée on Thursday.';
    expect(pairs(source, hollande, 'name-mismatch')).toEqual(['François Hollande <- Emmanuel Macron']);
    const es = 'El presidente Pedro Sánchez se reunió con el líder de la oposición, Alberto Núñez Feijóo.';
    expect(pairs(es, 'President Pedro Sánchez met opposition leader Santiago Abascal.', 'name-mismatch')).toEqual(['Santiago Abascal <- Alberto Núñez Feijóo']);
  });

  it('does not take a name romanised otherwise, or a place or body translated, for a replaced name', () => {
    for (const [source, translation] of [
      ['Le dirigeant libyen Mouammar Kadhafi a été tué en 2011.', 'Libyan leader Muammar Gaddafi was killed in 2011.'],
      ['Le Premier ministre Benyamin Netanyahou a rencontré Vladimir Poutine.', 'Prime Minister Benjamin Netanyahu met Vladimir Putin.'],
      ['Die Europäische Union und die Vereinigten Staaten haben ein Abkommen mit Saudi-Arabien unterzeichnet.', 'The European Union and the United States have signed an agreement with Saudi Arabia.'],
      ['Le pape François a rencontré le Premier ministre britannique Rishi Sunak au Vatican.', 'Pope Francis met British Prime Minister Rishi Sunak at the Vatican.'],
      ['La Côte d’Ivoire et le Burkina Faso ont signé un accord à Abidjan.', 'Ivory Coast and Burkina Faso signed an agreement in Abidjan.'],
      ['El Reino Unido y los Emiratos Árabes Unidos firmaron un acuerdo en Nueva York.', 'The United Kingdom and the United Arab Emirates signed an agreement in New York.'],
    ])
      expect(pairs(source, translation, 'name-mismatch'), translation).toEqual([]);
  });

  it('does not flag an exonym the English dictionary knows', () => {
    expect(pairs('Le ministre s’est rendu en Chine et en Syrie.', 'The minister travelled to China and Syria.', 'name-mismatch')).toEqual([]);
  });

  it('flags a Latin-script name a non-Latin source has and the translation lacks', () => {
    const f = flagged('该公司与Huawei签署了协议。', 'The company signed an agreement.', 'name-mismatch');
    expect(f.map((x) => x.source)).toEqual(['Huawei']);
  });
});

describe('link-mismatch', () => {
  it('flags a changed web address and a missing e-mail address', () => {
    const source = 'Plus d’informations sur https://exemple.org/plan ou à presse@exemple.org.';
    const mt = 'More information at https://exemple.org/plans.';
    expect(pairs(source, mt, 'link-mismatch')).toEqual([`${mt} <- presse@exemple.org`, `https://exemple.org/plans <- https://exemple.org/plan`]);
  });

  it('does not flag links and handles kept as they were', () => {
    expect(pairs('Suivez @exemple et #Abidjan2024 sur www.exemple.org/', 'Follow @exemple and #Abidjan2024 at https://www.exemple.org', 'link-mismatch')).toEqual([]);
  });

  it('flags a changed handle or hashtag once, as a link, not again as a name or a number', () => {
    const source = 'Le maire a réagi sur X (@MarieDurandet) avec le mot-dièse #Lyon2024, dans la soirée.';
    const mt = 'The mayor reacted on X (@MarieDurandt) with the hashtag #Lyon2025, in the evening.';
    const issues = createChecker().check(mt, { source }).issues.filter((i) => i.category === 'accuracy');
    expect(issues.map((i) => `${i.rule}: ${mt.slice(i.start, i.end)}`)).toEqual(['link-mismatch: @MarieDurandt', 'link-mismatch: #Lyon2025']);
  });
});

describe('name-mismatch, a changed first letter', () => {
  it('flags a name whose first letter alone changed', () => {
    expect(pairs('Le président Alassane Ouattara a reçu mardi le ministre Adama Coulibaly.', 'President Alassane Guattara received Minister Adama Coulibaly on Tuesday.', 'name-mismatch')).toEqual(['Guattara <- Ouattara']);
  });

  it('does not flag a short word whose first letter differs, nor an English word', () => {
    expect(pairs('Le club de Brest a battu celui de Rodez.', 'The Brest club beat Rodez.', 'name-mismatch')).toEqual([]);
    expect(pairs('Le ministre Marc Dallas a parlé.', 'Minister Marc Dallas spoke.', 'name-mismatch')).toEqual([]);
  });
});

describe('name-mismatch and diacritics', () => {
  it('does not flag a name the translation writes without its diacritics', () => {
    expect(pairs('Cumhurbaşkanı Erdoğan, 29 Ekim\'de yaptığı konuşmada asgari ücretin artırılacağını söyledi.', 'President Erdogan said in a speech on October 29 that the minimum wage would be raised.', 'name-mismatch')).toEqual([]);
    expect(pairs('Ngày 20/3, Thủ tướng Phạm Minh Chính cho biết GDP quý I tăng 5,66%.', 'On March 20, Prime Minister Pham Minh Chinh said first-quarter GDP grew by 5.66%.', 'name-mismatch')).toEqual([]);
  });

  it('flags a name changed beyond its diacritics', () => {
    expect(pairs('Cumhurbaşkanı Erdoğan, 29 Ekim\'de yaptığı konuşmada asgari ücretin artırılacağını söyledi.', 'President Erdogen said in a speech on October 29 that the minimum wage would be raised.', 'name-mismatch')).toEqual(['Erdogen <- Erdoğan']);
  });
});

describe('name-mismatch, a name changed into a word the dictionary knows', () => {
  it('flags a person’s name changed into another known name, where the other half of the name stands beside it', () => {
    const source = 'Bundeskanzler Olaf Scholz traf sich in Brüssel mit Emmanuel Macron.';
    expect(pairs(source, 'Chancellor Olaf Schulz met Emmanuel Macron in Brussels.', 'name-mismatch')).toEqual(['Schulz <- Scholz']);
    expect(pairs(source, 'Chancellor Olav Scholz met Emmanuel Macron in Brussels.', 'name-mismatch')).toEqual(['Olav <- Olaf']);
    expect(pairs(source, 'Chancellor Olaf Scholz met Emmanuel Micron in Brussels.', 'name-mismatch')).toEqual(['Micron <- Macron']);
  });

  it('flags a name changed into a known word where the translation spells it right elsewhere', () => {
    const source = 'El presidente Petro viajó a Cartagena.\n\nAllí, el presidente Petro se reunió con el alcalde.';
    expect(pairs(source, 'President Petro traveled to Cartagena.\n\nThere, President Pedro met the mayor.', 'name-mismatch')).toEqual(['Pedro <- Petro']);
    // Where the translation nowhere has the source's spelling, a known word may be its English name.
    expect(pairs('El presidente viajó a Roma.', 'The president traveled to Rome.', 'name-mismatch')).toEqual([]);
  });

  it('flags a name with an elided article or a case ending in the source', () => {
    expect(pairs('Deprem Hatay\'da büyük hasara yol açtı.', 'The earthquake caused great damage in Hatai.', 'name-mismatch')).toEqual(['Hatai <- Hatay']);
    expect(pairs('Le ministre est arrivé mardi à l’aéroport d’Abidjan.', 'The minister arrived at Abidjian airport on Tuesday.', 'name-mismatch')).toEqual(['Abidjian <- Abidjan']);
  });

  it('does not flag English names of places, beside another name or not', () => {
    const cases: [string, string][] = [
      ['I Giochi di Milano Cortina 2026 si apriranno a febbraio, ha detto il sindaco di Roma Roberto Gualtieri.', 'The Milan Cortina 2026 Games will open in February, said Rome Mayor Roberto Gualtieri.'],
      ['L’Inter Milano ha battuto la Roma 2-1 allo stadio di San Siro.', 'Inter Milan beat Roma 2-1 at the San Siro stadium.'],
      ['La Arabia Saudita y Rusia Unida firmaron un acuerdo en Nueva York.', 'Saudi Arabia and United Russia signed an agreement in New York.'],
      ['Le pape François a reçu le roi Charles III au Vatican, puis le président de la République populaire de Chine.', 'Pope Francis received King Charles III at the Vatican, then the president of the People’s Republic of China.'],
      ['Królowa Elżbieta II i książę Karol odwiedzili Warszawę i Kraków.', 'Queen Elizabeth II and Prince Charles visited Warsaw and Krakow.'],
    ];
    for (const [source, mt] of cases) expect(pairs(source, mt, 'name-mismatch'), mt).toEqual([]);
  });
});

describe('name-mismatch and names from other scripts', () => {
  it('does not flag a name the source language romanises its own way and the translation the English way', () => {
    const cases: [string, string][] = [
      ['Prezydent Ukrainy Wołodymyr Zełenski spotkał się w Kijowie z premierem Donaldem Tuskiem.', 'Ukrainian President Volodymyr Zelensky met Prime Minister Donald Tusk in Kyiv.'],
      ['Der ukrainische Präsident Wolodymyr Selenskyj traf den Außenminister Sergej Lawrow nicht.', 'Ukrainian President Volodymyr Zelensky did not meet Foreign Minister Sergei Lavrov.'],
      ['Rusya Devlet Başkanı Vladimir Putin, Ukrayna Devlet Başkanı Volodimir Zelenskiy ile görüştü.', 'Russian President Vladimir Putin spoke with Ukrainian President Volodymyr Zelensky.'],
      ['Ministr zahraničí Sergej Lavrov a Dmitrij Peskov promluvili.', 'Foreign Minister Sergei Lavrov and Dmitry Peskov spoke.'],
      ['Le prince héritier Mohammed ben Salmane a reçu Vladimir Poutine et le président Bachar al-Assad.', 'Crown Prince Mohammed bin Salman received Vladimir Putin and President Bashar al-Assad.'],
      ['El ministro ruso Serguéi Lavrov habló con el portavoz Dmitri Peskov.', 'Russian minister Sergei Lavrov spoke with spokesman Dmitry Peskov.'],
    ];
    for (const [source, mt] of cases) expect(pairs(source, mt, 'name-mismatch'), mt).toEqual([]);
  });

  it('still flags a changed letter that is not another romanisation', () => {
    expect(pairs('Deprem Hatay\'da büyük hasara yol açtı.', 'The earthquake caused great damage in Hatai.', 'name-mismatch')).toEqual(['Hatai <- Hatay']);
    expect(pairs('Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew.', 'Ukrainian President Volodymyr Zelinsky spoke in Kyiv.', 'name-mismatch')).toEqual(['Zelinsky <- Selenskyj']);
  });
});

describe('the source language', () => {
  it('is the language most of the source is in, when a long quotation in a third language nearly ties it', () => {
    const source = [
      'Le président a réagi sur X (@EmmanuelMacron) en utilisant le mot-dièse #JO2024, avant de renvoyer vers le site https://www.elysee.fr/actualites et l\'adresse contact@elysee.fr.',
      'Le ministre allemand a ensuite répondu en allemand : « Wir schaffen das gemeinsam, und wir werden die Spiele gemeinsam zu einem Erfolg machen. »',
      'La séance a été levée à 18 heures.',
    ].join('\n\n');
    expect(detectSourceLanguage(source).code).toBe('fra');
  });
});

const paragraphs = [
  'Le gouvernement ivoirien a annoncé lundi un nouveau plan pour l’emploi des jeunes dans 12 régions.',
  'Selon le ministre, 4 500 postes seront créés d’ici la fin de l’année prochaine dans l’agriculture.',
  'Les syndicats ont salué la mesure mais demandent des garanties sur les salaires des 800 premiers contrats.',
  'Le plan sera présenté au Parlement le 3 mars, avant un vote prévu au printemps 2025.',
];
const translations = [
  'The Ivorian government announced on Monday a new youth employment plan in 12 regions.',
  'According to the minister, 4,500 jobs will be created in agriculture by the end of next year.',
  'The unions welcomed the measure but are asking for guarantees on the wages of the first 800 contracts.',
  'The plan will be presented to Parliament on 3 March, ahead of a vote scheduled for spring 2025.',
];

describe('omitted-paragraph', () => {
  it('flags a source paragraph with no translation, shown on the paragraph before it', () => {
    const mt = [translations[0], translations[1], translations[3]].join('\n\n');
    const f = flagged(paragraphs.join('\n\n'), mt, 'omitted-paragraph');
    expect(f.map((x) => [x.text, x.source])).toEqual([[translations[1], paragraphs[2]]]);
  });

  it('does not flag a translation with every paragraph', () => {
    expect(flagged(paragraphs.join('\n\n'), translations.join('\n\n'), 'omitted-paragraph')).toEqual([]);
  });
});

describe('added-paragraph', () => {
  it('flags a translation paragraph with no source', () => {
    const mt = [translations[0], translations[1], 'Officials also said the programme would be extended to the capital within two years, at a cost yet unknown.', translations[2], translations[3]].join('\n\n');
    expect(flagged(paragraphs.join('\n\n'), mt, 'added-paragraph').map((x) => x.text)).toEqual([
      'Officials also said the programme would be extended to the capital within two years, at a cost yet unknown.',
    ]);
  });

  it('does not flag the machine-translation notice', () => {
    const mt = `${translations.join('\n\n')}\n\nPowered by automated translation`;
    expect(flagged(paragraphs.join('\n\n'), mt, 'added-paragraph')).toEqual([]);
  });
});

describe('length-mismatch', () => {
  it('flags a paragraph much shorter than its source', () => {
    const long =
      'Les syndicats ont salué la mesure mais demandent des garanties sur les salaires des 800 premiers contrats, ainsi qu’un calendrier précis pour les embauches dans chacune des régions concernées.';
    const source = [paragraphs[0], paragraphs[1], long, paragraphs[3]].join('\n\n');
    const mt = [translations[0], translations[1], 'The unions welcomed the 800 contracts.', translations[3]].join('\n\n');
    expect(flagged(source, mt, 'length-mismatch').map((x) => x.text)).toEqual(['The unions welcomed the 800 contracts.']);
  });

  it('does not flag paragraphs of the expected length for the pair', () => {
    expect(flagged(paragraphs.join('\n\n'), translations.join('\n\n'), 'length-mismatch')).toEqual([]);
  });
});

describe('left-in-source', () => {
  it('flags a paragraph identical to its source and one still in its language', () => {
    const mt = [translations[0], paragraphs[1], 'Les syndicats ont salué la mesure mais demandent des garanties sur les salaires des 800 premiers contrats signés.', translations[3]].join('\n\n');
    const f = flagged(paragraphs.join('\n\n'), mt, 'left-in-source');
    expect(f.map((x) => x.issue.message.split(':')[0])).toEqual(['This paragraph is the source text, untranslated', 'This paragraph is still in French, the source’s language.'.replace('’', "'")]);
  });

  it('flags source-script characters left inside the English', () => {
    expect(flagged('芳芳在网上开了一家店铺。', 'Fangfang opened a 店铺 online.', 'left-in-source').map((x) => `${x.text} <- ${x.source}`)).toEqual(['店铺 <- 店铺']);
  });

  it('does not flag a translated paragraph', () => {
    expect(flagged(paragraphs.join('\n\n'), translations.join('\n\n'), 'left-in-source')).toEqual([]);
  });
});

describe('accuracy checks in the checker', () => {
  it('run only with a source, list their rules, and carry source offsets', () => {
    const checker = createChecker();
    expect(checker.check(translations.join('\n\n')).issues.some((i) => i.category === 'accuracy')).toBe(false);
    const result = checker.check(translations.join('\n\n').replace('4,500', '5,400'), { source: paragraphs.join('\n\n') });
    const issue = result.issues.find((i) => i.category === 'accuracy');
    expect(issue?.rule).toBe('number-mismatch');
    expect(paragraphs.join('\n\n').slice(issue!.sourceStart, issue!.sourceEnd)).toBe('4 500');
    expect(result.bilingual?.language.code).toBe('fra');
    expect(result.bilingual?.paragraphs).toEqual({ source: 4, target: 4, aligned: 4, omitted: 0, added: 0 });
    expect(result.bilingual?.numbers.mismatched).toBe(1);
    expect(ACCURACY_RULES.map((r) => r.id)).toEqual([...ACCURACY_RULES.map((r) => r.id)].sort());
    expect(ACCURACY_RULES.every((r) => r.category === 'accuracy')).toBe(true);
  });

  it('turns a rule off and says when it cannot tell the source language', () => {
    const checker = createChecker();
    const off = checker.check('The price is 5 euros.', { source: 'Le prix est de 4 euros.', rules: { 'number-mismatch': false } });
    expect(off.issues.filter((i) => i.rule === 'number-mismatch')).toEqual([]);
    const unknown = checker.check('12 345', { source: '12 345' });
    expect(unknown.bilingual?.language.code).toBe('und');
    expect(unknown.bilingual?.language.note).toMatch(/cannot tell the language/);
  });
});

describe('where a missing name goes, and a repeating paragraph', () => {
  it('flags a missing name between the numbers around it', () => {
    const source = '该公司于2021年与Huawei签署协议，并于2023年开设了新工厂。';
    const mt = 'In 2021 the company signed an agreement, and in 2023 it opened a new factory.';
    const [f] = flagged(source, mt, 'name-mismatch');
    expect(f.source).toBe('Huawei');
    expect(f.text).toBe('the company signed an agreement, and in');
  });

  it('flags the repeats of a paragraph much longer than its source because a phrase loops', () => {
    const source = '两家银行本周推出了新的理财产品，投资性质为混合类，风险等级为三级。';
    const loop = Array.from({ length: 12 }, () => "the bank's new products").join(', ');
    const mt = `The two banks launched ${loop}, with a risk level of three.`;
    const [f] = flagged(source, mt, 'length-mismatch');
    expect(f.text.startsWith("the bank's new products, the bank's")).toBe(true);
    expect(mt.slice(0, f.issue.start)).toBe("The two banks launched the bank's new products, ");
    expect(f.text.endsWith("the bank's new products")).toBe(true);
  });
});

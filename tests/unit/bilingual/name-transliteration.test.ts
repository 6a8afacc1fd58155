// name-transliteration: Cyrillic and Greek names against how the translation romanises them. The
// real checker, the real romanisation tables and the real English dictionary; every sentence here
// is composed for the test.
import { describe, expect, it } from 'vitest';
import { nearestSpelling, readRomanisationTables, romanisedName } from '../../../src/core/bilingual/transliteration';
import transliterationData from '../../../src/core/bilingual/data/transliteration.json';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { createChecker } from '../../../src/core';
import { flagged, pairs } from './helpers';

const RULE = 'name-transliteration';

/** Whether `latin` is one of the spellings of the source word (in any of its nominatives), or an English name of it. */
function romanises(source: string, latin: string): boolean {
  const name = romanisedName(source);
  if (!name) return false;
  return name.exonyms.includes(latin) || name.spellings.some((s) => nearestSpelling(latin, s)?.distance === 0);
}

describe('name-transliteration: Russian', () => {
  const source = 'Министр обороны Сергей Шойгу провёл в понедельник совещание с командующими округов.';
  const said = (name: string) => `Defence Minister Sergei ${name} held a meeting with district commanders on Monday.`;

  it('flags a changed letter in a surname, with the source name and the nearest romanisation', () => {
    const [f, ...rest] = flagged(source, said('Shoygo'), RULE);
    expect(rest).toEqual([]);
    expect(f.text).toBe('Shoygo');
    expect(f.source).toBe('Шойгу');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe("“Shoygo” is not how the source's Шойгу is romanised: Shoygu.");
    expect(f.issue.suggestions).toEqual(['Shoygu']);
  });

  it('flags a dropped, added or swapped letter', () => {
    expect(pairs(source, said('Shogu'), RULE)).toEqual(['Shogu <- Шойгу']);
    expect(pairs(source, said('Shoiguk'), RULE)).toEqual(['Shoiguk <- Шойгу']);
    expect(pairs(source, said('Shiogu'), RULE)).toEqual(['Shiogu <- Шойгу']);
    expect(
      pairs(source, 'Defence Minister Segrei Shoigu held a meeting with district commanders on Monday.', RULE),
    ).toEqual(['Segrei <- Сергей']);
  });

  it('flags a changed name that the source gives in another case', () => {
    const src = 'Пресс-секретарь Путина Дмитрий Песков заявил, что встреча с Зеленским не планируется.';
    expect(
      pairs(src, "Putin's press secretary Dmitry Paskov said that no meeting with Zelensky was planned.", RULE),
    ).toEqual(['Paskov <- Песков']);
    expect(
      pairs(src, "Putin's press secretary Dmitry Peskov said that no meeting with Zelenksy was planned.", RULE),
    ).toEqual(['Zelenksy <- Зеленским']);
    expect(
      pairs(src, "Putin's press secretary Dmitry Peskov said that no meeting with Zelensky was planned.", RULE),
    ).toEqual([]);
  });

  it('does not flag a name in any of the usual romanisations', () => {
    const src = 'Глава госкорпорации Алексей Лихачёв встретился с губернатором Юрием Шевчуком в Ярославле.';
    for (const translation of [
      'State corporation head Alexei Likhachev met Governor Yuri Shevchuk in Yaroslavl.',
      'State corporation head Aleksey Likhachyov met Governor Yury Shevchuk in Iaroslavl.',
      'State corporation head Aleksei Likhachov met Governor Yuriy Shevchuk in Yaroslavl.',
      'State corporation head Aleksej Lihačëv met Governor Jurij Ševčuk in Jaroslavl.',
      'State corporation head Alexey Likhachev met Governor Iurii Shevchuk in Yaroslavl.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
  });

  it('does not flag the usual spellings of common name endings and letters', () => {
    for (const [cyrillic, latin] of [
      ['Зеленский', 'Zelensky'],
      ['Зеленский', 'Zelenskiy'],
      ['Зеленский', 'Zelenskii'],
      ['Навальный', 'Navalny'],
      ['Навальный', 'Navalnyy'],
      ['Толстой', 'Tolstoy'],
      ['Хрущёв', 'Khrushchev'],
      ['Хрущёв', 'Khrushchyov'],
      ['Ельцин', 'Yeltsin'],
      ['Чайковский', 'Tchaikovsky'],
      ['Достоевский', 'Dostoyevsky'],
      ['Мария', 'Maria'],
      ['Мария', 'Mariya'],
      ['Вячеслав', 'Viacheslav'],
      ['Щукин', 'Shchukin'],
      ['Путина', 'Putin'],
      ['Зеленского', 'Zelensky'],
      ['Иванову', 'Ivanova'],
      ['Дмитрием', 'Dmitry'],
    ])
      expect(romanises(cyrillic, latin), `${cyrillic} as ${latin}`).toBe(true);
    expect(romanises('Шойгу', 'Shoygo')).toBe(false);
  });

  it('does not flag an English name for a place, inflected or not', () => {
    const src = 'Делегация из Москвы прибыла в Киев, а затем отправилась в Харьков и Одессу.';
    for (const translation of [
      'A delegation from Moscow arrived in Kyiv and then went on to Kharkiv and Odesa.',
      'A delegation from Moscow arrived in Kiev and then went on to Kharkov and Odessa.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
    expect(
      pairs(
        'Россия и Украина продолжили переговоры в Стамбуле.',
        'Russia and Ukraine continued talks in Istanbul.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not flag a place given by its noun where the source has an adjective, nor a feminine place in another case', () => {
    expect(
      pairs(
        'Мер Києва повідомив про вибухи у Дарницькому районі.',
        'The mayor of Kyiv reported explosions in Darnytsia district.',
        RULE,
      ),
    ).toEqual([]);
    expect(pairs('Самолёт разбился под Тверью.', 'The plane crashed near Tver.', RULE)).toEqual([]);
    expect(
      pairs('Губернатор Курской области посетил Суджу.', 'The Kursk Region governor visited Sudzha.', RULE),
    ).toEqual([]);
    // An adjective the translation keeps as one is compared: a changed letter is flagged.
    expect(
      pairs(
        'Мер Києва повідомив про вибухи у Дарницькому районі.',
        'The mayor of Kyiv reported explosions in the Darnitskyi district.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Мер Києва повідомив про вибухи у Дарницькому районі.',
        'The mayor of Kyiv reported explosions in the Darnutskyi district.',
        RULE,
      ),
    ).toEqual(['Darnutskyi <- Дарницькому']);
  });

  it('judges a hyphenated name a part at a time when the translation gives it otherwise', () => {
    const src = 'Сегодня в Нижнем Новгороде и Ростове-на-Дону прошли митинги.';
    for (const translation of [
      'Rallies were held today in Nizhny Novgorod and Rostov-on-Don.',
      'Rallies took place today in Nizhniy Novgorod and Rostov-na-Donu.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
    expect(pairs(src, 'Rallies were held today in Nizhny Novgorod and Rostav-on-Don.', RULE)).toEqual([
      'Rostav <- Ростове',
    ]);
  });

  it('flags a misspelt English name of a place, suggesting it', () => {
    const [f] = flagged('Делегация из Москвы прибыла в Киев.', 'A delegation from Moskow arrived in Kyiv.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Moskow <- Москвы');
    expect(f.issue.suggestions).toEqual(['Moscow']);
  });

  it('does not flag a word the English dictionary knows, nor an acronym of the source', () => {
    // "Marie" is a French form of Мария, one letter from "Maria"; the dictionary knows it.
    expect(
      pairs(
        'Мария Ивановна выступила на открытии выставки.',
        'Marie Ivanovna spoke at the opening of the exhibition.',
        RULE,
      ),
    ).toEqual([]);
    // ОБСЕ is the OSCE, an acronym the translation gives in English.
    expect(pairs('Наблюдатели ОБСЕ прибыли в регион.', 'OSCE observers arrived in the region.', RULE)).toEqual([]);
  });

  it('does not flag a name the source does not have, nor one that starts with another letter elsewhere', () => {
    const src = 'Министр обороны Сергей Шойгу провёл совещание.';
    expect(pairs(src, 'Defence Minister Sergei Shoigu, speaking to Reuters, held a meeting.', RULE)).toEqual([]);
    expect(pairs(src, 'Defence Minister Shoigu held a meeting with Zhoigu.', RULE)).toEqual([]);
  });

  it('flags a family name swapped for another after the given name, a famous one the dictionary knows too', () => {
    const src = 'Министр обороны Сергей Шойгу провёл совещание в Москве.';
    const [f] = flagged(src, 'Defence Minister Sergei Lavrov held a meeting in Moscow.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Lavrov <- Шойгу');
    expect(f.issue.message).toBe(
      "“Lavrov” stands where the source has Шойгу, beside “Sergei” (the source's Сергей): a name the translation changed.",
    );
    expect(pairs(src, 'Defence Minister Sergei Koravin held a meeting in Moscow.', RULE)).toEqual(['Koravin <- Шойгу']);
    expect(pairs(src, 'Defence Minister Sergei Zhoigu held a meeting in Moscow.', RULE)).toEqual(['Zhoigu <- Шойгу']);
    const greek = 'Ο πρωθυπουργός Κυριάκος Μητσοτάκης δήλωσε στην Αθήνα ότι η κυβέρνηση θα μειώσει τους φόρους.';
    expect(
      pairs(greek, 'Prime Minister Kyriakos Tsipras said in Athens that the government would cut taxes.', RULE),
    ).toEqual(['Tsipras <- Μητσοτάκης']);
  });

  it('does not flag a full name kept, a patronymic dropped or kept, an English given name, or a name the translation has elsewhere', () => {
    const src = 'Министр обороны Сергей Шойгу провёл совещание в Москве.';
    for (const translation of [
      'Defence Minister Sergei Shoigu held a meeting in Moscow.',
      'Defence Minister Sergei Kuzhugetovich Shoigu held a meeting in Moscow.',
      'Defence Minister Shoigu, Sergei, held a meeting in Moscow.',
      'Defence Minister Nikolai Shoigu held a meeting in Moscow.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
    expect(
      pairs(
        'Президент Владимир Владимирович Путин встретился с Сергеем Лавровым в Кремле.',
        'President Vladimir Putin met Sergei Lavrov in the Kremlin.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Император Пётр Великий основал город на Неве.',
        'Emperor Peter the Great founded the city on the Neva.',
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Мэр города Андрей Браун заявил, что город выделит средства.',
        'Mayor Andrei Brown said the city would allocate funds.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not flag a foreign name that the translation gives in its own spelling', () => {
    for (const [cyrillic, latin] of [
      ['Боррель', 'Borrell'],
      ['Сноуден', 'Snowden'],
      ['Орбан', 'Orbán'],
      ['Эрдоган', 'Erdoğan'],
      ['Насралла', 'Nasrallah'],
      ['Шольц', 'Scholz'],
      ['Гонсалес', 'Gonzalez'],
    ])
      expect(
        pairs(`В понедельник ${cyrillic} заявил о новых мерах.`, `On Monday ${latin} announced new measures.`, RULE),
        latin,
      ).toEqual([]);
  });

  // Known false flags: an English form one or two letters from a romanisation, where the change is
  // not one the tables or the own-spelling edits know: ts as s (Вацлав, "Vaslav"), a Polish name's
  // ie in a Slavic-ending name (Моравецкий, "Morawiecki"), zh as ge (Ассанж, "Assange"). Marked as
  // failing today: once they are no longer flagged this test fails, and `.fails` comes off.
  it.fails('does not flag an English form of a name that differs from every romanisation (known false flags)', () => {
    for (const [cyrillic, latin] of [
      ['Вацлав', 'Vaslav'],
      ['Моравецкий', 'Morawiecki'],
      ['Ассанж', 'Assange'],
    ])
      expect(
        pairs(`В понедельник ${cyrillic} выступил с речью.`, `On Monday ${latin} gave a speech.`, RULE),
        latin,
      ).toEqual([]);
  });

  it('flags the same kind of change in a Slavic name', () => {
    expect(
      pairs('В понедельник Песков заявил о новых мерах.', 'On Monday Pezkov announced new measures.', RULE),
    ).toEqual(['Pezkov <- Песков']);
    expect(
      pairs('В понедельник Ковальчук заявил о новых мерах.', 'On Monday Kovalchak announced new measures.', RULE),
    ).toEqual(['Kovalchak <- Ковальчук']);
  });

  it('does not flag names in a paragraph that is not the translation of its source', () => {
    expect(
      pairs(
        'Министр обороны Сергей Шойгу провёл совещание с Валерием Герасимовым.',
        'Brandt Okonkwo met Sigrun Thorvald and Shoygo Mbeki in Lagos.',
        RULE,
      ),
    ).toEqual([]);
  });
});

describe('name-transliteration: Ukrainian, Belarusian, Bulgarian, Serbian', () => {
  it('flags a changed Ukrainian name, and accepts its usual spellings', () => {
    const src = 'Президент України Володимир Зеленський прибув до Житомира, де зустрівся з Юлією Тимошенко.';
    expect(
      pairs(src, 'Ukrainian President Volodymyr Zelinskyy arrived in Zhytomyr, where he met Yulia Tymoshenko.', RULE),
    ).toEqual(['Zelinskyy <- Зеленський']);
    expect(
      pairs(src, 'Ukrainian President Volodymyr Zelenskyy arrived in Zhytomir, where he met Yulia Tymoshanko.', RULE),
    ).toEqual(['Tymoshanko <- Тимошенко']);
    for (const translation of [
      'Ukrainian President Volodymyr Zelenskyy arrived in Zhytomyr, where he met Yulia Tymoshenko.',
      'Ukrainian President Volodymyr Zelensky arrived in Zhytomyr, where he met Yuliia Tymoshenko.',
      'Ukrainian President Volodymyr Zelenskyi arrived in Zhytomyr, where he met Yuliya Tymoshenko.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
  });

  it('does not flag Kyiv, Kharkiv or Lviv for their Ukrainian names in other cases', () => {
    expect(
      pairs(
        'Потяг з Києва до Харкова прибув до Львова із запізненням.',
        'The train from Kyiv to Kharkiv arrived in Lviv late.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not flag the Ukrainian form of a name the Russian source spells the Russian way', () => {
    expect(pairs('Владимир Зеленский выступил в Раде.', 'Volodymyr Zelensky spoke in the Rada.', RULE)).toEqual([]);
  });

  it('flags a changed Belarusian or Bulgarian name', () => {
    expect(
      pairs('Александр Лукашенко провёл переговоры в Минске.', 'Alexander Lukashenko held talks in Minsk.', RULE),
    ).toEqual([]);
    expect(
      pairs('Александр Лукашенко провёл переговоры в Минске.', 'Alexander Lukashanko held talks in Minsk.', RULE),
    ).toEqual(['Lukashanko <- Лукашенко']);
    const src = 'Президентът Румен Радев се срещна с Бойко Борисов в Пловдив.';
    expect(pairs(src, 'President Rumen Radev met Boyko Borisov in Plovdiv.', RULE)).toEqual([]);
    expect(pairs(src, 'President Rumen Radev met Boiko Borissov in Plovdiv.', RULE)).toEqual([]);
    expect(pairs(src, 'President Rumen Radiv met Boyko Borisov in Plovdiv.', RULE)).toEqual(['Radiv <- Радев']);
  });

  it('does not flag Serbian names with or without their diacritics, and flags a changed one', () => {
    const src = 'Председник Александар Вучић састао се са Ивицом Дачићем у Београду.';
    for (const translation of [
      'President Aleksandar Vučić met Ivica Dačić in Belgrade.',
      'President Aleksandar Vucic met Ivica Dacic in Belgrade.',
      'President Aleksandar Vuchich met Ivica Dachich in Beograd.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
    expect(pairs(src, 'President Aleksandar Vucic met Ivica Dakic in Belgrade.', RULE)).toEqual(['Dakic <- Дачићем']);
  });
});

describe('name-transliteration: Greek', () => {
  const source = 'Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον Αλέξη Τσίπρα στην Αθήνα.';

  it('flags a changed Greek name, in the nominative or another case', () => {
    const [f] = flagged(source, 'Prime Minister Kyriakos Mitsotaksi met Alexis Tsipras in Athens.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Mitsotaksi <- Μητσοτάκης');
    expect(f.issue.suggestions).toEqual(['Mitsotakis']);
    expect(pairs(source, 'Prime Minister Kyriakos Mitsotakis met Alexis Tsipraz in Athens.', RULE)).toEqual([
      'Tsipraz <- Τσίπρα',
    ]);
  });

  it('does not flag Greek names in the usual romanisations, nor Athens', () => {
    for (const translation of [
      'Prime Minister Kyriakos Mitsotakis met Alexis Tsipras in Athens.',
      'Prime Minister Kiriakos Mitsotakis met Alexis Tsipras in Athina.',
    ])
      expect(pairs(source, translation, RULE), translation).toEqual([]);
    const src = 'Ο δήμαρχος Κώστας Μπακογιάννης και ο Γιάννης Βαρουφάκης επισκέφθηκαν τον Πειραιά.';
    for (const translation of [
      'Mayor Kostas Bakoyannis and Yanis Varoufakis visited Piraeus.',
      'Mayor Costas Bakogiannis and Giannis Varoufakis visited Piraeus.',
      'Mayor Kostas Mpakogiannis and Yiannis Varoufakis visited Peiraias.',
    ])
      expect(pairs(src, translation, RULE), translation).toEqual([]);
    // τζ as dj, as the composer's name is known in English.
    for (const translation of ['Manos Hadjidakis wrote the score.', 'Manos Chatzidakis wrote the score.'])
      expect(pairs('Ο Μάνος Χατζιδάκις έγραψε τη μουσική.', translation, RULE), translation).toEqual([]);
  });
});

describe('name-transliteration: other scripts', () => {
  it('does not flag anything on a Latin-script source', () => {
    expect(
      pairs(
        'Le président Alassane Ouattara a reçu le ministre Shoigu.',
        'President Alassane Ouatara received Minister Shoygo.',
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not flag anything on a Chinese or an Arabic source', () => {
    expect(
      pairs(
        '市文化局局长周明轩昨天在会上介绍了今年的工作计划。',
        "Zhang Mingxuan presented this year's work plan yesterday.",
        RULE,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'التقى الرئيس محمود عباس بوزير الخارجية في رام الله.',
        'President Mahmoud Abas met the foreign minister in Ramallah.',
        RULE,
      ),
    ).toEqual([]);
  });
});

describe('name-transliteration: the nearest spelling', () => {
  it("gives the nearest spelling that starts with the word's letter, and the edits to it", () => {
    // к may be spelt ck: a spelling that starts with c is not one the word's k may be compared with.
    const kurska = romanisedName('Курска')!.spellings[0];
    expect(nearestSpelling('Kursk', kurska, true)).toMatchObject({
      distance: 1,
      text: 'kurska',
      edits: [{ kind: 'deleted', spelt: 'a' }],
    });
    expect(nearestSpelling('Xursk', kurska, true)).toBeNull();
    const shoigu = romanisedName('Шойгу')!.spellings[0];
    expect(nearestSpelling('Shiogu', shoigu)).toMatchObject({
      distance: 1,
      text: 'shoigu',
      edits: [{ kind: 'swapped', spelt: 'oi', written: 'io' }],
    });
    expect(nearestSpelling('Shoigu', shoigu)).toMatchObject({ distance: 0, edits: [] });
  });
});

describe('name-transliteration: tables', () => {
  it('refuses tables of the wrong shape, naming the file', () => {
    expect(() => readRomanisationTables({ ...transliterationData, cyrillic: { а: 'a' } })).toThrow(RuleDataError);
    expect(() => readRomanisationTables({ ...transliterationData, greek: { a: ['a'] } })).toThrow(
      /transliteration\.json: "greek"/,
    );
    expect(() => readRomanisationTables({ ...transliterationData, exonyms: { kyiv: ['Київ'] } })).toThrow(
      /transliteration\.json: "exonyms"/,
    );
    expect(() => readRomanisationTables({ ...transliterationData, endings: [['а']] })).toThrow(
      /transliteration\.json: "endings"/,
    );
    expect(readRomanisationTables(transliterationData).cyrillic.get('щ')).toContain('shch');
  });
});

describe('name-transliteration: planted changes in invented articles', () => {
  const checker = createChecker();
  const names = (source: string, translation: string) =>
    checker
      .check(translation, { source })
      .issues.filter((i) => i.rule === RULE)
      .map((i) => `${translation.slice(i.start, i.end)} <- ${source.slice(i.sourceStart, i.sourceEnd)}`);

  const articles: { language: string; source: string[]; correct: string[]; planted: [string, string, string][] }[] = [
    {
      language: 'Russian',
      source: [
        'Губернатор Свердловской области Евгений Куйвашев провёл в Екатеринбурге совещание с мэром Алексеем Орловым.',
        'По словам Куйвашева, строительство метро начнётся весной, а подрядчиком станет компания «Уралстрой».',
        'Вице-премьер Марат Хуснуллин поддержал проект и пообещал обсудить его с Михаилом Мишустиным.',
      ],
      correct: [
        'Sverdlovsk Region Governor Yevgeny Kuyvashev held a meeting in Yekaterinburg with Mayor Alexei Orlov.',
        'According to Kuyvashev, construction of the metro will begin in the spring, with Uralstroy as the contractor.',
        'Deputy Prime Minister Marat Khusnullin backed the project and promised to discuss it with Mikhail Mishustin.',
      ],
      planted: [
        ['Yevgeny Kuyvashev held', 'Yevgeny Kuyvasev held', 'Kuyvasev <- Куйвашев'],
        ['with Mayor Alexei Orlov', 'with Mayor Alexei Orlav', 'Orlav <- Орловым'],
        ['Marat Khusnullin', 'Marat Khusnillin', 'Khusnillin <- Хуснуллин'],
        ['Mikhail Mishustin', 'Mikhail Mishutsin', 'Mishutsin <- Мишустиным'],
      ],
    },
    {
      language: 'Ukrainian',
      source: [
        'Міський голова Черкас Анатолій Бондаренко відкрив новий міст через Дніпро.',
        'На церемонії були присутні депутат Оксана Гнатюк та голова області Ігор Табурець.',
      ],
      correct: [
        'Cherkasy Mayor Anatoliy Bondarenko opened a new bridge across the Dnipro.',
        'The ceremony was attended by MP Oksana Hnatiuk and regional head Ihor Taburets.',
      ],
      planted: [
        // Other spellings of the same names: c for к, tz for ц.
        ['Anatoliy Bondarenko', 'Anatoliy Bondarenco', ''],
        // ю may be written u (Людмила, "Ludmila"): this is a spelling of the name, not a change.
        ['Oksana Hnatiuk', 'Oksana Hnatuk', ''],
        ['Oksana Hnatiuk', 'Oksana Hnatiak', 'Hnatiak <- Гнатюк'],
        ['Ihor Taburets', 'Ihor Taburetz', ''],
        ['Ihor Taburets', 'Ihor Tabarets', 'Tabarets <- Табурець'],
      ],
    },
    {
      language: 'Greek',
      source: [
        'Ο δήμαρχος Ηρακλείου Αλέξης Καλοκαιρινός εγκαίνιασε τη νέα πλατεία στο κέντρο της πόλης.',
        'Στην τελετή παρευρέθηκαν η βουλευτής Μαρία Παπαδάκη και ο περιφερειάρχης Σταύρος Αρναουτάκης.',
      ],
      correct: [
        'Heraklion Mayor Alexis Kalokairinos inaugurated the new square in the city centre.',
        'The ceremony was attended by MP Maria Papadaki and regional governor Stavros Arnaoutakis.',
      ],
      planted: [
        ['Alexis Kalokairinos', 'Alexis Kalokairinas', 'Kalokairinas <- Καλοκαιρινός'],
        ['Maria Papadaki', 'Maria Papadiki', 'Papadiki <- Παπαδάκη'],
        ['Stavros Arnaoutakis', 'Stavros Arnaoutakos', 'Arnaoutakos <- Αρναουτάκης'],
      ],
    },
    {
      language: 'Bulgarian',
      source: ['Кметът на Бургас Димитър Николов откри новия пристан заедно с министъра Явор Гечев.'],
      correct: ['Burgas Mayor Dimitar Nikolov opened the new pier together with Minister Yavor Gechev.'],
      planted: [
        ['Dimitar Nikolov', 'Dimitar Nikilov', 'Nikilov <- Николов'],
        ['Yavor Gechev', 'Yavor Gechiv', 'Gechiv <- Гечев'],
      ],
    },
  ];

  for (const a of articles) {
    const source = a.source.join('\n\n');
    const correct = a.correct.join('\n\n');
    it(`does not flag the names of a correct ${a.language} translation`, () => {
      expect(names(source, correct)).toEqual([]);
    });
    it(`flags each planted change of a name in a ${a.language} translation, and nothing else`, () => {
      for (const [from, to, expected] of a.planted) {
        expect(correct.includes(from), from).toBe(true);
        expect(names(source, correct.replace(from, to)), to).toEqual(expected ? [expected] : []);
      }
    });
  }
});

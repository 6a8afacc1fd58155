// date-mismatch on invented news sentences in several source languages: a changed day, month,
// weekday or year is flagged; a date converted to another correct English form is not.
import { describe, expect, it } from 'vitest';
import { findCalendarDates, findDates } from '../../../src/core/bilingual';
import { flagged, pairs } from './helpers';

const rule = 'date-mismatch';

describe('date-mismatch: days of a named month', () => {
  it('flags a changed day and a changed month in a Russian source (genitive and prepositional months)', () => {
    const source =
      'Мэр города 9 мая открыл новый мост через реку. Цены на жильё в апреле выросли на 2,1%, сообщило статистическое ведомство.';
    const mt =
      'The city mayor opened a new bridge over the river on May 19. Housing prices rose by 2.1% in August, the statistics office said.';
    expect(pairs(source, mt, rule)).toEqual(['19 <- 9 мая', 'August <- апреле']);
    const [day] = flagged(source, mt, rule);
    expect(day.issue.suggestions).toEqual(['9']);
  });

  it('flags a changed day in Spanish, German and Polish dates', () => {
    expect(
      pairs(
        'El nuevo hospital abrirá sus puertas el 15 de agosto de 2023, según anunció el consejero de Sanidad. La obra costó doce millones.',
        'The new hospital will open its doors on 18 August 2023, the health minister announced. The work cost twelve million.',
        rule,
      ),
    ).toEqual(['18 <- 15 de agosto de 2023']);
    expect(
      pairs(
        'Die neue Brücke soll am 3. Oktober 2024 für den Verkehr freigegeben werden, teilte die Stadtverwaltung mit. Die Bauarbeiten dauerten vier Jahre.',
        'The new bridge is to be opened to traffic on October 30, 2024, the city administration said. Construction took four years.',
        rule,
      ),
    ).toEqual(['30 <- 3. Oktober 2024']);
    expect(
      pairs(
        'Nowa linia tramwajowa zostanie otwarta 3 października, poinformował prezydent miasta. Budowa kosztowała ponad sto milionów złotych.',
        'The new tram line will open on 13 October, the city mayor said. Construction cost more than one hundred million zlotys.',
        rule,
      ),
    ).toEqual(['13 <- 3 października']);
  });

  it('flags a changed day in an Arabic source written with Arabic-Indic digits', () => {
    const source =
      'أعلنت وزارة النقل يوم الأحد ١٥ مارس عن افتتاح الطريق السريع الجديد بين المدينتين بعد ثلاث سنوات من العمل.';
    expect(
      pairs(
        source,
        'The transport ministry announced on Sunday, March 16, the opening of the new motorway between the two cities after three years of work.',
        rule,
      ),
    ).toEqual(['16 <- ١٥ مارس']);
    expect(
      pairs(
        source,
        'The transport ministry announced on Sunday, March 15, the opening of the new motorway between the two cities after three years of work.',
        rule,
      ),
    ).toEqual([]);
  });

  it('flags a changed day in Chinese, Japanese and Korean dates (月日, 年月日, 월 일)', () => {
    expect(
      pairs(
        '新的地铁线路将于2025年6月28日正式开通运营，全长三十公里。',
        'The new metro line will officially open on June 18, 2025, with a total length of 30 kilometres.',
        rule,
      ),
    ).toEqual(['18 <- 2025年6月28日']);
    expect(
      pairs(
        '新しい美術館は2024年4月1日に開館する予定だと市が発表した。',
        'The city announced that the new art museum is due to open on April 11, 2024.',
        rule,
      ),
    ).toEqual(['11 <- 2024年4月1日']);
    expect(
      pairs(
        '정부는 새 제도를 4월 1일부터 시행한다고 밝혔다. 대상은 전국의 중소기업이다.',
        'The government said it would introduce the new system from April 2. It covers small businesses nationwide.',
        rule,
      ),
    ).toEqual(['2 <- 4월 1일']);
  });

  it('flags a day changed inside a range of days', () => {
    const source =
      'Du 9 au 12 mai, le festival de musique accueillera le public dans le parc municipal, avec une quarantaine de concerts gratuits.';
    expect(
      pairs(
        source,
        'From 9 to 13 May, the music festival will welcome the public in the municipal park, with some forty free concerts.',
        rule,
      ),
    ).toEqual(['13 <- 9 au 12 mai']);
  });

  it('flags a changed day of a date written in digits (15.03.2024)', () => {
    const source =
      'La réunion du conseil municipal du 15.03.2024 a été annulée en raison de la grève des transports, a indiqué la mairie.';
    expect(
      pairs(
        source,
        'The city council meeting of March 16, 2024 was cancelled because of the transport strike, the town hall said.',
        rule,
      ),
    ).toEqual(['16 <- 15.03.2024']);
  });

  it('flags a changed month of a date written in digits', () => {
    const source =
      'La réunion du conseil municipal du 15.03.2024 a été annulée en raison de la grève des transports, a indiqué la mairie.';
    expect(
      pairs(
        source,
        'The city council meeting of April 15, 2024 was cancelled because of the transport strike, the town hall said.',
        rule,
      ),
    ).toEqual(['April <- 15.03.2024']);
  });

  it('flags a changed day or month of a date the translation keeps in digits', () => {
    const source =
      'La réunion du conseil municipal du 15.03.2024 a été annulée en raison de la grève des transports, a indiqué la mairie.';
    const mt = (date: string) =>
      `The city council meeting of ${date} was cancelled because of the transport strike, the town hall said.`;
    expect(pairs(source, mt('16.03.2024'), rule)).toEqual(['16 <- 15.03.2024']);
    expect(pairs(source, mt('15.04.2024'), rule)).toEqual(['04 <- 15.03.2024']);
    expect(pairs(source, mt('15.03.2024'), rule)).toEqual([]);
    // A date with slashes may be day-first or month-first in English: not compared.
    expect(pairs(source, mt('03/15/2024'), rule)).toEqual([]);
  });

  it('does not take a Spanish name for a weekday ("Plácido Domingo")', () => {
    expect(
      pairs(
        'El tenor Plácido Domingo cantará en el Teatro Real de Madrid, según anunció ayer la dirección del teatro.',
        'Tenor Plácido Domingo will sing at the Teatro Real in Madrid, the theatre management announced on Monday.',
        rule,
      ),
    ).toEqual([]);
  });

  it('flags a changed month once, not its day as well', () => {
    const source = 'Мэр города 9 мая открыл новый мост через реку, строительство которого продолжалось три года.';
    expect(
      pairs(
        source,
        'The city mayor opened a new bridge over the river on June 19, after three years of construction.',
        rule,
      ),
    ).toEqual(['June <- мая']);
  });
});

describe('date-mismatch: days without a month', () => {
  it('flags a Chinese 15日 rendered as another day', () => {
    const source = '市政府15日发布通知，决定从下月起对全市公交线路进行调整，涉及线路四十余条。';
    expect(
      pairs(
        source,
        'The city government issued a notice on the 16th, deciding to adjust bus routes across the city from next month, affecting more than 40 routes.',
        rule,
      ),
    ).toEqual(['16th <- 15日']);
    expect(
      pairs(
        source,
        'The city government issued a notice on March 16, deciding to adjust bus routes across the city from next month, affecting more than 40 routes.',
        rule,
      ),
    ).toEqual(['16 <- 15日']);
  });

  it('flags another day for "le 15", "am 15." and "el día 15"', () => {
    expect(
      pairs(
        'Le 15, le maire de la commune a inauguré la nouvelle médiathèque en présence de nombreux habitants du quartier.',
        'On the 16th, the mayor of the town opened the new media library in the presence of many local residents.',
        rule,
      ),
    ).toEqual(['16th <- 15']);
    expect(
      pairs(
        'Am 15. wurde die neue Schwimmhalle nach zwei Jahren Bauzeit von der Bürgermeisterin eröffnet, wie die Stadt mitteilte.',
        'The new swimming pool was opened by the mayor on the 16th after two years of construction, the city said.',
        rule,
      ),
    ).toEqual(['16th <- 15']);
    expect(
      pairs(
        'El día 15 el alcalde inauguró la nueva biblioteca municipal en presencia de numerosos vecinos del barrio.',
        'On Monday 16, the mayor opened the new municipal library in the presence of many residents of the neighbourhood.',
        rule,
      ),
    ).toEqual(['16 <- 15']);
  });

  it('does not flag the same day converted ("15日" as "on the 15th" or "March 15")', () => {
    const source = '市政府15日发布通知，决定从下月起对全市公交线路进行调整，涉及线路四十余条。';
    expect(
      pairs(
        source,
        'The city government issued a notice on the 15th, deciding to adjust bus routes across the city from next month, affecting more than 40 routes.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(
        source,
        'On Monday, March 15, the city government issued a notice deciding to adjust bus routes across the city from next month.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not flag a number of days (15日内) or a count after a weekday ("On Monday, 16 people")', () => {
    expect(
      pairs(
        '申请人应在15日内提交全部材料，逾期不予受理。',
        'Applicants must submit all documents by the 16th; late applications will not be accepted.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Lundi 15 mars, seize personnes ont été blessées dans un accident de car sur l’autoroute, selon les pompiers du département.',
        'On Monday, 16 people were injured in a coach accident on the motorway, according to the fire brigade.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not take a ranking for a day ("finished the 16th at the Games")', () => {
    expect(
      pairs(
        '该选手15日参加了男子马拉松比赛，这是他第三次参加奥运会。',
        'The runner, who finished the 16th at the Games, took part in the men’s marathon, his third Olympics.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not take an ordinal in a list of centuries for a day', () => {
    expect(
      pairs(
        '市政府15日发布通知，将修复城内的古建筑，涉及线路四十余条。',
        'The city government said it would restore old buildings of the 16th and 17th centuries, affecting more than 40 sites.',
        rule,
      ),
    ).toEqual([]);
  });
});

describe('date-mismatch: years, weekdays and months', () => {
  it('flags the changed year of a date', () => {
    expect(
      pairs(
        'Le ministre a précisé que 1 200 écoles seraient rénovées d’ici le 30 juin 2024, pour un coût de trois milliards.',
        'The minister said that 1,200 schools would be renovated by June 30, 2025, at a cost of three billion.',
        rule,
      ),
    ).toEqual(['2025 <- 30 juin 2024']);
    expect(
      pairs(
        'Il vertice dei ministri si terrà il 5 maggio 2024 a Roma, ha annunciato il governo in una nota diffusa ieri.',
        'The ministers’ summit will be held on May 5, 2023 in Rome, the government announced in a statement released yesterday.',
        rule,
      ),
    ).toEqual(['2023 <- 5 maggio 2024']);
  });

  it('flags a changed weekday in several languages', () => {
    expect(
      pairs(
        'Переговоры возобновятся в среду в столице, сообщил представитель министерства иностранных дел.',
        'The talks will resume on Thursday in the capital, a foreign ministry spokesman said.',
        rule,
      ),
    ).toEqual(['Thursday <- среду']);
    expect(
      pairs(
        'Rozmowy zostaną wznowione w piątek w stolicy, poinformował rzecznik ministerstwa spraw zagranicznych.',
        'The talks will resume on Saturday in the capital, a foreign ministry spokesman said.',
        rule,
      ),
    ).toEqual(['Saturday <- piątek']);
    expect(
      pairs(
        'Переговори відновляться у п’ятницю в столиці, повідомив речник міністерства закордонних справ.',
        'The talks will resume on Sunday in the capital, a foreign ministry spokesman said.',
        rule,
      ),
    ).toEqual(['Sunday <- п’ятницю']);
    expect(
      pairs(
        '外務省によると、交渉は水曜日に首都で再開される見通しだ。',
        'According to the foreign ministry, the talks are expected to resume in the capital on Tuesday.',
        rule,
      ),
    ).toEqual(['Tuesday <- 水曜日']);
    expect(
      pairs(
        '외교부 대변인은 협상이 화요일에 수도에서 재개될 것이라고 밝혔다.',
        'A foreign ministry spokesman said the talks would resume in the capital on Friday.',
        rule,
      ),
    ).toEqual(['Friday <- 화요일']);
  });

  it('flags a changed month written in a Polish locative and German without a number', () => {
    expect(
      pairs(
        'W maju inflacja w Polsce wyniosła 3,2 procent, podał w piątek główny urząd statystyczny.',
        'In June, inflation in Poland was 3.2 percent, the central statistical office said on Friday.',
        rule,
      ),
    ).toEqual(['June <- maju']);
    expect(
      pairs(
        'Die Inflation lag im Mai bei 3,2 Prozent, teilte das Statistische Bundesamt am Freitag in Wiesbaden mit.',
        'Inflation was 3.2 percent in August, the Federal Statistical Office said in Wiesbaden on Friday.',
        rule,
      ),
    ).toEqual(['August <- Mai']);
  });

  it('reads a date with a Russian, Polish or Turkish month abbreviation, only beside a number', () => {
    expect(
      findCalendarDates('Заседание назначено на 12 окт. 2024 г.', 'rus').map((d) => [
        d.days[0]?.value,
        d.month,
        d.year?.value,
      ]),
    ).toEqual([[12, 10, 2024]]);
    expect(
      findCalendarDates('Spotkanie odbędzie się 12 paź. w Warszawie.', 'pol').map((d) => [d.days[0]?.value, d.month]),
    ).toEqual([[12, 10]]);
    expect(
      findCalendarDates('Toplantı 12 Eki 2024 tarihinde yapılacak.', 'tur').map((d) => [d.days[0]?.value, d.month]),
    ).toEqual([[12, 10]]);
    // Not without a number: "lis" is also a fox, "kas" a muscle.
    expect(findDates('Lis przebiegł przez drogę.', 'pol')).toEqual([]);
  });

  it('flags a month changed against an abbreviated month, and does not flag the abbreviation rendered right', () => {
    const source =
      'La réunion prévue le 12 févr. a été reportée sine die par la préfecture, faute d’accord entre les parties.';
    expect(
      pairs(
        source,
        'The meeting scheduled for March 12 has been postponed indefinitely by the prefecture, for lack of agreement between the parties.',
        rule,
      ),
    ).toEqual(['March <- févr.']);
    expect(
      pairs(
        source,
        'The meeting scheduled for Feb. 12 has been postponed indefinitely by the prefecture, for lack of agreement between the parties.',
        rule,
      ),
    ).toEqual([]);
  });
});

describe('date-mismatch: correct conversions', () => {
  it('does not flag a weekday and day given as the weekday alone', () => {
    expect(
      pairs(
        'Le sommet des chefs d’État aura lieu mardi 12 mars à Dakar, a annoncé la présidence sénégalaise.',
        'The summit of heads of state will take place on Tuesday in Dakar, the Senegalese presidency announced.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not flag "mid-March" for "mi-mars" or "March 1" for "1er mars"', () => {
    expect(
      pairs(
        'La hausse des tarifs de l’électricité est attendue à la mi-mars, selon le régulateur.',
        'The rise in electricity prices is expected in mid-March, according to the regulator.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'La nouvelle loi sur le logement entre en vigueur le 1er mars dans tout le pays.',
        'The new housing law comes into force on March 1 across the country.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not flag a date written in another English order or with an ordinal', () => {
    const source =
      'Мэр города 9 мая 2024 года открыл новый мост через реку, строительство которого продолжалось три года.';
    for (const date of ['on May 9, 2024', 'on 9 May 2024', 'on the 9th of May 2024', 'on May 9th, 2024']) {
      expect(
        pairs(
          source,
          `The city mayor opened a new bridge over the river ${date}, after three years of construction.`,
          rule,
        ),
      ).toEqual([]);
    }
  });

  it('does not flag a range of days converted, nor a date in digits written out', () => {
    const festival =
      'Du 9 au 12 mai, le festival de musique accueillera le public dans le parc municipal, avec une quarantaine de concerts gratuits.';
    expect(
      pairs(
        festival,
        'From May 9 to 12, the music festival will welcome the public in the municipal park, with some forty free concerts.',
        rule,
      ),
    ).toEqual([]);
    const meeting =
      'La réunion du conseil municipal du 15.03.2024 a été annulée en raison de la grève des transports, a indiqué la mairie.';
    expect(
      pairs(
        meeting,
        'The city council meeting of 15 March 2024 was cancelled because of the transport strike, the town hall said.',
        rule,
      ),
    ).toEqual([]);
  });

  it('does not take a capitalised name or a sentence-initial word for a month', () => {
    expect(
      pairs(
        'Le ministre a rencontré mardi à Londres l’ancienne Première ministre Theresa May.',
        'The minister met former Prime Minister Theresa May in London on Tuesday.',
        rule,
      ),
    ).toEqual([]);
  });
});

// The same news item in many source languages: a correct translation, and one with a date changed.
const LANGUAGES: [string, string, string, string, string[]][] = [
  [
    'Swedish',
    'Regeringen presenterade på tisdagen den nya budgeten, som träder i kraft den 1 juli 2025. Finansministern sade att skatterna sänks för alla hushåll i landet.',
    'The government presented the new budget on Tuesday, which will take effect on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    'The government presented the new budget on Wednesday, which will take effect on 11 July 2025. The finance minister said taxes would be cut for all households in the country.',
    ['11 <- 1 juli 2025'],
  ],
  [
    'Finnish',
    'Hallitus esitteli maanantaina uuden talousarvion, joka tulee voimaan 1. heinäkuuta 2025. Valtiovarainministerin mukaan veroja lasketaan kaikille kotitalouksille.',
    'The government presented the new budget on Monday, which will enter into force on 1 July 2025. According to the finance minister, taxes will be reduced for all households.',
    'The government presented the new budget on Friday, which will enter into force on 1 July 2024. According to the finance minister, taxes will be reduced for all households.',
    ['Friday <- maanantaina', '2024 <- 1. heinäkuuta 2025'],
  ],
  [
    'Czech',
    'Vláda ve čtvrtek představila nový rozpočet, který vstoupí v platnost 1. července 2025. Ministr financí uvedl, že daně se sníží všem domácnostem v zemi.',
    'The government presented the new budget on Thursday, which will come into force on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    'The government presented the new budget on Thursday, which will come into force on 1 June 2025. The finance minister said taxes would be cut for all households in the country.',
    ['June <- července'],
  ],
  [
    'Slovak',
    'Vláda vo štvrtok predstavila nový rozpočet, ktorý nadobudne účinnosť 1. júla 2025. Minister financií uviedol, že dane sa znížia všetkým domácnostiam v krajine.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2025. The finance minister said taxes would be reduced for all households in the country.',
    'The government presented the new budget on Tuesday, which will take effect on 10 July 2025. The finance minister said taxes would be reduced for all households in the country.',
    ['Tuesday <- štvrtok', '10 <- 1. júla 2025'],
  ],
  [
    'Croatian',
    'Vlada je u četvrtak predstavila novi proračun, koji stupa na snagu 1. srpnja 2025. Ministar financija rekao je da će porezi biti smanjeni svim kućanstvima u zemlji.',
    'The government presented the new budget on Thursday, which will enter into force on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    'The government presented the new budget on Thursday, which will enter into force on 1 August 2025. The finance minister said taxes would be cut for all households in the country.',
    ['August <- srpnja'],
  ],
  [
    'Serbian (Cyrillic)',
    'Влада је у четвртак представила нови буџет, који ступа на снагу 1. јула 2025. године. Министар финансија рекао је да ће порези бити смањени свим домаћинствима.',
    'The government presented the new budget on Thursday, which enters into force on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget on Thursday, which enters into force on 7 July 2025. The finance minister said taxes would be cut for all households.',
    ['7 <- 1. јула 2025'],
  ],
  [
    'Bulgarian',
    'Правителството представи в четвъртък новия бюджет, който влиза в сила от 1 юли 2025 г. Финансовият министър каза, че данъците ще бъдат намалени за всички домакинства.',
    'The government presented the new budget on Thursday, which enters into force on 1 July 2025. The finance minister said taxes would be reduced for all households.',
    'The government presented the new budget on Thursday, which enters into force on 1 July 2026. The finance minister said taxes would be reduced for all households.',
    ['2026 <- 1 юли 2025'],
  ],
  [
    'Hungarian (year, month, day)',
    'A kormány csütörtökön bemutatta az új költségvetést, amely 2025. július 1-jén lép hatályba. A pénzügyminiszter szerint minden háztartás adója csökken az országban.',
    'The government presented the new budget on Thursday, which will enter into force on 1 July 2025. According to the finance minister, taxes will fall for every household in the country.',
    'The government presented the new budget on Thursday, which will enter into force on 11 July 2025. According to the finance minister, taxes will fall for every household in the country.',
    ['11 <- 2025. július 1-jén'],
  ],
  [
    'Romanian',
    'Guvernul a prezentat joi noul buget, care va intra în vigoare la 1 iulie 2025. Ministrul finanțelor a spus că taxele vor fi reduse pentru toate gospodăriile din țară.',
    'The government presented the new budget on Thursday, which will enter into force on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    'The government presented the new budget on Friday, which will enter into force on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    ['Friday <- joi'],
  ],
  [
    'Greek',
    'Η κυβέρνηση παρουσίασε την Πέμπτη τον νέο προϋπολογισμό, ο οποίος τίθεται σε ισχύ την 1η Ιουλίου 2025. Ο υπουργός Οικονομικών είπε ότι οι φόροι θα μειωθούν για όλα τα νοικοκυριά.',
    'The government presented the new budget on Thursday, which comes into force on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget on Tuesday, which comes into force on 1 July 2025. The finance minister said taxes would be cut for all households.',
    ['Tuesday <- Πέμπτη'],
  ],
  [
    'Lithuanian (year, month, day)',
    'Vyriausybė ketvirtadienį pristatė naują biudžetą, kuris įsigalios 2025 m. liepos 1 d. Finansų ministras sakė, kad mokesčiai bus sumažinti visiems namų ūkiams.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget on Thursday, which will take effect on 21 July 2025. The finance minister said taxes would be cut for all households.',
    ['21 <- 2025 m. liepos 1 d.'],
  ],
  [
    'Latvian',
    'Valdība ceturtdien iepazīstināja ar jauno budžetu, kas stāsies spēkā 2025. gada 1. jūlijā. Finanšu ministrs sacīja, ka nodokļi tiks samazināti visām mājsaimniecībām.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget on Thursday, which will take effect on 3 July 2025. The finance minister said taxes would be cut for all households.',
    ['3 <- 2025. gada 1. jūlijā'],
  ],
  [
    'Hebrew (prefixed month)',
    'הממשלה הציגה ביום חמישי את התקציב החדש, שייכנס לתוקף ב-1 ביולי 2025. שר האוצר אמר כי המסים יופחתו לכל משקי הבית במדינה.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2025. The finance minister said taxes would be reduced for all households in the country.',
    'The government presented the new budget on Thursday, which will take effect on 1 August 2025. The finance minister said taxes would be reduced for all households in the country.',
    ['August <- ביולי'],
  ],
  [
    'Hindi',
    'सरकार ने गुरुवार को नया बजट पेश किया, जो 1 जुलाई 2025 से लागू होगा। वित्त मंत्री ने कहा कि देश के सभी परिवारों के लिए करों में कटौती की जाएगी।',
    'The government presented the new budget on Thursday, which will come into force from 1 July 2025. The finance minister said taxes would be cut for all families in the country.',
    'The government presented the new budget on Thursday, which will come into force from 10 July 2025. The finance minister said taxes would be cut for all families in the country.',
    ['10 <- 1 जुलाई 2025'],
  ],
  [
    'Bengali',
    'সরকার বৃহস্পতিবার নতুন বাজেট পেশ করেছে, যা ১ জুলাই ২০২৫ থেকে কার্যকর হবে। অর্থমন্ত্রী বলেছেন, দেশের সব পরিবারের জন্য কর কমানো হবে।',
    'The government presented the new budget on Thursday, which will take effect from 1 July 2025. The finance minister said taxes would be reduced for all families in the country.',
    'The government presented the new budget on Wednesday, which will take effect from 1 July 2025. The finance minister said taxes would be reduced for all families in the country.',
    ['Wednesday <- বৃহস্পতিবার'],
  ],
  [
    'Urdu',
    'حکومت نے جمعرات کو نیا بجٹ پیش کیا، جو یکم جولائی 2025 سے نافذ ہوگا۔ وزیر خزانہ نے کہا کہ ملک کے تمام گھرانوں کے لیے ٹیکس کم کیے جائیں گے۔',
    'The government presented the new budget on Thursday, which will take effect from July 1, 2025. The finance minister said taxes would be reduced for all households in the country.',
    'The government presented the new budget on Thursday, which will take effect from June 1, 2025. The finance minister said taxes would be reduced for all households in the country.',
    ['June <- جولائی'],
  ],
  [
    'Tagalog (month, day)',
    'Inilabas ng pamahalaan noong Huwebes ang bagong badyet, na magkakabisa sa Hulyo 1, 2025. Sinabi ng kalihim ng pananalapi na babawasan ang buwis ng lahat ng pamilya sa bansa.',
    'The government released the new budget on Thursday, which will take effect on July 1, 2025. The finance secretary said taxes would be cut for all families in the country.',
    'The government released the new budget on Thursday, which will take effect on July 11, 2025. The finance secretary said taxes would be cut for all families in the country.',
    ['11 <- Hulyo 1, 2025'],
  ],
  [
    'Thai (Buddhist-era year)',
    'รัฐบาลเปิดเผยงบประมาณใหม่เมื่อวันพฤหัสบดี ซึ่งจะมีผลบังคับใช้ตั้งแต่วันที่ 1 กรกฎาคม 2568 รัฐมนตรีคลังกล่าวว่าจะลดภาษีให้ทุกครัวเรือน',
    'The government unveiled the new budget on Thursday, which will take effect from July 1, 2025. The finance minister said taxes would be cut for every household.',
    'The government unveiled the new budget on Thursday, which will take effect from August 1, 2025. The finance minister said taxes would be cut for every household.',
    ['August <- กรกฎาคม'],
  ],
  [
    'Catalan',
    'El govern va presentar dijous el nou pressupost, que entrarà en vigor l’1 de juliol de 2025. El conseller d’Economia va dir que els impostos baixaran per a totes les famílies.',
    'The government presented the new budget on Thursday, which will come into force on 1 July 2025. The economy minister said taxes would fall for all families.',
    'The government presented the new budget on Thursday, which will come into force on 1 June 2025. The economy minister said taxes would fall for all families.',
    ['June <- juliol'],
  ],
  [
    'Vietnamese (ngày 1/7/2025)',
    'Chính phủ đã công bố ngân sách mới vào thứ Năm, có hiệu lực từ ngày 1/7/2025. Bộ trưởng Tài chính cho biết thuế sẽ được giảm cho tất cả các hộ gia đình trong cả nước.',
    'The government announced the new budget on Thursday, effective from July 1, 2025. The finance minister said taxes would be reduced for all households nationwide.',
    'The government announced the new budget on Thursday, effective from August 1, 2025. The finance minister said taxes would be reduced for all households nationwide.',
    ['August <- 1/7/2025'],
  ],
  [
    'Turkish',
    'Hükümet perşembe günü yeni bütçeyi açıkladı; bütçe 1 Temmuz 2025 tarihinde yürürlüğe girecek. Maliye Bakanı, ülkedeki tüm hanelerin vergilerinin düşürüleceğini söyledi.',
    'The government announced the new budget on Thursday; it will take effect on 1 July 2025. The finance minister said taxes would be cut for all households in the country.',
    'The government announced the new budget on Thursday; it will take effect on 11 July 2025. The finance minister said taxes would be cut for all households in the country.',
    ['11 <- 1 Temmuz 2025'],
  ],
  [
    'Indonesian',
    'Pemerintah mengumumkan anggaran baru pada hari Kamis, yang mulai berlaku pada 1 Juli 2025. Menteri Keuangan mengatakan pajak akan diturunkan untuk semua rumah tangga di negara ini.',
    'The government announced the new budget on Thursday, which takes effect on 1 July 2025. The finance minister said taxes would be lowered for all households in the country.',
    'The government announced the new budget on Thursday, which takes effect on 1 July 2026. The finance minister said taxes would be lowered for all households in the country.',
    ['2026 <- 1 Juli 2025'],
  ],
  [
    'Japanese (weekday in brackets)',
    '政府は3月15日（水）に新しい予算案を発表した。財務大臣は、すべての世帯で税金が引き下げられると述べた。',
    'The government announced the new budget on Wednesday, March 15. The finance minister said taxes would be cut for all households.',
    'The government announced the new budget on Thursday, March 15. The finance minister said taxes would be cut for all households.',
    ['Thursday <- （水）'],
  ],
  [
    'Korean (지난 15일)',
    '정부는 지난 15일 새 예산안을 발표했다. 재무장관은 모든 가구의 세금이 인하될 것이라고 말했다.',
    'The government announced the new budget on the 15th. The finance minister said taxes would be cut for all households.',
    'The government announced the new budget on the 16th. The finance minister said taxes would be cut for all households.',
    ['16th <- 15일'],
  ],
  [
    'Chinese (本月15日)',
    '国务院本月15日召开常务会议，部署进一步稳定就业的措施。会议指出，要加大对小微企业的支持力度。',
    'The State Council held an executive meeting on the 15th of this month to deploy measures to further stabilise employment. The meeting pointed out that support for small businesses should be increased.',
    'The State Council held an executive meeting on the 17th of this month to deploy measures to further stabilise employment. The meeting pointed out that support for small businesses should be increased.',
    ['17th <- 15日'],
  ],
  [
    'Albanian',
    'Qeveria paraqiti të enjten buxhetin e ri, i cili hyn në fuqi më 1 korrik 2025. Ministri i Financave tha se taksat do të ulen për të gjitha familjet.',
    'The government presented the new budget on Thursday, which takes effect on 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Friday, which takes effect on 11 July 2025. The finance minister said taxes would be cut for all families.',
    ['Friday <- të enjten', '11 <- 1 korrik 2025'],
  ],
  [
    'Azerbaijani',
    'Hökumət cümə axşamı yeni büdcəni təqdim etdi, o, 1 iyul 2025-ci ildən qüvvəyə minəcək. Maliyyə naziri bildirib ki, bütün ailələr üçün vergilər azaldılacaq.',
    'The government presented the new budget on Thursday, which will take effect from 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Friday, which will take effect from 1 June 2025. The finance minister said taxes would be cut for all families.',
    ['Friday <- cümə axşamı', 'June <- iyul'],
  ],
  [
    'Kazakh (case ending, year word)',
    'Үкімет бейсенбі күні жаңа бюджетті ұсынды, ол 2025 жылғы 1 шілдеден бастап күшіне енеді. Қаржы министрі барлық отбасылар үшін салықтар азайтылатынын айтты.',
    'The government presented the new budget on Thursday, which will take effect from 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Thursday, which will take effect from 1 July 2026. The finance minister said taxes would be cut for all families.',
    ['2026 <- 2025 жылғы 1 шілдеде'],
  ],
  [
    'Uzbek (1-iyul)',
    'Hukumat payshanba kuni yangi byudjetni taqdim etdi, u 2025-yil 1-iyuldan kuchga kiradi. Moliya vaziri barcha oilalar uchun soliqlar kamaytirilishini aytdi.',
    'The government presented the new budget on Thursday, which takes effect from 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Thursday, which takes effect from 10 July 2025. The finance minister said taxes would be cut for all families.',
    ['10 <- 2025-yil 1-iyul'],
  ],
  [
    'Georgian (year word)',
    'მთავრობამ ხუთშაბათს წარადგინა ახალი ბიუჯეტი, რომელიც ძალაში 2025 წლის 1 ივლისს შევა. ფინანსთა მინისტრმა თქვა, რომ გადასახადები ყველა ოჯახისთვის შემცირდება.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Thursday, which will take effect on 1 July 2024. The finance minister said taxes would be cut for all families.',
    ['2024 <- 2025 წლის 1 ივლისს'],
  ],
  [
    'Armenian (month, day)',
    'Կառավարությունը հինգշաբթի ներկայացրեց նոր բյուջեն, որն ուժի մեջ կմտնի 2025 թվականի հուլիսի 1-ից։ Ֆինանսների նախարարը նշել է, որ հարկերը կնվազեն բոլոր ընտանիքների համար։',
    'The government presented the new budget on Thursday, which will take effect from 1 July 2025. The finance minister said taxes would fall for all families.',
    'The government presented the new budget on Thursday, which will take effect from 2 July 2025. The finance minister said taxes would fall for all families.',
    ['2 <- 2025 թվականի հուլիսի 1'],
  ],
  [
    'Icelandic (franc misnames it)',
    'Ríkisstjórnin kynnti á fimmtudag nýja fjárlagafrumvarpið, sem tekur gildi 1. júlí 2025. Fjármálaráðherra sagði að skattar yrðu lækkaðir fyrir öll heimili.',
    'The government presented the new budget bill on Thursday, which takes effect on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget bill on Thursday, which takes effect on 1 August 2025. The finance minister said taxes would be cut for all households.',
    ['August <- júlí'],
  ],
  [
    'Macedonian',
    'Владата во четврток го претстави новиот буџет, кој ќе стапи на сила на 1 јули 2025 година. Министерот за финансии рече дека даноците ќе бидат намалени за сите домаќинства.',
    'The government presented the new budget on Thursday, which will enter into force on 1 July 2025. The finance minister said taxes would be cut for all households.',
    'The government presented the new budget on Thursday, which will enter into force on 1 September 2025. The finance minister said taxes would be cut for all households.',
    ['September <- јули'],
  ],
  [
    'Belarusian',
    'Урад у чацвер прадставіў новы бюджэт, які ўступіць у сілу 1 ліпеня 2025 года. Міністр фінансаў заявіў, што падаткі будуць зніжаныя для ўсіх сем’яў.',
    'The government presented the new budget on Thursday, which will enter into force on 1 July 2025. The finance minister said taxes would be cut for all families.',
    'The government presented the new budget on Thursday, which will enter into force on 21 July 2025. The finance minister said taxes would be cut for all families.',
    ['21 <- 1 ліпеня 2025'],
  ],
];

describe('date-mismatch in more source languages', () => {
  for (const [language, source, correct, changed, expected] of LANGUAGES) {
    it(`flags a changed date in ${language}`, () => {
      expect(pairs(source, changed, rule)).toEqual(expected);
    });
    it(`does not flag the date converted correctly from ${language}`, () => {
      expect(pairs(source, correct, rule)).toEqual([]);
    });
  }

  it('does not take a word that is also a month or weekday name for one', () => {
    // Romanian "mai" (more), Greek "τρίτη" (third), Russian "среды" (of the environment).
    expect(
      pairs(
        'Guvernul a anunțat ieri că prețurile la energie vor crește mai mult decât se aștepta, potrivit ministrului.',
        'The government announced in June that energy prices would rise more than expected, according to the minister.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Η χώρα κατέλαβε την τρίτη θέση στην παγκόσμια κατάταξη, ανακοίνωσε χθες ο διεθνής οργανισμός.',
        'The country took third place in the world ranking, the international organisation announced on Monday.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(
        'Министерство охраны окружающей среды вчера опубликовало новый доклад о качестве воздуха в городах.',
        'The Ministry of Environmental Protection published a new report on urban air quality on Monday.',
        rule,
      ),
    ).toEqual([]);
  });
});

describe('date-mismatch: English forms of a day', () => {
  const source = 'Мэр города 9 мая открыл новый мост через реку, строительство которого продолжалось три года.';
  it('flags "on the 19th" followed by the rest of the sentence', () => {
    expect(
      pairs(
        source,
        'The city mayor opened on the 19th a new bridge over the river, after three years of construction.',
        rule,
      ),
    ).toEqual(['19th <- 9 мая']);
  });

  it('does not take "on the 19th floor" or "on the 19th Party Congress" for a day', () => {
    expect(
      pairs(
        source,
        'The city mayor spoke on the 19th floor of the new tower, after three years of construction.',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairs(source, 'The city mayor spoke on the 19th Party Congress, after three years of construction.', rule),
    ).toEqual([]);
  });

  it('flags the changed month of a range whose other month is an ambiguous English name ("from May to August")', () => {
    const range =
      'Ремонт моста через реку продлится с мая по июль, всё это время движение транспорта по нему будет полностью закрыто, сообщили в пресс-службе мэрии города.';
    const f = flagged(
      range,
      'The repair of the bridge over the river will last from May to August, and traffic on it will be completely closed all this time, the city hall press service said.',
      rule,
    );
    expect(f.map((x) => `${x.text} <- ${x.source}`)).toEqual(['August <- июль']);
    expect(f[0].issue.suggestions).toEqual(['July']);
  });
});

describe('findDates', () => {
  it('reads the names of a language franc confuses with the detected one, beside a number', () => {
    // Ukrainian months in a source franc calls Serbian; Swedish in one it calls Galician.
    expect(findDates('Угоду підписали 28 листопада 2024 року в столиці.', 'srp').map((d) => d.value)).toEqual([11]);
    expect(findDates('Avtalet undertecknades den 9 maj 2024 i huvudstaden.', 'glg').map((d) => d.value)).toEqual([5]);
    // Not without a number, and not a name two languages read differently (listopad: October, November).
    expect(findDates('Угоду підписали в листопаді в столиці.', 'srp')).toEqual([]);
    expect(findDates('La réunion du 15 listopad a été reportée.', 'fra')).toEqual([]);
  });

  it("reads a Portuguese short weekday in a date's context, not the ordinal", () => {
    expect(findDates('O ministro anunciou na segunda, em Lisboa, um novo plano.', 'por').map((d) => d.value)).toEqual([
      1,
    ]);
    expect(findDates('A reunião ficou marcada para a sexta passada.', 'por').map((d) => d.value)).toEqual([5]);
    expect(findDates('A equipa marcou na segunda metade do jogo.', 'por')).toEqual([]);
    expect(findDates('Foi a quinta vez que o ministro visitou a região.', 'por')).toEqual([]);
  });

  it('does not take the Romanian "mai" (more) beside a number for May', () => {
    expect(findDates('Prețurile au crescut cu 5 mai mult decât anul trecut.', 'ron')).toEqual([]);
    expect(findDates('Alegerile au loc pe 5 mai.', 'ron').map((d) => d.value)).toEqual([5]);
  });
});

describe('findCalendarDates', () => {
  it('reads the day, month and year of a date in the source and in English', () => {
    const parts = (text: string, language: string) =>
      findCalendarDates(text, language).map((d) => [
        d.days.map((x) => x.value).join('-'),
        d.month ?? '',
        d.year?.value ?? '',
      ]);
    expect(parts('Il est né le 1er mars 2001 et mort le 15 à Lyon.', 'fra')).toEqual([
      ['1', 3, 2001],
      ['15', '', ''],
    ]);
    expect(parts('From May 9 to 12, 2024 and on the 20th.', 'eng')).toEqual([
      ['9-12', 5, 2024],
      ['20', '', ''],
    ]);
    expect(parts('会议于2023年3月15日至17日举行，20日闭幕。', 'cmn')).toEqual([
      ['15-17', 3, 2023],
      ['20', '', ''],
    ]);
  });
});

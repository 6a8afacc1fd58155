import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { flagged, pairs } from './helpers';

describe('number-mismatch', () => {
  it('flags a number the translation changed, with the source number beside it', () => {
    const source = 'Le gouvernement a créé 4 500 emplois et le chômage est tombé à 7,25 % en un an.';
    const mt = 'The government created 4,500 jobs and unemployment fell to 7.52% in one year.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual(['7.52% <- 7,25 %']);
    expect(flagged(source, mt, 'number-mismatch')[0].issue.message).toMatch(/7,25 %/);
  });

  it('does not flag correctly converted numbers, percentages, scales and currencies', () => {
    const source = 'Le plan coûtera 2,4 milliards d’euros, soit 4 500 euros par foyer, et le taux passera de 7,25 % à 8 %.';
    const mt = 'The plan will cost 2.4 billion euros, or 4,500 euros per household, and the rate will rise from 7.25% to 8%.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual([]);
  });

  it('does not flag Chinese place values and numerals rendered in English conventions', () => {
    const source = '今年前三个月，全省接待游客3.5万人次，旅游收入达到24亿元，比去年增长百分之十二。';
    const mt = 'In the first three months of this year, the province received 35,000 tourist visits, and tourism revenue reached 2.4 billion yuan, up 12% from last year.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual([]);
  });

  it('flags a wrong Chinese place value (亿 read as billion)', () => {
    const source = '该项目总投资4亿元。';
    const mt = 'The project has a total investment of 4 billion yuan.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual(['4 billion yuan <- 4亿元']);
  });

  it('does not flag a number converted into another unit, in any of the source languages', () => {
    const cases: [string, string][] = [
      ['Der Sturm erreichte 120 Kilometern pro Stunde, und die Temperatur fiel auf minus 5 Grad.', 'The storm reached 75 miles per hour, and the temperature fell to 23 degrees Fahrenheit.'],
      ['Le camion pesait 40 tonnes et a parcouru 300 kilomètres.', 'The truck weighed 44 tons and traveled 186 miles.'],
      ['El incendio quemó 2.000 hectáreas a 35 grados.', 'The fire burned about 4,900 acres at 95 degrees Fahrenheit.'],
      ['Спортсмен пробежал 42 километра и сбросил 3 килограмма.', 'The athlete ran 26 miles and lost 6.6 pounds.'],
      ['台风中心附近最大风力达每小时150公里，气温为零下3℃。', 'Winds near the center of the typhoon reached 93 mph, and the temperature was 27°F.'],
      ['Il pacco pesa 500 grammi e misura 30 centimetri.', 'The parcel weighs 17.6 ounces and measures 12 inches.'],
      ['De boot voer 12 knopen op 20 km van de kust.', 'The boat sailed at 12 knots 12 miles off the coast.'],
      ['O tanque tem capacidade para 200 litros.', 'The tank holds 53 gallons.'],
      ['Die Sitzung dauerte 90 Minuten und die Verhandlungen 3 Wochen.', 'The meeting lasted 1.5 hours and the negotiations 21 days.'],
      ['La ville compte 500 000 habitants et a accueilli 1 000 000 de visiteurs.', 'The city has half a million inhabitants and welcomed a million visitors.'],
      ['Des cumuls de 150 à 200 mm sont attendus, et des températures de -5 à -10 °C.', 'Between 6 and 8 inches of rain are expected, and temperatures of 14 to 23 °F.'],
    ];
    for (const [source, mt] of cases) expect(pairs(source, mt, 'number-mismatch'), mt).toEqual([]);
  });

  it('flags a conversion that is wrong, and a number put in another unit unconverted', () => {
    expect(pairs('Le camion a parcouru 300 kilomètres.', 'The truck traveled 286 miles.', 'number-mismatch')).toEqual(['286 <- 300']);
    expect(pairs('Die Temperatur fiel auf minus 5 Grad.', 'The temperature fell to 32 degrees Fahrenheit.', 'number-mismatch')).toEqual(['32 <- 5']);
    const [f] = flagged('Der Zug fuhr mit 120 km/h durch den Bahnhof.', 'The train went through the station at 120 mph.', 'number-mismatch');
    expect(f.text).toBe('120 mph');
    expect(f.source).toBe('120 km/h');
    expect(f.issue.message).toMatch(/another unit/);
    expect(pairs('Il pesce pesava 5 chili.', 'The fish weighed 5 pounds.', 'number-mismatch')).toEqual(['5 pounds <- 5 chili']);
    expect(pairs('Die Verhandlungen dauerten 3 Wochen.', 'The negotiations lasted 3 days.', 'number-mismatch')).toEqual(['3 days <- 3 Wochen']);
  });

  it('does not flag the same number in the same unit written another way, or a unit the translation may loosely name', () => {
    const cases: [string, string][] = [
      ['La nave si trovava a 20 miglia nautiche dalla costa.', 'The ship was 20 miles off the coast.'],
      ['El buque transportaba 5.000 toneladas de trigo.', 'The ship carried 5,000 tons of wheat.'],
      ['Die Temperatur stieg auf 30 Grad.', 'The temperature rose to 30 degrees.'],
      ['Der Tunnel ist 57 km lang.', 'The tunnel is 57 kilometres long.'],
    ];
    for (const [source, mt] of cases) expect(pairs(source, mt, 'number-mismatch'), mt).toEqual([]);
  });

  it('does not flag a year or a day of another calendar given as the Gregorian one', () => {
    const cases: [string, string][] = [
      // Thai Buddhist era, in Thai digits too, and a Thai scale word written against the next word.
      ['เมื่อวันที่ 15 มีนาคม 2566 รัฐบาลไทยประกาศงบประมาณใหม่มูลค่า 3.2 ล้านล้านบาท สำหรับปีงบประมาณ ๒๕๖๗ โดยเน้นการลงทุนด้านโครงสร้างพื้นฐาน', 'On March 15, 2023, the Thai government announced a new budget of 3.2 trillion baht for the 2024 fiscal year, focusing on infrastructure investment.'],
      // Solar Hijri: 25 Esfand 1401 is 16 March 2023.
      ['روز ۲۵ اسفند ۱۴۰۱ دولت ایران اعلام کرد که نرخ تورم به ۴۵ درصد رسیده است و بودجه سال ۱۴۰۲ با افزایش ۳۰ درصدی تصویب شد.', 'On March 16, 2023, the Iranian government announced that the inflation rate had reached 45 percent and the budget for 2023 was approved with a 30 percent increase.'],
      // A Hijri year with its mark.
      ['وفي عام 1445 هـ، أعلنت الوزارة عن افتتاح 120 مدرسة جديدة في مختلف أنحاء المملكة لاستيعاب الطلاب الجدد.', 'In 2023, the ministry announced the opening of 120 new schools across the kingdom to accommodate new students.'],
      // Bikram Sambat, with a Nepali scale word.
      ['नेपाल सरकारले २०८० साल असार १५ गते नयाँ बजेट सार्वजनिक गर्दै शिक्षा क्षेत्रमा ३५ अर्ब रुपैयाँ छुट्याएको छ। यो रकम गत वर्षको तुलनामा उल्लेख्य रूपमा बढी हो।', 'The Nepal government made the new budget public in 2023, allocating 35 billion rupees to the education sector. This amount is significantly higher than last year.'],
    ];
    for (const [source, mt] of cases) expect(pairs(source, mt, 'number-mismatch'), mt).toEqual([]);
  });

  it('flags a year of another calendar converted wrongly, with both readings in the message', () => {
    const [f] = flagged('รัฐบาลไทยประกาศงบประมาณใหม่ในปี 2566 เพื่อการลงทุนด้านโครงสร้างพื้นฐานทั่วประเทศ', 'The Thai government announced a new budget in 2021 for infrastructure investment nationwide.', 'number-mismatch');
    expect(f.text).toBe('2021');
    expect(f.issue.message).toMatch(/\(2566 or 2023\)/);
    expect(pairs('روز ۲۵ اسفند ۱۴۰۱ دولت ایران بودجه جدید را تصویب کرد و نرخ تورم را اعلام کرد.', 'On March 18, 2023, the Iranian government approved the new budget and announced the inflation rate.', 'number-mismatch')).toEqual(['18 <- ۲۵']);
  });

  it('flags the right amount in the wrong currency', () => {
    const source = '每位患者能节省大约8000元。';
    const mt = 'Each patient can save about $8,000.';
    const [f] = flagged(source, mt, 'number-mismatch');
    expect(f.text).toBe('$8,000');
    expect(f.issue.message).toMatch(/yuan/);
  });

  it('flags a number the translation leaves out, on its paragraph', () => {
    const source = 'La police a arrêté 38 personnes lors de la manifestation de samedi.';
    const mt = 'Police arrested several people at Saturday’s demonstration.';
    const [f] = flagged(source, mt, 'number-mismatch');
    expect(f.source).toBe('38');
    expect(f.text).toBe(mt);
  });

  it('flags a number the translation adds', () => {
    const source = 'La réunion s’est tenue à Abidjan.';
    const mt = 'The meeting was held in Abidjan in 2020.';
    expect(flagged(source, mt, 'number-mismatch').map((f) => f.text)).toEqual(['2020']);
  });

  it('does not flag Arabic-Indic digits rendered as ASCII, nor a time in 12-hour form', () => {
    expect(pairs('قتل ١٢ شخصا في الانفجار عند الساعة ١٥.', 'Twelve people, 12 in all, were killed in the explosion at 3 p.m.', 'number-mismatch')).toEqual([]);
  });

  it('does not flag a number that is part of a name', () => {
    expect(pairs('新冠疫情以来，经济展现出强大韧性。', 'Since the COVID-19 pandemic, the economy has shown strong resilience.', 'number-mismatch')).toEqual([]);
  });
});

describe('number-mismatch, more', () => {
  it('flags several numbers missing from one paragraph as one issue, naming each', () => {
    const source = 'Le chômage a baissé de 12 % à Lyon et de 9 % à Lille, selon les chiffres publiés jeudi par l’Insee.';
    const mt = 'Unemployment fell in Lyon and Lille, according to figures published on Thursday by INSEE.';
    const found = flagged(source, mt, 'number-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0].issue.message).toBe('The source\'s “12 %” and “9 %” are missing from the translation.');
    expect(found[0].source).toBe('12 % à Lyon et de 9 %');
  });

  it('does not flag a 24-hour time converted to a 12-hour one', () => {
    for (const mt of [
      'The next council meeting is scheduled for 14 October at 6.30 pm in the village hall.',
      'The next council meeting is scheduled for 14 October at 6:30 p.m. in the village hall.',
      'The next council meeting is scheduled for 14 October at 18:30 in the village hall.',
    ]) {
      expect(pairs('La prochaine séance du conseil est prévue le 14 octobre, à 18 h 30, à la salle des fêtes.', mt, 'number-mismatch')).toEqual([]);
    }
  });

  it('flags a time converted to the wrong hour, on the hour', () => {
    expect(pairs('La séance est prévue le 14 octobre, à 18 h 30, à la salle des fêtes.', 'The meeting is scheduled for 14 October at 8.30 pm in the village hall.', 'number-mismatch')).toEqual(['8 <- 18']);
  });
});

describe('number-mismatch, where a missing number goes', () => {
  it('flags a missing number between what both sides share around it', () => {
    const source = 'Le club compte 120 membres à Brest et 85 à Morlaix, selon Paul Martin.';
    const mt = 'The club has 120 members in Brest and in Morlaix, according to Paul Martin.';
    const [f] = flagged(source, mt, 'number-mismatch');
    expect(f.source).toBe('85');
    expect(f.text).toBe('and in');
  });

  it('flags numbers missing from the end of a paragraph on the words after the last shared one', () => {
    const source = '2022年，该市接待游客1200万人次，旅游收入达到300亿元，比上年增长15%。';
    const mt = 'In 2022, the city received 12 million tourists, and the tourism industry kept growing.';
    const [f] = flagged(source, mt, 'number-mismatch');
    expect(f.issue.message).toMatch(/“300亿元” and “15%” are missing/);
    expect(f.text).toBe('tourists, and the tourism industry kept growing');
  });

  it('flags the whole paragraph when the translation moves what it shares with the source', () => {
    const source = '2022年，该市接待游客1200万人次，旅游收入达到300亿元。';
    const mt = 'The city received 12 million tourists in 2022.';
    expect(flagged(source, mt, 'number-mismatch').map((f) => f.text)).toEqual([mt]);
  });
});

describe('number-mismatch, which source number a changed one replaced', () => {
  it('flags each changed number against the source number it looks like, not the next one in the paragraph', () => {
    const source = 'Le président a annoncé dans 12 régions un plan de 2,4 milliards d’euros pour 4 500 familles.';
    const mt = 'The president announced in 21 regions a €2.4 million plan for 4,050 families.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual(['21 <- 12', '€2.4 million <- 2,4 milliards d’euros', '4,050 <- 4 500']);
  });

  it('flags a number written as a word that does not match the source number at its place', () => {
    const ar = 'وقالت قيادة العمليات المشتركة في بيان إن القوات الأمنية قتلت 12 إرهابيا في عملية نفذتها في محافظة كركوك.';
    const said = (n: string) => `The Joint Operations Command said in a statement that security forces killed ${n} terrorists in an operation in Kirkuk province.`;
    const [f] = flagged(ar, said('eleven'), 'number-mismatch');
    expect(`${f.text} <- ${f.source}`).toBe('eleven <- 12');
    expect(f.issue.message).toBe('“eleven” does not match the source, which has “12”.');
    expect(pairs(ar, said('twelve'), 'number-mismatch')).toEqual([]);
    const fr = 'Le bilan s’élève à 35 morts et une centaine de blessés, selon le ministère.';
    expect(pairs(fr, 'The toll stands at thirty-six dead and about a hundred injured, according to the ministry.', 'number-mismatch')).toEqual(['thirty-six <- 35']);
    expect(pairs(fr, 'The toll stands at thirty-five dead and about a hundred injured, according to the ministry.', 'number-mismatch')).toEqual([]);
    // A word elsewhere in the sentence (a dual of the source, هدفين) is not the dropped day.
    const match = 'سجل اللاعب محمد صلاح هدفين في مباراة الدوري يوم 11، وأشاد المدرب بأدائه.';
    const [g] = flagged(match, 'Player Mohamed Salah scored two goals in the league match; the coach praised his performance.', 'number-mismatch');
    expect(g.issue.message).toBe("The source's “11” is missing from the translation.");
  });

  it('flags a changed year against the source year, and a number off by a power of ten against its source', () => {
    const source = 'Die Regierung will bis 2030 rund 3,5 Millionen Wohnungen bauen; die ersten 25.000 sollen in 3 Bundesländern entstehen.';
    const mt = 'The government wants to build around 35 million homes by 2013; the first 2,500 are to be built in 30 states.';
    expect(pairs(source, mt, 'number-mismatch').sort()).toEqual(['2,500 <- 25.000', '2013 <- 2030', '30 <- 3', '35 million <- 3,5 Millionen'].sort());
  });

  it('names the source number plainly when it is written plainly, and with its reading when it is not', () => {
    const [year] = flagged('Le chômage atteignait 6,8 % en 2022.', 'Unemployment stood at 6.8% in 2021.', 'number-mismatch');
    expect(year.issue.message).toBe('“2021” does not match the source, which has “2022”.');
    const [scaled] = flagged('Le plan coûte 2,4 milliards d’euros.', 'The plan costs €2.4 million.', 'number-mismatch');
    expect(scaled.issue.message).toBe('“€2.4 million” does not match the source, which has “2,4 milliards d’euros” (2.4 billion).');
  });

  it('does not flag a Japanese amount written in sections, rendered in English conventions', () => {
    const source = '首相は3日、総額1兆2000億円の経済対策を発表した。対象は約3万5千世帯となる。';
    const mt = 'The prime minister announced an economic package totalling 1.2 trillion yen on the 3rd. It covers about 35,000 households.';
    expect(pairs(source, mt, 'number-mismatch')).toEqual([]);
    expect(pairs(source, mt.replace('1.2 trillion', '12 trillion').replace('35,000', '3,500'), 'number-mismatch')).toEqual([
      '12 trillion yen <- 1兆2000億円',
      '3,500 <- 3万5千',
    ]);
  });

  it('does not flag a Russian count with an inflected scale word, and flags it changed', () => {
    const source = 'Президент выступил на площади перед 10 тысячами военнослужащих.';
    expect(pairs(source, 'The president spoke in the square in front of 10,000 servicemen.', 'number-mismatch')).toEqual([]);
    expect(pairs(source, 'The president spoke in the square in front of 1,000 servicemen.', 'number-mismatch')).toEqual(['1,000 <- 10 тысячами']);
  });
});

describe('number-mismatch, number conventions of more languages', () => {
  it('does not flag a century in Roman numerals, shares in tenths or a Nordic scale word rendered in English', () => {
    expect(pairs('El país entra así en el siglo XXI con una inversión récord.', 'The country thus enters the 21st century with record investment.', 'number-mismatch')).toEqual([]);
    expect(pairs('今年以来，该市房价上涨两成，约五成市民表示担忧。', 'House prices in the city have risen by 20% this year, and about 50% of residents are worried.', 'number-mismatch')).toEqual([]);
    expect(pairs('内閣支持率は3割を下回った。', 'The cabinet approval rating fell below 30%.', 'number-mismatch')).toEqual([]);
    expect(pairs('Regeringen satsar 2,5 miljarder kronor på 4 000 nya bostäder i landet.', 'The government is investing 2.5 billion kronor in 4,000 new homes in the country.', 'number-mismatch')).toEqual([]);
  });

  it('flags a Greek or Hindi amount converted to the wrong scale', () => {
    expect(pairs('Η κυβέρνηση διαθέτει 2,5 δισ. ευρώ για 15.000 κατοικίες στη χώρα.', 'The government is making 2.5 million euros available for 15,000 homes in the country.', 'number-mismatch')).toEqual([
      '2.5 million euros <- 2,5 δισ. ευρώ',
    ]);
    expect(pairs('सरकार ने 5 लाख परिवारों के लिए 2,000 करोड़ रुपये मंजूर किए।', 'The government approved Rs 20 billion for 50,000 families.', 'number-mismatch')).toEqual(['50,000 <- 5 लाख']);
  });
});

describe('number-mismatch, currencies of more languages', () => {
  it('does not flag amounts in kronor, złoty, forints, rupiah, lira or rupees rendered in English', () => {
    for (const [source, mt] of [
      ['Regeringen satsar 2,5 miljarder kronor på nya bostäder i landet.', 'The government is investing 2.5 billion kronor in new homes in the country.'],
      ['Rząd przeznaczy 2,5 mld zł na budowę nowych mieszkań w kraju.', 'The government will allocate 2.5 billion zlotys to building new flats in the country.'],
      ['Pemerintah menyiapkan anggaran Rp 1,5 triliun untuk program bantuan keluarga.', 'The government has prepared a budget of 1.5 trillion rupiah for the family aid programme.'],
      ['Merkez Bankası 1,2 milyar lira ek kaynak ayırdı.', 'The central bank set aside an additional 1.2 billion lira.'],
    ]) {
      expect(pairs(source, mt, 'number-mismatch')).toEqual([]);
    }
  });

  it('flags the right amount in another currency than the source’s', () => {
    const [f] = flagged('Regeringen satsar 2,5 miljarder kronor på nya bostäder i landet.', 'The government is investing $2.5 billion in new homes in the country.', 'number-mismatch');
    expect(f.text).toBe('$2.5 billion');
    expect(f.issue.message).toMatch(/kronor/);
  });
});

describe('number-mismatch and dates', () => {
  it('leaves a changed day of a date to the date rule, one issue', () => {
    const source = 'Le ministre a annoncé le 12 mars un plan pour 4 500 familles.';
    const mt = 'The minister announced on March 21 a plan for 4,500 families.';
    const issues = createChecker().check(mt, { source }).issues.filter((i) => i.category === 'accuracy');
    expect(issues.map((i) => `${i.rule}: ${mt.slice(i.start, i.end)}`)).toEqual(['date-mismatch: 21']);
  });

  it('flags a year the translation adds to a date that has none in the source', () => {
    const source = 'Le ministre a annoncé le 12 mars un plan pour 4 500 familles.';
    const mt = 'The minister announced on March 12, 2021 a plan for 4,500 families.';
    expect(pairs(source, mt, 'number-mismatch').map((p) => p.split(' <- ')[0])).toEqual(['2021']);
  });
});

describe('number-mismatch, times written with a point', () => {
  it('does not flag a 24-hour time with a point rendered as a 12-hour or colon time, and flags a changed hour', () => {
    expect(pairs('La ministra habló a las 10.30 horas ante la prensa.', 'The minister spoke to the press at 10:30 a.m.', 'number-mismatch')).toEqual([]);
    expect(pairs('Die Sitzung beginnt um 18.30 Uhr im Rathaus.', 'The meeting begins at 6.30 pm in the town hall.', 'number-mismatch')).toEqual([]);
    expect(pairs('Появление было в 9.15 часов утра.', 'It appeared at 9:15 in the morning.', 'number-mismatch')).toEqual([]);
    expect(pairs('La ministra habló a las 10.30 horas ante la prensa.', 'The minister spoke to the press at 11:30 a.m.', 'number-mismatch')).toEqual(['11 <- 10']);
    expect(flagged('La ministra habló a las 10.30 horas ante la prensa.', 'The minister spoke to the press at 11:30 a.m.', 'number-mismatch')[0].issue.message).toBe(
      '“11” does not match the source, which has “10”.',
    );
  });
});

describe('number-mismatch, era years and Taiwanese amounts', () => {
  it('does not flag a Japanese era year or a Taiwanese (Minguo) year given as the Western year', () => {
    expect(pairs('令和5年度の予算は114兆円で、過去最大となった。', 'The budget for fiscal 2023 is 114 trillion yen, the largest ever.', 'number-mismatch')).toEqual([]);
    expect(pairs('行政院今天表示，112年度總預算為2.8兆元，較111年度增加5.7%。', 'The Executive Yuan said today that the total budget for 2023 is NT$2.8 trillion, up 5.7% from 2022.', 'number-mismatch')).toEqual([]);
  });

  it('flags a wrong Western year for an era year', () => {
    expect(pairs('令和5年度の予算は114兆円で、過去最大となった。', 'The budget for fiscal 2024 is 114 trillion yen, the largest ever.', 'number-mismatch')).toEqual(['2024 <- 5']);
  });
});

describe('number-mismatch, dates written in digits', () => {
  it('does not flag a date in digits given in words, and flags its year changed', () => {
    expect(pairs('Die Frist endet am 15.03.2024 um Mitternacht.', 'The deadline ends at midnight on 15 March 2024.', 'number-mismatch')).toEqual([]);
    expect(pairs('El plazo vence el 2024-03-15 a medianoche.', 'The deadline expires at midnight on March 15, 2024.', 'number-mismatch')).toEqual([]);
    expect(pairs('Die Frist endet am 15.03.2024 um Mitternacht.', 'The deadline ends at midnight on 15 March 2025.', 'number-mismatch').map((p) => p.split(' <- ')[0])).toEqual(['2025']);
  });
});

// name-romanisation-ar: names of an Arabic, Persian, Urdu or Pashto source romanised in the
// translation. The real checker and the real English dictionary; every sentence here is invented
// (the names are public figures' and places').
import { describe, expect, it } from 'vitest';
import { readArabicTables } from '../../../src/core/bilingual/arabic';
import arabicData from '../../../src/core/bilingual/data/arabic.json';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { flagged, pairs } from './helpers';

const RULE = 'name-romanisation-ar';

const crownPrince = 'قال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستستثمر في الطاقة المتجددة خلال العقد المقبل.';
const said = (name: string) => `Saudi Crown Prince ${name} said the kingdom would invest in renewable energy over the next decade.`;
const president = 'استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الفرنسي في القاهرة أمس لبحث العلاقات الثنائية.';
const received = (name: string) => `President ${name} received the French foreign minister in Cairo yesterday to discuss bilateral relations.`;
const libya = 'قال الزعيم الليبي الراحل معمر القذافي في خطاب قديم إن بلاده لن تتراجع أمام الضغوط.';
const leader = (name: string) => `The late Libyan leader ${name} said in an old speech that his country would not back down under pressure.`;
const syria = 'وقال الرئيس السوري السابق بشار الأسد في مقابلة إن الجيش سيواصل عملياته في حلب.';
const interview = (name: string) => `Former Syrian President ${name} said in an interview that the army would continue its operations in Aleppo.`;

describe('name-romanisation-ar', () => {
  it('flags a changed consonant, with the source name and the spelling with that letter put right', () => {
    const [f] = flagged(syria, interview('Bashar al-Assaf'), RULE);
    expect(f.text).toBe('al-Assaf');
    expect(f.source).toBe('الأسد');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“al-Assaf” is not how the source\'s الأسد is romanised: al-Assad.');
    expect(f.issue.suggestions).toEqual(['al-Assad']);
    expect(pairs(president, received('Abdel Fattah al-Sidi'), RULE)).toEqual(['al-Sidi <- السيسي']);
    expect(flagged(president, received('Abdel Fattah al-Sidi'), RULE)[0].issue.suggestions).toEqual(['al-Sisi']);
  });

  it('flags a long vowel the source cannot have', () => {
    const tehran = 'التقى الرئيس الإيراني في طهران بوزير الخارجية العماني لبحث الملف النووي.';
    const [f] = flagged(tehran, 'The Iranian president met the Omani foreign minister in Tehrun to discuss the nuclear file.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Tehrun <- طهران');
    expect(f.issue.suggestions).toEqual(['Tehran']);
    const [g] = flagged(libya, leader('Muammar Gaddafo'), RULE);
    expect(`${g.text} <- ${g.source}`).toBe('Gaddafo <- القذافي');
    expect(g.issue.suggestions).toEqual(['Gaddafi']);
    expect(pairs(syria, interview('Bashir al-Assad'), RULE)).toEqual(['Bashir <- بشار']);
  });

  it('flags a word the dictionary knows when it follows a name particle (bin, ibn, al-)', () => {
    const [f] = flagged(crownPrince, said('Mohammed bin Salmon'), RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Salmon <- سلمان');
    expect(f.issue.suggestions).toEqual(['Salman']);
  });

  it('flags a name after al- that the letters allow only as an English word (a doubled consonant and y)', () => {
    const [f] = flagged(president, received('Abdel Fattah al-Sissy'), RULE);
    expect(`${f.text} <- ${f.source}`).toBe('al-Sissy <- السيسي');
    expect(f.issue.message).toBe('“al-Sissy” reads as the English word “sissy”; the source\'s السيسي is romanised al-Sisi.');
    expect(f.issue.suggestions).toEqual(['al-Sisi']);
    for (const name of ['Abdel Fattah al-Sissi', 'Abdel Fattah el-Sisi', 'Abdel Fattah Sisi'])
      expect(pairs(president, received(name), RULE)).toEqual([]);
  });

  it('flags a name in a Persian, an Urdu and a Pashto source', () => {
    const fa = 'رئیس جمهور ایران در تهران با وزیر خارجه عمان دیدار کرد و درباره پرونده هسته‌ای گفتگو کرد.';
    expect(pairs(fa, "Iran's president met Oman's foreign minister in Tehrun and discussed the nuclear file.", RULE)).toEqual(['Tehrun <- تهران']);
    expect(pairs(fa, "Iran's president met Oman's foreign minister in Tehran and discussed the nuclear file.", RULE)).toEqual([]);
    const ur = 'وزیر اعظم شہباز شریف نے لاہور میں ایک بڑے جلسے سے خطاب کیا اور معیشت پر بات کی۔';
    expect(pairs(ur, 'Prime Minister Shahbaz Sharik addressed a large rally in Lahore and spoke about the economy.', RULE)).toEqual(['Sharik <- شریف']);
    expect(pairs(ur, 'Prime Minister Shahbaz Sharif addressed a large rally in Lahore and spoke about the economy.', RULE)).toEqual([]);
    const ps = 'ولسمشر اشرف غني په کابل کې وویل چې د سولې خبرې به ژر پیل شي او ټول لوري باید برخه واخلي.';
    expect(pairs(ps, 'President Ashraf Ghanu said in Kabul that peace talks would start soon and that all sides must take part.', RULE)).toEqual(['Ghanu <- غني']);
    expect(pairs(ps, 'President Ashraf Ghani said in Kabul that peace talks would start soon and that all sides must take part.', RULE)).toEqual([]);
  });

  it('flags a changed half of a doubled consonant, suggesting the doubled letter back', () => {
    const kabul = 'سراج الدین حقانی و امیر خان متقی در کابل با هیئت قطری دیدار کردند.';
    const [f] = flagged(kabul, 'Sirajuddin Haqqani and Amir Khan Mutmaqi met a Qatari delegation in Kabul.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Mutmaqi <- متقی');
    expect(f.issue.suggestions).toEqual(['Muttaqi']);
    expect(pairs(kabul, 'Sirajuddin Haqqani and Amir Khan Muttaqi met a Qatari delegation in Kabul.', RULE)).toEqual([]);
  });

  it('flags a name with a prefix attached in the source, pointing at the name without it', () => {
    const met = 'والتقى وزير الخارجية الأردني أيمن الصفدي بحسين الشيخ في رام الله لبحث التطورات الأخيرة.';
    const [f] = flagged(met, 'Jordanian Foreign Minister Ayman Safadi met Hussein al-Sheikm in Ramallah to discuss the latest developments.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('al-Sheikm <- الشيخ');
    const [g] = flagged(met, 'Jordanian Foreign Minister Ayman Safadi met Husseim al-Sheikh in Ramallah to discuss the latest developments.', RULE);
    expect(`${g.text} <- ${g.source}`).toBe('Husseim <- حسين');
  });

  it('flags a name written as one with its second part, in the source or in the translation', () => {
    const hezbollah = 'وقال حسن نصرالله الأمين العام لحزب الله في كلمة متلفزة إن الحزب مستعد لكل الاحتمالات.';
    expect(pairs(hezbollah, 'Hassan Nasrallan, secretary-general of Hezbollah, said in a televised speech that the party was ready for every possibility.', RULE)).toEqual(['Nasrallan <- نصرالله']);
    const king = 'وصل الملك سلمان بن عبد العزيز إلى جدة قادما من الرياض في زيارة تستمر أسبوعا.';
    expect(pairs(king, 'King Salman bin Abdulazil arrived in Jeddah from Riyadh for a week-long visit.', RULE)).toEqual(['Abdulazil <- عبد العزيز']);
  });

  it('flags a word near two source words only when the name beside it stands beside one of them in the source', () => {
    // "Marjaa" is one letter from a spelling of مريم and of مراجعة: with Hamdan (حمدان) beside it on both sides it is the name.
    const source = 'وقالت النائبة مريم حمدان إن الخطة تحتاج إلى مراجعة دقيقة قبل إقرارها.';
    const said = (name: string) => `Lawmaker ${name} said the plan needed a careful review before it was adopted.`;
    expect(pairs(source, said('Marjaa Hamdan'), RULE)).toEqual(['Marjaa <- مريم']);
    expect(pairs(source, said('Marjaa'), RULE)).toEqual([]);
  });

  it('flags a changed name that the source writes twice and the translation once right', () => {
    // Both of the source's عمر الدوسري have Umar beside them: one name, not two near words.
    const source = 'أعلن الوزير عمر الدوسري أن الميزانية سترتفع. وقال النائب عمر الدوسري إن الخطة تحتاج إلى مراجعة دقيقة.';
    const text = (first: string) => `Minister Umar ${first} announced that the budget would rise. Lawmaker Umar ad-Dosari said the plan needed a careful review.`;
    expect(pairs(source, text('al-Dosami'), RULE)).toEqual(['al-Dosami <- الدوسري']);
    expect(pairs(source, text('al-Dosari'), RULE)).toEqual([]);
    const twice = 'قالت الوزيرة مريم حمدان إن الميزانية سترتفع، وأيدتها الوكيلة مريم حمدان.';
    expect(pairs(twice, 'Minister Marwam Hamdan said the budget would rise, and Undersecretary Mariam Hamdan agreed.', RULE)).toEqual(['Marwam <- مريم']);
  });

  it('does not flag the accepted spellings of one name', () => {
    for (const name of ['Mohammed bin Salman', 'Muhammad bin Salman', 'Mohamed bin Salman', 'Mohamad bin Salman', 'Muhammad ibn Salman'])
      expect(pairs(crownPrince, said(name), RULE)).toEqual([]);
    for (const name of ['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi', 'Abdul Fattah al-Sisi', 'Abd al-Fattah al-Sisi', 'Abdelfattah Sisi', 'Abdel-Fattah as-Sisi'])
      expect(pairs(president, received(name), RULE)).toEqual([]);
    for (const name of ['Muammar Gaddafi', 'Moammar Qadhafi', 'Muammar al-Gaddafi', 'Muammar Kadhafi', 'Muammar Gadhafi', 'Muammar Qaddafi'])
      expect(pairs(libya, leader(name), RULE)).toEqual([]);
    const iraq = 'التقى الملك عبدالله الثاني بالرئيس العراقي الأسبق صدام حسين في بغداد عام 1989.';
    for (const name of ['Saddam Hussein', 'Saddam Husain', 'Saddam Husayn', 'Saddam Hossein'])
      expect(pairs(iraq, `King Abdullah II met former Iraqi President ${name} in Baghdad in 1989.`, RULE)).toEqual([]);
    expect(pairs(iraq, 'King Abdallah II met former Iraqi President Saddam Hussein in Baghdad in 1989.', RULE)).toEqual([]);
    const qatar = 'أعلنت قطر أنها ستستضيف جولة جديدة من المحادثات في الدوحة الأسبوع المقبل.';
    for (const name of ['Qatar', 'Katar'])
      expect(pairs(qatar, `${name} announced that it would host a new round of talks in Doha next week.`, RULE)).toEqual([]);
    const king = 'وصل الملك سلمان بن عبد العزيز إلى جدة قادما من الرياض في زيارة تستمر أسبوعا.';
    for (const name of ['Abdulaziz', 'Abdul Aziz', 'Abd al-Aziz', 'Abdel-Aziz'])
      expect(pairs(king, `King Salman bin ${name} arrived in Jeddah from Riyadh for a week-long visit.`, RULE)).toEqual([]);
    const damascus = 'وقال أحمد الشرع في دمشق إن سوريا ستفتح صفحة جديدة مع جيرانها.';
    for (const name of ['Ahmed al-Sharaa', 'Ahmad ash-Sharaa', 'Ahmed al-Shara'])
      expect(pairs(damascus, `${name} said in Damascus that Syria would open a new page with its neighbours.`, RULE)).toEqual([]);
  });

  it('does not flag foreign names the source writes in its own way', () => {
    const foreign = 'التقى الرئيس الفرنسي إيمانويل ماكرون بالمستشار الألماني أولاف شولتس والأمين العام أنطونيو غوتيريش، فيما قال دونالد ترامب إن جاستن ترودو سيحضر.';
    expect(
      pairs(foreign, 'French President Emmanuel Macron met German Chancellor Olaf Scholz and Secretary-General Antonio Guterres, while Donald Trump said Justin Trudeau would attend.', RULE),
    ).toEqual([]);
    const turkey = 'استقبل الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في أنقرة.';
    expect(pairs(turkey, 'Turkish President Recep Tayyip Erdogan received his Russian counterpart Vladimir Putin in Ankara.', RULE)).toEqual([]);
  });

  it('does not flag the ways other languages and regions write the letters', () => {
    const cases: [string, string][] = [
      // French ou for a short u (Egypt, the Maghreb); kaf for a g (Morocco); e for alif (Tunisia).
      ['التقى وزير الخارجية المصري الأسبق سامح شكري بالرئيس الباجي قائد السبسي في تونس.', 'Former Egyptian Foreign Minister Sameh Shoukry met President Beji Caid Essebsi in Tunis.'],
      ['وتوجه الملك محمد السادس إلى أكادير بعد زيارة طنجة.', 'King Mohammed VI travelled to Agadir after visiting Tangier.'],
      // A Persian ch written with jim; ch for ta-shin (a Japanese name); n as m before b; Portuguese z.
      ['وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لن تتخلى عن حقها.', 'Iranian Foreign Minister Abbas Araghchi said Tehran would not give up its right.'],
      ['قالت رئيسة الوزراء اليابانية ساناي تاكايتشي إن طوكيو ستزيد إنفاقها الدفاعي.', 'Japanese Prime Minister Sanae Takaichi said Tokyo would increase its defence spending.'],
      ['وقال الزعيم الدرزي وليد جنبلاط إن الحوار ضروري.', 'Druze leader Walid Jumblatt said dialogue was necessary.'],
      ['وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن التجارة ستزدهر.', 'Brazilian President Luiz Inacio Lula da Silva said trade would flourish.'],
      // An article the translation adds to a Persian name; a name written as one with its article (Dhu al-Fiqar).
      ['آیت‌الله علی سیستانی در نجف سخنرانی کرد.', 'Grand Ayatollah Ali al-Sistani spoke in Najaf.'],
      ['ذوالفقار علی بھٹو لاڑکانہ میں دفن ہیں۔', 'Zulfikar Ali Bhutto is buried in Larkana.'],
    ];
    for (const [source, translation] of cases) expect(pairs(source, translation, RULE)).toEqual([]);
  });

  it('does not flag an English name of a place, a dictionary word, or a word near no source name', () => {
    // Sharjah is not how الشارقة is spelt letter by letter (ق as j): an established English name.
    const sharjah = 'افتتح حاكم الشارقة معرض الكتاب الدولي بمشاركة مئات الناشرين من العالم العربي.';
    expect(pairs(sharjah, 'The ruler of Sharjah opened the international book fair with hundreds of publishers from the Arab world.', RULE)).toEqual([]);
    expect(pairs(sharjah, 'The ruler of Sharqan opened the international book fair with hundreds of publishers from the Arab world.', RULE)).toEqual(['Sharqan <- الشارقة']);
    // Salmon with no name particle before it is an English word; Batman is near no source word.
    expect(pairs(crownPrince, 'Saudi Crown Prince Mohammed said the kingdom would invest in Salmon farms and in Batman comics.', RULE)).toEqual([]);
  });

  it('does not flag a word the source writes in Latin letters (name-mismatch compares it)', () => {
    const source = 'أعلنت شركة أرامكو (Aramco) أن أرباحها ارتفعت في الربع الثالث من العام.';
    expect(pairs(source, 'Saudi Aramto announced that its profits rose in the third quarter of the year.', RULE)).toEqual([]);
    expect(flagged(source, 'Saudi Aramto announced that its profits rose in the third quarter of the year.', 'name-mismatch').map((f) => f.text)).toEqual(['Aramto']);
  });

  it('does not flag names when the source is not in the Arabic script', () => {
    const ru = 'Президент Ирана встретился в Тегеране с министром иностранных дел Омана.';
    expect(pairs(ru, "Iran's president met Oman's foreign minister in Tehrun.", RULE)).toEqual([]);
    const zh = '伊朗总统在德黑兰会见了阿曼外交大臣，双方讨论了核问题。';
    expect(pairs(zh, "Iran's president met Oman's foreign minister in Tehrun and they discussed the nuclear issue.", RULE)).toEqual([]);
  });

  it('does not flag a group whose translation names are mostly nowhere in its source', () => {
    const other = 'وقال حسن نصرالله في كلمة متلفزة إن الاجتماع سيعقد في موعده المحدد الأسبوع المقبل.';
    expect(pairs(other, 'Speaker Nabih Berri, Hassan Nasrallan and Walid Jumblatt met Najib Mikati on Tuesday.', RULE)).toEqual([]);
    expect(pairs(other, 'Hassan Nasrallan said in a televised speech that the meeting would be held on time next week.', RULE)).toEqual(['Nasrallan <- نصرالله']);
  });

  it('refuses broken tables, naming the file', () => {
    expect(() => readArabicTables({ ...arabicData, letters: { ...arabicData.letters, ب: ['B'] } })).toThrow(RuleDataError);
    expect(() => readArabicTables({ ...arabicData, letters: { ...arabicData.letters, ب: ['B'] } })).toThrow(/arabic\.json.*"letters"\."ب"/);
    expect(() => readArabicTables({ ...arabicData, vowels: ['a'] })).toThrow(/must include ''/);
    expect(() => readArabicTables({ ...arabicData, exonyms: ['cairo'] })).toThrow(/"exonyms"/);
    expect(() => readArabicTables({ ...arabicData, initial: { ...arabicData.initial, ڤ: ['v'], x: ['y'] } })).toThrow(/"initial" has a key "x"/);
  });
});

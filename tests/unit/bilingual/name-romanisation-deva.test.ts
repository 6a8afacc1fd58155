// name-romanisation-deva: names of a Hindi, Marathi or Nepali source romanised in the translation.
// The real checker and the real English dictionary. The sentences are invented; the names are
// public figures' and places'. Each test plants one changed name beside the spellings it shows
// are right, so it fails where the rule is missing or flags a right spelling.
import { describe, expect, it } from 'vitest';
import { nameForms, readDevanagariTables, spellWord } from '../../../src/core/bilingual/devanagari';
import devanagariData from '../../../src/core/bilingual/data/devanagari.json';
import { isSpelling } from '../../../src/core/bilingual/transliteration';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { flagged, pairs } from './helpers';

const RULE = 'name-romanisation-deva';

describe('name-romanisation-deva', () => {
  it('flags a changed name, suggesting the nearest accepted spelling, with the source word', () => {
    const source = 'प्रधानमंत्री नरेंद्र मोदी ने सोमवार को अहमदाबाद में एक सभा को संबोधित किया।';
    const [f] = flagged(source, 'Prime Minister Narendra Mody addressed a meeting in Ahmedabad on Monday.', RULE);
    expect(f.text).toBe('Mody');
    expect(f.source).toBe('मोदी');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“Mody” is not how the source\'s मोदी is romanised: Modi.');
    expect(f.issue.suggestions).toEqual(['Modi']);
    // Two letters off a long name: still flagged.
    expect(pairs(source, 'Prime Minister Narinder Modi addressed a meeting in Ahmedabad on Monday.', RULE)).toEqual(['Narinder <- नरेंद्र']);
    const [city] = flagged(source, 'Prime Minister Narendra Modi addressed a meeting in Ahmadabed on Monday.', RULE);
    expect(`${city.text} <- ${city.source}`).toBe('Ahmadabed <- अहमदाबाद');
    expect(city.issue.suggestions).toEqual(['Ahmadabad']);
  });

  it('does not flag the inherent vowel dropped at the end or in the middle, or kept', () => {
    const source = 'अरविंद केजरीवाल और कमला नेहरू के बारे में अमित मालवीय ने कहा कि राहुल भी आएंगे।';
    for (const [a, b] of [['Kamala', 'Arvind'], ['Kamla', 'Aravind']])
      expect(pairs(source, `${b} Kejriwal and ${a} Nehru were discussed by Amit Malviya, who said Rahul would come too.`, RULE), a).toEqual([]);
    expect(pairs(source, 'Arvind Kejriwal and Kamala Nehru were discussed by Amit Malvaya, who said Rahul would come too.', RULE)).toEqual([
      'Malvaya <- मालवीय',
    ]);
  });

  it('does not flag the anusvara or chandrabindu as n, or as m before a labial', () => {
    const source = 'उद्योगपति मुकेश अंबानी ने चंपारण में संजय सिंघानिया से मुलाकात की, फिर वे हाँसपुर गए।';
    expect(pairs(source, 'Industrialist Mukesh Ambani met Sanjay Singhania in Champaran, then they went to Hanspur.', RULE)).toEqual([]);
    expect(pairs(source, 'Industrialist Mukesh Anbani met Sanjay Singhania in Champaram, then they went to Haspur.', RULE)).toEqual([
      'Champaram <- चंपारण',
    ]);
  });

  it('does not flag nukta letters, written with or without the nukta', () => {
    const source = 'संगीतकार ज़ाकिर हुसैन और फ़ारूक़ अब्दुल्ला ने ग़ाज़ियाबाद में जाकिर नगर का दौरा किया।';
    expect(pairs(source, 'Musician Zakir Hussain and Farooq Abdullah visited Zakir Nagar in Ghaziabad.', RULE)).toEqual([]);
    expect(pairs(source, 'Musician Jakir Hussain and Faruq Abdullah visited Zakir Nagar in Gaziabad.', RULE)).toEqual([]);
    expect(pairs(source, 'Musician Zakir Hussain and Farooq Abdullah visited Zakir Nagar in Ghaziabed.', RULE)).toEqual([
      'Ghaziabed <- ग़ाज़ियाबाद',
    ]);
  });

  it('does not flag aspirates (kh, gh, chh or ch, jh, th, dh, ph, bh)', () => {
    const source = 'मनोहर लाल खट्टर, छगन भुजबल, जगदीप धनखड़ और दिलीप घोष ठाकुरगंज के फूलपुर गांव पहुंचे।';
    const right = 'Manohar Lal Khattar, Chhagan Bhujbal, Jagdeep Dhankhar and Dilip Ghosh reached Phulpur village in Thakurganj.';
    expect(pairs(source, right, RULE)).toEqual([]);
    expect(pairs(source, right.replace('Chhagan', 'Chagan').replace('Phulpur', 'Fulpur'), RULE)).toEqual([]);
    expect(pairs(source, right.replace('Bhujbal', 'Bujbal'), RULE)).toEqual(['Bujbal <- भुजबल']);
  });

  it('does not flag व as v or w, or श and ष as sh or s', () => {
    const source = 'शिवकुमार विश्वास और आशीष शेलार ने द्वारका में विवेक से बात की।';
    expect(pairs(source, 'Shivkumar Vishwas and Ashish Shelar spoke to Vivek in Dwarka.', RULE)).toEqual([]);
    expect(pairs(source, 'Sivakumar Vishvas and Asish Shelar spoke to Vivek in Dvarka.', RULE)).toEqual([]);
    expect(pairs(source, 'Shivkumar Vishwas and Ashish Shelar spoke to Vivek in Dwarika.', RULE)).toEqual(['Dwarika <- द्वारका']);
  });

  it('does not flag ऋ as ri or ru, conjuncts, or the ee and oo spellings', () => {
    const source = 'ऋतुराज गायकवाड़, माधुरी दीक्षित, लक्ष्मी कपूर और पूनम ढिल्लों ने अमृतसर में ज्ञानेश्वर से भेंट की।';
    const right = 'Ruturaj Gaikwad, Madhuri Dixit, Laxmi Kapoor and Poonam Dhillon met Dnyaneshwar in Amritsar.';
    expect(pairs(source, right, RULE)).toEqual([]);
    const other = right.replace('Ruturaj', 'Rituraj').replace('Dixit', 'Dikshit').replace('Laxmi', 'Lakshmi').replace('Kapoor', 'Kapur').replace('Dnyaneshwar', 'Gyaneshwar');
    expect(pairs(source, other, RULE)).toEqual([]);
    expect(pairs(source, right.replace('Dixit', 'Dikshat'), RULE)).toEqual(['Dikshat <- दीक्षित']);
  });

  it('does not flag an established English form, and suggests one', () => {
    const source = 'अभिनेत्री ममता बनर्जी मुंबई से कोलकाता और वाराणसी गईं, फिर दिल्ली लौटीं।';
    expect(pairs(source, 'Actress Mamata Banerjee went from Bombay to Calcutta and Benares, then returned to Delhi.', RULE)).toEqual([]);
    expect(pairs(source, 'Actress Mamata Banerjee went from Mumbai to Kolkata and Varanasi, then returned to Delhi.', RULE)).toEqual([]);
    const [f] = flagged(source, 'Actress Mamata Banerjee went from Mumbai to Kolkata and Varanasi, then returned to Dehli.', RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Dehli <- दिल्ली');
    expect(f.issue.suggestions).toEqual(['Delhi']);
  });

  it('does not flag a word the English dictionary knows, or a word near no source word', () => {
    const source = 'भारत सरकार ने कहा कि राम नवमी पर अयोध्या में भारी भीड़ रही।';
    // Rama and India are dictionary words; Mehta and Sharma are near nothing in the source.
    expect(pairs(source, 'The Indian government said Mehta and Sharma saw huge crowds in Ayodhya on Rama Navami.', RULE)).toEqual([]);
    expect(pairs(source, 'The Indian government said Mehta and Sharma saw huge crowds in Ayodhya on Ram Navmy.', RULE)).toEqual(['Navmy <- नवमी']);
  });

  it('flags a Marathi or Nepali name with its case ending joined, and reads the plain name as right', () => {
    const marathi = 'मुख्यमंत्री एकनाथ शिंदे यांनी मोदींनी पुण्यात आणि मुंबईत घेतलेल्या सभांचे कौतुक केले.';
    const praised = (pm: string, city: string) =>
      `Chief Minister Eknath Shinde praised the meetings ${pm} held in ${city} and Mumbai.`;
    expect(pairs(marathi, praised('Modi', 'Pune'), RULE)).toEqual([]);
    expect(pairs(marathi, praised('Mody', 'Pune'), RULE)).toEqual(['Mody <- मोदी']);
    const nepali = 'प्रधानमन्त्री पुष्पकमल दाहालले पोखरामा र काठमाडौंमा भाषण गर्नुभयो।';
    expect(pairs(nepali, 'Prime Minister Pushpa Kamal Dahal gave speeches in Pokhara and Kathmandu.', RULE)).toEqual([]);
    expect(pairs(nepali, 'Prime Minister Pushpa Kamal Dahal gave speeches in Pokhera and Kathmandu.', RULE)).toEqual(['Pokhera <- पोखरा']);
  });

  it('does not flag a name the source writes as one word and the translation as two', () => {
    const source = 'लोकसभा और राज्यसभा में सुप्रिया सुळे ने प्रश्न उठाया।';
    expect(pairs(source, 'Supriya Sule raised the question in the Lok Sabha and the Rajya Sabha.', RULE)).toEqual([]);
    expect(pairs(source, 'Supriya Sulu raised the question in the Lok Sabha and the Rajya Sabha.', RULE)).toEqual(['Sulu <- सुळे']);
  });

  it('does not flag a foreign name written its own way', () => {
    const source = 'यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की ने दिल्ली में रेवंत रेड्डी से मुलाकात की।';
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revanth Reddy in Delhi.', RULE)).toEqual([]);
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revanth Ready in Delhi.', RULE)).toEqual([]);
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revinth Reddy in Delhi.', RULE)).toEqual(['Revinth <- रेवंत']);
  });

  it('does not flag a word the translation already writes right as often as the source has it', () => {
    const source = 'अमित शाह ने पटना में भाषण दिया।';
    // Amir is another person the translation adds: the source's अमित is Amit already.
    expect(pairs(source, 'Amit Shah gave a speech in Patna, where Amir listened.', RULE)).toEqual([]);
    expect(pairs(source, 'Amir Shah gave a speech in Patna.', RULE)).toEqual(['Amir <- अमित']);
  });

  it('does not read a source in another script', () => {
    expect(pairs('Владимир Путин прибыл в Дели.', 'Vladimir Putin arrived in Dilli.', RULE)).toEqual([]);
  });
});

describe('devanagari tables', () => {
  it('spells a word in the ways the press writes it', () => {
    const spells = (word: string, latin: string) => isSpelling(latin, spellWord(word)!);
    for (const [word, latin] of [
      ['राम', 'ram'], ['राम', 'rama'], ['कमला', 'kamla'], ['कमला', 'kamala'], ['नरेंद्र', 'narendra'], ['वीरेंद्र', 'virender'],
      ['सिंह', 'singh'], ['सोनिया', 'sonia'], ['जयपुर', 'jaipur'], ['राव', 'rao'], ['सिद्धार्थ', 'sidharth'], ['रहमान', 'rehman'],
    ])
      expect(spells(word, latin), `${word} ${latin}`).toBe(true);
    for (const [word, latin] of [['नरेंद्र', 'nrendra'], ['मोदी', 'mody'], ['आदित्यनाथ', 'adityanth'], ['संजय', 'sanjy']])
      expect(spells(word, latin), `${word} ${latin}`).toBe(false);
  });

  it('reads a word without a case ending or postposition joined to it', () => {
    expect(nameForms('मोदींनी')).toContain('मोदी');
    expect(nameForms('काठमाडौंमा')).toContain('काठमाडौं');
    expect(nameForms('पुण्यात')).toContain('पुणे');
    expect(nameForms('अयोध्येत')).toContain('अयोध्या');
  });

  it('refuses broken tables, naming the file', () => {
    const { क: _, ...consonants } = devanagariData.consonants;
    expect(() => readDevanagariTables({ ...devanagariData, consonants: { ...consonants, x: ['k'] } })).toThrow(RuleDataError);
    expect(() => readDevanagariTables({ ...devanagariData, consonants: { ...consonants, x: ['k'] } })).toThrow(
      /src\/core\/bilingual\/data\/devanagari\.json: "consonants" has a key "x"/,
    );
    expect(() => readDevanagariTables({ ...devanagariData, signs: { ...devanagariData.signs, 'ा': ['A'] } })).toThrow(/"signs"\."ा"/);
    expect(() => readDevanagariTables({ ...devanagariData, english: { mumbai: ['मुंबई'] } })).toThrow(/"english"/);
    expect(() => readDevanagariTables({ ...devanagariData, suffixes: ['ne'] })).toThrow(/"suffixes"/);
    expect(() => readDevanagariTables({ ...devanagariData, anusvara: { default: ['n'] } })).toThrow(/"anusvara"\."labial"/);
  });
});

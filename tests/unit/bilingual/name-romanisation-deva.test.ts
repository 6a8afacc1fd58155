// name-romanisation-deva: names of a Hindi, Marathi or Nepali source romanised in the translation.
// The real checker and the real English dictionary. The sentences are invented; the names are
// public figures' and places'. Each test plants one changed name beside the spellings it shows
// are right, so it fails where the rule is missing or flags a right spelling.
import { describe, expect, it } from 'vitest';
import { nameForms, readDevanagariTables, spellWord } from '../../../src/core/bilingual/devanagari';
import devanagariData from '../../../src/core/bilingual/data/devanagari.json';
import { isSpelling } from '../../../src/core/bilingual/transliteration';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { createChecker } from '../../../src/core';
import { issueCards } from '../../../src/renderer/review/findings';
import { flagged, pairs } from './helpers';

const checker = createChecker();

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

  it('does not flag a foreign name that the source writes as one, in its own spelling', () => {
    const source = 'ब्रिटिश प्रधानमंत्री कीर स्टार्मर और अमेरिकी विदेश मंत्री एंटनी ब्लिंकन ने मॉडर्ना के टीके पर बात की।';
    const right = 'British Prime Minister Keir Starmer and US Secretary of State Antony Blinken discussed the Moderna vaccine.';
    expect(pairs(source, right, RULE)).toEqual([]);
    // Another letter changed is still flagged.
    expect(pairs(source, right.replace('Blinken', 'Blinkem'), RULE)).toEqual(['Blinkem <- ब्लिंकन']);
    // A Hindi name keeps its a: Bachchen for बच्चन is flagged.
    expect(pairs('अमिताभ बच्चन ने मुंबई में कहा।', 'Amitabh Bachchen said in Mumbai.', RULE)).toEqual(['Bachchen <- बच्चन']);
  });

  it('does not flag a foreign name written its own way', () => {
    const source = 'यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की ने दिल्ली में रेवंत रेड्डी से मुलाकात की।';
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revanth Reddy in Delhi.', RULE)).toEqual([]);
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revanth Ready in Delhi.', RULE)).toEqual([]);
    expect(pairs(source, 'Ukrainian President Volodymyr Zelensky met Revinth Reddy in Delhi.', RULE)).toEqual(['Revinth <- रेवंत']);
  });

  it('does not flag a foreign name in its own spelling where a proper noun the dictionary knows beside it marks it foreign', () => {
    // मर्केल shows nothing foreign; Angela (no source word reads it) and German do: Merkel, not Markel.
    const source = 'जर्मनी की पूर्व चांसलर एंजेला मर्केल ने बर्लिन में कहा कि यूरोप एकजुट रहेगा। मर्केल ने अपने फैसले का बचाव किया।';
    const right = 'Former German Chancellor Angela Merkel said in Berlin that Europe would stay united. Merkel defended her decision.';
    expect(pairs(source, right, RULE)).toEqual([]);
    // Without a proper noun beside it, the same spelling is flagged (the name may be an Indian one changed).
    expect(pairs('मर्केल ने बर्लिन में कहा।', 'Merkel said in Berlin.', RULE)).toEqual(['Merkel <- मर्केल']);
    // Another word of the name that shows it is foreign marks it too (ओलाफ़, with a nukta): Scholz.
    expect(pairs('ओलाफ़ शोल्ज ने बर्लिन में कहा।', 'Olaf Scholz said in Berlin.', RULE)).toEqual([]);
    expect(pairs('ओलाफ़ शोल्ज ने बर्लिन में कहा।', 'Olaf Scholtz said in Berlin.', RULE)).toEqual(['Scholtz <- शोल्ज']);
    // A possessive before the name marks it too; ou for ू (Houthi).
    expect(pairs('यमन के हूती विद्रोहियों ने लाल सागर में हमला किया।', "Yemen's Houthi rebels attacked in the Red Sea.", RULE)).toEqual([]);
    // Another letter changed is flagged, with the foreign name's own spelling when it is nearer than an Indian one.
    const [f] = flagged('मेक्सिको की राष्ट्रपति क्लाउडिया शीनबाउम ने बात की।', 'Mexican President Claudia Sheinbaun spoke.', RULE);
    expect(`${f.text} <- ${f.source}: ${f.issue.suggestions?.join(', ')}`).toBe('Sheinbaun <- शीनबाउम: Sheinbaum');
    // A word of the source's own world (Indian), an abbreviation (Dr) or ड़, a letter of Hindi's own words, marks nothing.
    expect(pairs('भारतीय कप्तान रोहित शर्मा ने मुंबई में कहा।', 'Indian captain Rohit Sherma said in Mumbai.', RULE)).toEqual(['Sherma <- शर्मा']);
    expect(pairs('डॉ भीमराव आंबेडकर की जयंती मनाई गई।', 'The birth anniversary of Dr Bhimrao Ambedker was marked.', RULE)).toEqual([
      'Ambedker <- आंबेडकर',
    ]);
    expect(pairs('मुख्य न्यायाधीश डी वाई चंद्रचूड़ ने सुनवाई की।', 'Chief Justice D Y Chandrachoud heard the case.', RULE)).toEqual([
      'Chandrachoud <- चंद्रचूड़',
    ]);
  });

  it.skip('does not flag a foreign name in its own spelling that nothing marks foreign (known false positive)', () => {
    // Uber for उबर, Houthi for हूती alone: the Devanagari shows nothing foreign and no proper noun
    // stands beside the name, so it reads as an Indian name with a changed vowel (Ubar, Hoothi).
    expect(pairs('उबर और ओला के चालकों ने बेंगलुरु में हड़ताल की।', 'Uber and Ola drivers went on strike in Bengaluru.', RULE)).toEqual([]);
    expect(pairs('हूती विद्रोहीहरूले जहाजमाथि आक्रमण गरे।', 'Houthi rebels attacked a ship.', RULE)).toEqual([]);
    // Merkel alone in a sentence with other foreign names: only the name's own phrase is read.
    expect(pairs('जर्मन चांसलर ओलाफ शोल्ज ने बर्लिन में मर्केल की तारीफ की।', 'German Chancellor Olaf Scholz praised Merkel in Berlin.', RULE)).toEqual([]);
  });

  it('does not flag a word the translation already writes right as often as the source has it', () => {
    const source = 'अमित शाह ने पटना में भाषण दिया।';
    // Amir is another person the translation adds: the source's अमित is Amit already.
    expect(pairs(source, 'Amit Shah gave a speech in Patna, where Amir listened.', RULE)).toEqual([]);
    expect(pairs(source, 'Amir Shah gave a speech in Patna.', RULE)).toEqual(['Amir <- अमित']);
  });

  it('does not flag a word that spells a source word of another paragraph', () => {
    const first = ['सुनील गावस्कर ने मुंबई में कहा कि पिच अच्छी है।', 'Sunil Gavaskar said in Mumbai that the pitch is good.'];
    const second = ['सुनीत शर्मा ने दिल्ली में इसका जवाब दिया।', 'Sunil Sharma replied in Delhi.'];
    // Alone, Sunil is a letter off the paragraph's सुनीत; the source has सुनील elsewhere, whom it may name.
    expect(pairs(second[0], second[1], RULE)).toEqual(['Sunil <- सुनीत']);
    expect(pairs(`${first[0]}\n\n${second[0]}`, `${first[1]}\n\n${second[1]}`, RULE)).toEqual([]);
  });

  it('flags the same word as name-mismatch, with the same suggestion, where the source also writes the name in Latin letters', () => {
    const source = 'प्रधानमंत्री नरेंद्र मोदी (Narendra Modi) ने अहमदाबाद में सभा की।';
    const translation = 'Prime Minister Narendra Modu held a meeting in Ahmedabad.';
    const issues = checker.check(translation, { source }).issues.filter((i) => i.rule === RULE || i.rule === 'name-mismatch');
    expect(issues.map((i) => `${i.rule}: ${translation.slice(i.start, i.end)} -> ${i.suggestions.join(', ')}`)).toEqual([
      'name-mismatch: Modu -> Modi',
      `${RULE}: Modu -> Modi`,
    ]);
    // One card in the Issues region, naming both rules.
    expect(issueCards(issues).map((c) => c.issues.map((i) => i.rule))).toEqual([['name-mismatch', RULE]]);
  });

  it('does not read a source in another script', () => {
    expect(pairs('Владимир Путин прибыл в Дели.', 'Vladimir Putin arrived in Dilli.', RULE)).toEqual([]);
  });
});

// Invented news sentences (Hindi, Marathi, Nepali) with their correct translations: public
// figures', parties', festivals' and places' names as the English-language press writes them.
const audit: [string, string][] = [
  ['प्रधानमंत्री नरेंद्र मोदी ने सोमवार को वाराणसी में गंगा घाट का दौरा किया।', 'Prime Minister Narendra Modi visited a Ganga ghat in Varanasi on Monday.'],
  ['दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने कहा कि राजधानी में प्रदूषण कम हुआ है।', 'Delhi Chief Minister Arvind Kejriwal said pollution in the capital had fallen.'],
  ['कांग्रेस नेता राहुल गांधी और प्रियंका गांधी वाड्रा ने रायबरेली में जनसभा की।', 'Congress leaders Rahul Gandhi and Priyanka Gandhi Vadra held a public meeting in Raebareli.'],
  ['उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में नई योजना की घोषणा की।', 'Uttar Pradesh Chief Minister Yogi Adityanath announced a new scheme in Lucknow.'],
  ['गृह मंत्री अमित शाह ने अहमदाबाद में भारतीय जनता पार्टी के कार्यकर्ताओं को संबोधित किया।', 'Home Minister Amit Shah addressed Bharatiya Janata Party workers in Ahmedabad.'],
  ['वित्त मंत्री निर्मला सीतारमण ने लोकसभा में बजट पेश किया।', 'Finance Minister Nirmala Sitharaman presented the budget in the Lok Sabha.'],
  ['पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने कोलकाता में धरना दिया।', 'West Bengal Chief Minister Mamata Banerjee staged a sit-in in Kolkata.'],
  ['मुख्यमंत्री एकनाथ शिंदे यांनी आज मुंबईत पत्रकार परिषद घेतली.', 'Chief Minister Eknath Shinde held a press conference in Mumbai today.'],
  ['उपमुख्यमंत्री देवेंद्र फडणवीस यांनी नागपूरमध्ये बैठक घेतली.', 'Deputy Chief Minister Devendra Fadnavis held a meeting in Nagpur.'],
  ['शिवसेनेचे नेते उद्धव ठाकरे यांनी पुण्यात सभा घेतली.', 'Shiv Sena leader Uddhav Thackeray held a rally in Pune.'],
  ['प्रधानमन्त्री पुष्पकमल दाहालले आज काठमाडौंमा पत्रकार सम्मेलन गर्नुभयो।', 'Prime Minister Pushpa Kamal Dahal held a press conference in Kathmandu today.'],
  ['नेपाली कांग्रेसका सभापति शेरबहादुर देउवाले पोखरामा भाषण गर्नुभयो।', 'Nepali Congress President Sher Bahadur Deuba gave a speech in Pokhara.'],
  ['राष्ट्रपति द्रौपदी मुर्मू ने राष्ट्रपति भवन में वीर जवानों को सम्मानित किया।', 'President Droupadi Murmu honoured brave soldiers at Rashtrapati Bhavan.'],
  ['क्रिकेटर विराट कोहली और रोहित शर्मा ने चेन्नई में अभ्यास किया।', 'Cricketers Virat Kohli and Rohit Sharma practised in Chennai.'],
  ['बिहार के मुख्यमंत्री नीतीश कुमार ने पटना में लालू प्रसाद यादव से मुलाकात की।', 'Bihar Chief Minister Nitish Kumar met Lalu Prasad Yadav in Patna.'],
  ['अमेरिकी राष्ट्रपति जो बाइडन और रूसी राष्ट्रपति व्लादिमीर पुतिन के बीच बातचीत हुई।', 'US President Joe Biden and Russian President Vladimir Putin held talks.'],
  ['यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की ने संयुक्त राष्ट्र में भाषण दिया।', 'Ukrainian President Volodymyr Zelensky addressed the United Nations.'],
  ['विदेश मंत्री एस जयशंकर ने बांग्लादेश के समकक्ष से बात की।', 'External Affairs Minister S Jaishankar spoke with his Bangladeshi counterpart.'],
  ['मध्य प्रदेश के पूर्व मुख्यमंत्री शिवराज सिंह चौहान ने भोपाल में रोड शो किया।', 'Former Madhya Pradesh Chief Minister Shivraj Singh Chouhan held a roadshow in Bhopal.'],
  ['राजस्थान के मुख्यमंत्री अशोक गहलोत ने जयपुर में किसानों से मुलाकात की।', 'Rajasthan Chief Minister Ashok Gehlot met farmers in Jaipur.'],
  ['हैदराबाद में असदुद्दीन ओवैसी ने एक रैली को संबोधित किया।', 'Asaduddin Owaisi addressed a rally in Hyderabad.'],
  ['दक्षिण अफ्रीका के खिलाफ मैच में जसप्रीत बुमराह ने पांच विकेट लिए।', 'Jasprit Bumrah took five wickets in the match against South Africa.'],
  ['तमिलनाडु के मुख्यमंत्री एम के स्टालिन ने चेन्नई में सचिवालय का दौरा किया।', 'Tamil Nadu Chief Minister M K Stalin visited the secretariat in Chennai.'],
  ['केरल के मुख्यमंत्री पिनराई विजयन ने तिरुवनंतपुरम में बैठक की।', 'Kerala Chief Minister Pinarayi Vijayan held a meeting in Thiruvananthapuram.'],
  ['आंध्र प्रदेश के मुख्यमंत्री चंद्रबाबू नायडू ने अमरावती में नई राजधानी की आधारशिला रखी।', 'Andhra Pradesh Chief Minister Chandrababu Naidu laid the foundation stone of the new capital in Amaravati.'],
  ['अभिनेता शाहरुख खान और सलमान खान मुंबई में एक कार्यक्रम में दिखे।', 'Actors Shah Rukh Khan and Salman Khan were seen at an event in Mumbai.'],
  ['जम्मू-कश्मीर के उपराज्यपाल मनोज सिन्हा ने श्रीनगर में तिरंगा फहराया।', 'Jammu and Kashmir Lieutenant Governor Manoj Sinha hoisted the tricolour in Srinagar.'],
  ['भारतीय रिज़र्व बैंक के गवर्नर शक्तिकांत दास ने रेपो दर में बदलाव नहीं किया।', 'Reserve Bank of India Governor Shaktikanta Das left the repo rate unchanged.'],
  ['इसरो के अध्यक्ष एस सोमनाथ ने श्रीहरिकोटा से प्रक्षेपण की जानकारी दी।', 'ISRO chairman S Somanath gave details of the launch from Sriharikota.'],
  ['पूर्व प्रधानमंत्री अटल बिहारी वाजपेयी की जयंती पर दिल्ली में कार्यक्रम हुआ।', 'An event was held in Delhi on the birth anniversary of former Prime Minister Atal Bihari Vajpayee.'],
  ['सुप्रीम कोर्ट के मुख्य न्यायाधीश डी वाई चंद्रचूड़ ने सुनवाई की।', 'Chief Justice of India D Y Chandrachud heard the case.'],
  ['ओडिशा के पुरी में जगन्नाथ रथ यात्रा निकाली गई।', 'The Jagannath Rath Yatra was held in Puri, Odisha.'],
  ['लद्दाख के लेह में सेना प्रमुख जनरल मनोज पांडे ने सैनिकों से मुलाकात की।', 'Army chief General Manoj Pande met soldiers in Leh, Ladakh.'],
  ['गोवा और कर्नाटक के बीच महादायी नदी के पानी पर विवाद है।', 'Goa and Karnataka have a dispute over the water of the Mahadayi river.'],
  ['नेकपा एमालेका अध्यक्ष केपी शर्मा ओलीले ललितपुरमा कार्यकर्तालाई सम्बोधन गर्नुभयो।', 'CPN-UML chairman KP Sharma Oli addressed cadres in Lalitpur.'],
  ['पूर्वराष्ट्रपति विद्यादेवी भण्डारीले विराटनगरमा कार्यक्रममा भाग लिनुभयो।', 'Former President Bidya Devi Bhandari took part in a programme in Biratnagar.'],
  ['काठमाडौं महानगरपालिकाका मेयर बालेन शाहले नयाँ नियम ल्याउनुभयो।', 'Kathmandu Metropolitan City Mayor Balen Shah introduced new rules.'],
  ['माओवादी केन्द्रका नेता प्रचण्ड र बाबुराम भट्टराईबीच भेट भयो।', 'Maoist Centre leader Prachanda and Baburam Bhattarai met.'],
  ['जनकपुरमा जानकी मन्दिरमा विवाह पञ्चमी मनाइयो।', 'Vivah Panchami was celebrated at the Janaki temple in Janakpur.'],
  ['लुम्बिनीमा बुद्ध जयन्ती धूमधामसँग मनाइयो।', 'Buddha Jayanti was celebrated with fanfare in Lumbini.'],
  ['मुख्यमंत्री योगी आदित्यनाथ यांनी अयोध्येत राम मंदिराच्या कामाची पाहणी केली.', 'Chief Minister Yogi Adityanath inspected the work on the Ram temple in Ayodhya.'],
  ['राष्ट्रवादी काँग्रेसचे अध्यक्ष शरद पवार यांनी बारामतीत मेळावा घेतला.', 'Nationalist Congress Party president Sharad Pawar held a rally in Baramati.'],
  ['सचिन तेंडुलकर यांनी वानखेडे स्टेडियमला भेट दिली.', 'Sachin Tendulkar visited the Wankhede Stadium.'],
  ['लता मंगेशकर यांच्या स्मृतिदिनानिमित्त पुण्यात कार्यक्रम झाला.', 'An event was held in Pune on the death anniversary of Lata Mangeshkar.'],
  ['नितीन गडकरी यांनी नागपूर-मुंबई समृद्धी महामार्गाचे उद्घाटन केले.', 'Nitin Gadkari inaugurated the Nagpur-Mumbai Samruddhi Expressway.'],
  ['अजित पवार आणि सुप्रिया सुळे यांची भेट झाली.', 'Ajit Pawar and Supriya Sule met.'],
  ['ऑस्ट्रेलिया के कप्तान पैट कमिंस ने टॉस जीता।', 'Australian captain Pat Cummins won the toss.'],
  ['ब्रिटेन के प्रधानमंत्री ऋषि सुनक ने लंदन में भारतीय समुदाय से मुलाकात की।', 'British Prime Minister Rishi Sunak met the Indian community in London.'],
  ['इजरायल के प्रधानमंत्री बेंजामिन नेतन्याहू ने गाजा पर बयान दिया।', 'Israeli Prime Minister Benjamin Netanyahu made a statement on Gaza.'],
  ['टेस्ला के सीईओ एलन मस्क ने ट्विटर पर पोस्ट किया।', 'Tesla CEO Elon Musk posted on Twitter.'],
  ['फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने पेरिस में प्रधानमंत्री मोदी का स्वागत किया।', 'French President Emmanuel Macron welcomed Prime Minister Modi in Paris.'],
  ['संयुक्त राष्ट्र महासचिव एंतोनियो गुतारेस ने युद्धविराम की अपील की।', 'UN Secretary-General Antonio Guterres appealed for a ceasefire.'],
  ['चीनी राष्ट्रपति शी जिनपिंग ने बीजिंग में बैठक की।', 'Chinese President Xi Jinping held a meeting in Beijing.'],
  ['पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने इस्लामाबाद में कहा।', 'Pakistani Prime Minister Shehbaz Sharif said in Islamabad.'],
  ['अमिताभ बच्चन ने कौन बनेगा करोड़पति की शूटिंग शुरू की।', 'Amitabh Bachchan began shooting Kaun Banega Crorepati.'],
  ['हिमाचल प्रदेश के शिमला और मनाली में बर्फबारी हुई।', 'Snow fell in Shimla and Manali in Himachal Pradesh.'],
  ['उत्तराखंड के देहरादून और हरिद्वार में भारी बारिश हुई।', 'Heavy rain fell in Dehradun and Haridwar in Uttarakhand.'],
  ['छत्तीसगढ़ के रायपुर में भूपेश बघेल ने किसानों से बात की।', 'Bhupesh Baghel spoke to farmers in Raipur, Chhattisgarh.'],
  ['झारखंड के मुख्यमंत्री हेमंत सोरेन ने रांची में बैठक की।', 'Jharkhand Chief Minister Hemant Soren held a meeting in Ranchi.'],
  ['पंजाब के मुख्यमंत्री भगवंत मान ने अमृतसर में स्वर्ण मंदिर में मत्था टेका।', 'Punjab Chief Minister Bhagwant Mann paid obeisance at the Golden Temple in Amritsar.'],
  ['हरियाणा के गुरुग्राम और फरीदाबाद में पानी भर गया।', 'Gurugram and Faridabad in Haryana were waterlogged.'],
  ['असम के मुख्यमंत्री हिमंत बिस्वा सरमा ने गुवाहाटी में कहा।', 'Assam Chief Minister Himanta Biswa Sarma said in Guwahati.'],
  ['कर्नाटक के मुख्यमंत्री सिद्धारमैया ने बेंगलुरु में बजट पेश किया।', 'Karnataka Chief Minister Siddaramaiah presented the budget in Bengaluru.'],
  ['तेलंगाना के मुख्यमंत्री रेवंत रेड्डी ने हैदराबाद में निवेशकों से मुलाकात की।', 'Telangana Chief Minister Revanth Reddy met investors in Hyderabad.'],
  ['कांग्रेस अध्यक्ष मल्लिकार्जुन खड़गे ने प्रेस कॉन्फ्रेंस की।', 'Congress president Mallikarjun Kharge held a press conference.'],
  ['सांसद शशि थरूर ने तिरुवनंतपुरम में प्रचार किया।', 'MP Shashi Tharoor campaigned in Thiruvananthapuram.'],
  ['नीरज चोपड़ा ने भाला फेंक में स्वर्ण पदक जीता।', 'Neeraj Chopra won gold in the javelin throw.'],
  ['पी वी सिंधु और साइना नेहवाल ने अभ्यास किया।', 'P V Sindhu and Saina Nehwal practised.'],
  ['मुकेश अंबानी और गौतम अडानी की कंपनियों के शेयर चढ़े।', 'Shares of Mukesh Ambani and Gautam Adani companies rose.'],
  ['रतन टाटा के निधन पर शोक व्यक्त किया गया।', 'Condolences were expressed on the death of Ratan Tata.'],
  ['महात्मा गांधी और जवाहरलाल नेहरू की तस्वीरें लगाई गईं।', 'Pictures of Mahatma Gandhi and Jawaharlal Nehru were put up.'],
  ['डॉ भीमराव आंबेडकर की जयंती पर नागपुर की दीक्षाभूमि में भीड़ उमड़ी।', 'Crowds thronged Deekshabhoomi in Nagpur on the birth anniversary of Dr Bhimrao Ambedkar.'],
  ['स्वामी विवेकानंद की शिक्षाओं पर कोलकाता के बेलूर मठ में चर्चा हुई।', 'The teachings of Swami Vivekananda were discussed at Belur Math in Kolkata.'],
  ['सुभाष चंद्र बोस की प्रतिमा इंडिया गेट पर लगाई गई।', 'A statue of Subhas Chandra Bose was installed at India Gate.'],
  ['पूर्व कप्तान सौरव गांगुली ने कोलकाता में कहा कि टीम मजबूत है।', 'Former captain Sourav Ganguly said in Kolkata that the team is strong.'],
  ['पंजाब के पूर्व मुख्यमंत्री अमरिंदर सिंह ने पटियाला में बैठक की।', 'Former Punjab Chief Minister Amarinder Singh held a meeting in Patiala.'],
  ['महाराष्ट्र के पूर्व मुख्यमंत्री अशोक चव्हाण ने नांदेड में प्रचार किया।', 'Former Maharashtra Chief Minister Ashok Chavan campaigned in Nanded.'],
  ['पूर्व उपराष्ट्रपति वेंकैया नायडू ने नेल्लोर में छात्रों से बात की।', 'Former Vice President Venkaiah Naidu spoke to students in Nellore.'],
  ['क्रिकेटर वीरेंद्र सहवाग और युवराज सिंह ने चंडीगढ़ में मैच देखा।', 'Cricketers Virender Sehwag and Yuvraj Singh watched the match in Chandigarh.'],
  ['शिरोमणि अकाली दल की नेता हरसिमरत कौर बादल ने बठिंडा में रैली की।', 'Shiromani Akali Dal leader Harsimrat Kaur Badal held a rally in Bathinda.'],
  ['नवजोत सिंह सिद्धू ने अमृतसर में कहा कि वह चुनाव लड़ेंगे।', 'Navjot Singh Sidhu said in Amritsar that he would contest the election.'],
  ['तमिलनाडु भाजपा अध्यक्ष के अन्नामलाई ने कोयंबटूर में मार्च निकाला।', 'Tamil Nadu BJP president K Annamalai led a march in Coimbatore.'],
  ['पूर्व वित्त मंत्री पी चिदंबरम ने चेन्नई में पुस्तक का विमोचन किया।', 'Former finance minister P Chidambaram released a book in Chennai.'],
  ['अभिनेता अक्षय कुमार और कैटरीना कैफ ने जयपुर में शूटिंग की।', 'Actors Akshay Kumar and Katrina Kaif shot in Jaipur.'],
  ['दशहरा के मौके पर दिल्ली के रामलीला मैदान में रावण दहन हुआ।', 'On the occasion of Dussehra, an effigy of Ravana was burnt at the Ramlila Maidan in Delhi.'],
  ['नवरात्रि के दौरान वैष्णो देवी मंदिर में श्रद्धालुओं की भीड़ रही।', 'Devotees crowded the Vaishno Devi temple during Navratri.'],
  ['छठ पूजा के लिए पटना के गंगा घाटों पर तैयारी पूरी हुई।', 'Preparations for Chhath Puja were completed at the Ganga ghats in Patna.'],
  ['स्वच्छ भारत अभियान के तहत इंदौर को फिर से सबसे साफ शहर चुना गया।', 'Under the Swachh Bharat Abhiyan, Indore was again chosen the cleanest city.'],
  ['आयुष्मान भारत योजना के तहत गोरखपुर में कार्ड बांटे गए।', 'Cards were distributed in Gorakhpur under the Ayushman Bharat scheme.'],
  ['नीति आयोग के सीईओ ने विकसित भारत पर रिपोर्ट जारी की।', 'The NITI Aayog CEO released a report on Viksit Bharat.'],
  ['तृणमूल कांग्रेस के नेता अभिषेक बनर्जी ने हावड़ा में सभा की।', 'Trinamool Congress leader Abhishek Banerjee held a meeting in Howrah.'],
  ['समाजवादी पार्टी के अध्यक्ष अखिलेश यादव ने आजमगढ़ में जनसभा की।', 'Samajwadi Party president Akhilesh Yadav held a public meeting in Azamgarh.'],
  ['बहुजन समाज पार्टी की प्रमुख मायावती ने लखनऊ में प्रेस वार्ता की।', 'Bahujan Samaj Party chief Mayawati held a press conference in Lucknow.'],
  ['राष्ट्रीय स्वयंसेवक संघ के प्रमुख मोहन भागवत ने नागपुर में भाषण दिया।', 'Rashtriya Swayamsevak Sangh chief Mohan Bhagwat gave a speech in Nagpur.'],
  ['जनता दल यूनाइटेड के नेता ललन सिंह ने मुंगेर में कार्यकर्ताओं से मुलाकात की।', 'Janata Dal (United) leader Lalan Singh met workers in Munger.'],
  ['अभिनेत्री दीपिका पादुकोण और रणवीर सिंह मुंबई हवाई अड्डे पर दिखे।', 'Actress Deepika Padukone and Ranveer Singh were seen at Mumbai airport.'],
  ['गायक अरिजीत सिंह ने पुणे में संगीत कार्यक्रम किया।', 'Singer Arijit Singh performed a concert in Pune.'],
  ['लेखक चेतन भगत ने दिल्ली में नई किताब पेश की।', 'Author Chetan Bhagat presented a new book in Delhi.'],
  ['ओलंपिक पदक विजेता मीराबाई चानू ने इंफाल में अभ्यास किया।', 'Olympic medallist Mirabai Chanu trained in Imphal.'],
  ['पहलवान बजरंग पूनिया और विनेश फोगाट ने सोनीपत में प्रदर्शन किया।', 'Wrestlers Bajrang Punia and Vinesh Phogat protested in Sonipat.'],
  ['हॉकी कप्तान हरमनप्रीत सिंह ने भुवनेश्वर में टीम की घोषणा की।', 'Hockey captain Harmanpreet Singh announced the team in Bhubaneswar.'],
  ['शतरंज खिलाड़ी विश्वनाथन आनंद ने चेन्नई में बच्चों को प्रशिक्षण दिया।', 'Chess player Viswanathan Anand trained children in Chennai.'],
  ['बॉक्सर मैरी कॉम ने मणिपुर में अकादमी खोली।', 'Boxer Mary Kom opened an academy in Manipur.'],
  ['नेपालका प्रधानमन्त्री शेरबहादुर देउवा र पूर्वप्रधानमन्त्री माधवकुमार नेपाल भेटे।', 'Nepali Prime Minister Sher Bahadur Deuba and former prime minister Madhav Kumar Nepal met.'],
  ['बागमती प्रदेशका मुख्यमन्त्रीले हेटौंडामा बैठक बोलाए।', 'The chief minister of Bagmati Province called a meeting in Hetauda.'],
  ['धरान र इटहरीमा भारी वर्षा भयो।', 'Heavy rain fell in Dharan and Itahari.'],
  ['पुणे महापालिकेने कोथरूडमध्ये नवीन उद्यान उघडले.', 'The Pune Municipal Corporation opened a new park in Kothrud.'],
  ['कोल्हापूर आणि सांगलीत पूरस्थिती कायम आहे.', 'The flood situation persists in Kolhapur and Sangli.'],
  ['नाशिकमध्ये कुंभमेळ्याची तयारी सुरू झाली.', 'Preparations for the Kumbh Mela have begun in Nashik.'],
  ['पूर्व वित्त मंत्री अरुण जेटली की पुण्यतिथि पर भाजपा ने श्रद्धांजलि दी।', 'The BJP paid tribute to former finance minister Arun Jaitley on his death anniversary.'],
  ['कैलाश मानसरोवर यात्रा के लिए श्रद्धालु पिथौरागढ़ पहुंचे।', 'Pilgrims reached Pithoragarh for the Kailash Mansarovar Yatra.'],
  ['बैसाखी के मौके पर आनंदपुर साहिब में मेला लगा।', 'A fair was held at Anandpur Sahib on the occasion of Baisakhi.'],
  ['सुनील छेत्री ने बेंगलुरु में गोल किया।', 'Sunil Chhetri scored in Bengaluru.'],
  ['मैरी कॉम और निकहत ज़रीन ने दिल्ली में अभ्यास किया।', 'Mary Kom and Nikhat Zareen trained in Delhi.'],
  ['प्रशांत किशोर ने बिहार के सीवान में पदयात्रा शुरू की।', 'Prashant Kishor began a padyatra in Siwan, Bihar.'],
  ['राज ठाकरेंनी शिवाजी पार्कवर सभा घेतली.', 'Raj Thackeray held a rally at Shivaji Park.'],
  ['संजय राऊत यांनी दिल्लीत पत्रकारांशी संवाद साधला.', 'Sanjay Raut spoke to reporters in Delhi.'],
  ['पंकजा मुंडे यांनी बीडमध्ये कार्यकर्त्यांची बैठक घेतली.', 'Pankaja Munde held a meeting of workers in Beed.'],
  ['सुप्रिया सुळे आणि रोहित पवार बारामतीत होते.', 'Supriya Sule and Rohit Pawar were in Baramati.'],
  ['गगन थापाले चितवनमा कार्यकर्तासँग भेट गरे।', 'Gagan Thapa met party workers in Chitwan.'],
  ['रवि लामिछानेले संसदमा प्रश्न उठाए।', 'Rabi Lamichhane raised questions in parliament.'],
  ['सगरमाथा आरोहण गर्न पर्वतारोहीहरू सोलुखुम्बु पुगे।', 'Climbers reached Solukhumbu to climb Sagarmatha.'],
  ['भक्तपुर र ललितपुरमा जात्रा मनाइयो।', 'Jatras were celebrated in Bhaktapur and Lalitpur.'],
  ['अनुराग ठाकुर ने हमीरपुर में खेल परिसर का उद्घाटन किया।', 'Anurag Thakur inaugurated a sports complex in Hamirpur.'],
  ['ज्योतिरादित्य सिंधिया ने ग्वालियर में हवाई अड्डे का दौरा किया।', 'Jyotiraditya Scindia visited the airport in Gwalior.'],
  ['पीयूष गोयल ने मुंबई में निर्यातकों से बात की।', 'Piyush Goyal spoke to exporters in Mumbai.'],
  ['राजनाथ सिंह ने लेह में सैनिकों के साथ दशहरा मनाया।', 'Rajnath Singh celebrated Dussehra with soldiers in Leh.'],
  ['स्मृति ईरानी ने अमेठी में जनता दरबार लगाया।', 'Smriti Irani held a public hearing in Amethi.'],
  ['धर्मेंद्र प्रधान ने भुवनेश्वर में छात्रों से संवाद किया।', 'Dharmendra Pradhan interacted with students in Bhubaneswar.'],
  ['मनसुख मांडविया ने सूरत में अस्पताल का दौरा किया।', 'Mansukh Mandaviya visited a hospital in Surat.'],
  ['हिमाचल के मुख्यमंत्री सुखविंदर सिंह सुक्खू ने शिमला में बैठक की।', 'Himachal Chief Minister Sukhvinder Singh Sukhu held a meeting in Shimla.'],
  ['ओडिशा के मुख्यमंत्री मोहन चरण माझी ने पुरी में पूजा की।', 'Odisha Chief Minister Mohan Charan Majhi offered prayers in Puri.'],
  ['उमर अब्दुल्ला ने श्रीनगर में नई सरकार की घोषणा की।', 'Omar Abdullah announced the new government in Srinagar.'],
  ['महबूबा मुफ्ती ने अनंतनाग में रैली की।', 'Mehbooba Mufti held a rally in Anantnag.'],
];

// One name changed by a letter in some of them: [the right word, the changed one, what is flagged].
const planted: [number, string, string, string][] = [
  [0, 'Narendra', 'Narandra', 'Narandra <- नरेंद्र (Narendra)'],
  [1, 'Kejriwal', 'Kejriwel', 'Kejriwel <- केजरीवाल (Kejriwal)'],
  [3, 'Adityanath', 'Adityaneth', 'Adityaneth <- आदित्यनाथ (Adityanath)'],
  [4, 'Bharatiya', 'Bharatiia', 'Bharatiia <- भारतीय (Bharatiya)'],
  [7, 'Shinde', 'Shende', 'Shende <- शिंदे (Shinde)'],
  [11, 'Deuba', 'Deoba', 'Deoba <- देउवा (Deuba)'],
  [16, 'Zelensky', 'Zelansky', 'Zelansky <- ज़ेलेंस्की (Zelensky)'],
  [21, 'Bumrah', 'Bumreh', 'Bumreh <- बुमराह (Bumrah)'],
  [27, 'Shaktikanta', 'Shaktikenta', 'Shaktikenta <- शक्तिकांत (Shaktikanta)'],
  [26, 'Manoj', 'Manuj', 'Manuj <- मनोज (Manoj)'],
  [36, 'Balen', 'Balan', 'Balan <- बालेन (Balen)'],
  [45, 'Supriya', 'Supriia', 'Supriia <- सुप्रिया (Supriya)'],
  [54, 'Bachchan', 'Bachchen', 'Bachchen <- बच्चन (Bachchan)'],
  [58, 'Jharkhand', 'Jharkhend', 'Jharkhend <- झारखंड (Jharkhand)'],
  [62, 'Siddaramaiah', 'Siddaramaieh', 'Siddaramaieh <- सिद्धारमैया (Siddaramaiah)'],
  [65, 'Tharoor', 'Tharour', 'Tharour <- थरूर (Tharoor)'],
  [19, 'Ashok', 'Ashuk', 'Ashuk <- अशोक (Ashok)'],
  [80, 'Navjot', 'Navjut', 'Navjut <- नवजोत (Navjot)'],
  [85, 'Navratri', 'Navretri', 'Navretri <- नवरात्रि (Navratri)'],
  [92, 'Samaj', 'Samej', 'Samej <- समाज (Samaj)'],
  [97, 'Chetan', 'Cheten', 'Cheten <- चेतन (Chetan)'],
  [11, 'Bahadur', 'Bahador', 'Bahador <- शेरबहादुर (Bahadur)'],
  [42, 'Tendulkar', 'Tendulker', 'Tendulker <- तेंडुलकर (Tendulkar)'],
  [112, 'Chhetri', 'Chhetru', 'Chhetru <- छेत्री (Chhetri)'],
  [120, 'Lamichhane', 'Lamichhene', 'Lamichhene <- लामिछाने (Lamichhane)'],
  [107, 'Kolhapur', 'Kolhapor', 'Kolhapor <- कोल्हापूर (Kolhapur)'],
];

describe('name-romanisation-deva on invented news sentences', () => {
  it('does not flag any name of the correct translations', () => {
    expect(audit.flatMap(([source, translation]) => pairs(source, translation, RULE))).toEqual([]);
    // All of them at once, as one article: aligned paragraph by paragraph.
    expect(pairs(audit.map(([s]) => s).join('\n\n'), audit.map(([, t]) => t).join('\n\n'), RULE)).toEqual([]);
  });

  it('flags the one changed name, with the source word and the nearest accepted spelling', () => {
    for (const [k, right, wrong, found] of planted) {
      const [source, translation] = audit[k];
      expect(translation, right).toContain(right);
      const changed = translation.replace(right, wrong);
      expect(
        flagged(source, changed, RULE).map((f) => `${f.text} <- ${f.source} (${f.issue.suggestions?.join(', ')})`),
        wrong,
      ).toEqual([found]);
    }
  });
});

// Invented news sentences (Hindi, Marathi, Nepali) naming foreign leaders, firms and places, with
// their correct translations: the names in their own English spelling.
const foreignAudit: [string, string][] = [
  ['जर्मनी की पूर्व चांसलर एंजेला मर्केल ने बर्लिन में अपनी आत्मकथा पेश की।', 'Former German Chancellor Angela Merkel presented her memoir in Berlin.'],
  ['ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज़ ने कैनबरा में संसद को संबोधित किया।', 'Australian Prime Minister Anthony Albanese addressed parliament in Canberra.'],
  ['ऑस्ट्रेलियाचे पंतप्रधान अँथनी अल्बानीज यांनी सिडनीत भाषण केले.', 'Australian Prime Minister Anthony Albanese gave a speech in Sydney.'],
  ['यमन के हूती विद्रोहियों ने लाल सागर में एक जहाज़ पर हमला किया।', 'Yemen\'s Houthi rebels attacked a ship in the Red Sea.'],
  ['मेटा के प्रमुख मार्क जुकरबर्ग ने नए चश्मे दिखाए।', 'Meta chief Mark Zuckerberg showed off new glasses.'],
  ['अमेजन के संस्थापक जेफ बेजोस ने वेनिस में शादी की।', 'Amazon founder Jeff Bezos got married in Venice.'],
  ['इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने रोम में बैठक की।', 'Italian Prime Minister Giorgia Meloni held a meeting in Rome.'],
  ['तुर्की के राष्ट्रपति रेचेप तैयप एर्दोगन ने अंकारा में कहा कि बातचीत जारी रहेगी।', 'Turkish President Recep Tayyip Erdogan said in Ankara that talks would continue.'],
  ['चीनी कंपनी हुआवेई ने नया फोन बाजार में उतारा।', 'Chinese company Huawei put a new phone on the market.'],
  ['दक्षिण कोरियाई कंपनी हुंडई ने चेन्नई में नया संयंत्र खोला।', 'South Korean company Hyundai opened a new plant in Chennai.'],
  ['ईरान के राष्ट्रपति मसूद पेजेशकियान ने तेहरान में पत्रकारों से बात की।', 'Iranian President Masoud Pezeshkian spoke to reporters in Tehran.'],
  ['फलस्तीनी राष्ट्रपति महमूद अब्बास ने रामल्लाह में बैठक बुलाई।', 'Palestinian President Mahmoud Abbas called a meeting in Ramallah.'],
  ['लेबनान की राजधानी बेरूत में एक धमाका हुआ।', 'An explosion hit Beirut, the capital of Lebanon.'],
  ['यूक्रेन की राजधानी कीव पर रात भर ड्रोन हमले हुए।', 'Drone attacks hit Kyiv, the capital of Ukraine, overnight.'],
  ['कनाडा के प्रधानमंत्री मार्क कार्नी ने ओटावा में व्यापार पर बयान दिया।', 'Canadian Prime Minister Mark Carney made a statement on trade in Ottawa.'],
  ['मेक्सिको की राष्ट्रपति क्लाउडिया शीनबाउम ने शुल्क पर बात की।', 'Mexican President Claudia Sheinbaum spoke about tariffs.'],
  ['जापान के प्रधानमंत्री शिगेरु इशिबा ने टोक्यो में कहा कि बातचीत जारी है।', 'Japanese Prime Minister Shigeru Ishiba said in Tokyo that talks are continuing.'],
  ['अमेरिकी विदेश मंत्री मार्को रुबियो ने वॉशिंगटन में कहा।', 'US Secretary of State Marco Rubio said in Washington.'],
  ['नाटो महासचिव मार्क रुटे ने ब्रसेल्स में रक्षा मंत्रियों से मुलाकात की।', 'NATO Secretary General Mark Rutte met defence ministers in Brussels.'],
  ['ब्राजील के राष्ट्रपति लूला दा सिल्वा ने ब्रासीलिया में सम्मेलन किया।', 'Brazilian President Lula da Silva held a summit in Brasilia.'],
  ['बांग्लादेश की अंतरिम सरकार के प्रमुख मुहम्मद यूनुस ढाका लौटे।', 'Muhammad Yunus, head of Bangladesh\'s interim government, returned to Dhaka.'],
  ['श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके ने कोलंबो में शपथ ली।', 'Sri Lankan President Anura Kumara Dissanayake was sworn in in Colombo.'],
  ['पाकिस्तान के सेना प्रमुख आसिम मुनीर ने रावलपिंडी में कहा।', 'Pakistan army chief Asim Munir said in Rawalpindi.'],
  ['ईरान के सर्वोच्च नेता अली खामेनेई ने तेहरान में भाषण दिया।', 'Iran\'s Supreme Leader Ali Khamenei gave a speech in Tehran.'],
  ['हमास नेता याह्या सिनवार की मौत की पुष्टि हुई।', 'The death of Hamas leader Yahya Sinwar was confirmed.'],
  ['हिजबुल्लाह प्रमुख हसन नसरल्लाह बेरूत में मारे गए।', 'Hezbollah chief Hassan Nasrallah was killed in Beirut.'],
  ['जर्मन चान्सलर फ्रेडरिक मर्जले बर्लिनमा पत्रकार सम्मेलन गरे।', 'German Chancellor Friedrich Merz held a press conference in Berlin.'],
  ['अमेरिकी राष्ट्रपति डोनाल्ड ट्रम्पले ह्वाइट हाउसमा नेताहरूसँग भेट गरे।', 'US President Donald Trump met leaders at the White House.'],
  ['चिनियाँ राष्ट्रपति सी जिनपिङले बेइजिङमा नेपाली प्रधानमन्त्रीलाई स्वागत गरे।', 'Chinese President Xi Jinping welcomed the Nepali prime minister in Beijing.'],
  ['टेस्लाचे प्रमुख इलॉन मस्क यांनी नवीन गाडी सादर केली.', 'Tesla chief Elon Musk presented a new car.'],
  ['हंगरी के प्रधानमंत्री विक्टर ओर्बान ने बुडापेस्ट में कहा।', 'Hungarian Prime Minister Viktor Orban said in Budapest.'],
  ['पोलैंड के प्रधानमंत्री डोनाल्ड टस्क ने वारसॉ में कहा।', 'Polish Prime Minister Donald Tusk said in Warsaw.'],
  ['अमेरिकी कंपनी बोइंग ने विमानों की आपूर्ति रोक दी।', 'US company Boeing halted the supply of aircraft.'],
  ['फिनलैंड के राष्ट्रपति अलेक्जेंडर स्टब ने हेलसिंकी में कहा।', 'Finnish President Alexander Stubb said in Helsinki.'],
  ['संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने गाजा में युद्धविराम की मांग की।', 'UN Secretary-General Antonio Guterres called for a ceasefire in Gaza.'],
  ['सीरिया के राष्ट्रपति अहमद अल-शरा ने दमिश्क में बैठक की।', 'Syrian President Ahmed al-Sharaa held a meeting in Damascus.'],
  ['अमेरिकी उपराष्ट्रपति जेडी वेंस ने म्यूनिख में भाषण दिया।', 'US Vice President JD Vance gave a speech in Munich.'],
  ['रूस के विदेश मंत्री सर्गेई लावरोव ने मॉस्को में कहा।', 'Russian Foreign Minister Sergei Lavrov said in Moscow.'],
  ['ओपेक देशों ने वियना में तेल उत्पादन पर बैठक की।', 'OPEC countries met in Vienna on oil output.'],
  ['अमेरिकी फेडरल रिजर्व के प्रमुख जेरोम पॉवेल ने ब्याज दरें स्थिर रखीं।', 'US Federal Reserve chair Jerome Powell kept interest rates steady.'],
  ['पूर्व चांसलर एंजेला मर्केल ने बर्लिन में कहा कि यूरोप को एकजुट रहना होगा। मर्केल ने शरणार्थियों पर अपने फैसले का बचाव भी किया।', 'Former Chancellor Angela Merkel said in Berlin that Europe must stay united. Merkel also defended her decision on refugees.'],
];

// One foreign name changed by a letter in some of them: [the right word, the changed one, what is flagged].
const foreignPlanted: [number, string, string, string][] = [
  [1, 'Albanese', 'Albanece', 'Albanece <- अल्बनीज़ (Albaneze)'],
  [4, 'Zuckerberg', 'Zuckerbarg', 'Zuckerbarg <- जुकरबर्ग (Zukarbarg)'],
  [5, 'Bezos', 'Bezas', 'Bezas <- बेजोस (Bezos)'],
  [6, 'Meloni', 'Meleni', 'Meleni <- मेलोनी (Meloni)'],
  [7, 'Erdogan', 'Erdugan', 'Erdugan <- एर्दोगन (Erdogan)'],
  [8, 'Huawei', 'Huawai', 'Huawai <- हुआवेई (Huawei)'],
  [10, 'Pezeshkian', 'Pezashkian', 'Pezashkian <- पेजेशकियान (Pezeshkian)'],
  [11, 'Mahmoud', 'Mahmoid', 'Mahmoid <- महमूद (Mahmood)'],
  [15, 'Sheinbaum', 'Sheinbaun', 'Sheinbaun <- शीनबाउम (Sheinbaum)'],
  [16, 'Ishiba', 'Ishiva', 'Ishiva <- इशिबा (Ishiba)'],
  [17, 'Rubio', 'Rubia', 'Rubia <- रुबियो (Rubio)'],
  [20, 'Yunus', 'Yunas', 'Yunas <- यूनुस (Yunus)'],
  [22, 'Munir', 'Munar', 'Munar <- मुनीर (Munir)'],
  [23, 'Khamenei', 'Khamanei', 'Khamanei <- खामेनेई (Khamenei)'],
  [24, 'Sinwar', 'Sinwer', 'Sinwer <- सिनवार (Sinwar)'],
  [25, 'Nasrallah', 'Nasrellah', 'Nasrellah <- नसरल्लाह (Nasrallah)'],
  [26, 'Merz', 'Murz', 'Murz <- मर्ज (Marz)'],
  [30, 'Orban', 'Orben', 'Orben <- ओर्बान (Orban)'],
  [37, 'Lavrov', 'Lavrav', 'Lavrav <- लावरोव (Lavrov)'],
  [21, 'Dissanayake', 'Dissanayeke', 'Dissanayeke <- दिसानायके (Disaanayake)'],
];

describe('name-romanisation-deva on invented news sentences with foreign names', () => {
  it('does not flag a foreign name in its own spelling', () => {
    expect(foreignAudit.flatMap(([source, translation]) => pairs(source, translation, RULE))).toEqual([]);
  });

  it('flags the one changed foreign name, with the source word and the nearest accepted spelling', () => {
    for (const [k, right, wrong, found] of foreignPlanted) {
      const [source, translation] = foreignAudit[k];
      expect(translation, right).toContain(right);
      expect(
        flagged(source, translation.replace(right, wrong), RULE).map((f) => `${f.text} <- ${f.source} (${f.issue.suggestions?.join(', ')})`),
        wrong,
      ).toEqual([found]);
    }
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
    // A foreign name's own spellings only where the name is taken as foreign: Albanese, Houthi.
    for (const [word, latin] of [['अल्बनीज़', 'albanese'], ['हूती', 'houthi'], ['मर्केल', 'merkel']]) {
      expect(spells(word, latin), `${word} ${latin}`).toBe(false);
      expect(isSpelling(latin, spellWord(word, undefined, true)!), `${word} ${latin}`).toBe(true);
    }
    // The silent e only after a long vowel: not Sunake for सुनक.
    expect(isSpelling('sunake', spellWord('सुनक', undefined, true)!)).toBe(false);
    for (const [word, latin] of [['नरेंद्र', 'nrendra'], ['मोदी', 'mody'], ['आदित्यनाथ', 'adityanth'], ['संजय', 'sanjy']])
      expect(spells(word, latin), `${word} ${latin}`).toBe(false);
  });

  it('reads a word without a case ending or postposition joined to it', () => {
    const forms = (word: string) => nameForms(word).map((f) => `${f.text}:${f.length}`);
    expect(forms('मोदींनी')).toContain('मोदी:4');
    expect(forms('काठमाडौंमा')).toContain('काठमाडौं:8');
    // A Marathi oblique stem read as its plain form, standing for the stem (पुण्या) in the source.
    expect(forms('पुण्यात')).toContain('पुणे:6');
    expect(forms('अयोध्येत')).toContain('अयोध्या:7');
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
    expect(() => readDevanagariTables({ ...devanagariData, home: ['india'] })).toThrow(/"home"/);
    expect(() => readDevanagariTables({ ...devanagariData, foreign: { ...devanagariData.foreign, final: [] } })).toThrow(/"foreign"\."final"/);
    expect(() => readDevanagariTables({ ...devanagariData, anusvara: { stop: ['n'] } })).toThrow(/"anusvara"\."labial"/);
  });
});

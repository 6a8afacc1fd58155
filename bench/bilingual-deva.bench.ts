// Bilingual review of a Devanagari source: aligning and checking a synthetic Hindi (with Marathi and
// Nepali paragraphs) – English pair of some 20k and 100k English words (invented news paragraphs
// from a few templates, three names and a place each, made from common given names, surnames and
// public place names spelt the way the press spells them; case endings joined to the names in the
// Marathi and Nepali paragraphs), then the same with one name in ten paragraphs changed by a
// letter. Prints figures; never asserts.
import { createChecker } from '../src/core';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const RULE = 'name-romanisation-deva';

const GIVEN: [string, string][] = [
  ['राहुल', 'Rahul'], ['अमित', 'Amit'], ['सुनीता', 'Sunita'], ['प्रिया', 'Priya'], ['विकास', 'Vikas'], ['अनिल', 'Anil'], ['सुरेश', 'Suresh'],
  ['दीपक', 'Deepak'], ['पूजा', 'Pooja'], ['रमेश', 'Ramesh'], ['अंजलि', 'Anjali'], ['संजय', 'Sanjay'], ['कविता', 'Kavita'], ['मनोज', 'Manoj'],
  ['नेहा', 'Neha'], ['अरुण', 'Arun'], ['गीता', 'Geeta'], ['विजय', 'Vijay'], ['राजेश', 'Rajesh'], ['शालिनी', 'Shalini'],
];
const SURNAMES: [string, string][] = [
  ['शर्मा', 'Sharma'], ['वर्मा', 'Verma'], ['गुप्ता', 'Gupta'], ['सिंह', 'Singh'], ['यादव', 'Yadav'], ['मिश्रा', 'Mishra'], ['चौहान', 'Chauhan'],
  ['पांडे', 'Pandey'], ['तिवारी', 'Tiwari'], ['जोशी', 'Joshi'], ['मेहता', 'Mehta'], ['पाटिल', 'Patil'], ['देशमुख', 'Deshmukh'],
  ['कुलकर्णी', 'Kulkarni'], ['श्रीवास्तव', 'Srivastava'], ['त्रिपाठी', 'Tripathi'], ['दीक्षित', 'Dixit'], ['चतुर्वेदी', 'Chaturvedi'],
  ['ठाकुर', 'Thakur'], ['भट्ट', 'Bhatt'],
];
const PLACES: [string, string][] = [
  ['पटना', 'Patna'], ['जयपुर', 'Jaipur'], ['भोपाल', 'Bhopal'], ['इंदौर', 'Indore'], ['नागपुर', 'Nagpur'], ['कानपुर', 'Kanpur'],
  ['वाराणसी', 'Varanasi'], ['अहमदाबाद', 'Ahmedabad'], ['रांची', 'Ranchi'], ['देहरादून', 'Dehradun'], ['शिमला', 'Shimla'],
  ['अमृतसर', 'Amritsar'], ['गोरखपुर', 'Gorakhpur'], ['मुंबई', 'Mumbai'], ['कोलकाता', 'Kolkata'],
];
// A changed spelling for each given name (what a planted error puts in its place): one letter off.
const CHANGED: Record<string, string> = {
  Rahul: 'Rahel', Amit: 'Amot', Sunita: 'Sunota', Priya: 'Preya', Vikas: 'Vikes', Anil: 'Anel', Suresh: 'Suresk', Deepak: 'Deepok',
  Pooja: 'Poojo', Ramesh: 'Ramesk', Anjali: 'Anjoli', Sanjay: 'Sanjey', Kavita: 'Kavite', Manoj: 'Manoy', Neha: 'Nehu', Arun: 'Arin',
  Geeta: 'Geeto', Vijay: 'Vijey', Rajesh: 'Rajash', Shalini: 'Shalimi',
};

interface Name {
  hi: string;
  en: string;
  /** The surname alone, for a case ending joined to it. */
  surname: string;
  given: string;
}

function name(i: number, changed = false): Name {
  const [gh, ge] = GIVEN[i % GIVEN.length];
  const [sh, se] = SURNAMES[(i * 7 + 3) % SURNAMES.length];
  return { hi: `${gh} ${sh}`, en: `${changed ? CHANGED[ge] : ge} ${se}`, surname: sh, given: gh };
}

type Names = [Name, Name, Name];
const TEMPLATES: ((n: Names, place: [string, string], d: number) => [string, string])[] = [
  ([a, b, c], [ph, pe], d) => [
    `${a.hi} ने ${d} तारीख को ${ph} में एक बैठक में नई योजना की घोषणा की। ${b.hi} ने कहा कि "इस पर ध्यान से विचार करना होगा", और ${c.hi} ने भी यही बात कही।`,
    `${a.en} announced a new scheme at a meeting in ${pe} on the ${d}th. ${b.en} said, "This must be considered carefully," and ${c.en} said the same.`,
  ],
  ([a, b, c], [ph, pe], d) => [
    `${ph} पुलिस ने बताया कि ${a.hi} को ${d} तारीख को गिरफ्तार किया गया। ${b.hi} और ${c.hi} से भी पूछताछ की गई।`,
    `${pe} police said ${a.en} was arrested on the ${d}th. ${b.en} and ${c.en} were also questioned.`,
  ],
  ([a, b, c], [ph, pe], d) => [
    `क्रिकेट मैच में ${a.hi} ने ${d} रन बनाए। कप्तान ${b.hi} ने ${ph} में कहा कि ${c.hi} ने भी अच्छा खेला।`,
    `${a.en} scored ${d} runs in the cricket match. Captain ${b.en} said in ${pe} that ${c.en} had also played well.`,
  ],
  ([a, b, c], [ph, pe], d) => [
    `${a.given} ${a.surname} यांनी ${d} तारखेला ${ph}मध्ये पत्रकार परिषद घेतली. ${b.hi} आणि ${c.hi} उपस्थित होते.`,
    `${a.en} held a press conference in ${pe} on the ${d}th. ${b.en} and ${c.en} were present.`,
  ],
  ([a, b, c], [ph, pe], d) => [
    `${a.given} ${a.surname}ले ${d} गते ${ph}मा भाषण गर्नुभयो। ${b.hi} र ${c.given} ${c.surname}सँग पनि भेट भयो।`,
    `${a.en} gave a speech in ${pe} on the ${d}th and also met ${b.en} and ${c.en}.`,
  ],
];

/** The pair: paragraphs until `words` English words, names and places shifted by `round`. */
function pair(words: number, plantEvery: number, round: number): { source: string; target: string; planted: number; words: number } {
  const source: string[] = [];
  const target: string[] = [];
  let count = 0;
  let planted = 0;
  for (let i = 0; count < words; i++) {
    const plant = plantEvery > 0 && i % plantEvery === 0;
    if (plant) planted++;
    const n = i + round * 7;
    const names: Names = [name(n * 3 + 1), name(n * 3 + 2, plant), name(n * 3)];
    const [hi, en] = TEMPLATES[i % TEMPLATES.length](names, PLACES[(n * 5) % PLACES.length], ((i + round) % 27) + 1);
    source.push(hi);
    target.push(en);
    count += en.split(/\s+/).length;
  }
  return { source: source.join('\n\n') + '\n', target: target.join('\n\n') + '\n', planted, words: count };
}

// Two checkers for the whole run (the tagger's model may not be loaded many times in one
// process); each round checks a pair of its own, so nothing is reused from an earlier round.
const checker = createChecker();
const without = createChecker();
// A warm-up pair on both first, not measured (the first checks compile the code).
{
  const warm = pair(5_000, 10, 9);
  for (const c of [checker, without]) {
    c.check(warm.target);
    c.check(warm.target, { source: warm.source });
  }
}
for (const size of [20_000, 100_000]) {
  for (const [label, plantEvery] of [['correct names', 0], ['one name in ten paragraphs changed', 10]] as const) {
    // Three rounds, each with and without this rule (what the rule adds to align + checks), each
    // on a translation checked alone first: the medians.
    const times: number[] = [];
    const timesWithout: number[] = [];
    let last: { result: ReturnType<typeof checker.check>; target: string; planted: number; words: number } | undefined;
    for (let round = 0; round < 3; round++) {
      const { source, target, planted, words } = pair(size, plantEvery, round);
      without.check(target);
      const w0 = performance.now();
      without.check(target, { source, rules: { [RULE]: false } });
      timesWithout.push(performance.now() - w0);
      checker.check(target);
      const t0 = performance.now();
      const result = checker.check(target, { source });
      times.push(performance.now() - t0);
      last = { result, target, planted, words };
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const { result, target, planted, words } = last!;
    const flags = result.issues.filter((i) => i.rule === RULE);
    const wrong = flags.filter((i) => !Object.values(CHANGED).includes(target.slice(i.start, i.end))).length;
    console.log(
      `${label}: ${words} English words; align + accuracy checks on top of a checked translation (median of 3): ${ms(median(times))} (${ms(median(timesWithout))} without ${RULE}); ${RULE} issues: ${flags.length}${plantEvery ? ` (${planted} planted, ${flags.length - wrong} of them found)` : ''}${wrong ? `, ${wrong} on a right name` : ''}; source language ${result.bilingual?.language?.code ?? '?'}`,
    );
  }
}

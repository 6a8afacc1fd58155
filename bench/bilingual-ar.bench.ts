// Bilingual review of an Arabic source: aligning and checking a synthetic Arabic–English pair of
// some 20k and of some 100k English words (invented news paragraphs from a few templates, three
// names each, every name in one of the spellings the press uses for it, taken in turn: Mohammed,
// Muhammad, Mohamed …), then the same with the name of one paragraph in ten changed by a letter (a
// consonant, or a long vowel the source cannot have). Prints figures; never asserts (target in
// issue #14: align + checks of 100k words ≤ 1 s).
import { createChecker } from '../src/core';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

// A name in the source, its spellings in the translation, and a changed spelling of it (what a planted error puts in its place).
const GIVEN: [string, string[], string][] = [
  ['محمد', ['Mohammed', 'Muhammad', 'Mohamed', 'Mohamad'], 'Mohabed'],
  ['أحمد', ['Ahmed', 'Ahmad'], 'Ahmek'],
  ['خالد', ['Khalid', 'Khaled'], 'Khalin'],
  ['يوسف', ['Youssef', 'Yusuf', 'Yousef'], 'Yousek'],
  ['إبراهيم', ['Ibrahim', 'Ebrahim'], 'Ibrahin'],
  ['فيصل', ['Faisal', 'Faysal'], 'Faizal'],
  ['طارق', ['Tariq', 'Tarek'], 'Tarem'],
  ['نبيل', ['Nabil', 'Nabeel'], 'Nabir'],
  ['منصور', ['Mansour', 'Mansur'], 'Mansoul'],
  ['جمال', ['Jamal', 'Gamal'], 'Jamol'],
  ['حسين', ['Hussein', 'Husain', 'Hossein'], 'Husseim'],
  ['مصطفى', ['Mustafa', 'Mostafa'], 'Mustaka'],
  ['سلمى', ['Salma'], 'Salmo'],
  ['زينب', ['Zainab', 'Zeinab'], 'Zainad'],
  ['مريم', ['Maryam', 'Mariam'], 'Marwam'],
  ['عمر', ['Omar', 'Umar'], 'Omal'],
];
const FAMILY: [string, string[], string][] = [
  ['الحسيني', ['al-Husseini', 'al-Husaini', 'el-Husseini'], 'al-Husseimi'],
  ['القاسمي', ['al-Qasimi', 'al-Kasimi', 'Al-Qassimi'], 'al-Qasini'],
  ['الشمري', ['al-Shammari', 'ash-Shammari', 'Alshammari'], 'al-Shammali'],
  ['العتيبي', ['al-Otaibi', 'al-Utaybi', 'Al-Otaiby'], 'al-Otaidi'],
  ['الزهراني', ['al-Zahrani', 'az-Zahrani'], 'al-Zahruni'],
  ['المالكي', ['al-Maliki', 'el-Maliki'], 'al-Moliki'],
  ['الخطيب', ['al-Khatib', 'el-Khatib', 'al-Khateeb'], 'al-Khatim'],
  ['البرغوثي', ['al-Barghouti', 'Barghouti'], 'al-Barghoumi'],
  ['حمدان', ['Hamdan'], 'Hamdun'],
  ['خوري', ['Khoury', 'Khouri'], 'Khoumy'],
  ['عثمان', ['Othman', 'Osman', 'Uthman'], 'Othmin'],
  ['النعيمي', ['al-Nuaimi', 'al-Naimi', 'an-Nuaimi'], 'al-Nuaiki'],
  ['الدوسري', ['al-Dosari', 'al-Dawsari', 'ad-Dosari'], 'al-Dosami'],
];

/** The i-th name; with `changed`, its given name ('given') or its family name ('family') changed. */
function name(i: number, changed?: 'given' | 'family'): { ar: string; en: string; planted?: string } {
  const [ga, gs, gc] = GIVEN[i % GIVEN.length];
  const [fa, fs, fc] = FAMILY[(i * 7 + 3) % FAMILY.length];
  const round = Math.floor(i / GIVEN.length);
  const given = changed === 'given' ? gc : gs[round % gs.length];
  const family = changed === 'family' ? fc : fs[(round + i) % fs.length];
  return { ar: `${ga} ${fa}`, en: `${given} ${family}`, planted: changed === 'given' ? gc : changed === 'family' ? fc : undefined };
}

type Name = { ar: string; en: string };
type Names = [Name, Name, Name];
const TEMPLATES: ((n: Names, d: number) => [string, string])[] = [
  ([a, b, c], d) => [
    `أعلن وزير المالية ${a.ar} في مؤتمر صحفي عقده في الرياض يوم ${d} أن الميزانية ستبلغ ${d * 10} مليار ريال. وقال النائب ${b.ar} إن الخطة تحتاج إلى مراجعة دقيقة، فيما أيد الوكيل ${c.ar} الموقف نفسه.`,
    `Finance Minister ${a.en} announced at a press conference in Riyadh on the ${d}th that the budget would reach ${d * 10} billion riyals. Lawmaker ${b.en} said the plan needed a careful review, while Undersecretary ${c.en} took the same position.`,
  ],
  ([a, b, c], d) => [
    `قالت بلدية دبي إن المهندس ${a.ar} زار موقع المشروع يوم ${d} لتفقد أعمال البناء، ورافقه مدير الدائرة ${b.ar} والمستشار ${c.ar}.`,
    `Dubai Municipality said engineer ${a.en} visited the project site on the ${d}th to inspect the construction work, accompanied by department director ${b.en} and adviser ${c.en}.`,
  ],
  ([a, b, c], d) => [
    `أكد الرئيس التنفيذي للشركة ${a.ar} أن المبيعات ارتفعت بنسبة ${d}% هذا العام، وحضر المؤتمر نائب الرئيس ${b.ar} والمدير المالي ${c.ar}.`,
    `The company's chief executive, ${a.en}, said sales had risen by ${d}% this year; vice president ${b.en} and chief financial officer ${c.en} also attended the conference.`,
  ],
  ([a, b, c], d) => [
    `سجل اللاعب ${a.ar} هدفين في مباراة الدوري يوم ${d}، وأشاد المدرب ${b.ar} بأدائه، كما هنأه قائد الفريق ${c.ar}.`,
    `Player ${a.en} scored two goals in the league match on the ${d}th; coach ${b.en} praised his performance and team captain ${c.en} congratulated him.`,
  ],
  ([a, b, c], d) => [
    `ذكرت وكالة الأنباء أن السفير ${a.ar} التقى في القاهرة يوم ${d} بالمبعوث ${b.ar} وبحثا مع الخبير ${c.ar} سبل التعاون.`,
    `The news agency reported that Ambassador ${a.en} met envoy ${b.en} in Cairo on the ${d}th, and that they discussed ways of cooperation with expert ${c.en}.`,
  ],
];

function pair(words: number, plantEvery: number): { source: string; target: string; planted: { text: string; start: number }[]; words: number } {
  const source: string[] = [];
  const target: string[] = [];
  let count = 0;
  let offset = 0;
  const planted: { text: string; start: number }[] = [];
  for (let i = 0; count < words; i++) {
    // A planted paragraph changes its first name: the given name, then the family name, in turn.
    const plant = plantEvery > 0 && i % plantEvery === 0 ? (Math.floor(i / plantEvery) % 2 === 0 ? 'given' : 'family') : undefined;
    const first = name(i * 3 + (plantEvery > 0 ? Math.floor(i / plantEvery) : 0), plant);
    const names: Names = [first, name(i * 3 + 1), name(i * 3 + 2)];
    const [ar, en] = TEMPLATES[i % TEMPLATES.length](names, (i % 27) + 1);
    // Where the changed word stands in the translation (the first name is the first of its words).
    if (first.planted) planted.push({ text: first.planted, start: offset + en.indexOf(first.en) + first.en.indexOf(first.planted) });
    source.push(ar);
    target.push(en);
    offset += en.length + 2;
    count += en.split(/\s+/).length;
  }
  return { source: source.join('\n\n') + '\n', target: target.join('\n\n') + '\n', planted, words: count };
}

// One checker with the rule, one without (a checker per run would load the tagger each time).
const checkers = { with: createChecker(), without: createChecker() };
// A small other pair, checked before each measured run: a checker keeps only its last document's
// paragraphs, alignment and findings, so the measured run reads its source afresh.
const flush = pair(500, 10);

/** Align + accuracy checks of a checked translation, nothing kept from another run: the time, the CPU time and the result. */
function timed(source: string, target: string, withRule: boolean): { elapsed: number; cpu: number; result: ReturnType<ReturnType<typeof createChecker>['check']> } {
  const checker = withRule ? checkers.with : checkers.without;
  const rules: Record<string, boolean> = withRule ? {} : { 'name-romanisation-ar': false };
  checker.check(flush.target, { source: flush.source, rules });
  checker.check(target);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = checker.check(target, { source, rules });
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { elapsed, cpu: (cpu.user + cpu.system) / 1000, result };
}

// A warm-up pair first, not measured (the first checks compile the code).
{
  const warm = pair(5_000, 10);
  timed(warm.source, warm.target, true);
  timed(warm.source, warm.target, false);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const size of [20_000, 100_000])
  for (const [label, plantEvery] of [['correct names', 0], ['one name in ten paragraphs changed', 10]] as const) {
    const { source, target, planted, words } = pair(size, plantEvery);
    // Without the rule, with it, in turn, three rounds: the medians (the machine is shared; CPU time is the fairer).
    const without: { elapsed: number; cpu: number }[] = [];
    const withRule: { elapsed: number; cpu: number }[] = [];
    let result: ReturnType<typeof timed>['result'] | undefined;
    for (let round = 0; round < 3; round++) {
      without.push(timed(source, target, false));
      const run = timed(source, target, true);
      withRule.push(run);
      result = run.result;
    }
    const figures = (runs: { elapsed: number; cpu: number }[]) => `${ms(median(runs.map((r) => r.elapsed)))} wall, ${ms(median(runs.map((r) => r.cpu)))} CPU`;
    const flags = result!.issues.filter((i) => i.rule === 'name-romanisation-ar');
    const starts = new Set(flags.map((i) => i.start));
    const foundPlanted = planted.filter((p) => starts.has(p.start));
    const missed = [...new Set(planted.filter((p) => !starts.has(p.start)).map((p) => p.text))].sort();
    console.log(
      `${label}: ${words} English words; align + accuracy checks on top of a checked translation (median of 3): ${figures(withRule)} (${figures(without)} without name-romanisation-ar); name-romanisation-ar issues: ${flags.length}${plantEvery ? ` (${planted.length} planted, ${foundPlanted.length} of them found, ${flags.length - foundPlanted.length} other flags; missed: ${missed.join(', ') || 'none'})` : ''}; source language ${result!.bilingual?.language?.code ?? '?'}`,
    );
  }

// Planted direction errors on real articles: each Chinese news source of
// ../shared/corpora/mqm-zhen-news with one system's machine translation, checked as it is, then
// with every English word of change turned round ("rose" as "fell", "an increase" as "a
// decrease"). Prints the change-direction flags on the articles as they are (each one a false flag
// unless the raters marked it), how many turned words stand right before or after a figure, and how
// many of those the rule finds. Then, for change-extent, every "to" and "by" between a word of
// change and its figure swapped ("rose to 5%" as "rose by 5%"), and the same counts. Figures only,
// never asserts.
import { mqmArticles } from './corpus';
import { createChecker } from '../src/core';

const articles = mqmArticles();
if (!articles) {
  console.log('planted directions: ../shared/corpora/mqm-zhen-news is not beside the project; skipped');
  process.exit(0);
}

// Each word with its opposite, both ways.
const PAIRS: [string, string][] = [
  ['rose', 'fell'],
  ['risen', 'fallen'],
  ['rise', 'fall'],
  ['rises', 'falls'],
  ['rising', 'falling'],
  ['increased', 'decreased'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['grew', 'shrank'],
  ['up', 'down'],
  ['higher', 'lower'],
  ['expanded', 'contracted'],
  ['widened', 'narrowed'],
];
const turn = new Map<string, string>();
for (const [a, b] of PAIRS) {
  turn.set(a, b);
  turn.set(b, a);
}
const word = new RegExp(`\\b(${[...turn.keys()].join('|')})\\b`, 'gi');
// A turned word right before a figure (with "by", "to", "of", "a", "an" between) or right after one.
const nearFigure = (text: string, at: number, length: number) =>
  /^\s+(?:(?:by|to|of|about|nearly|almost|more than|a|an|over)\s+)*(?:[$€£¥]?\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)/i.test(
    text.slice(at + length),
  ) || /\d(?:\s*%|\s*percent|\s*per cent)?\s+$/i.test(text.slice(Math.max(0, at - 20), at));

const checker = createChecker();
const rule = 'change-direction';
let docs = 0;
let asIs = 0;
let turned = 0;
let tied = 0;
let found = 0;
let other = 0;
const t0 = performance.now();
for (const ordered of articles) {
  const source = ordered.map((s) => s.source).join('\n\n') + '\n';
  const target = ordered.map((s) => s.target).join('\n\n') + '\n';
  docs++;
  asIs += checker.check(target, { source }).issues.filter((i) => i.rule === rule).length;
  const planted: number[] = [];
  const changed = target.replace(word, (w: string, _g: string, at: number) => {
    const to = turn.get(w.toLowerCase())!;
    turned++;
    if (nearFigure(target, at, w.length)) planted.push(at);
    return w[0] === w[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
  });
  // Offsets move where a word and its opposite differ in length: map each planted place.
  const places: number[] = [];
  let shift = 0;
  target.replace(word, (w: string, _g: string, at: number) => {
    if (planted.includes(at)) places.push(at + shift);
    shift += turn.get(w.toLowerCase())!.length - w.length;
    return w;
  });
  tied += places.length;
  const flags = checker.check(changed, { source }).issues.filter((i) => i.rule === rule);
  found += places.filter((p) => flags.some((f) => f.start === p)).length;
  other += flags.filter((f) => !places.includes(f.start)).length;
}
console.log(
  `${docs} articles: change-direction flags as they are: ${asIs}; words of change turned round: ${turned}, ${tied} of them next to a figure; found ${found}/${tied} (${((100 * found) / Math.max(1, tied)).toFixed(1)}%), ${other} flags elsewhere (on a turned word the source ties to no change, or another); ${(performance.now() - t0).toFixed(0)} ms`,
);

// change-extent: "to" and "by" swapped between a word of change and its figure ("rose to 5%" as
// "rose by 5%"); both are two letters, so offsets stay put.
const extent =
  /\b(rose|risen|rise|rises|increased|increase|grew|climbed|jumped|fell|fallen|fall|falls|dropped|declined|decreased|decrease|down|up) (to|by)(?= (?:about |nearly |almost |some |over )?[$€£¥]?\d)/gi;
let extentAsIs = 0;
let swapped = 0;
let extentFound = 0;
let extentOther = 0;
for (const ordered of articles) {
  const source = ordered.map((s) => s.source).join('\n\n') + '\n';
  const target = ordered.map((s) => s.target).join('\n\n') + '\n';
  extentAsIs += checker.check(target, { source }).issues.filter((i) => i.rule === 'change-extent').length;
  const places: number[] = [];
  const changed = target.replace(extent, (m: string, w: string, prep: string, at: number) => {
    places.push(at + w.length + 1);
    return `${w} ${prep.toLowerCase() === 'to' ? 'by' : 'to'}`;
  });
  swapped += places.length;
  const flags = checker.check(changed, { source }).issues.filter((i) => i.rule === 'change-extent');
  extentFound += places.filter((p) => flags.some((f) => f.start === p)).length;
  extentOther += flags.filter((f) => !places.includes(f.start)).length;
}
console.log(
  `change-extent flags as they are: ${extentAsIs}; "to"/"by" swapped after a word of change: ${swapped}; found ${extentFound}/${swapped} (${((100 * extentFound) / Math.max(1, swapped)).toFixed(1)}%; a figure the source ties to no word of change, or gives with another word, is not judged), ${extentOther} flags elsewhere`,
);

// Planted share and multiple errors on real articles: each Chinese news source of
// ../shared/corpora/mqm-zhen-news with one system's machine translation, checked as it is, then
// with every English share "half of/the …" given as "a third of (the) …", every "N times" as "N%"
// and every "doubled" as "tripled". Prints the proportion-mismatch flags on the articles as they
// are, how many words were changed, and how many of those the rule finds (a change where the
// source has no share or multiple in words cannot be found, and should not be). Figures only,
// never asserts.
import { mqmArticles } from './corpus';
import { createChecker } from '../src/core';

const articles = mqmArticles();
if (!articles) {
  console.log('planted proportions: ../shared/corpora/mqm-zhen-news is not beside the project; skipped');
  process.exit(0);
}

const CHANGES: [RegExp, (m: string, ...groups: string[]) => string, RegExp][] = [
  [
    /\b[Hh]alf (of|the|its|their|his|her|our|all)\b/g,
    (_m, next) => (next === 'of' ? 'a third of' : `a third of ${next}`),
    /一半|半数|过半|逾半|近半/,
  ],
  [/\b(\d+(?:\.\d+)?) times\b/g, (_m, n) => `${n}%`, /\d倍/],
  [/\bdoubled\b/g, () => 'tripled', /翻了?一番|翻倍|增长了?一倍|增加了?一倍/],
];
const checker = createChecker();
const rule = 'proportion-mismatch';
let docs = 0;
let asIs = 0;
let changed = 0;
let withSource = 0;
let found = 0;
let other = 0;
for (const ordered of articles) {
  const source = ordered.map((s) => s.source).join('\n\n') + '\n';
  docs++;
  asIs += checker
    .check(ordered.map((s) => s.target).join('\n\n') + '\n', { source })
    .issues.filter((i) => i.rule === rule).length;
  // One change at a time, each in its own copy of the article, so each is found or not on its own.
  ordered.forEach((seg, k) => {
    for (const [pattern, replace, sourceMark] of CHANGES) {
      for (const m of seg.target.matchAll(pattern)) {
        const at = m.index!;
        const text = seg.target.slice(0, at) + replace(m[0], ...m.slice(1)) + seg.target.slice(at + m[0].length);
        const targets = ordered.map((s, i) => (i === k ? text : s.target));
        const start = targets.slice(0, k).reduce((n, t) => n + t.length + 2, 0) + at;
        changed++;
        const markedInSource = sourceMark.test(seg.source);
        if (markedInSource) withSource++;
        const flags = checker.check(targets.join('\n\n') + '\n', { source }).issues.filter((i) => i.rule === rule);
        if (flags.some((f) => f.start === start)) found++;
        other += flags.filter((f) => f.start !== start).length;
      }
    }
  });
}
console.log(
  `${docs} articles: proportion-mismatch flags as they are: ${asIs}; shares and multiples changed one at a time: ${changed}, ${withSource} of them where the source paragraph writes one in words; found ${found}/${withSource}; ${other} flags elsewhere`,
);

// Planted paragraph errors on real articles: each Chinese news source of
// ../shared/corpora/mqm-zhen-news with one system's machine translation (one paragraph per
// segment), checked as it is and then with one translation paragraph taken out, one unrelated
// paragraph put in, one paragraph split at a sentence end and two paragraphs joined. Prints how
// many of the planted omissions and additions the accuracy rules find on the right paragraph, and
// the omitted/added flags raised on the pairs as they are and on the split and joined ones
// (a split or a join says the same thing: it should raise none). Figures only, never asserts.
import { mqmArticles } from './corpus';
import { createChecker, type Issue } from '../src/core';

const articles = mqmArticles();
if (!articles) {
  console.log('planted paragraphs: ../shared/corpora/mqm-zhen-news is not beside the project; skipped');
  process.exit(0);
}
// Every system's translation of every source document.
const docsList = articles
  .filter((ordered) => ordered.length >= 4)
  .map((ordered) => ({ source: ordered.map((s) => s.source), target: ordered.map((s) => s.target) }));
const checker = createChecker();
const flags = (target: string[], source: string[]): Issue[] =>
  checker.check(target.join('\n\n') + '\n', { source: source.join('\n\n') + '\n' }).issues.filter((i) => i.rule === 'omitted-paragraph' || i.rule === 'added-paragraph');
const startOf = (paragraphs: string[], k: number) => paragraphs.slice(0, k).reduce((n, p) => n + p.length + 2, 0);

let docs = 0;
let asIs = 0;
let omitted = 0;
let omittedFound = 0;
let omittedOther = 0;
let added = 0;
let addedFound = 0;
let addedOther = 0;
let reshaped = 0;
let reshapedFlags = 0;
docsList.forEach((d, n) => {
  docs++;
  asIs += flags(d.target, d.source).length;
  // Take out a paragraph in the middle of the article (never the headline).
  const k = 1 + (n % (d.target.length - 1));
  const without = d.target.filter((_, i) => i !== k);
  const found = flags(without, d.source);
  omitted++;
  const sourceStart = startOf(d.source, k);
  if (found.some((i) => i.rule === 'omitted-paragraph' && i.sourceStart === sourceStart)) omittedFound++;
  omittedOther += found.filter((i) => !(i.rule === 'omitted-paragraph' && i.sourceStart === sourceStart)).length;
  // Put in a paragraph of another source document's translation.
  const other = docsList[(n + 7) % docsList.length].target;
  const foreign = other[Math.min(other.length - 1, 2)];
  const withExtra = [...d.target.slice(0, k), foreign, ...d.target.slice(k)];
  const extra = flags(withExtra, d.source);
  added++;
  const at = startOf(withExtra, k);
  if (extra.some((i) => i.rule === 'added-paragraph' && i.start === at)) addedFound++;
  addedOther += extra.filter((i) => !(i.rule === 'added-paragraph' && i.start === at)).length;
  // Split a paragraph of two sentences or more at a sentence end; join two neighbours.
  const long = d.target.findIndex((p) => /[.!?]["”’]? (?=[A-Z"“])/.test(p) && p.length > 200);
  if (long >= 0) {
    const cut = d.target[long].search(/[.!?]["”’]? (?=[A-Z"“])/) + 1;
    const split = [...d.target.slice(0, long), d.target[long].slice(0, cut).trim(), d.target[long].slice(cut).trim(), ...d.target.slice(long + 1)];
    reshaped++;
    reshapedFlags += flags(split, d.source).length;
  }
  const joined = [...d.target.slice(0, k), `${d.target[k]} ${d.target[(k + 1) % d.target.length]}`, ...d.target.slice(k + 2)];
  if (k + 1 < d.target.length) {
    reshaped++;
    reshapedFlags += flags(joined, d.source).length;
  }
});
console.log(`articles: ${docs} (Chinese sources, each with each system's machine translation, 4 paragraphs or more)`);
console.log(`as they are: ${asIs} omitted/added flags`);
console.log(`one paragraph taken out: found on the right source paragraph ${omittedFound}/${omitted}; other omitted/added flags ${omittedOther}`);
console.log(`one unrelated paragraph put in: found on it ${addedFound}/${added}; other omitted/added flags ${addedOther}`);
console.log(`a paragraph split at a sentence end, or two joined: ${reshapedFlags} omitted/added flags on ${reshaped} pairs`);

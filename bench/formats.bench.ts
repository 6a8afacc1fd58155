// Formats at scale: the issues CSV of a long article with many issues (twice the size should take
// about twice the time: the line and column of each issue come from one pass, not a rescan), and the
// HTML importer on a large page full of scripts. Prints figures; never asserts (the tests check the
// results at these sizes).
import { issuesToCsv } from '../src/core';
import { htmlToText } from '../src/core/formats/html-text';
import { issueAt } from '../tests/unit/formats/factories';
import { median } from './corpus';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function csvRun(issues: number): number {
  const line = 'word offencive word.\n';
  const long = line.repeat(issues * 2.5);
  const many = Array.from({ length: issues }, (_, k) => issueAt(long.slice(k * line.length), 'offencive'));
  many.forEach((r, k) => ((r.issue.start += k * line.length), (r.issue.end += k * line.length)));
  const runs: number[] = [];
  for (let n = 0; n < 5; n++) {
    const t0 = performance.now();
    issuesToCsv(many, long);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}
const small = csvRun(20_000);
const large = csvRun(40_000);
console.log(`issues CSV: 20,000 issues ${ms(small)}, 40,000 issues ${ms(large)} (ratio ${(large / small).toFixed(2)}; linear is about 2)`);

const page = '<p>Text &amp; more</p><script>var a = 1;</script>'.repeat(20_000);
const runs: number[] = [];
for (let n = 0; n < 5; n++) {
  const t0 = performance.now();
  htmlToText(page);
  runs.push(performance.now() - t0);
}
console.log(`HTML import: ${(page.length / 1e6).toFixed(1)} MB page with 20,000 scripts ${ms(median(runs))}`);

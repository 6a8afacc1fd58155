// False alarms on professional post-edits: every post-edited sentence of ../shared/corpora/mlqe-pe-en
// (Wikipedia text from five language pairs), detokenized, as articles of 25 sentences (five
// paragraphs of five), so that the article-wide consistency rules see article-sized texts. Prints
// flags per 1000 words, by rule. An upper bound on false alarms: post-editors leave real slips too
// (decimal commas, for one). Never asserts. VERSO_SHOW=rule,rule also prints what those rules flag.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../src/core';
import { CORPUS_DIR, detokenize } from './corpus';

const checker = createChecker();
const show = new Set((process.env.VERSO_SHOW ?? '').split(',').filter(Boolean));
const byRule: Record<string, number> = {};
let words = 0;
let issues = 0;
for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.pe')).sort()) {
  const lines = readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(detokenize);
  for (let i = 0; i < lines.length; i += 25) {
    const paragraphs = Array.from({ length: 5 }, (_, k) => lines.slice(i + k * 5, i + k * 5 + 5).join(' ')).filter(Boolean);
    const result = checker.check(paragraphs.join('\n\n') + '\n');
    words += result.stats.words;
    issues += result.issues.length;
    const text = paragraphs.join('\n\n') + '\n';
    for (const issue of result.issues) {
      byRule[issue.rule] = (byRule[issue.rule] ?? 0) + 1;
      if (show.has(issue.rule)) {
        const around = text.slice(Math.max(0, issue.start - 40), issue.end + 40).replace(/\n/g, ' ');
        console.log(`${issue.rule}: ${JSON.stringify(text.slice(issue.start, issue.end))} -> ${JSON.stringify(issue.suggestions)}  …${around}…`);
      }
    }
  }
}
const per1000 = (n: number) => ((n / words) * 1000).toFixed(2);
console.log(`post-edits (all ${words} words of mlqe-pe-en/*.pe, articles of 25 sentences): ${issues} issues = ${per1000(issues)} per 1000 words`);
for (const [rule, n] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${n} = ${per1000(n)} per 1000 words`);

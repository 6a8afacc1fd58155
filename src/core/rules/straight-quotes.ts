/**
 * Straight double quotes ("…") in an article that has no curly ones: a typewriter habit of wires
 * and machine translation that printed copy does not keep. Each mark is flagged with its curly
 * form, the opening one “ and the closing one ”, paired in order within the paragraph. An article
 * that mixes the two styles is quote-style's (the minority is flagged there); a paragraph with an
 * odd number of marks is left alone (its pairing is not sure; unbalanced-pairs speaks for it), and
 * so are an inch mark after a digit (a 55" screen), marks in a web address and agency boilerplate.
 *
 * Off by default: many desks publish straight quotes (wire copy, web systems that curl them on
 * output). Measured on with score-mqm --rules (Dec 2026): visible-error recall 9.1% -> 27.3%
 * (the raters mark straight quotes as punctuation errors: 460 spans), but confirmed 80.9% -> 66.6%
 * and flags on error-free segments 0.31 -> 2.18 per 1000 words, over the ≤ 2 the checker keeps:
 * the raters leave 4 in 10 straight quotes unmarked. A desk whose style curls its quotes turns it on.
 */
import { boilerplateSpans } from './boilerplate';
import type { Finding, Rule } from './types';

const rule: Rule = {
  id: 'straight-quotes',
  category: 'punctuation',
  description: 'Straight double quotes in an article with no curly ones ("crisis" → “crisis”).',
  defaultSeverity: 'info',
  enabledByDefault: false,
  check(doc) {
    const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'notice' && p.kind !== 'credit');
    if (paragraphs.some((p) => /[“”]/.test(p.analysis.text))) return [];
    const found: Finding[] = [];
    for (const p of paragraphs) {
      const { text, tokens } = p.analysis;
      if (!text.includes('"')) continue;
      const skip = [...boilerplateSpans(p.analysis), ...tokens.filter((t) => t.kind === 'url' || t.kind === 'email')];
      const marks: number[] = [];
      for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
        if (skip.some((s) => i >= s.start && i < s.end)) continue;
        if (/\d/.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
        marks.push(i);
      }
      if (marks.length % 2 === 1) continue;
      marks.forEach((at, k) => {
        const opening = k % 2 === 0;
        found.push({
          start: p.start + at,
          end: p.start + at + 1,
          message: `Straight quote: printed copy uses curly quotes (${opening ? 'opening “' : 'closing ”'})`,
          suggestions: [opening ? '“' : '”'],
          safe: true,
        });
      });
    }
    return found;
  },
};

export default rule;

/** A source paragraph with no counterpart in the translation: left out. */
import { excerpt, quote, type AccuracyFinding, type AccuracyRule } from './types';

const rule: AccuracyRule = {
  id: 'omitted-paragraph',
  category: 'accuracy',
  description: 'A paragraph of the source that has no translation.',
  defaultSeverity: 'error',
  check(pair) {
    const out: AccuracyFinding[] = [];
    const groups = pair.groups;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (g.target.length > 0) continue;
      for (const p of g.source) {
        // A line of only numbers or punctuation (a page number, a rule) is nothing to translate.
        if ((p.analysis.text.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
        // The editor sees it where it would stand: on the translation paragraph before it (or after it).
        const before = groups.slice(0, k).reverse().find((x) => x.target.length > 0)?.target.at(-1);
        const after = groups.slice(k + 1).find((x) => x.target.length > 0)?.target[0];
        const anchor = before ?? after;
        if (!anchor) continue;
        out.push({
          start: anchor.start,
          end: anchor.end,
          sourceStart: p.start,
          sourceEnd: p.end,
          message: `A source paragraph ${before ? 'after' : 'before'} this one has no translation: ${quote(excerpt(p.analysis.text))}`,
          placed: true,
        });
      }
    }
    return out;
  },
};

export default rule;

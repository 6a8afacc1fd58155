/**
 * A translation paragraph with no counterpart in the source: added. The machine-translation
 * notice ("Powered by automated translation") and agency credit lines are not additions.
 */
import { quote, excerpt, type AccuracyFinding, type AccuracyRule } from './types';

const rule: AccuracyRule = {
  id: 'added-paragraph',
  category: 'accuracy',
  description: 'A paragraph of the translation that has no counterpart in the source.',
  defaultSeverity: 'warning',
  check(pair) {
    const out: AccuracyFinding[] = [];
    const groups = pair.groups;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (g.source.length > 0) continue;
      for (const p of g.target) {
        if (p.kind === 'notice' || p.kind === 'credit' || (p.analysis.text.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
        // In the source, the place between the paragraphs around it.
        const before = groups.slice(0, k).reverse().find((x) => x.source.length > 0)?.source.at(-1);
        const after = groups.slice(k + 1).find((x) => x.source.length > 0)?.source[0];
        const at = before ? before.end : after ? after.start : 0;
        out.push({
          start: p.start,
          end: p.end,
          sourceStart: at,
          sourceEnd: at,
          message: `This paragraph has no counterpart in the source: ${quote(excerpt(p.analysis.text))}`,
        });
      }
    }
    return out;
  },
};

export default rule;

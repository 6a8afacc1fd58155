/**
 * "Percent" written two ways in one article: "percent" and "per cent" (and the wire abbreviation
 * "pct"). Desks choose one (American and agency style "percent", British and Commonwealth style
 * "per cent"); a translation that mixes them took each sentence's from a different model or
 * memory. The form used most often is the article's; "%" is a style of its own and is left alone.
 */
import { type Rule } from './types';
import { WrittenForms, writtenTwoWays, type FormUse } from './written-forms';

const PERCENT = /(?<![\p{L}\p{N}-])(?:per[ \u00a0]?cent|pct)(?![\p{L}\p{N}-])/giu;

interface PercentUse extends FormUse {
  /** Capitalised as written (a sentence start keeps its capital in the fix). */
  capital: boolean;
}

const rule: Rule = {
  id: 'percent-style',
  category: 'consistency',
  description: 'One article writing both "percent" and "per cent".',
  defaultSeverity: 'warning',
  check(doc) {
    const forms = new WrittenForms<PercentUse>();
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      const text = p.analysis.text;
      if (!/pe?r?[ \u00a0]?c(?:en)?t/i.test(text)) continue;
      for (const m of text.matchAll(PERCENT)) {
        const start = p.start + (m.index ?? 0);
        const form = m[0].toLowerCase().replace('\u00a0', ' ');
        forms.add(form, { start, end: start + m[0].length, capital: m[0][0] !== m[0][0].toLowerCase() });
      }
    }
    return forms.flag({
      message: writtenTwoWays('Percent'),
      suggest: (use, major) => (use.capital ? major[0].toUpperCase() + major.slice(1) : major),
    });
  },
};

export default rule;

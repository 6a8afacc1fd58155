/** Stray spacing: two spaces where one belongs, a space before punctuation, none after it. */
import { eachParagraph, quote, type LocalFinding, type Rule } from './types';

const rule: Rule = {
  id: 'spacing',
  category: 'punctuation',
  description: 'Double spaces, a space before punctuation, and a missing space after a comma or full stop.',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'spacing', (p) => {
      const text = p.analysis.text;
      const found: LocalFinding[] = [];
      // URLs and e-mail addresses have their own punctuation.
      const opaque = p.analysis.tokens.filter((t) => t.kind === 'url' || t.kind === 'email');
      const inOpaque = (at: number) => opaque.some((t) => at >= t.start && at < t.end);
      for (const m of text.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/g)) {
        const at = m.index ?? 0;
        found.push({ start: at, end: at + m[0].length, message: 'Two spaces where one is enough', suggestions: [' '], safe: true });
      }
      for (const m of text.matchAll(/(?<=[\p{L}\p{N}”"’)])[ \u00a0]+(?=[,.;:!?](?:\s|$))/gu)) {
        const at = m.index ?? 0;
        // "... ?" after an ellipsis or a French-style quotation is left alone.
        if (text.startsWith('...', at + m[0].length)) continue;
        found.push({
          start: at,
          end: at + m[0].length,
          message: `Space before ${quote(text[at + m[0].length])}`,
          suggestions: [''],
          safe: true,
        });
      }
      for (const m of text.matchAll(/(?<=\p{Ll}{2}|\p{Ll}[”"’)])([,;])(?=\p{L})|(?<=\p{Ll}{3})([.!?])(?=\p{Lu}\p{Ll})/gu)) {
        const at = m.index ?? 0;
        if (inOpaque(at)) continue;
        found.push({
          start: at,
          end: at + 1,
          message: `Missing space after ${quote(m[0])}`,
          suggestions: [`${m[0]} `],
          safe: true,
        });
      }
      return found;
    });
  },
};

export default rule;

/**
 * Stray spacing: two spaces where one belongs, a space before punctuation, none after it, a comma
 * moved onto the next word ("closed ,and"), and invisible characters pasted in with the copy
 * (zero-width spaces, soft hyphens, byte-order marks, direction marks).
 */
import { eachParagraph, quote, type LocalFinding, type Rule } from './types';

// Invisible in print and in the editor, and never meant in English copy. The zero-width joiner and
// non-joiner are left alone: emoji and Persian or Indic words inside the copy need them.
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g;
const INVISIBLE_NAME: Record<string, string> = {
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
};

const rule: Rule = {
  id: 'spacing',
  category: 'punctuation',
  description: 'Double spaces, a space before punctuation, a missing space after a comma or full stop, and invisible characters.',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'spacing', (p) => {
      const text = p.analysis.text;
      const found: LocalFinding[] = [];
      // URLs and e-mail addresses have their own punctuation.
      const opaque = p.analysis.tokens.filter((t) => t.kind === 'url' || t.kind === 'email');
      const inOpaque = (at: number) => opaque.some((t) => at >= t.start && at < t.end);
      // Plain scans with the neighbours checked by hand: lookbehind regexes cost too much on long texts.
      for (const m of text.matchAll(/[ \u00a0]{2,}/g)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        if (at === 0 || end >= text.length || /\s/.test(text[at - 1]) || /\s/.test(text[end])) continue;
        found.push({ start: at, end, message: 'Two spaces where one is enough', suggestions: [' '], safe: true });
      }
      // Each search starts where a run of spaces does (a match inside a run would start at its
      // start): a long run is not read from each of its spaces to its end.
      for (const m of text.matchAll(/(?<![ \u00a0])[ \u00a0]+(?=[,.;:!?](?:\s|$))/g)) {
        const at = m.index ?? 0;
        if (at === 0 || !/[\p{L}\p{N}”"’)]/u.test(text[at - 1])) continue;
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
      // "closed ,and": the space is before the comma instead of after it.
      for (const m of text.matchAll(/(?<![ \u00a0])[ \u00a0]+([,;])(?=\p{Ll})/gu)) {
        const at = m.index ?? 0;
        if (at === 0 || !/[\p{L}\p{N}”"’)]/u.test(text[at - 1]) || inOpaque(at)) continue;
        found.push({
          start: at,
          end: at + m[0].length,
          message: `Space before ${quote(m[1])} instead of after it`,
          suggestions: [`${m[1]} `],
          safe: true,
        });
      }
      if (/[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/.test(text)) {
        for (const m of text.matchAll(INVISIBLE)) {
          const at = m.index ?? 0;
          const name = INVISIBLE_NAME[m[0][0]] ?? 'text-direction mark';
          found.push({ start: at, end: at + m[0].length, message: `Invisible character (${name}) in the copy`, suggestions: [''], safe: true });
        }
      }
      const lower = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);
      for (const m of text.matchAll(/[,;](?=\p{L})|[.!?](?=\p{Lu}\p{Ll})/gu)) {
        const at = m.index ?? 0;
        const comma = m[0] === ',' || m[0] === ';';
        const ok = comma
          ? lower(text[at - 1]) && (lower(text[at - 2]) || /[”"’)]/.test(text[at - 1]))
          : lower(text[at - 1]) && lower(text[at - 2]) && lower(text[at - 3]);
        if (!ok || inOpaque(at)) continue;
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

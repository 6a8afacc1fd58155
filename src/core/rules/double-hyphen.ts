/**
 * Two hyphens standing for a dash, a typewriter habit that machine translation and plain-text wires
 * leave in: "a systematic project -- four essays", "the project--the first", "growth - - and".
 * Printed copy uses a dash: the fix is an em dash, with the spacing the hyphens had. A command-line
 * option ("--help"), a rule of three or more hyphens and a web address are left alone.
 */
import { eachParagraph, type LocalFinding, type Rule } from './types';

// Two hyphens (or two hyphens with a space between) not touching a third, with the same spacing on
// both sides: a word or closing mark before, a word, quote or bracket after.
const DOUBLE = /(?<=[\p{L}\p{N}.,;:!?)\]"”’'])(?: (?:--|- -) (?=[\p{L}\p{N}("“‘'])|(?:--)(?=[\p{L}\p{N}("“‘']))/gu;

const rule: Rule = {
  id: 'double-hyphen',
  category: 'punctuation',
  description: 'Two hyphens for a dash ("the project -- four essays" → "the project — four essays").',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'double-hyphen', (p) => {
      const { text, tokens } = p.analysis;
      if (!text.includes('-')) return [];
      const urls = tokens.filter((t) => t.kind === 'url' || t.kind === 'email');
      const found: LocalFinding[] = [];
      for (const m of text.matchAll(DOUBLE)) {
        const start = m.index;
        const end = start + m[0].length;
        if (urls.some((u) => u.start < end && u.end > start)) continue;
        const spaced = m[0].startsWith(' ');
        found.push({
          start,
          end,
          message: 'Two hyphens for a dash: printed copy uses a dash',
          suggestions: [spaced ? ' — ' : '—'],
        });
      }
      return found;
    });
  },
};

export default rule;

/**
 * Confusable idioms and doubled articles ("per say", "in regards to", "the a"), kept conservative:
 * patterns are data (data/confusables.json) and match only where the slip is near certain. The
 * grammar slips it once held (then/than, its/it's, "has began", a/an) are pattern rules over
 * tagged tokens now (./grammar.ts).
 */
import data from './data/confusables.json';
import { RuleDataError, readPatterns } from './data/validate';
import { eachParagraph, quote, type LocalFinding, type Rule } from './types';

const FILE = 'src/core/rules/data/confusables.json';
const PATTERNS = readPatterns(data, FILE).map((p, i) => {
  const replacement = (data.patterns[i] as { replacement?: unknown }).replacement;
  if (typeof replacement !== 'string') throw new RuleDataError(`${FILE}: patterns[${i}] needs a string "replacement".`);
  return { ...p, replacement };
});

const rule: Rule = {
  id: 'confusables',
  category: 'grammar',
  description: 'Confusable idioms and doubled articles: “per say”, “in regards to”, “the a”.',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'confusables', (p) => {
      const text = p.analysis.text;
      // Case-insensitive patterns run on the lower-cased text, where offsets are the same as long
      // as no character changed length in lower-casing (a dotted capital I does).
      const lower = text.toLowerCase();
      const sameOffsets = lower.length === text.length;
      const found: LocalFinding[] = [];
      for (const { regex, folded, label, replacement } of PATTERNS) {
        const fast = folded && sameOffsets;
        for (const m of (fast ? lower : text).matchAll(fast ? folded : regex)) {
          let fixed = replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
          const at = m.index ?? 0;
          // Keep a capital at the start of a sentence.
          if (/^\p{Lu}/u.test(text.slice(at, at + 1))) fixed = fixed.charAt(0).toUpperCase() + fixed.slice(1);
          // \b only knows ASCII letters: the "a" that ends "Bistrița" is not the article.
          if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + m[0].length] ?? '')) continue;
          found.push({ start: at, end: at + m[0].length, message: `${label}: ${quote(fixed)}`, suggestions: [fixed] });
        }
      }
      return found;
    });
  },
};

export default rule;

/**
 * A word typed twice ("the the"), except the doublings good English allows ("had had", "that that
 * unit"); "that that" before a determiner is a typo all the same ("said that that the roads").
 */
import { isCapitalised, type Token } from '../document';
import data from './data/repeated-word.json';
import { readStrings } from './data/validate';
import { eachParagraph, quote, type LocalFinding, type Rule } from './types';

const ALLOWED = new Set(readStrings(data, 'allowed', 'src/core/rules/data/repeated-word.json'));
const THAT_THAT_BEFORE = new Set(readStrings(data, 'thatThatBefore', 'src/core/rules/data/repeated-word.json'));

/** "that that" at tokens i - 1 and i, followed by a determiner: a typo, not "that that unit". */
function thatThatTypo(tokens: readonly Token[], i: number, text: string): boolean {
  const b = tokens[i];
  const c = tokens[i + 1];
  if (b.kind !== 'word' || b.text.toLowerCase() !== 'that' || !c || c.kind !== 'word') return false;
  return /^[ \t\u00a0]+$/.test(text.slice(tokens[i - 1].end, b.start)) && /^[ \t\u00a0]+$/.test(text.slice(b.end, c.start)) && THAT_THAT_BEFORE.has(c.text.toLowerCase());
}

const rule: Rule = {
  id: 'repeated-word',
  category: 'grammar',
  description: 'The same word twice in a row ("the the"); "had had" and "that that" are allowed.',
  defaultSeverity: 'error',
  check(doc) {
    return eachParagraph(doc, 'repeated-word', (p) => {
      const found: LocalFinding[] = [];
      const { tokens, text } = p.analysis;
      for (let i = 1; i < tokens.length; i++) {
        const a = tokens[i - 1];
        if (a.kind !== 'word') continue;
        const lower = a.text.toLowerCase();
        if (ALLOWED.has(lower) && !(lower === 'that' && thatThatTypo(tokens, i, text))) continue;
        // A run ("will will will will") is one issue, fixed by one word.
        let last = i - 1;
        while (
          last + 1 < tokens.length &&
          tokens[last + 1].kind === 'word' &&
          tokens[last + 1].text.toLowerCase() === lower &&
          // Only whitespace between them: "no, no" and "Walla Walla" (a name) are intended.
          /^[ \t\u00a0]+$/.test(text.slice(tokens[last].end, tokens[last + 1].start)) &&
          !(isCapitalised(tokens[last + 1].text) && !a.sentenceStart)
        ) {
          last++;
        }
        if (last === i - 1) continue;
        const b = tokens[last];
        found.push({
          start: a.start,
          end: b.end,
          message: `Repeated word: ${quote(text.slice(a.start, b.end))}`,
          suggestions: [a.text],
          safe: true,
        });
        i = last;
      }
      return found;
    });
  },
};

export default rule;

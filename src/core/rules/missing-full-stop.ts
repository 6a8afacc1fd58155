/**
 * A sentence run into the next with no full stop between them, which machine translation leaves
 * where the source's sentence end was lost: "the other housing stock The discount is greater",
 * "the number of tourists It will return to the level". The second sentence's first word keeps its
 * capital in the middle of the first: a capitalised function word (The, This, It, They, But,
 * However, In …) between two lowercase words, with no punctuation before it. The fix puts a full
 * stop before it.
 *
 * Left alone, so as not to flag a name or a title: A and An (a letter or a grade, "plan A is",
 * and An is a surname), He (a surname, "met He on Tuesday"), I; a word after a capitalised word
 * ("Linear A script", "Want Her by") or after any punctuation; a capital followed by a capital
 * ("the film The Godfather", "in The Hague").
 */
import { eachParagraph, type LocalFinding, type Rule } from './types';

// A lowercase word, a space, a capitalised function word, a space and a lowercase word. The word
// before is looked behind for from the space (looked for from every character, it was read back
// from each letter of a long run to its start).
const RUN_ON =
  / (?<=(?:^|[\s(])[a-z]+(?:['’-][a-z]+)* )(The|This|These|Those|It|Its|She|They|We|There|Their|His|Her|Our|But|However|Meanwhile|According|After|Before|When|If|In|At|On|For|As|Also|So|And) (?=[a-z])/g;

const rule: Rule = {
  id: 'missing-full-stop',
  category: 'punctuation',
  description: 'Two sentences run together with no full stop between them ("the housing stock The discount is" → "the housing stock. The discount is").',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'missing-full-stop', (p) => {
      const { text, tokens } = p.analysis;
      const urls = tokens.filter((t) => t.kind === 'url' || t.kind === 'email');
      const found: LocalFinding[] = [];
      for (const m of text.matchAll(RUN_ON)) {
        const start = m.index;
        if (urls.some((u) => u.start <= start && u.end > start)) continue;
        // The space and the capitalised word, so the underline is under the word.
        found.push({
          start,
          end: start + 1 + m[1].length,
          message: `A capital “${m[1]}” in the middle of a sentence: a full stop is probably missing before it`,
          suggestions: [`. ${m[1]}`],
        });
      }
      return found;
    });
  },
};

export default rule;

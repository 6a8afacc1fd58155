/**
 * A Latin-script name or acronym of the source that the translation spells differently
 * ("Ouattara" in the source, "Ouatara" in the translation) or, when the source is in another
 * script, lacks. In a Latin-script source only capitalised words that do not start a sentence,
 * acronyms and words with digits count, and only a changed spelling is flagged: a missing French
 * name may well be translated ("Allemagne", "Germany"). A translation word the English dictionary
 * knows is taken as a proper rendering ("Chine", "China").
 */
import type { Paragraph } from '../../document';
import { missingPlace } from '../locate';
import { isLatinScript, latinWords, type LatinWord } from '../pair';
import { quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) rows[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[s.length][t.length];
}

/** The source words that are names or acronyms, offsets absolute. */
function sourceNames(paragraphs: readonly Paragraph[], latinSource: boolean): LatinWord[] {
  const out: LatinWord[] = [];
  for (const p of paragraphs) {
    const starts = new Set(p.analysis.tokens.filter((t) => t.sentenceStart).map((t) => t.start));
    for (const w of latinWords(p)) {
      const acronym = /^\p{Lu}[\p{Lu}\d]+$/u.test(w.text) || /\d/.test(w.text);
      const name = /^\p{Lu}/u.test(w.text) && !starts.has(w.start);
      if (latinSource ? (acronym || name) && w.text.length >= 3 : true) out.push({ ...w, start: w.start + p.start, end: w.end + p.start });
    }
  }
  return out;
}

// Letters that are not a base letter with a mark, as English copy writes them without it.
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h' };

/** A word in lower case without its diacritics: "Phạm" → "pham", "Erdoğan" → "erdogan", "Łódź" → "lodz". */
function foldDiacritics(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłøđðþßæœħ]/g, (c) => PLAIN[c]);
}

const rule: AccuracyRule = {
  id: 'name-mismatch',
  category: 'accuracy',
  description: 'A Latin-script name or acronym of the source that the translation spells differently or lacks.',
  defaultSeverity: 'warning',
  scope: (pair) => (isLatinScript(pair.source.text) ? 'latin' : 'other'),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope) {
    const out: AccuracyFinding[] = [];
    const latinSource = scope === 'latin';
    const names = sourceNames(group.source, latinSource);
    if (names.length === 0) return out;
    const sourceWords = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())));
    const targetText = group.target.map((p) => p.analysis.text).join('\n').toLowerCase();
    const target = group.target.flatMap((p) => latinWords(p).map((w) => ({ ...w, start: w.start + p.start, end: w.end + p.start })));
    const targetWords = new Set(target.map((w) => w.text.toLowerCase()));
    const folded = new Set(target.map((w) => foldDiacritics(w.text)));
    const reported = new Set<string>();
    for (const n of names) {
      const key = n.text.toLowerCase();
      // English copy often drops diacritics (Erdogan for Erdoğan, Pham Minh Chinh for Phạm Minh Chính).
      if (targetWords.has(key) || reported.has(key) || folded.has(foldDiacritics(n.text))) continue;
      // Inside a longer word or compound of the translation ("COVID" in "COVID-19", "Xinhua" in
      // "Xinhuanet"); one letter more at either end is a changed spelling ("Brennevale"), save a plural.
      const containing = target.filter((w) => w.text.toLowerCase().includes(key));
      if (containing.some((w) => w.text.length !== key.length + 1 || /s$/i.test(w.text)) || (containing.length === 0 && targetText.includes(key))) continue;
      reported.add(key);
      const limit = n.text.length <= 6 ? 1 : 2;
      const changed = target.find(
        (w) =>
          /^\p{Lu}/u.test(w.text) &&
          w.text.length >= 3 &&
          // The same first letter, or only the first letter changed (Guattara for Ouattara).
          (w.text[0].toLowerCase() === key[0] || (w.text.length === key.length && key.length >= 5 && w.text.slice(1).toLowerCase() === key.slice(1))) &&
          !sourceWords.has(w.text.toLowerCase()) &&
          editDistance(w.text, n.text) <= limit &&
          !context.speller.knows(w.text),
      );
      if (changed) {
        out.push({
          start: changed.start,
          end: changed.end,
          sourceStart: n.start,
          sourceEnd: n.end,
          message: `${quote(changed.text)} is spelt ${quote(n.text)} in the source.`,
          suggestions: [n.text],
        });
      } else if (!latinSource && n.text.length >= 4 && /^\p{Lu}/u.test(n.text)) {
        const place = missingPlace(group, pair.language.code, pair.target.text, n.start, n.end);
        out.push({
          start: place.start,
          end: place.end,
          sourceStart: n.start,
          sourceEnd: n.end,
          message: `The source's ${quote(n.text)} is missing from the translation.`,
        });
      }
    }
    return out;
  },
};

export default rule;

/**
 * A paragraph left in another language. franc alone is unreliable on short texts (it calls a
 * 64-character English sentence Afrikaans), so a paragraph is judged only when it is long enough
 * and most of its words are unknown to the English dictionaries; franc then names the language.
 */
import { franc } from 'franc';
import type { Paragraph } from '../document';
import { isCapitalised } from '../document';
import { quote, type Rule, type RuleContext } from './types';
import languages from './data/languages.json';

const NAMES = languages as Record<string, string>;

/** How many of a paragraph's lowercase words the dictionaries know. */
export interface WordShare {
  known: number;
  total: number;
}

/** Known-word share of a paragraph (capitalised words are left out: names are not evidence). */
export function knownShare(p: Paragraph, context: RuleContext): WordShare {
  return p.analysis.memo('known-share', () => {
    let known = 0;
    let total = 0;
    for (const t of p.analysis.tokens) {
      if (t.kind !== 'word' || (isCapitalised(t.text) && !t.sentenceStart)) continue;
      total++;
      if (context.speller.knows(t.text.replace(/['’]s$/, ''))) known++;
    }
    return { known, total };
  });
}

/** The number of letters in `text`, counted up to `cap` (no array of every letter). */
function countLetters(text: string, cap: number): number {
  const letter = /\p{L}/gu;
  let n = 0;
  while (n < cap && letter.test(text)) n++;
  return n;
}

/** franc's guess for a paragraph, or undefined when it is too short to judge. */
export function guessLanguage(text: string): string {
  return franc(text, { minLength: 40 });
}

/** The English name of an ISO 639-3 code, or the code. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

const rule: Rule = {
  id: 'untranslated',
  category: 'language',
  description: 'A paragraph that is not in English (left untranslated by the machine translation).',
  defaultSeverity: 'error',
  check(doc, context) {
    const out = [];
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      const verdict = p.analysis.memo('untranslated', () => {
        const text = p.analysis.text;
        const share = knownShare(p, context);
        // Non-Latin scripts have no "words" the English dictionary could know.
        const letters = countLetters(text, 60);
        if (letters < 40 || (share.total < 6 && letters < 60)) return null;
        if (share.total > 0 && share.known / share.total >= 0.5) return null;
        const code = guessLanguage(text);
        if (code === 'eng' || code === 'sco' || code === 'und') return null;
        return code;
      });
      if (verdict) {
        out.push({
          start: p.start,
          end: p.end,
          message: `This paragraph looks untranslated (${languageName(verdict)}): ${quote(p.analysis.text.slice(0, 40).trim() + '…')}`,
        });
      }
    }
    return out;
  },
};

export default rule;

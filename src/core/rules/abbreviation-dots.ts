/**
 * One abbreviation written with and without full stops in one article: "U.N." and "UN", "U.S." and
 * "US", "E.U." and "EU". Found by rule, not from a list: a dotted abbreviation of capitals and an
 * all-capitals word of the same letters are one abbreviation written two ways. A dotted form that
 * ends a sentence keeps the full stop in its suggestion ("in the U.S. The" → "in the US. The").
 */
import type { Paragraph } from '../document';
import { isAllCaps, isMostlyCaps } from '../document';
import { type Finding, type Rule } from './types';
import { WrittenForms, writtenTwoWays, type FormUse } from './written-forms';

interface AbbreviationUse extends FormUse {
  /** The letters alone: "US" for both "U.S." and "US". */
  letters: string;
  form: string;
  /** A dotted form whose last stop also ends the sentence. */
  endsSentence?: boolean;
  /** A plain form directly followed by a full stop (taken into the range for the dotted fix). */
  stopAfter?: boolean;
}

const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,6}(?![\p{L}\p{N}])/gu;
// Words that open a sentence, so a stop before them is a full stop too.
const OPENER =
  /^\s+(?:The|A|An|He|She|It|They|We|I|In|On|At|By|But|And|This|That|These|Those|Its|His|Her|Their|There|According|However|Meanwhile|Last|After|Before|When|While|If|As|For|Since|Earlier|Later|Officials|Some|Many|No|Yet|So)\b/u;

/** The dotted abbreviations of a paragraph ("U.N.", "E.U."). */
function dottedUses(p: Paragraph): AbbreviationUse[] {
  return p.analysis.memo('abbreviations-dotted', () => {
    const text = p.analysis.text;
    // An all-caps line says "US" as an English word.
    if (!text.includes('.') || isMostlyCaps(text)) return [];
    const uses: AbbreviationUse[] = [];
    for (const m of text.matchAll(DOTTED)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const letters = m[0].replace(/\./g, '');
      const endsSentence = end === text.trimEnd().length || OPENER.test(text.slice(end, end + 16));
      uses.push({ start, end, letters, form: m[0], endsSentence });
    }
    return uses;
  });
}

/** The all-capitals words of a paragraph that may be a plain abbreviation ("UN", "EU"). */
function plainUses(p: Paragraph): AbbreviationUse[] {
  return p.analysis.memo('abbreviations-plain', () => {
    const text = p.analysis.text;
    if (isMostlyCaps(text)) return [];
    const uses: AbbreviationUse[] = [];
    const words = p.analysis.tokens.filter((t) => t.kind === 'word');
    words.forEach((t, i) => {
      const word = t.text.replace(/['’]s$/, '');
      if (word.length < 2 || word.length > 6 || !isAllCaps(word) || !/^\p{Lu}+$/u.test(word)) return;
      // "THIS IS A HANDOUT": capitals all along, not an abbreviation.
      if ([words[i - 1], words[i + 1]].some((n) => n && isAllCaps(n.text) && Math.abs(n.start - t.start) < word.length + 8)) return;
      const stopAfter = text[t.start + word.length] === '.' && !/^\.\p{L}/u.test(text.slice(t.start + word.length));
      uses.push({ start: t.start, end: t.start + word.length, letters: word, form: word, stopAfter });
    });
    return uses;
  });
}

const rule: Rule = {
  id: 'abbreviation-dots',
  category: 'consistency',
  description: 'One abbreviation written with and without full stops in the same article (U.N. / UN, U.S. / US).',
  defaultSeverity: 'warning',
  // Off until measured better: score-mqm confirmed share below one in two (see the commit).
  enabledByDefault: false,
  check(doc) {
    const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'notice' && p.kind !== 'credit');
    // Most articles write no dotted abbreviation at all: their capitals are not looked at.
    const dotted = new Set(paragraphs.flatMap((p) => dottedUses(p).map((u) => u.letters)));
    if (dotted.size === 0) return [];
    const byLetters = new Map<string, WrittenForms<AbbreviationUse>>();
    for (const p of paragraphs) {
      for (const u of [...dottedUses(p), ...plainUses(p)]) {
        if (!dotted.has(u.letters)) continue;
        let forms = byLetters.get(u.letters);
        if (!forms) byLetters.set(u.letters, (forms = new WrittenForms()));
        // Dotted or not is the question: every dotted writing of the letters is one form.
        forms.add(u.form.includes('.') ? `${[...u.letters].join('.')}.` : u.letters, { ...u, start: p.start + u.start, end: p.start + u.end });
      }
    }
    const out: Finding[] = [];
    for (const forms of byLetters.values()) {
      out.push(
        ...forms.flag({
          message: writtenTwoWays('Abbreviation'),
          suggest: (use, major) => (use.endsSentence && !major.includes('.') ? `${major}.` : major),
          // A plain form before a full stop: the dotted form's last stop is that full stop.
          range: (use, major) => (use.stopAfter && major.includes('.') ? { start: use.start, end: use.end + 1 } : use),
        }),
      );
    }
    return out;
  },
};

export default rule;

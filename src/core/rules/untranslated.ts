/**
 * A paragraph, or a sentence inside an English paragraph, left in another language. franc alone is
 * unreliable on short texts (it calls a 64-character English sentence Afrikaans), so a stretch is
 * judged only when it is long enough and most of its words are unknown to the English
 * dictionaries; franc then names the language.
 */
import { franc } from 'franc';
import type { Paragraph, Span, Token } from '../document';
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
      const e = evidence(t, context);
      if (e) total++;
      if (e === 2) known++;
    }
    return { known, total };
  });
}

/** Whether a token counts towards the known-word share, and whether the dictionaries know it. */
function evidence(t: Token, context: RuleContext): 0 | 1 | 2 {
  if (t.kind !== 'word' || (isCapitalised(t.text) && !t.sentenceStart)) return 0;
  return context.speller.knows(t.text.replace(/['’]s$/, '')) ? 2 : 1;
}

/**
 * Known-word share of each of the paragraph's sentences (in the order of `p.analysis.sentences`),
 * in one pass over its tokens; cached with the paragraph.
 */
export function sentenceShares(p: Paragraph, context: RuleContext): readonly WordShare[] {
  return p.analysis.memo('sentence-shares', () => countSentenceShares(p, context));
}

function countSentenceShares(p: Paragraph, context: RuleContext): WordShare[] {
  const { sentences, tokens } = p.analysis;
  const shares = sentences.map(() => ({ known: 0, total: 0 }));
  let k = 0;
  for (const t of tokens) {
    while (k < sentences.length && t.start >= sentences[k].end) k++;
    if (k === sentences.length) break;
    if (t.start < sentences[k].start) continue;
    const e = evidence(t, context);
    if (e) shares[k].total++;
    if (e === 2) shares[k].known++;
  }
  return shares;
}

/**
 * The language of a stretch of text when it is long enough to judge and not English (an ISO 639-3
 * code), else null. `share` is its known-word share.
 */
function foreignLanguage(text: string, share: WordShare): string | null {
  if (share.total > 0 && share.known / share.total >= 0.5) return null;
  // Non-Latin scripts have no "words" the English dictionary could know.
  const letters = countLetters(text, 60);
  if (letters < 40 || (share.total < 6 && letters < 60)) return null;
  const code = guessLanguage(text);
  if (code === 'eng' || code === 'sco' || code === 'und') return null;
  return code;
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

/** A stretch of a paragraph judged to be another language (offsets relative to the paragraph). */
export interface ForeignStretch extends Span {
  /** The whole paragraph (its language is then named), or one sentence of an English paragraph. */
  whole: boolean;
  /** ISO 639-3 code franc gave (for a sentence, unreliable: not shown; 'und' for a run of words). */
  language: string;
  /** A run of words inside an English sentence (see foreignRuns), not a whole sentence. */
  words?: boolean;
}

/** Unknown words a run needs, and letters: fewer is a term or a phrase English borrows ("Allahu akbar"). */
const RUN_WORDS = 3;
const RUN_LETTERS = 15;

/**
 * Runs of words of another language inside English sentences: a clause the translation left alone
 * ("his morning press conference, conocida como la mañanera"). A run is lowercase words the
 * dictionaries do not know, with at most one known word between two of them ("la", "de" are
 * English words too) and nothing but spaces between words; it counts with RUN_WORDS unknown words
 * when one of them has a letter English does not write (ñ, ã, ç, ł) or one more unknown word
 * otherwise, and RUN_LETTERS letters.
 */
function foreignRuns(p: Paragraph, context: RuleContext): ForeignStretch[] {
  const { tokens, text } = p.analysis;
  const out: ForeignStretch[] = [];
  let first = -1;
  let last = -1;
  let unknown = 0;
  let accented = false;
  let letters = 0;
  let knownSince = 0;
  const close = () => {
    if (first >= 0 && (unknown >= RUN_WORDS + (accented ? 0 : 1)) && letters >= RUN_LETTERS) {
      out.push({ start: tokens[first].start, end: tokens[last].end, whole: false, words: true, language: 'und' });
    }
    first = -1;
    unknown = 0;
    accented = false;
    letters = 0;
    knownSince = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = i > 0 && /^[ \u00a0]+$/.test(text.slice(tokens[i - 1].end, t.start));
    if (first >= 0 && !joined) close();
    const e = t.kind === 'word' && /^\p{Ll}/u.test(t.text) ? evidence(t, context) : 0;
    if (e === 1) {
      if (first < 0) first = i;
      last = i;
      unknown++;
      knownSince = 0;
      letters += t.text.length;
      if (/[^\p{ASCII}]/u.test(t.text) && !/['’]/.test(t.text)) accented = true;
    } else if (e === 2 && first >= 0 && knownSince === 0) knownSince++;
    else close();
  }
  close();
  return out;
}

/**
 * The stretches of a paragraph that are not English: the whole paragraph, or the sentences of an
 * English paragraph that are not. Other rules leave their words alone (a French word is not an
 * English misspelling). None for the notice and credit lines.
 */
export function foreignStretches(p: Paragraph, context: RuleContext): readonly ForeignStretch[] {
  if (p.kind === 'notice' || p.kind === 'credit') return [];
  const verdict = p.analysis.memo('untranslated', () => foreignLanguage(p.analysis.text, knownShare(p, context)));
  if (verdict) return [{ start: 0, end: p.analysis.text.length, whole: true, language: verdict }];
  // An English paragraph may still hold a sentence the translation left alone (a quotation, say).
  const { sentences } = p.analysis;
  if (sentences.length < 2) return p.analysis.memo('untranslated-runs', () => foreignRuns(p, context));
  return p.analysis.memo('untranslated-sentences', () => {
    const shares = sentenceShares(p, context);
    const out: ForeignStretch[] = [];
    sentences.forEach((s, k) => {
      const language = foreignLanguage(p.analysis.text.slice(s.start, s.end), shares[k]);
      if (language) out.push({ start: s.start, end: s.end, whole: false, language });
    });
    out.push(...foreignRuns(p, context).filter((r) => !out.some((s) => r.start >= s.start && r.end <= s.end)));
    return out.sort((a, b) => a.start - b.start);
  });
}

const rule: Rule = {
  id: 'untranslated',
  category: 'language',
  description: 'A paragraph or sentence that is not in English (left untranslated by the machine translation).',
  defaultSeverity: 'error',
  check(doc, context) {
    const out = [];
    for (const p of doc.paragraphs) {
      for (const s of foreignStretches(p, context)) {
        const text = p.analysis.text.slice(s.start, s.end);
        out.push({
          start: p.start + s.start,
          end: p.start + s.end,
          // franc names the language of a sentence unreliably (Nepali left in an English sentence
          // comes out as Sundanese), so only the paragraph message names one.
          message: s.whole
            ? `This paragraph looks untranslated (${languageName(s.language)}): ${quote(text.slice(0, 40).trim() + '…')}`
            : s.words
              ? `These words are not English; they look untranslated: ${quote(text)}`
              : `Most words of this sentence are not English; it looks untranslated: ${quote(text.length > 40 ? text.slice(0, 40).trim() + '…' : text)}`,
        });
      }
    }
    return out;
  },
};

export default rule;

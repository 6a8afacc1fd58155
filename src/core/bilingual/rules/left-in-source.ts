/**
 * Translation left in the source language: a paragraph identical to its source, a paragraph still
 * in the source's language (franc), or, for a source in another script, a run of that script
 * inside the English (Chinese characters left in a sentence).
 */
import { franc } from 'franc';
import type { Paragraph } from '../../document';
import { knownShare, languageName, type RuleContext } from '../../rules';
import { tableLanguage } from '../language';
import { extent, quote, excerpt, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** Scripts whose letters never belong in English copy, each as a run pattern. */
const SCRIPTS: [string, RegExp][] = [
  ['Han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー·・]*/gu],
  ['Hangul', /\p{Script=Hangul}+/gu],
  ['Arabic', /\p{Script=Arabic}{2,}(?:[ \u200c]\p{Script=Arabic}+)*/gu],
  ['Cyrillic', /\p{Script=Cyrillic}{2,}(?:[ -]\p{Script=Cyrillic}+)*/gu],
  ['Greek', /\p{Script=Greek}{2,}(?: \p{Script=Greek}+)*/gu],
  ['Hebrew', /\p{Script=Hebrew}{2,}(?: \p{Script=Hebrew}+)*/gu],
  ['Devanagari', /\p{Script=Devanagari}{2,}(?: \p{Script=Devanagari}+)*/gu],
  ['Thai', /\p{Script=Thai}{2,}/gu],
];

/** The script most of a text's letters are written in, when it is one of {@link SCRIPTS}. */
function mainScript(text: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let latin = 0;
  const sample = text.slice(0, 4000);
  for (const m of sample.matchAll(/\p{Script=Latin}/gu)) if (m) latin++;
  for (const [name, pattern] of SCRIPTS) {
    let n = 0;
    for (const m of sample.matchAll(pattern)) n += m[0].length;
    if (n > bestCount) {
      bestCount = n;
      best = name;
    }
  }
  return bestCount > latin ? best : null;
}

/** Whether under half of a paragraph's lower-case words are English ones the dictionaries know. */
function mostlyUnknown(p: Paragraph, context: RuleContext): boolean {
  const share = knownShare(p, context);
  return share.total === 0 || share.known / share.total < 0.5;
}

/** How many letters (\p{L}) a text has, counted up to `limit`: a paragraph's first few letters tell. */
function countLetters(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) n++;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(code))) n++;
  }
  return n;
}

const LETTER = /^\p{L}$/u;

const rule: AccuracyRule = {
  id: 'left-in-source',
  category: 'accuracy',
  description: 'Translation left in the source language: a paragraph identical to its source or in its language, or source-script words inside the English.',
  defaultSeverity: 'error',
  // A paragraph or a run of script left untranslated is what these say too, from the English alone.
  sameFindingAs: ['foreign-script', 'untranslated'],
  scope: (pair) => mainScript(pair.source.text) ?? '',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope) {
    const out: AccuracyFinding[] = [];
    const script = SCRIPTS.find(([name]) => name === scope)?.[1];
    const language = tableLanguage(pair.language.code);
    const range = extent(group.target);
    const source = extent(group.source);
    const sourceText = pair.source.text.slice(source.start, source.end);
    const targetText = pair.target.text.slice(range.start, range.end);
    const letters = countLetters(targetText, 40);
    if (letters >= 12 && sourceText.trim() === targetText.trim() && /\s\S+\s/.test(targetText.trim())) {
      out.push({ ...range, sourceStart: source.start, sourceEnd: source.end, message: `This paragraph is the source text, untranslated: ${quote(excerpt(targetText, 40))}` });
      return out;
    }
    // franc is slow on a long article: only a paragraph the English dictionaries mostly do not
    // know is asked, and its answer is cached with the paragraph.
    if (language !== 'eng' && language !== 'und' && letters >= 40 && group.target.length === 1 && mostlyUnknown(group.target[0], context)) {
      const guess = tableLanguage(group.target[0].analysis.memo('bilingual-franc', () => franc(targetText, { minLength: 40 })));
      if (guess === language) {
        out.push({ ...range, sourceStart: source.start, sourceEnd: source.end, message: `This paragraph is still in ${languageName(pair.language.code)}, the source's language.` });
        return out;
      }
    }
    if (!script) return out;
    for (const p of group.target) {
      for (const m of p.analysis.text.matchAll(script)) {
        const start = p.start + (m.index ?? 0);
        const at = sourceText.indexOf(m[0]);
        out.push({
          start,
          end: start + m[0].length,
          sourceStart: at >= 0 ? source.start + at : source.start,
          sourceEnd: at >= 0 ? source.start + at + m[0].length : source.end,
          message: `${quote(m[0])} is left in the source's script: translate or transliterate it.`,
        });
      }
    }
    return out;
  },
};

export default rule;

/**
 * Agency boilerplate left in the copy: "RESTRICTED TO EDITORIAL USE", "MANDATORY CREDIT", photo
 * credit lines, `=== … ===` notices. These never go to print; the fix is to delete them.
 */
import type { Document, ParagraphAnalysis, Span } from '../document';
import { isMostlyCaps } from '../document';
import data from './data/boilerplate.json';
import { readPatterns } from './data/validate';
import { mayMatch } from '../text/required-text';
import { eachParagraph, type Rule } from './types';

const PATTERNS = readPatterns(data, 'src/core/rules/data/boilerplate.json');

/** A stretch of boilerplate inside a paragraph (relative offsets) and what it is. */
export interface BoilerplateSpan extends Span {
  label: string;
}

/**
 * The boilerplate in a paragraph, merged and widened to the separators around it (" - ", " / ")
 * so that deleting it leaves clean copy; a line that is nothing but credits is one span.
 */
export function boilerplateSpans(analysis: ParagraphAnalysis): BoilerplateSpan[] {
  return analysis.memo('boilerplate-spans', () => {
    const text = analysis.text;
    const found: BoilerplateSpan[] = [];
    for (const { regex, label, required } of PATTERNS) {
      // Most paragraphs hold none of a pattern's literals: skip the regex (same result, see required-text.ts).
      if (!mayMatch(required, text)) continue;
      for (const m of text.matchAll(regex)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label });
    }
    if (found.length === 0) return [];
    found.sort((a, b) => a.start - b.start);
    const merged: BoilerplateSpan[] = [];
    for (const span of found) {
      const last = merged[merged.length - 1];
      // Spans separated only by dashes, slashes and spaces are one block.
      if (last && (span.start <= last.end || /^[\s\-–—/|]*$/.test(text.slice(last.end, span.start)))) {
        last.end = Math.max(last.end, span.end);
      } else merged.push({ ...span });
    }
    for (const span of merged) {
      while (span.start > 0 && /[\s\-–—/|]/.test(text[span.start - 1])) span.start--;
      while (span.end < text.length && /[\s\-–—/|]/.test(text[span.end])) span.end++;
    }
    // What is left of the line outside the spans: if it is only capitals and separators, the whole
    // line is a credit line.
    let rest = '';
    let at = 0;
    for (const span of merged) {
      rest += text.slice(at, span.start);
      at = span.end;
    }
    rest += text.slice(at);
    if (!/\p{Ll}/u.test(rest) && (isMostlyCaps(rest) || !/\p{L}{2}/u.test(rest))) {
      return [{ start: 0, end: text.length, label: merged[0].label }];
    }
    return merged;
  });
}

/** Absolute spans of boilerplate in a document (other rules keep out of them). */
export function documentBoilerplate(doc: Document): Span[] {
  const out: Span[] = [];
  for (const p of doc.paragraphs) {
    for (const s of boilerplateSpans(p.analysis)) out.push({ start: p.start + s.start, end: p.start + s.end });
  }
  return out;
}

const rule: Rule = {
  id: 'boilerplate',
  category: 'boilerplate',
  description: 'Agency boilerplate left in the copy (usage restrictions, credit lines, === notices).',
  defaultSeverity: 'error',
  check(doc) {
    return eachParagraph(doc, 'boilerplate', (p) =>
      boilerplateSpans(p.analysis).map((s) => ({
        start: s.start,
        end: s.end,
        message: `Agency boilerplate left in (${s.label}): delete it before publishing`,
        suggestions: [''],
      })),
    );
  },
};

export default rule;

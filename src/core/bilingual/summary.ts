/** What the review report says about a bilingual review: alignment and numbers. */
import type { Issue } from '../issue';
import { matchedGroups } from './rules/types';
import { paragraphNumbers, type BilingualDocument } from './pair';
import type { SourceLanguage } from './language';

/** The bilingual part of a check's result. */
export interface BilingualSummary {
  language: SourceLanguage;
  paragraphs: {
    /** Paragraphs of the source and of the translation (notices left out). */
    source: number;
    target: number;
    /** Aligned groups with paragraphs on both sides (1–1, 1–2, 2–1). */
    aligned: number;
    /** Source paragraphs without a translation, and translation paragraphs without a source. */
    omitted: number;
    added: number;
  };
  numbers: {
    /** Numbers written in digits in the source's aligned paragraphs (months aside). */
    checked: number;
    /** Issues of the number rule (a number missing, changed or added). */
    mismatched: number;
  };
}

/** Summarises an aligned pair and the issues found on it. */
export function bilingualSummary(pair: BilingualDocument, issues: readonly Issue[]): BilingualSummary {
  let omitted = 0;
  let added = 0;
  let source = 0;
  let target = 0;
  for (const g of pair.groups) {
    source += g.source.length;
    target += g.target.length;
    if (g.target.length === 0) omitted += g.source.length;
    if (g.source.length === 0) added += g.target.length;
  }
  const matched = matchedGroups(pair);
  let checked = 0;
  for (const g of matched) for (const p of g.source) checked += paragraphNumbers(p, pair.language.code).filter((n) => n.strict && n.kind !== 'month').length;
  return {
    language: pair.language,
    paragraphs: { source, target, aligned: matched.length, omitted, added },
    numbers: { checked, mismatched: issues.filter((i) => i.rule === 'number-mismatch').length },
  };
}

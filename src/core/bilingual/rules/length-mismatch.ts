/**
 * A translation paragraph much shorter or much longer than its source, for that language pair:
 * under 45% or over 220% of the length the source predicts (src/core/bilingual/data/length-ratios.json,
 * or the article's own ratio for a language not listed). Short paragraphs are left alone: their
 * lengths vary too much to mean anything.
 */
import type { Paragraph } from '../../document';
import { expectedLength, expectedRatio, lengthWithoutSpaces as length } from '../ratios';
import { everyGroup, extent, matchedGroups, type AccuracyFinding, type AccuracyRule } from './types';

const SHORT = 0.45;
const LONG = 2.2;
/** The smallest expected translation length, in characters, worth judging. */
const MIN_EXPECTED = 80;

/** A phrase of 2 to 12 words said three times or more in a row, as in a translation stuck in a loop. */
const REPEATED = /(?<![\p{L}\p{N}])([\p{L}\p{N}'’]+(?:[\s,;]+[\p{L}\p{N}'’]+){1,11}?)(?:[\s,;]+\1(?![\p{L}\p{N}])){2,}/u;

/** Where a group's translation repeats itself: from the phrase's second time to its last. */
function repeats(paragraphs: readonly Paragraph[]): { start: number; end: number } | undefined {
  for (const p of paragraphs) {
    const m = REPEATED.exec(p.analysis.text);
    if (!m) continue;
    const start = p.start + m.index + m[1].length;
    const skipped = /^[\s,;]+/.exec(m[0].slice(m[1].length))?.[0].length ?? 0;
    return { start: start + skipped, end: p.start + m.index + m[0].length };
  }
  return undefined;
}

const rule: AccuracyRule = {
  id: 'length-mismatch',
  category: 'accuracy',
  description: 'A translation paragraph much shorter or longer than its source for the language pair (something left out or added).',
  defaultSeverity: 'warning',
  // The article's own ratio, for a language pair without a table: from every aligned group.
  scope(pair) {
    if (expectedRatio(pair.language.code) !== undefined) return '';
    let totalS = 0;
    let totalT = 0;
    for (const g of matchedGroups(pair)) {
      for (const p of g.source) totalS += length(p.analysis.text);
      for (const p of g.target) totalT += length(p.analysis.text);
    }
    return String(totalS > 0 ? totalT / totalS : 1);
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(g, pair, _context, scope) {
    const out: AccuracyFinding[] = [];
    const own = Number(scope || 1);
    const sourceText = g.source.map((p) => p.analysis.text).join(' ');
    const lt = g.target.reduce((n, p) => n + length(p.analysis.text), 0);
    const expected = expectedLength(sourceText, pair.language.code) ?? length(sourceText) * own;
    if (expected < MIN_EXPECTED) return out;
    const share = lt / expected;
    if (share >= SHORT && share <= LONG) return out;
    const source = extent(g.source);
    // A paragraph too long because a phrase repeats (a machine translation stuck in a loop): the repeats.
    const range = (share > LONG && repeats(g.target)) || extent(g.target);
    out.push({
      start: range.start,
      end: range.end,
      sourceStart: source.start,
      sourceEnd: source.end,
      message:
        share < SHORT
          ? `This paragraph is much shorter than its source (${Math.round(share * 100)}% of the expected length): part of it may be left out.`
          : `This paragraph is much longer than its source (${Math.round(share * 100)}% of the expected length): something may be added or repeated.`,
    });
    return out;
  },
};

export default rule;

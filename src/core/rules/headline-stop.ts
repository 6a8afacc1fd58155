/**
 * A full stop at the end of a headline: "Pension products go on sale." over the story. English
 * headlines take no full stop (a question or exclamation mark stays). The headline is the article's
 * first paragraph when it is one short sentence (at most 15 words) and the paragraph after it is
 * longer: a one-line lede over nothing, an abbreviation's stop ("U.S.", "Inc.") and an ellipsis are
 * left alone.
 */
import type { Finding, Rule } from './types';

const MAX_WORDS = 15;
// Stops that belong to a word: "U.S.", "Inc.", "Co.", "Jr.", "St.", "a.m.".
const ABBREVIATION = /(?:\b\p{L}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|etc|No|vs)\.$/u;

const words = (tokens: readonly { kind: string }[]) => tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;

const rule: Rule = {
  id: 'headline-stop',
  category: 'punctuation',
  description: 'A full stop at the end of a headline ("Pension products go on sale." → "Pension products go on sale").',
  defaultSeverity: 'warning',
  check(doc) {
    const content = doc.paragraphs.filter((p) => p.kind !== 'notice' && p.kind !== 'credit');
    const [headline, next] = content;
    if (!headline || !next) return [];
    const { text, tokens, sentences } = headline.analysis;
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith('.') || trimmed.endsWith('..') || ABBREVIATION.test(trimmed) || sentences.length !== 1) return [];
    const count = words(tokens);
    if (count > MAX_WORDS || words(next.analysis.tokens) <= count) return [];
    const at = headline.start + trimmed.length - 1;
    const finding: Finding = { start: at, end: at + 1, message: 'A headline takes no full stop', suggestions: [''] };
    return [finding];
  },
};

export default rule;

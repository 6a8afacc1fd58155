/**
 * UK and US spelling mixed in one text, or spellings against the chosen dialect. The variant list
 * is generated from the differences between the two Hunspell dictionaries (see
 * src/core/spelling/variants.ts) plus data/dialect-pairs.json; a word both dictionaries accept is
 * never flagged. Words inside a capitalised name ("World Health Organization", "Ministry of
 * Defence") keep their own spelling.
 */
import type { Document, Paragraph } from '../document';
import { isCapitalised } from '../document';
import type { Dialect, VariantLookup } from '../spelling';
import { matchCase } from '../spelling';
import { quote, type Finding, type Rule } from './types';

/** A variant spelling in a paragraph (relative offsets). */
interface VariantUse {
  start: number;
  end: number;
  word: string;
  dialect: Dialect;
  counterpart: string;
  /** Part of a capitalised name: it keeps its spelling and does not vote. */
  inName: boolean;
}

function variantUses(p: Paragraph, variants: VariantLookup): VariantUse[] {
  // Keyed by the kind too: a capitalised first word is a name in a headline, not in a body paragraph.
  return p.analysis.memo(`dialect-variants|${p.kind}`, () => {
    const out: VariantUse[] = [];
    for (const t of p.analysis.tokens) {
      if (t.kind !== 'word') continue;
      // The possessive "'s" or "’s" dropped: by hand, as /['’]s$/ would (a regular-expression
      // replace per word was most of this rule's time).
      const n = t.text.length;
      const possessive = n >= 2 && t.text.charCodeAt(n - 1) === 115 && (t.text.charCodeAt(n - 2) === 39 || t.text.charCodeAt(n - 2) === 0x2019);
      const word = possessive ? t.text.slice(0, n - 2) : t.text;
      const info = variants.get(word.toLowerCase());
      if (!info) continue;
      const inName = isCapitalised(word) && (!t.sentenceStart || p.kind === 'headline');
      out.push({ start: t.start, end: t.start + word.length, word, dialect: info.dialect, counterpart: info.counterpart, inName });
    }
    return out;
  });
}

/** Counts UK and US spellings outside names (or, with `names`, inside them). */
export function dialectVotes(doc: Document, variants: VariantLookup, names = false): Record<Dialect, number> {
  const votes: Record<Dialect, number> = { 'en-GB': 0, 'en-US': 0 };
  for (const p of doc.paragraphs) {
    if (p.kind === 'notice' || p.kind === 'credit') continue;
    for (const u of variantUses(p, variants)) if (u.inName === names) votes[u.dialect]++;
  }
  return votes;
}

/**
 * The text's own dialect: the majority of its variant spellings; when it has none outside names,
 * the names' spellings ("Defense Secretary", "Centre for Global Policy"); en-GB on a tie.
 */
export function detectDialect(doc: Document, variants: VariantLookup): Dialect {
  let votes = dialectVotes(doc, variants);
  if (votes['en-GB'] === 0 && votes['en-US'] === 0) votes = dialectVotes(doc, variants, true);
  return votes['en-US'] > votes['en-GB'] ? 'en-US' : 'en-GB';
}

const LABEL: Record<Dialect, string> = { 'en-GB': 'UK', 'en-US': 'US' };

const rule: Rule = {
  id: 'dialect-mix',
  category: 'consistency',
  description: 'UK and US spellings mixed in one text (colour/color, organise/organize), or against the chosen dialect.',
  defaultSeverity: 'warning',
  check(doc, context) {
    const findings: Finding[] = [];
    const votes = dialectVotes(doc, context.variants);
    const want = context.dialect;
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      for (const u of variantUses(p, context.variants)) {
        if (u.inName || u.dialect === want) continue;
        const other = votes[want];
        findings.push({
          start: p.start + u.start,
          end: p.start + u.end,
          message: `${LABEL[u.dialect]} spelling ${quote(u.word)} in a ${LABEL[want]}-spelling text${other ? ` (${other} ${LABEL[want]} spelling${other === 1 ? '' : 's'} elsewhere)` : ''}`,
          suggestions: [matchCase(u.word, u.counterpart)],
        });
      }
    }
    return findings;
  },
};

export default rule;

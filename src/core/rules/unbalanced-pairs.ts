/**
 * Brackets and quotation marks opened and never closed (or closed and never opened) within a
 * paragraph. A quotation that runs on into the next paragraph, which then opens with a quotation
 * mark, is the normal convention and is not flagged.
 */
import { eachParagraph, quote, type Finding, type Rule } from './types';

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };

interface Unmatched {
  start: number;
  mark: string;
  /** True for an opening mark that is still open at the end of the paragraph. */
  open: boolean;
}

function scan(text: string): Unmatched[] {
  const stack: Unmatched[] = [];
  const out: Unmatched[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      straight = straight < 0 ? i : -1;
    } else if (PAIRS[ch]) {
      stack.push({ start: i, mark: ch, open: true });
    } else if (CLOSERS[ch]) {
      // "1) first point", "a) ...": list numbering, not a bracket.
      if (ch === ')' && /(?:^|\s)[\da-z]$/.test(text.slice(Math.max(0, i - 2), i))) continue;
      // ":)" and ";)" are smileys.
      if (ch === ')' && /[:;]$/.test(text.slice(0, i))) continue;
      const at = stack.map((u) => u.mark).lastIndexOf(CLOSERS[ch]);
      if (at < 0) out.push({ start: i, mark: ch, open: false });
      else stack.splice(at);
    }
  }
  if (straight >= 0) stack.push({ start: straight, mark: '"', open: true });
  return [...out, ...stack];
}

const rule: Rule = {
  id: 'unbalanced-pairs',
  category: 'punctuation',
  description: 'A bracket or quotation mark opened and not closed, or closed and not opened.',
  defaultSeverity: 'warning',
  check(doc) {
    const found: Finding[] = eachParagraph(doc, 'unbalanced-pairs', (p) =>
      scan(p.analysis.text).map((u) => ({
        start: u.start,
        end: u.start + 1,
        message: u.open ? `${quote(u.mark)} is opened but never closed` : `${quote(u.mark)} closes something never opened`,
      })),
    );
    // A quotation continued in the next paragraph (which opens with a quote mark) is fine.
    return found.filter((f) => {
      const mark = doc.text[f.start];
      if (mark !== '“' && mark !== '"') return true;
      const i = doc.paragraphs.findIndex((p) => f.start >= p.start && f.start < p.end);
      const next = doc.paragraphs[i + 1];
      return !(next && /^\s*[“"]/.test(next.analysis.text) && f.message.includes('opened'));
    });
  },
};

export default rule;

/**
 * Brackets and quotation marks opened and never closed (or closed and never opened) within a
 * paragraph. A quotation that runs on into the next paragraph, which then opens with a quotation
 * mark, is the normal convention and is not flagged. A straight double quote opens or closes by its
 * shape (before a word after a space, or after a word before a space or punctuation), so one stray
 * quote is flagged where it stands rather than at a well-paired quotation later in the paragraph;
 * a run of one unmatched mark ("[[") is one issue.
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

/** How a straight double quote at `i` stands: opening a quotation, closing one, or either. */
function straightQuoteShape(text: string, i: number): 'open' | 'close' | 'either' {
  const before = text[i - 1];
  const after = text[i + 1];
  // A quote right before a comma or a full stop ends a quotation, whatever stands before it.
  if (after !== undefined && /[,.;:!?]/.test(after)) return 'close';
  const spaceBefore = before === undefined || /[\s([{\u2014\u2013]/.test(before);
  const spaceAfter = after === undefined || /[\s)\]}\u2014\u2013]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

function scan(text: string): Unmatched[] {
  const stack: Unmatched[] = [];
  const out: Unmatched[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const shape = straightQuoteShape(text, i);
      if (shape === 'open') {
        // Straight quotes do not nest: an opening quote while one is open means that one is stray.
        if (straight >= 0) out.push({ start: straight, mark: '"', open: true });
        straight = i;
      } else if (shape === 'close') {
        if (straight >= 0) straight = -1;
        // 'a 12" screen': after a figure, with no quotation open, an inch mark.
        else if (!/\d/.test(text[i - 1] ?? '')) out.push({ start: i, mark: '"', open: false });
      } else straight = straight < 0 ? i : -1;
    } else if (PAIRS[ch]) {
      stack.push({ start: i, mark: ch, open: true });
    } else if (CLOSERS[ch]) {
      // "1) first point", "a) ...": list numbering, not a bracket.
      if (ch === ')' && /(?:^|\s)[\da-z]$/.test(text.slice(Math.max(0, i - 2), i))) continue;
      // ":)" and ";)" are smileys.
      if (ch === ')' && (text[i - 1] === ':' || text[i - 1] === ';')) continue;
      // The innermost open mark this one closes (searched from the top: usually the top itself).
      let at = stack.length - 1;
      while (at >= 0 && stack[at].mark !== CLOSERS[ch]) at--;
      if (at < 0) out.push({ start: i, mark: ch, open: false });
      else stack.splice(at);
    }
  }
  if (straight >= 0) stack.push({ start: straight, mark: '"', open: true });
  return [...out, ...stack].sort((a, b) => a.start - b.start);
}

/** Unmatched marks as issue ranges: a run of one mark, all opened or all closed ("[[", "))"), is one. */
function runs(found: Unmatched[]): (Unmatched & { end: number })[] {
  const out: (Unmatched & { end: number })[] = [];
  for (const u of found) {
    const last = out[out.length - 1];
    if (last && last.end === u.start && last.mark === u.mark && last.open === u.open) last.end++;
    else out.push({ ...u, end: u.start + 1 });
  }
  return out;
}

const rule: Rule = {
  id: 'unbalanced-pairs',
  category: 'punctuation',
  description: 'A bracket or quotation mark opened and not closed, or closed and not opened.',
  defaultSeverity: 'warning',
  check(doc) {
    const found: Finding[] = eachParagraph(doc, 'unbalanced-pairs', (p) =>
      runs(scan(p.analysis.text)).map((u) => ({
        start: u.start,
        end: u.end,
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

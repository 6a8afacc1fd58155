/**
 * Mixed quotation styles: straight quotes ("…") in a text that otherwise uses curly ones (“…”) or
 * the reverse; single quotes as the primary mark where the rest of the text uses double (or the
 * reverse); straight and curly apostrophes mixed. The minority style is flagged, with the
 * majority's marks as the suggestion.
 */
import type { Document } from '../document';
import { boilerplateSpans } from './boilerplate';
import { type Finding, type Rule } from './types';

/** A quoted stretch or an apostrophe, relative to its paragraph. */
interface QuoteUse {
  start: number;
  end: number;
  /** straight-double "…", curly-double “…”, straight-single '…', curly-single ‘…’, apostrophes. */
  style: 'straight-double' | 'curly-double' | 'straight-single' | 'curly-single' | 'straight-apostrophe' | 'curly-apostrophe';
}

function scan(text: string): QuoteUse[] {
  const uses: QuoteUse[] = [];
  // Straight double quotes pair up in order.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      uses.push({ start: open, end: i + 1, style: 'straight-double' });
      open = -1;
    }
  }
  for (const m of text.matchAll(/“[^“”\n]*”/g)) uses.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, style: 'curly-double' });
  // Single quotes used as the primary mark: an opening mark after a space, a closing one before
  // a space or punctuation, not inside double quotes (where single quotes nest correctly).
  const insideDouble = (at: number) => uses.some((u) => (u.style === 'straight-double' || u.style === 'curly-double') && at > u.start && at < u.end);
  for (const m of text.matchAll(/(?<=^|[\s([—–-])'(?=\p{L})[^'\n]{1,200}?(?<=[\p{L}\p{N}.,!?])'(?=$|[\s.,;:!?)\]—–])/gu)) {
    if (!insideDouble(m.index ?? 0)) uses.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, style: 'straight-single' });
  }
  for (const m of text.matchAll(/(?<=^|[\s([—–-])‘[^‘’\n]{1,200}?’(?=$|[\s.,;:!?)\]—–])/gu)) {
    if (!insideDouble(m.index ?? 0)) uses.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, style: 'curly-single' });
  }
  for (const m of text.matchAll(/(?<=\p{L})['’](?=\p{L})/gu)) {
    uses.push({ start: m.index ?? 0, end: (m.index ?? 0) + 1, style: m[0] === "'" ? 'straight-apostrophe' : 'curly-apostrophe' });
  }
  return uses;
}

function convert(text: string, to: QuoteUse['style']): string {
  const inner = text.slice(1, -1);
  switch (to) {
    case 'straight-double':
      return `"${inner}"`;
    case 'curly-double':
      return `“${inner}”`;
    case 'straight-single':
      return `'${inner}'`;
    case 'curly-single':
      return `‘${inner}’`;
    case 'straight-apostrophe':
      return "'";
    case 'curly-apostrophe':
      return '’';
  }
}

const NAMES: Record<QuoteUse['style'], string> = {
  'straight-double': 'straight double quotes',
  'curly-double': 'curly double quotes',
  'straight-single': 'straight single quotes',
  'curly-single': 'curly single quotes',
  'straight-apostrophe': 'straight apostrophes',
  'curly-apostrophe': 'curly apostrophes',
};

/** Flags the uses of `minor` when `major` is more common (ties keep the first style seen). */
function flagMinority(uses: (QuoteUse & { at: number })[], a: QuoteUse['style'], b: QuoteUse['style'], text: string, out: Finding[], convertTo = true): void {
  const countA = uses.filter((u) => u.style === a).length;
  const countB = uses.filter((u) => u.style === b).length;
  if (!countA || !countB) return;
  const firstA = uses.find((u) => u.style === a)?.at ?? 0;
  const firstB = uses.find((u) => u.style === b)?.at ?? 0;
  const major = countA > countB || (countA === countB && firstA < firstB) ? a : b;
  const minor = major === a ? b : a;
  const majorCount = major === a ? countA : countB;
  for (const u of uses.filter((x) => x.style === minor)) {
    const flagged = text.slice(u.at, u.at + (u.end - u.start));
    out.push({
      start: u.at,
      end: u.at + (u.end - u.start),
      message: `${NAMES[minor][0].toUpperCase()}${NAMES[minor].slice(1)} here; the rest of the text uses ${NAMES[major]} (used ${majorCount} ${majorCount === 1 ? 'time' : 'times'})`,
      suggestions: convertTo ? [convert(flagged, major)] : [],
    });
  }
}

/** The quotation marks an article uses: its own majority style, for suggestions that must match it. */
export interface ArticleQuotes {
  /** Opening and closing double marks: “ ” or " ". */
  double: [string, string];
  /** Opening and closing single marks: ‘ ’ or ' '. */
  single: [string, string];
}

/**
 * The article's quotation marks: straight or curly as most of its quotes (then its apostrophes)
 * are drawn; curly when it has neither.
 */
export function articleQuotes(doc: Document): ArticleQuotes {
  let straight = 0;
  let curly = 0;
  let straightApostrophes = 0;
  let curlyApostrophes = 0;
  for (const p of doc.paragraphs) {
    if (p.kind === 'notice' || p.kind === 'credit') continue;
    for (const u of p.analysis.memo('quote-scan', () => scan(p.analysis.text))) {
      if (u.style === 'straight-double' || u.style === 'straight-single') straight++;
      else if (u.style === 'curly-double' || u.style === 'curly-single') curly++;
      else if (u.style === 'straight-apostrophe') straightApostrophes++;
      else curlyApostrophes++;
    }
  }
  const plain = straight > curly || (straight === curly && straightApostrophes > curlyApostrophes);
  return plain ? { double: ['"', '"'], single: ["'", "'"] } : { double: ['“', '”'], single: ['‘', '’'] };
}

const rule: Rule = {
  id: 'quote-style',
  category: 'punctuation',
  description: 'Straight and curly quotes (or single and double quotes, or apostrophes) mixed in one text.',
  defaultSeverity: 'warning',
  check(doc: Document) {
    const uses: (QuoteUse & { at: number })[] = [];
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      // Quotes inside agency boilerplate are deleted with it: they do not vote.
      const boiler = boilerplateSpans(p.analysis);
      const local = p.analysis.memo('quote-uses', () =>
        scan(p.analysis.text).filter((u) => !boiler.some((b) => u.start >= b.start && u.end <= b.end)),
      );
      for (const u of local) uses.push({ ...u, at: p.start + u.start });
    }
    uses.sort((x, y) => x.at - y.at);
    const out: Finding[] = [];
    flagMinority(uses, 'straight-double', 'curly-double', doc.text, out);
    flagMinority(uses, 'straight-single', 'curly-single', doc.text, out);
    flagMinority(uses, 'straight-apostrophe', 'curly-apostrophe', doc.text, out);
    // Primary mark: double vs single, whichever way they are drawn.
    const primary = uses
      .filter((u) => !u.style.endsWith('apostrophe'))
      .map((u) => ({ ...u, style: (u.style.endsWith('double') ? 'curly-double' : 'curly-single') as QuoteUse['style'] }));
    const doubles = primary.filter((u) => u.style === 'curly-double').length;
    const singles = primary.length - doubles;
    if (doubles && singles) {
      const major = doubles >= singles ? 'double' : 'single';
      for (const u of uses.filter((x) => !x.style.endsWith('apostrophe') && !x.style.endsWith(major))) {
        const flagged = doc.text.slice(u.at, u.at + (u.end - u.start));
        out.push({
          start: u.at,
          end: u.at + flagged.length,
          message: `Single and double quotation marks both open quotes in this text; most quotes use ${major} marks`,
          suggestions: [convert(flagged, major === 'double' ? (u.style.startsWith('curly') ? 'curly-double' : 'straight-double') : u.style.startsWith('curly') ? 'curly-single' : 'straight-single')],
        });
      }
    }
    return out;
  },
};

export default rule;

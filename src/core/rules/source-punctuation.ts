/**
 * Punctuation of a Chinese, Japanese or Korean source left in English copy: full-width marks
 * (，。：；（）！？ and the full-width forms of ASCII letters, digits and signs), the ideographic comma
 * and space, lenticular brackets, and the Chinese ellipsis (…… or ......). Each gets its ASCII
 * form, with the space English puts after it; the ellipsis gets the one the article uses elsewhere.
 * Marks between Chinese characters belong to a stretch the `foreign-script` rule flags whole.
 */
import type { Document } from '../document';
import { hasForeignLetter } from '../text/scripts';
import { quote, type Finding, type LocalFinding, type Rule } from './types';

// Full-width ASCII forms (U+FF01–FF5E), the ideographic space, comma and full stop, 【 】.
const FULL_WIDTH = /[\uff01-\uff5e\u3000\u3001\u3002\u3010\u3011]+/gu;
const ELLIPSIS = /…{2,}|\.{5,}|⋯+|。{3,}|．{3,}/gu;
const IDEOGRAPHIC: Record<string, string> = { '\u3000': ' ', '、': ',', '。': '.', '【': '[', '】': ']' };

/** The ASCII form of a run of full-width marks, with the spacing English wants around it. */
function ascii(run: string, before: string, after: string): string {
  let out = [...run].map((c) => IDEOGRAPHIC[c] ?? c.normalize('NFKC')).join('');
  // "1，000" is a thousands separator; "said，he" wants a space after the comma.
  const digits = /\d/.test(before) && /\d/.test(after);
  if (/[,.:;!?)\]]$/.test(out) && /[\p{L}\p{N}(“"‘]/u.test(after) && !digits) out += ' ';
  if (/^[([]/.test(out) && /[\p{L}\p{N}]/u.test(before)) out = ` ${out}`;
  return out;
}

/** "..." or "…": whichever the article writes more often (three dots when it writes neither). */
function ellipsisStyle(doc: Document): string {
  let dots = 0;
  let single = 0;
  for (const p of doc.paragraphs) {
    const counts = p.analysis.memo('ellipsis-counts', () => ({
      dots: p.analysis.text.match(/(?<!\.)\.\.\.(?!\.)/g)?.length ?? 0,
      single: p.analysis.text.match(/(?<!…)…(?!…)/g)?.length ?? 0,
    }));
    dots += counts.dots;
    single += counts.single;
  }
  return single > dots ? '…' : '...';
}

function scan(text: string): (LocalFinding & { ellipsis?: true })[] {
  const found: (LocalFinding & { ellipsis?: true })[] = [];
  for (const m of text.matchAll(ELLIPSIS)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, message: '', ellipsis: true });
  }
  for (const m of text.matchAll(FULL_WIDTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // Between Chinese characters: part of a stretch left untranslated, flagged whole.
    if (hasForeignLetter(before) || hasForeignLetter(after)) continue;
    const fix = ascii(m[0], before, after);
    found.push({
      start,
      end,
      message: `Full-width punctuation ${quote(m[0])} from the source language; English uses ${quote(fix.trim() || ' ')}`,
      suggestions: [fix],
      safe: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

const rule: Rule = {
  id: 'source-punctuation',
  category: 'punctuation',
  description: 'Full-width punctuation of a Chinese, Japanese or Korean source (commas, stops, colons, brackets) or a Chinese double ellipsis left in English copy.',
  defaultSeverity: 'warning',
  check(doc) {
    const out: Finding[] = [];
    let style: string | undefined;
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice') continue;
      const local = p.analysis.memo('source-punctuation', () => scan(p.analysis.text));
      for (const f of local) {
        if (f.ellipsis) {
          style ??= ellipsisStyle(doc);
          const flagged = p.analysis.text.slice(f.start, f.end);
          out.push({
            start: p.start + f.start,
            end: p.start + f.end,
            message: `Chinese-style ellipsis ${quote(flagged)}; English uses one ellipsis, ${quote(style)}`,
            suggestions: [style],
          });
          continue;
        }
        out.push({ ...f, start: p.start + f.start, end: p.start + f.end });
      }
    }
    return out;
  },
};

export default rule;

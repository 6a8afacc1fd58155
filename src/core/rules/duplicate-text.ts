/**
 * A paragraph or sentence that appears twice (a paste or a machine-translation slip). The
 * headline and standfirst are allowed to echo the body; short sentences ("He said.") are not judged.
 */
import type { Paragraph } from '../document';
import { quote, type Finding, type Rule } from './types';

const MIN_WORDS = 6;

/** A number standing for the text up to case, quote style and spacing (FNV-1a, 52 bits). */
function normalise(text: string): number {
  const s = text.toLowerCase().replace(/[“”"‘’']/g, "'").replace(/\s+/g, ' ').trim();
  // Two 32-bit FNV-1a halves: map lookups on a number are cheaper than on a long string.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

interface Sentences {
  whole: number | null;
  sentences: { start: number; end: number; key: number }[];
}

function sentencesOf(p: Paragraph): Sentences {
  return p.analysis.memo('duplicate-keys', () => {
    const text = p.analysis.text;
    const long = (s: string) => s.split(/\s+/).length >= MIN_WORDS;
    return {
      whole: long(text) ? normalise(text) : null,
      sentences: p.analysis.sentences
        .filter((s) => long(text.slice(s.start, s.end)))
        .map((s) => ({ start: s.start, end: s.end, key: normalise(text.slice(s.start, s.end)) })),
    };
  });
}

const rule: Rule = {
  id: 'duplicate-text',
  category: 'style',
  description: 'The same paragraph or sentence twice in one article.',
  defaultSeverity: 'warning',
  check(doc) {
    const out: Finding[] = [];
    const seenParagraphs = new Map<number, number>();
    const seenSentences = new Map<number, number>();
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'headline' || p.kind === 'standfirst') continue;
      const { whole, sentences } = sentencesOf(p);
      const earlier = whole ? seenParagraphs.get(whole) : undefined;
      if (whole && earlier !== undefined) {
        out.push({
          start: p.start,
          end: p.end,
          message: `This paragraph repeats paragraph ${earlier + 1} word for word`,
          suggestions: [''],
        });
        continue;
      }
      if (whole) seenParagraphs.set(whole, p.index);
      for (const s of sentences) {
        const first = seenSentences.get(s.key);
        if (first !== undefined) {
          out.push({
            start: p.start + s.start,
            end: p.start + s.end,
            message: `Sentence repeated from paragraph ${first + 1}: ${quote(doc.text.slice(p.start + s.start, p.start + Math.min(s.end, s.start + 40)) + '…')}`,
            suggestions: [''],
          });
        } else seenSentences.set(s.key, p.index);
      }
    }
    return out;
  },
};

export default rule;

/**
 * A paragraph or sentence that appears twice (a paste or a machine-translation slip). The
 * headline and standfirst are allowed to echo the body; short sentences ("He said.") are not judged.
 */
import type { Paragraph } from '../document';
import { quote, type Finding, type Rule } from './types';

const MIN_WORDS = 6;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, "'").replace(/\s+/g, ' ').trim();
}

interface Sentences {
  whole: string | null;
  sentences: { start: number; end: number; key: string }[];
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
    const seenParagraphs = new Map<string, number>();
    const seenSentences = new Map<string, number>();
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

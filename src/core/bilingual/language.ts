/**
 * The source text's language, from franc (any language it names), with a sentence for the
 * editor when it cannot tell.
 */
import { francAll } from 'franc';
import { languageName } from '../rules';

/** The language of a source text. */
export interface SourceLanguage {
  /** ISO 639-3 code as franc names it; `und` when it cannot tell. */
  code: string;
  /** English name ("French"), or "unknown". */
  name: string;
  /** How far franc's best guess is ahead of its second (0..1); 0 when it cannot tell. */
  confidence: number;
  /** For the editor when the language is unknown or English; otherwise absent. */
  note?: string;
}

// Languages whose number and date conventions Verso reads through a close relative's tables.
const RELATIVES: Record<string, string> = { nno: 'nob', zlm: 'ind', zsm: 'ind', ban: 'ind', jav: 'ind', sun: 'ind', glg: 'spa', cat: 'spa', vec: 'ita', src: 'ita', afr: 'nld', bel: 'rus', arz: 'arb', ary: 'arb', prs: 'pes' };

/** The language whose number and date tables serve `code` (itself, or a close relative). */
export function tableLanguage(code: string): string {
  return RELATIVES[code] ?? code;
}

/** Detects the language of a source text from its first 4,000 characters. */
export function detectSourceLanguage(text: string): SourceLanguage {
  const sample = text.slice(0, 4000);
  const ranked = francAll(sample, { minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') {
    return {
      code: 'und',
      name: 'unknown',
      confidence: 0,
      note: 'Verso cannot tell the language of the source text (too short, or mostly numbers and names); numbers are read in every convention and month names are not compared.',
    };
  }
  let confidence = Math.round((1 - (second?.[1] ?? 0)) * 100) / 100;
  let code = best[0];
  if (confidence < 0.05) {
    // A near tie (a short source with a long quotation in a third language): each paragraph
    // votes, with its letters, among the close candidates.
    const candidates = ranked.filter(([, score]) => score >= 0.95).slice(0, 6).map(([c]) => c);
    const votes = new Map<string, number>();
    for (const paragraph of sample.split(/\n\s*\n/)) {
      const letters = paragraph.match(/\p{L}/gu)?.length ?? 0;
      if (letters < 40) continue;
      const [vote] = francAll(paragraph, { minLength: 10, only: candidates });
      if (vote && vote[0] !== 'und') votes.set(vote[0], (votes.get(vote[0]) ?? 0) + letters);
    }
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    const [winner] = [...votes].sort((a, b) => b[1] - a[1]);
    if (winner && winner[1] > total / 2 && winner[0] !== code) {
      code = winner[0];
      confidence = Math.round((winner[1] / total - 0.5) * 100) / 100;
    }
  }
  const language: SourceLanguage = { code, name: languageName(code), confidence };
  if (code === 'eng' || code === 'sco') {
    language.note = 'The source text looks English, like the translation: check that the right file was added as the source.';
  }
  return language;
}

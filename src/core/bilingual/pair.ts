/**
 * A source and its translation, paragraph-aligned: what the accuracy checks read. Each side is the
 * same document model the monolingual rules read; per-paragraph readings (numbers, dates, names)
 * are cached with the paragraph, so a re-check after an edit redoes only the edited paragraph.
 */
import type { Document, Paragraph } from '../document';
import { alignParagraphs, type AlignUnit, type Bead } from './align';
import { findDates, type DateMention } from './dates';
import { tableLanguage, type SourceLanguage } from './language';
import { findNumbers, type NumberMention } from './numbers';
import { expectedLength, expectedRatio } from './ratios';

/** One aligned group: source paragraphs and translation paragraphs (either side may be empty). */
export interface AlignedGroup {
  source: readonly Paragraph[];
  target: readonly Paragraph[];
}

/** A source text and its translation, aligned. */
export interface BilingualDocument {
  source: Document;
  target: Document;
  language: SourceLanguage;
  /** In text order on both sides. Machine-translation notices are in no group. */
  groups: readonly AlignedGroup[];
}

/** The numbers of a paragraph, read in `language` (cached with the paragraph). */
export function paragraphNumbers(p: Paragraph, language: string): readonly NumberMention[] {
  const table = tableLanguage(language);
  return p.analysis.memo(`bilingual-numbers|${table}`, () => findNumbers(p.analysis.text, table));
}

/** The months and weekdays of a paragraph, read in `language` (cached with the paragraph). */
export function paragraphDates(p: Paragraph, language: string): readonly DateMention[] {
  const table = tableLanguage(language);
  return p.analysis.memo(`bilingual-dates|${table}`, () => findDates(p.analysis.text, table));
}

/** Latin-script words of two letters or more, with their offsets (names, acronyms, brands). */
export interface LatinWord {
  start: number;
  end: number;
  text: string;
}

/** The Latin-script words of a paragraph (cached with the paragraph). */
export function latinWords(p: Paragraph): readonly LatinWord[] {
  return p.analysis.memo('bilingual-latin', () => {
    const out: LatinWord[] = [];
    for (const m of p.analysis.text.matchAll(/(?<![\p{Script=Latin}\p{M}\p{N}])[\p{Script=Latin}\d]*\p{Script=Latin}[\p{Script=Latin}\p{M}\d]*(?:['’-][\p{Script=Latin}\d]+)*/gu)) {
      if (m[0].length >= 2) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    }
    return out;
  });
}

/** Whether a text is written mostly in the Latin script (its letters, not its digits). */
export function isLatinScript(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const m of text.slice(0, 4000).matchAll(/\p{L}/gu)) {
    if (/\p{Script=Latin}/u.test(m[0])) latin++;
    else other++;
  }
  return latin >= other;
}

/** A paragraph's anchors: binding ones (numbers, links) first, then names. */
function anchorsOf(p: Paragraph, language: string, side: 'source' | 'target'): { anchors: Set<string>; binding: number } {
  return p.analysis.memo(`bilingual-anchors|${tableLanguage(language)}|${side}`, () => {
    const anchors = new Set<string>();
    for (const n of paragraphNumbers(p, side === 'source' ? language : 'eng')) {
      if (n.strict && n.values.length === 1 && n.values[0] >= 2) anchors.add(`#${n.values[0]}`);
    }
    for (const m of p.analysis.text.matchAll(/(?:https?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu)) {
      anchors.add(`@${m[0].toLowerCase().replace(/[.,;:!?)]+$/, '')}`);
    }
    const binding = anchors.size;
    for (const w of latinWords(p)) if (/^\p{Lu}/u.test(w.text) && w.text.length >= 3) anchors.add(w.text.toLowerCase());
    return { anchors, binding };
  });
}

/** A paragraph for the aligner; a source paragraph's length is its translation's expected length when known. */
function unit(p: Paragraph, anchors: { anchors: Set<string>; binding: number }, language?: string): AlignUnit {
  const length = (language === undefined ? undefined : expectedLength(p.analysis.text, language)) ?? p.analysis.text.replace(/\s+/g, '').length;
  return { length, anchors: anchors.anchors, binding: anchors.binding };
}

/** Aligns the source's paragraphs with the translation's. */
export function buildBilingual(source: Document, target: Document, language: SourceLanguage): BilingualDocument {
  const src = source.paragraphs.filter((p) => p.kind !== 'notice');
  const tgt = target.paragraphs.filter((p) => p.kind !== 'notice');
  const beads: Bead[] = alignParagraphs(
    src.map((p) => unit(p, anchorsOf(p, language.code, 'source'), language.code)),
    tgt.map((p) => unit(p, anchorsOf(p, language.code, 'target'))),
    expectedRatio(language.code) === undefined ? undefined : 1,
  );
  return {
    source,
    target,
    language,
    groups: beads.map((b) => ({ source: b.source.map((i) => src[i]), target: b.target.map((j) => tgt[j]) })),
  };
}

/** One aligned group as line numbers: what a screen needs to set the two texts side by side. */
export interface AlignedLines {
  /** 1-based line numbers of the group's source paragraphs (0, 1 or 2 of them). */
  source: number[];
  /** 1-based line numbers of the group's translation paragraphs (0, 1 or 2 of them). */
  target: number[];
}

/** The groups of an aligned pair as line numbers, in text order. */
export function alignedLines(pair: BilingualDocument): AlignedLines[] {
  return pair.groups.map((g) => ({ source: g.source.map((p) => p.line), target: g.target.map((p) => p.line) }));
}

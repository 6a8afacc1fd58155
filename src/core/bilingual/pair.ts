/**
 * A source and its translation, paragraph-aligned: what the accuracy checks read. Each side is the
 * same document model the monolingual rules read; per-paragraph readings (numbers, dates, names)
 * are cached with the paragraph, so a re-check after an edit redoes only the edited paragraph.
 */
import { memoKey, type Document, type Paragraph } from '../document';
import { adaptedRatio, alignParagraphs, ownRatio, type AlignUnit, type Bead } from './align';
import { findDates, type DateMention } from './dates';
import { tableLanguage, type SourceLanguage } from './language';
import { sourceGlosses, targetStems } from './glosses';
import { findNumbers, type NumberMention } from './numbers';
import { expectedLength, expectedRatio, lengthWithoutSpaces } from './ratios';

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
  /**
   * The groups as indices into the source's and the translation's paragraphs (notices left out):
   * what a re-check after an edit starts from (see {@link buildBilingual}'s `previous`).
   */
  beads: readonly Bead[];
}

/** The numbers of a paragraph, read in `language` (cached with the paragraph). */
export function paragraphNumbers(p: Paragraph, language: string): readonly NumberMention[] {
  const table = tableLanguage(language);
  return p.analysis.memo(memoKey('bilingual-numbers', table), () => findNumbers(p.analysis.text, table));
}

/** The months and weekdays of a paragraph, read in `language` (cached with the paragraph). */
export function paragraphDates(p: Paragraph, language: string): readonly DateMention[] {
  const table = tableLanguage(language);
  return p.analysis.memo(memoKey('bilingual-dates', table), () => findDates(p.analysis.text, table));
}

/** Latin-script words of two letters or more, with their offsets (names, acronyms, brands). */
export interface LatinWord {
  start: number;
  end: number;
  text: string;
}

/**
 * A web address (group 1), an e-mail address (2), or a handle or hashtag (3: its @ or #, 4: its name).
 * The link rule compares them whole; the name and number rules leave what is inside them alone.
 */
export const LINK =
  /(https?:\/\/[^\s<>"“”()（）]+[^\s<>"“”.,;:!?)\]（）。，、]|www\.[^\s<>"“”()（）]+[^\s<>"“”.,;:!?)\]（）。，、])|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|(?<![\p{L}\p{N}_@.])([@#])([\p{L}\p{N}_]{2,})/gu;

/**
 * Whether a text may hold a {@link LINK} (or an address the anchors read): each has an @ or a #, or
 * starts with http or www. A quick test before the patterns are run.
 */
export function mayHoldLink(text: string): boolean {
  return text.includes('@') || text.includes('#') || text.includes('http') || text.includes('www.');
}

/** Where a paragraph's web and e-mail addresses, handles and hashtags are (offsets relative to it; cached). */
export function linkSpans(p: Paragraph): readonly [number, number][] {
  return p.analysis.memo('bilingual-links', () =>
    mayHoldLink(p.analysis.text) ? [...p.analysis.text.matchAll(LINK)].map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]) : [],
  );
}

/** The Latin-script words of a paragraph outside its links (cached with the paragraph). */
export function latinWords(p: Paragraph): readonly LatinWord[] {
  return p.analysis.memo('bilingual-latin', () => {
    const out: LatinWord[] = [];
    // No Latin letter, no word (most paragraphs of a source in another script): the pattern is slow to say so.
    if (!/\p{Script=Latin}/u.test(p.analysis.text)) return out;
    const links = linkSpans(p);
    for (const m of p.analysis.text.matchAll(/(?<![\p{Script=Latin}\p{M}\p{N}])[\p{Script=Latin}\d]*\p{Script=Latin}[\p{Script=Latin}\p{M}\d]*(?:['’-][\p{Script=Latin}\d]+)*/gu)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (m[0].length >= 2 && !links.some(([a, b]) => start < b && end > a)) out.push({ start, end, text: m[0] });
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

/**
 * Whether a paragraph group is written mostly in one script: its characters (`ours`, by code
 * unit) at least two and at least as many as the other letters, Latin or any other.
 */
export function mostlyInScript(paragraphs: readonly Paragraph[], ours: (c: number) => boolean): boolean {
  let inScript = 0;
  let other = 0;
  for (const p of paragraphs) {
    const text = p.analysis.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (ours(c)) inScript++;
      else if ((c | 32) >= 97 && (c | 32) <= 122) other++;
      else if (c > 0x7f && /\p{L}/u.test(text[i])) other++;
    }
  }
  return inScript >= 2 && inScript >= other;
}

/** A paragraph's anchors: binding ones (numbers, links) first, then names. */
function anchorsOf(p: Paragraph, language: string, side: 'source' | 'target'): { anchors: Set<string>; binding: number } {
  return p.analysis.memo(memoKey(side === 'source' ? 'bilingual-anchors-source' : 'bilingual-anchors-target', tableLanguage(language)), () => {
    const anchors = new Set<string>();
    const read = side === 'source' ? language : 'eng';
    for (const n of paragraphNumbers(p, read)) {
      // A month in digits (2月, 2023-02) is a month's name on the other side.
      if (n.kind === 'month') anchors.add(`m${n.values[0]}`);
      else if (n.strict && n.values.length === 1 && n.values[0] >= 2) anchors.add(`#${n.values[0]}`);
    }
    for (const d of paragraphDates(p, read)) if (d.kind === 'month') anchors.add(`m${d.value}`);
    const addresses = mayHoldLink(p.analysis.text) ? p.analysis.text.matchAll(/(?:https?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu) : [];
    for (const m of addresses) {
      anchors.add(`@${m[0].toLowerCase().replace(/[.,;:!?)]+$/, '')}`);
    }
    const binding = anchors.size;
    for (const w of latinWords(p)) if (/^\p{Lu}/u.test(w.text) && w.text.length >= 3) anchors.add(w.text.toLowerCase());
    return { anchors, binding };
  });
}

/** A paragraph for the aligner; a source paragraph's length is its translation's expected length when known. */
function unit(p: Paragraph, anchors: { anchors: Set<string>; binding: number }, language?: string): AlignUnit {
  const length = (language === undefined ? undefined : expectedLength(p.analysis.text, language)) ?? lengthWithoutSpaces(p.analysis.text);
  return {
    length,
    anchors: anchors.anchors,
    binding: anchors.binding,
    sentences: p.analysis.memo('bilingual-sentences', () => sentenceCount(p.analysis.text)),
    stop: FINAL_STOP.test(p.analysis.text),
  };
}

// A sentence end: Chinese and Japanese full stops (no space after them), or a stop, question or
// exclamation mark (Arabic, Devanagari too) then a space and a capital, a letter of a caseless
// script, a quote or a digit; not after an initial or a common abbreviation ("Mr.", "Feb.", "M.").
const SENTENCE_END =
  /[。！？]+[”」』"’）)]*(?=\S)|(?<!(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Prof|Jr|Sr|Inc|Co|Corp|Ltd|vs|Mme|Mgr|Nr|Abs|Art))[.!?؟।]+["”’»)]*\s+(?=[\p{Lu}\p{Lo}"“«(\d])/gu;

/** A paragraph's last sentence's stop (any script's), after any closing quotes or brackets: a heading or a caption has none. */
const FINAL_STOP = /[.!?…;:。！？；：．।॥؟۔][\s"'”’」』）)\]»›]*$/u;

/** How many sentences a paragraph has, by its sentence ends. */
function sentenceCount(text: string): number {
  const trimmed = text.trim();
  let n = 1;
  for (const m of trimmed.matchAll(SENTENCE_END)) if (m.index! + m[0].length < trimmed.length) n++;
  return n;
}

/** Beads kept on each side of an edit's stretch that are aligned again with it, for a sure join. */
const MARGIN = 3;
/**
 * The fewest one-to-one beads a re-check keeps for the kept stretch's length ratio to stand for
 * the article's: under it the whole article is aligned again, as a fresh check aligns it. On a
 * 9-paragraph article with its seventh translation paragraph deleted, the 3 beads kept gave 0.86
 * against 1.13 for the whole, and the re-check merged the source paragraph left out into its
 * neighbour where a fresh check found it omitted (2 of 570 edits of the 190 MQM articles, bench
 * planted-paragraphs' pairs, differed so); a short article costs next to nothing to align whole.
 */
const KEPT_MIN = 20;

/**
 * Aligns the source's paragraphs with the translation's. With `previous` (the same source's
 * alignment with an earlier version of the translation), only the stretch of translation
 * paragraphs that changed, and a few beads either side, is aligned again: a one-paragraph edit of
 * a long article does not realign all of it.
 */
export function buildBilingual(source: Document, target: Document, language: SourceLanguage, previous?: BilingualDocument): BilingualDocument {
  const src = source.paragraphs.filter((p) => p.kind !== 'notice');
  const tgt = target.paragraphs.filter((p) => p.kind !== 'notice');
  // A Chinese source is also compared by what its words mean (./glosses.ts).
  const lexical = language.code === 'cmn';
  const sourceUnits = () =>
    src.map((p) => {
      const u = unit(p, anchorsOf(p, language.code, 'source'), language.code);
      if (lexical) u.glosses = p.analysis.memo('bilingual-glosses', () => sourceGlosses(p.analysis.text));
      return u;
    });
  const targetUnit = (p: Paragraph) => {
    const u = unit(p, anchorsOf(p, language.code, 'target'));
    if (lexical) u.stems = p.analysis.memo('bilingual-stems', () => targetStems(p.analysis.text));
    return u;
  };
  const tableRatio = expectedRatio(language.code) === undefined ? undefined : 1;
  const beads =
    (previous && realign(previous, src, tgt, language, tableRatio, sourceUnits, targetUnit)) ??
    alignParagraphs(sourceUnits(), tgt.map(targetUnit), tableRatio, true);
  return {
    source,
    target,
    language,
    groups: beads.map((b) => ({ source: b.source.map((i) => src[i]), target: b.target.map((j) => tgt[j]) })),
    beads,
  };
}

/**
 * The previous alignment with only the edited stretch aligned again, or null when it does not
 * apply (another source or language, or nothing to keep).
 */
function realign(
  previous: BilingualDocument,
  src: readonly Paragraph[],
  tgt: readonly Paragraph[],
  language: SourceLanguage,
  tableRatio: number | undefined,
  sourceUnits: () => AlignUnit[],
  targetUnit: (p: Paragraph) => AlignUnit,
): Bead[] | null {
  if (previous.language.code !== language.code) return null;
  const oldSrc = previous.source.paragraphs.filter((p) => p.kind !== 'notice');
  if (oldSrc.length !== src.length || oldSrc.some((p, i) => p.analysis.text !== src[i].analysis.text)) return null;
  const oldTgt = previous.target.paragraphs.filter((p) => p.kind !== 'notice');
  const n = oldTgt.length;
  const m = tgt.length;
  // The translation paragraphs the edit left as they were, at the start and at the end.
  let prefix = 0;
  while (prefix < n && prefix < m && oldTgt[prefix].analysis.text === tgt[prefix].analysis.text) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && oldTgt[n - 1 - suffix].analysis.text === tgt[m - 1 - suffix].analysis.text) suffix++;
  const beads = previous.beads;
  let head = 0;
  while (head < beads.length && beads[head].target.every((j) => j < prefix)) head++;
  let tail = beads.length;
  while (tail > head && beads[tail - 1].target.every((j) => j >= n - suffix)) tail--;
  if (head === beads.length && n === m) return beads.map((b) => ({ source: [...b.source], target: [...b.target] }));
  head = Math.max(0, head - MARGIN);
  tail = Math.min(beads.length, tail + MARGIN);
  if (head === 0 && tail === beads.length) return null;
  const kept = beads.slice(0, head);
  const after = beads.slice(tail);
  const oneToOne = (list: readonly Bead[]) => list.filter((b) => b.source.length === 1 && b.target.length === 1).length;
  if (oneToOne(kept) + oneToOne(after) < KEPT_MIN) return null;
  // The stretch between the kept beads, on both sides.
  const sFrom = kept.reduce((k, b) => Math.max(k, ...b.source.map((i) => i + 1)), 0);
  const tFrom = kept.reduce((k, b) => Math.max(k, ...b.target.map((j) => j + 1)), 0);
  const sTo = after.reduce((k, b) => Math.min(k, ...b.source), src.length);
  const shift = m - n;
  const tTo = after.reduce((k, b) => Math.min(k, ...b.target.map((j) => j + shift)), m);
  if (sTo < sFrom || tTo < tFrom) return null;
  const units = sourceUnits();
  const targetLength = (p: Paragraph) => lengthWithoutSpaces(p.analysis.text);
  // The document's own ratio, from all of it, not the stretch: with a table for the language pair,
  // the median of the one-to-one matches kept, as a full alignment takes it (./align.ts); without,
  // from its totals.
  let ratio = tableRatio;
  let adapt = false;
  if (ratio !== undefined) {
    const around = [...kept, ...after.map((b) => ({ source: b.source, target: b.target.map((j) => j + shift) }))];
    const own = ownRatio(
      around,
      (i) => units[i].length,
      (j) => targetLength(tgt[j]),
    );
    if (own === undefined) adapt = true;
    else ratio = adaptedRatio(ratio, own);
  } else {
    const totalS = units.reduce((s, u) => s + u.length, 0);
    const totalT = tgt.reduce((s, p) => s + targetLength(p), 0);
    ratio = totalS > 0 ? totalT / totalS : 1;
  }
  const middle = alignParagraphs(units.slice(sFrom, sTo), tgt.slice(tFrom, tTo).map(targetUnit), ratio, adapt).map((b) => ({
    source: b.source.map((i) => i + sFrom),
    target: b.target.map((j) => j + tFrom),
  }));
  return [
    ...kept.map((b) => ({ source: [...b.source], target: [...b.target] })),
    ...middle,
    ...after.map((b) => ({ source: [...b.source], target: b.target.map((j) => j + shift) })),
  ];
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

/**
 * Where in a translation paragraph something the source has is missing: between the renderings of
 * the nearest things both sides share (numbers of one value, Latin-script words) before and after
 * it in the source. When nothing shared brackets it, or the translation puts the two in the other
 * order (a clause moved), the place cannot be told and the whole paragraph group is the answer.
 */
import type { Paragraph } from '../document';
import type { AlignedGroup } from './pair';
import { latinWords, paragraphNumbers } from './pair';

/** Something both sides of a group have once each: its place in the source and in the translation. */
interface SharedAnchor {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

/** Keys of a side's anchors (numbers by value, Latin words by spelling) with their absolute offsets; a key seen twice is dropped. */
function anchors(paragraphs: readonly Paragraph[], language: string): Map<string, { start: number; end: number }> {
  const seen = new Map<string, { start: number; end: number } | null>();
  const add = (key: string, start: number, end: number) => seen.set(key, seen.has(key) ? null : { start, end });
  for (const p of paragraphs) {
    for (const n of paragraphNumbers(p, language)) {
      if (n.strict && n.values.length === 1) add(`#${n.values[0]}`, p.start + n.start, p.start + n.end);
    }
    // Names and acronyms: capitalised, and not a paragraph's first word (capitalised whatever it is).
    for (const w of latinWords(p)) {
      if (w.text.length >= 3 && w.start > 0 && /^\p{Lu}/u.test(w.text)) add(w.text.toLowerCase(), p.start + w.start, p.start + w.end);
    }
  }
  const out = new Map<string, { start: number; end: number }>();
  for (const [key, at] of seen) if (at) out.set(key, at);
  return out;
}

/**
 * The stretch of the group's translation where the source's `sourceStart..sourceEnd` would be,
 * or the group's whole translation when it cannot be told. Never empty: a gap with no words
 * between two anchors is given with the anchors.
 */
export function missingPlace(group: AlignedGroup, language: string, text: string, sourceStart: number, sourceEnd: number): { start: number; end: number } {
  const whole = { start: group.target[0].start, end: group.target[group.target.length - 1].end };
  const source = anchors(group.source, language);
  const target = anchors(group.target, 'eng');
  const shared: SharedAnchor[] = [];
  for (const [key, s] of source) {
    const t = target.get(key);
    if (t) shared.push({ sourceStart: s.start, sourceEnd: s.end, targetStart: t.start, targetEnd: t.end });
  }
  // After everything the source has before it and before everything it has after it.
  const before = shared.filter((a) => a.sourceEnd <= sourceStart);
  const after = shared.filter((a) => a.sourceStart >= sourceEnd);
  if (before.length === 0 && after.length === 0) return whole;
  let start = Math.max(whole.start, ...before.map((a) => a.targetEnd));
  let end = Math.min(whole.end, ...after.map((a) => a.targetStart));
  if (start > end) return whole;
  // Trim spaces and punctuation at both ends; with no letters left, the anchors around the gap.
  while (start < end && /[\s,;:.!?)”"’'-]/u.test(text[start])) start++;
  while (end > start && /[\s,;:.!?(“"‘'-]/u.test(text[end - 1])) end--;
  if (!/\p{L}/u.test(text.slice(start, end))) {
    if (before.length === 0 || after.length === 0) return whole;
    start = Math.max(...before.map((a) => a.targetStart));
    end = Math.min(...after.map((a) => a.targetEnd));
  }
  if (end <= start || (start === whole.start && end === whole.end)) return whole;
  return { start, end };
}

/**
 * One place under its old and its new name in the same article: Bombay and Mumbai, Burma and
 * Myanmar, Peking and Beijing, Ivory Coast and Côte d'Ivoire, Kiev and Kyiv. The places are data
 * (data/renamed-places.json). An old name that is part of another name ("Bombay High Court",
 * "Dynamo Kiev", "Peking duck") or that is given as the old name ("Mumbai, formerly Bombay",
 * "renamed Myanmar from Burma") keeps its form and does not vote; so does one in a sentence about a
 * time before the renaming ("Rangoon in 1962": the name of its day, where the data gives the year).
 */
import type { Paragraph } from '../document';
import data from './data/renamed-places.json';
import { RuleDataError } from './data/validate';
import { type Finding, type Rule } from './types';
import { WrittenForms, type FormUse } from './written-forms';

const FILE = 'src/core/rules/data/renamed-places.json';

interface Place {
  old: string[];
  new: string[];
  keep: string[];
  /** The year the new name took over, when known. */
  renamed?: number;
}

const PLACES: Place[] = (() => {
  const list = (data as { places?: unknown }).places;
  const names = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() === s && s.length > 1);
  if (!Array.isArray(list)) throw new RuleDataError(`${FILE}: expected a "places" array.`);
  return list.map((entry, i) => {
    const { old, new: now, keep, renamed } = (entry ?? {}) as Record<string, unknown>;
    if (!names(old) || !names(now) || (keep !== undefined && !names(keep))) {
      throw new RuleDataError(`${FILE}: places[${i}] needs "old" and "new" as arrays of names (and "keep", if given, as an array of words).`);
    }
    if (renamed !== undefined && !(Number.isInteger(renamed) && (renamed as number) >= 1000 && (renamed as number) <= 2100)) {
      throw new RuleDataError(`${FILE}: places[${i}]: "renamed", if given, is a year (an integer from 1000 to 2100).`);
    }
    return { old: old as string[], new: now as string[], keep: (keep as string[] | undefined) ?? [], renamed: renamed as number | undefined };
  });
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
// Every name of every place in one pattern; the group number tells which place and which side.
const SIDES: { place: number; old: boolean }[] = PLACES.flatMap((p, place) => [
  ...p.new.map(() => ({ place, old: false })),
  ...p.old.map(() => ({ place, old: true })),
]);
const NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${PLACES.flatMap((p) => [...p.new, ...p.old].map((name) => `(${escape(name)})`)).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
);
// "Mumbai, formerly Bombay", "renamed Myanmar from Burma", "(then Peking)": the old name given as such.
const AS_OLD_NAME = /(?:\b(?:formerly|previously|once|(?:also |then |once |formerly )?known as|(?:also |then |once |formerly )?called|named|renamed|(?:old|former|colonial) name|until \d{4})\b[^.;]{0,40}|[(,]\s*then\s+)$/iu;

interface PlaceUse extends FormUse {
  place: number;
  old: boolean;
}

/** Whether the words before `at` make it part of a longer name: a capitalised word that does not open the sentence, or one before "of". */
function partOfName(p: Paragraph, at: number): boolean {
  const words = p.analysis.tokens.filter((t) => t.kind === 'word' && t.end <= at);
  const named = (t: (typeof words)[number] | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && !t.sentenceStart;
  const last = words[words.length - 1];
  if (!last || !/^\s{1,2}$/.test(p.analysis.text.slice(last.end, at))) return false;
  if (named(last)) return true;
  return last.text === 'of' && named(words[words.length - 2]);
}

// Years ("in 1962", "the 1950s") and centuries ("the 19th century") a sentence may be about.
const YEAR = /(?<![\p{L}\p{N}.,])(1\d{3}|20\d{2})(?:s|['’]s)?(?![\p{N}]|[.,]\d)/gu;
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[-\s]century\b/giu;

/**
 * Whether the sentence around `at` is about a time before `renamed`: it names a year or a century
 * before it and none from then on ("sailed for Ceylon in 1687" uses the name of its day).
 */
function aboutEarlierTime(p: Paragraph, at: number, renamed: number): boolean {
  const sentence = p.analysis.sentences.find((s) => at >= s.start && at < s.end);
  if (!sentence) return false;
  const text = p.analysis.text.slice(sentence.start, sentence.end);
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  for (const m of text.matchAll(CENTURY)) years.push(Number(m[1]) * 100 - 1);
  return years.length > 0 && years.every((y) => y < renamed);
}

function scan(p: Paragraph): PlaceUse[] {
  return p.analysis.memo('renamed-places', () => {
    const text = p.analysis.text;
    const out: PlaceUse[] = [];
    for (const m of text.matchAll(NAMES)) {
      const side = SIDES[m.slice(1).findIndex((g) => g !== undefined)];
      if (!side) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (side.old) {
        const place = PLACES[side.place];
        const after = text.slice(end, end + 30);
        const before = text.slice(Math.max(0, start - 40), start);
        // Part of another name: "Bombay High Court", "Peking University", "Dynamo Kiev", "University of Madras".
        if (/^\s+\p{Lu}/u.test(after) || partOfName(p, start)) continue;
        if (place.keep.some((w) => new RegExp(`^\\s+${w}\\b`, 'iu').test(after))) continue;
        if (AS_OLD_NAME.test(before) || (/^\s*\)/.test(after) && /\(\s*$/.test(before))) continue;
        if (place.renamed !== undefined && aboutEarlierTime(p, start, place.renamed)) continue;
      }
      out.push({ start, end, place: side.place, old: side.old });
    }
    return out;
  });
}

const rule: Rule = {
  id: 'renamed-place',
  category: 'consistency',
  description: 'One place under its old and new name in the same article (Bombay / Mumbai, Burma / Myanmar, Kiev / Kyiv).',
  defaultSeverity: 'warning',
  check(doc) {
    const byPlace = new Map<number, WrittenForms<PlaceUse>>();
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      for (const u of scan(p)) {
        let forms = byPlace.get(u.place);
        if (!forms) byPlace.set(u.place, (forms = new WrittenForms()));
        // Spellings of one side are one form ("Côte d'Ivoire", "Cote d’Ivoire").
        forms.add(u.old ? 'old' : 'new', { ...u, start: p.start + u.start, end: p.start + u.end });
      }
    }
    const out: Finding[] = [];
    for (const forms of byPlace.values()) {
      const written = new Map([...forms.forms].map(([side, uses]) => [side, doc.text.slice(uses[0].start, uses[0].end)]));
      out.push(
        ...forms.flag({
          message: (minor, major, count) =>
            `One place under two names: ${minor === 'old' ? 'its old name' : 'its new name'} “${written.get(minor)}” here, “${written.get(major)}” elsewhere in this article (used ${count} ${count === 1 ? 'time' : 'times'})`,
          suggest: (_use, major) => written.get(major) ?? '',
        }),
      );
    }
    return out;
  },
};

export default rule;

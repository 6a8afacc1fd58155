/**
 * Units of measurement after a number, and whether a translation's number is the source's
 * converted into another unit (300 km as 186 miles, 120 km/h as 75 mph, −5 °C as 23 °F, 40 tonnes
 * as 44 tons), rounded as a writer rounds. The units are ./data/units.json, validated on load.
 */
import { RuleDataError } from '../rules/data/validate';
import unitData from './data/units.json';

export type Dimension = 'length' | 'area' | 'volume' | 'mass' | 'speed' | 'temperature' | 'time';

/** One unit: its dimension and its sizes in the dimension's base unit (none for a temperature scale). */
export interface Unit {
  id: string;
  dimension: Dimension;
  sizes: readonly number[];
}

interface UnitPattern {
  unit: Unit;
  /** Matched right after a number, on both sides. */
  words: RegExp | null;
  /** Matched after a number in a source only. */
  sourceWords: RegExp | null;
}

const FILE = 'src/core/bilingual/data/units.json';
const DIMENSIONS: ReadonlySet<string> = new Set(['length', 'area', 'volume', 'mass', 'speed', 'temperature', 'time']);

// The letters a unit's name may go on with, and may not be followed by: of the alphabets (Latin,
// Greek, Cyrillic, Arabic, Devanagari), not of Chinese or Japanese, which write words unspaced
// (5公里的). Written out as ranges: Unicode property classes are slow to compile, and there are
// some eighty patterns.
const LETTER = 'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0600-\\u06ff\\u0900-\\u097f\\u1e00-\\u1fff';

function pattern(id: string, field: string, list: unknown): RegExp | null {
  if (list === undefined) return null;
  if (!Array.isArray(list) || list.length === 0 || !list.every((w) => typeof w === 'string' && w !== ''))
    throw new RuleDataError(`${FILE}: "${id}"."${field}" must be a list of patterns.`);
  try {
    // Matched against lower-cased text: case-insensitive Unicode patterns are slow to compile.
    const words = list.map((w: string) => w.replace(/\\p\{L\}/g, `[${LETTER}]`)).join('|');
    return new RegExp(`^[ \\u00a0\\u202f]?(?:${words})(?![${LETTER}])`);
  } catch (e) {
    throw new RuleDataError(`${FILE}: "${id}"."${field}" has a pattern that is not a regular expression (${(e as Error).message}).`);
  }
}

/** Reads and checks the unit table; an error names the file and the unit. */
export function readUnits(data: unknown): UnitPattern[] {
  const units = (data as { units?: unknown })?.units;
  if (!Array.isArray(units)) throw new RuleDataError(`${FILE}: "units" must be a list.`);
  const seen = new Set<string>();
  return units.map((raw: unknown) => {
    const u = raw as { id?: unknown; dimension?: unknown; size?: unknown; words?: unknown; sourceWords?: unknown };
    if (typeof u?.id !== 'string' || u.id === '' || seen.has(u.id)) throw new RuleDataError(`${FILE}: every unit needs an "id" of its own.`);
    seen.add(u.id);
    if (typeof u.dimension !== 'string' || !DIMENSIONS.has(u.dimension))
      throw new RuleDataError(`${FILE}: "${u.id}" has no known "dimension" (${[...DIMENSIONS].join(', ')}).`);
    const sizes = u.size === undefined ? [] : Array.isArray(u.size) ? u.size : [u.size];
    const temperature = u.dimension === 'temperature';
    if (temperature ? sizes.length > 0 : sizes.length === 0 || !sizes.every((s) => typeof s === 'number' && s > 0))
      throw new RuleDataError(`${FILE}: "${u.id}" needs a "size" above 0 (a number or a list of them), except a temperature.`);
    if (temperature && !['c', 'f', 'k', 'deg'].includes(u.id)) throw new RuleDataError(`${FILE}: a temperature is "c", "f", "k" or "deg", not "${u.id}".`);
    return {
      unit: { id: u.id, dimension: u.dimension as Dimension, sizes: sizes as number[] },
      words: pattern(u.id, 'words', u.words),
      sourceWords: pattern(u.id, 'sourceWords', u.sourceWords),
    };
  });
}

const UNITS = readUnits(unitData);

/** Every unit's patterns in one, for each side: most numbers have no unit, and one test tells. */
function anyOf(source: boolean): RegExp {
  const parts = UNITS.flatMap((u) => (source ? [u.words, u.sourceWords] : [u.words])).filter((p): p is RegExp => p !== null);
  return new RegExp(parts.map((p) => `(?:${p.source})`).join('|'));
}
const ANY_SOURCE = anyOf(true);
const ANY_ENGLISH = anyOf(false);

/**
 * The unit written at the start of `after` (the text right after a number), with its length; the
 * longest that matches. A source reads short and ambiguous forms too (m, t, a bare degree).
 */
export function unitAfter(after: string, source: boolean): { unit: Unit; length: number } | null {
  // Lower-cased letter by letter, so that offsets stay (no letter of a unit changes length).
  const lower = after.toLowerCase();
  const text = lower.length === after.length ? lower : after.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
  if (!(source ? ANY_SOURCE : ANY_ENGLISH).test(text)) return null;
  let best: { unit: Unit; length: number } | null = null;
  for (const u of UNITS) {
    for (const p of source ? [u.words, u.sourceWords] : [u.words]) {
      const m = p?.exec(text);
      if (m && (!best || m[0].length > best.length)) best = { unit: u.unit, length: m[0].length };
    }
  }
  return best;
}

// A temperature below zero said in words before the number: "minus 5", "moins 5", 零下5, 영하 5.
const BELOW = /(?:(?<!\p{L})(?:minus|moins|menos|meno|mínus|минус|мінус|eksi|μείον)[ \u00a0]*|零下|영하[ \u00a0]*|マイナス|氷点下|(?:^|[\s(])[-−‒–])$/iu;

/** Whether the number starting at `at` is said to be below zero. */
export function belowZero(text: string, at: number): boolean {
  return BELOW.test(text.slice(Math.max(0, at - 10), at));
}

/** Half the step a writer rounded `value` to: 70 → 5, 186 → 0.5, 74.6 → 0.05. */
function halfStep(value: number): number {
  const text = Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
  const point = text.indexOf('.');
  if (point >= 0) return 0.5 * 10 ** -(text.length - point - 1);
  const zeros = /0*$/.exec(text)![0].length;
  return 0.5 * 10 ** Math.min(zeros, text.length - 1);
}

/** A value in one temperature scale in Celsius. */
function celsius(value: number, scale: string): number[] {
  if (scale === 'c') return [value];
  if (scale === 'f') return [((value - 32) * 5) / 9];
  if (scale === 'k') return [value - 273.15];
  return [value, ((value - 32) * 5) / 9];
}

/**
 * Whether `target` in `to` is `source` in `from` converted and rounded: within the step the
 * translation's number is rounded to (70 mph for 112 km/h, not 100 mph for 186 km), and at most a
 * tenth off. Only units of one dimension convert; a length and a speed do when the speed is per
 * hour (时速120公里 as "75 mph"). The same unit never "converts": its numbers must agree.
 */
export function converts(source: number, from: Unit, target: number, to: Unit): boolean {
  if (from.id === to.id) return false;
  if (from.dimension === 'temperature' || to.dimension === 'temperature') {
    if (from.dimension !== to.dimension) return false;
    const tolerance = Math.min(5, Math.max(halfStep(target), 0.6));
    // The translation's degrees in Celsius against the source's.
    return celsius(source, from.id).some((s) => celsius(target, to.id).some((t) => Math.abs(t - s) * (to.id === 'f' || to.id === 'deg' ? 1.8 : 1) <= tolerance));
  }
  const perHour = (u: Unit) => (u.dimension === 'length' ? u.sizes.map((s) => s / 3600) : u.sizes);
  let fromSizes = from.sizes;
  let toSizes = to.sizes;
  if (from.dimension !== to.dimension) {
    if (from.dimension === 'length' && to.dimension === 'speed') fromSizes = perHour(from);
    else if (from.dimension === 'speed' && to.dimension === 'length') toSizes = perHour(to);
    else return false;
  }
  for (const a of fromSizes) {
    for (const b of toSizes) {
      const expected = (source * a) / b;
      const off = Math.abs(target - expected);
      if (off <= Math.min(Math.max(halfStep(target), 0.01 * Math.abs(expected)), 0.1 * Math.abs(expected))) return true;
    }
  }
  return false;
}

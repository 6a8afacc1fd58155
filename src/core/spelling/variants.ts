/**
 * UK/US spelling variants, generated from the differences between the two Hunspell dictionaries:
 * a form only the en-GB dictionary accepts is paired with a form only the en-US one accepts when
 * the usual spelling reforms (-our/-or, -ise/-ize, -re/-er, -ogue/-og, -ence/-ense, doubled l,
 * ae/oe, -amme/-am, ...) turn one into the other. Forms both dictionaries accept ("program",
 * "tire", "dialogue") are never variants, so a correct word is never flagged.
 */
import type { Dialect, Lexicon } from './lexicon';

/** GB → US spelling changes, tried at every position, alone and in pairs (manoeuvre → maneuver). */
const REFORMS: readonly [string, string][] = [
  ['our', 'or'],
  ['is', 'iz'],
  ['ys', 'yz'],
  ['tre', 'ter'],
  ['bre', 'ber'],
  ['vre', 'ver'],
  ['ogue', 'og'],
  ['ence', 'ense'],
  ['ll', 'l'],
  ['l', 'll'],
  ['ae', 'e'],
  ['oe', 'e'],
  ['amme', 'am'],
  ['oul', 'ol'],
  ['sc', 'sk'],
  ['que', 'ck'],
  ['eing', 'ing'],
  ['yre', 'ire'],
  ['ey', 'y'],
];

function unreformsOf(word: string): string[] {
  const out: string[] = [];
  for (const [to, from] of REFORMS) {
    for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
      out.push(word.slice(0, i) + to + word.slice(i + from.length));
    }
  }
  return out;
}

/** One UK/US pair. */
export interface VariantPair {
  gb: string;
  us: string;
}

function reformsOf(word: string): string[] {
  const out: string[] = [];
  for (const [from, to] of REFORMS) {
    for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
      out.push(word.slice(0, i) + to + word.slice(i + from.length));
    }
  }
  return out;
}

/**
 * Pairs every en-GB-only form with its en-US counterpart, and every en-US-only form with its en-GB
 * counterpart. A counterpart may be a form both dictionaries accept ("programme" → "program"):
 * only the one-dialect side of such a pair is ever flagged. `extra` adds pairs the reforms cannot
 * derive (grey/gray, plough/plow), under the same rule, so data cannot make a shared word look
 * like a variant.
 */
export function variantPairs(lexicon: Lexicon, extra: readonly VariantPair[] = []): VariantPair[] {
  const pairs: VariantPair[] = [];
  const findPair = (word: string, accept: (w: string) => boolean, reforms: (w: string) => string[]) => {
    const first = reforms(word);
    const direct = first.find(accept);
    if (direct) return direct;
    for (const w of first) {
      const second = reforms(w).find(accept);
      if (second) return second;
    }
    return undefined;
  };
  const paired = new Set<string>();
  for (const gb of lexicon.gbOnly) {
    // Possessives follow their noun; they add nothing but size.
    if (gb.endsWith("'s")) continue;
    const us = findPair(gb, (w) => lexicon.usOnly.has(w) || lexicon.common.has(w), reformsOf);
    if (us) {
      pairs.push({ gb, us });
      paired.add(us);
    }
  }
  for (const us of lexicon.usOnly) {
    // Capitalised one-dialect forms are mostly place names (Isabela), not spellings.
    if (us.endsWith("'s") || paired.has(us) || us[0] !== us[0].toLowerCase()) continue;
    const gb = findPair(us, (w) => lexicon.common.has(w), unreformsOf);
    if (gb) pairs.push({ gb, us });
  }
  for (const pair of extra) {
    if (lexicon.dialectOf(pair.gb) === 'en-GB' || lexicon.dialectOf(pair.us) === 'en-US') pairs.push(pair);
  }
  return pairs;
}

/** A word's variant in the other dialect. */
export interface VariantInfo {
  /** The dialect whose spelling this is. */
  dialect: Dialect;
  /** The same word in the other dialect's spelling. */
  counterpart: string;
}

/**
 * Index of variants by lowercase form. Only a form that one dialect alone accepts is indexed: the
 * shared side of a pair ("program", "tire") is correct everywhere.
 */
export function variantIndex(lexicon: Lexicon, pairs: readonly VariantPair[]): Map<string, VariantInfo> {
  const index = new Map<string, VariantInfo>();
  for (const { gb, us } of pairs) {
    if (lexicon.dialectOf(gb) === 'en-GB') index.set(gb.toLowerCase(), { dialect: 'en-GB', counterpart: us });
    if (lexicon.dialectOf(us) === 'en-US') index.set(us.toLowerCase(), { dialect: 'en-US', counterpart: gb });
  }
  return index;
}

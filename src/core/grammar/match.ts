/**
 * Runs compiled grammar rules over one tagged sentence: finds each rule's matches (token
 * conditions with optional and repeated positions), drops those an anti-pattern overlaps, and
 * builds the message and suggestions from the matched tokens.
 */
import { isAllCaps, isCapitalised } from '../document';
import { articleBefore, isPluralNoun, participleOf, pastOf, pluralVerb, singularVerb, comparativeOf, superlativeOf } from './inflect';
import type { Form, GrammarRule, TokenCondition, Transform } from './pattern';
import type { TaggedToken } from './tagger';

/** One rule match in a sentence, offsets relative to the paragraph. */
export interface GrammarMatch {
  rule: GrammarRule;
  start: number;
  end: number;
  message: string;
  suggestions: string[];
  /** The tokens of the marked stretch. */
  marked: readonly TaggedToken[];
}

// A match: for each pattern position, the [from, to) token indices it took.
type Taken = [number, number][];

// Whether the token is the comparative (superlative) of its lemma, or of the stem its ending
// leaves when the tagger gives the word as its own lemma (an adverb "later", "earlier").
function inflectedFrom(t: TaggedToken, ending: string, inflect: (lemma: string) => string): boolean {
  if (t.lemma !== t.lower) return inflect(t.lemma) === t.lower;
  if (!t.lower.endsWith(ending) || t.lower.length < ending.length + 2) return false;
  const stem = t.lower.slice(0, -ending.length);
  const stems = [stem, stem + 'e', stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')];
  return stems.some((s) => s !== t.lower && s.length > 1 && inflect(s) === t.lower);
}

function holdsForm(t: TaggedToken, form: Form): boolean {
  switch (form) {
    case 'base':
      return t.lemma === t.lower;
    case 'simple-past':
      return t.lemma !== t.lower && pastOf(t.lemma) === t.lower && participleOf(t.lemma) !== t.lower;
    case 'participle':
      return t.lemma !== t.lower && participleOf(t.lemma) === t.lower && pastOf(t.lemma) !== t.lower;
    case 'comparative':
      return inflectedFrom(t, 'er', comparativeOf);
    case 'superlative':
      return inflectedFrom(t, 'est', superlativeOf);
    case 'plural-noun':
      return isPluralNoun(t.lower);
    case 'takes-an':
      return articleBefore(t.text) === 'an';
    case 'takes-a':
      return articleBefore(t.text) === 'a';
  }
}

// The token as word lists are written (’ as '); most tokens hold no ’, and a regex replace per
// condition tried was much of the matcher's time.
function folded(t: TaggedToken): string {
  return t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower;
}

function holds(c: TokenCondition, t: TaggedToken): boolean {
  if (c.word && !c.word.includes(folded(t))) return false;
  if (c.tag && !c.tag.includes(t.tag)) return false;
  if (c.lemma && !c.lemma.includes(t.lemma)) return false;
  if (c.case === 'lower' && t.text !== t.lower) return false;
  if (c.case === 'capitalised' && !isCapitalised(t.text)) return false;
  if (c.case === 'upper' && !isAllCaps(t.text)) return false;
  if (c.regex && !c.regex.test(t.text)) return false;
  if (c.form && !holdsForm(t, c.form)) return false;
  if (c.not && holdsAny(c.not, t)) return false;
  if (c.any && !c.any.some((a) => holds(a, t))) return false;
  return true;
}

// For `not`: the token fails if any one of the listed conditions holds.
function holdsAny(c: TokenCondition, t: TaggedToken): boolean {
  if (c.any && c.any.some((a) => holds(a, t))) return true;
  if (c.word && c.word.includes(folded(t))) return true;
  if (c.tag && c.tag.includes(t.tag)) return true;
  if (c.lemma && c.lemma.includes(t.lemma)) return true;
  if (c.case === 'lower' && t.text === t.lower) return true;
  if (c.case === 'capitalised' && isCapitalised(t.text)) return true;
  if (c.case === 'upper' && isAllCaps(t.text)) return true;
  if (c.regex && c.regex.test(t.text)) return true;
  if (c.form && holdsForm(t, c.form)) return true;
  return false;
}

/** Matches `pattern` at token `at`; longest repetitions first. */
function matchAt(pattern: readonly TokenCondition[], tokens: readonly TaggedToken[], at: number): Taken | undefined {
  // Most positions fail on their first token: say so before building the search (same answer).
  const first = pattern[0];
  if (first.min >= 1 && (at >= tokens.length || !holds(first, tokens[at]))) return undefined;
  const taken: Taken = [];
  const step = (p: number, i: number): boolean => {
    if (p === pattern.length) return true;
    const c = pattern[p];
    let n = 0;
    while (n < c.max && i + n < tokens.length && holds(c, tokens[i + n])) n++;
    for (; n >= c.min; n--) {
      taken[p] = [i, i + n];
      if (step(p + 1, i + n)) return true;
    }
    return false;
  };
  return step(0, at) ? taken.slice() : undefined;
}

function spanOf(taken: Taken, from: number, to: number, tokens: readonly TaggedToken[]): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let p = from; p <= to; p++) {
    const [a, b] = taken[p];
    if (b > a) {
      if (first < 0) first = a;
      last = b - 1;
    }
  }
  return first < 0 ? undefined : [tokens[first].start, tokens[last].end];
}

function transform(text: string, tokens: readonly TaggedToken[], how: Transform | undefined): string {
  if (!how || tokens.length === 0) return text;
  const t = tokens[tokens.length - 1];
  const head = text.slice(0, text.length - t.text.length);
  switch (how) {
    case 'participle':
      return head + participleOf(t.lemma);
    case 'past':
      return head + pastOf(t.lemma);
    case 'lemma':
      return head + t.lemma;
    case 'plural-verb':
      return head + pluralVerb(t.text, t.lemma);
    case 'singular-verb':
      return head + singularVerb(t.text, t.lemma);
    case 'article':
      return articleBefore(tokens[0].text);
    case 'lower':
      return text.toLowerCase();
    case 'capital':
      return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

function fill(template: string, taken: Taken, tokens: readonly TaggedToken[], text: string): string {
  return template
    .replace(/\{(\d+)(?::([a-z-]+))?\}/g, (_, n: string, how: string | undefined) => {
      const [a, b] = taken[Number(n) - 1];
      if (b <= a) return '';
      return transform(text.slice(tokens[a].start, tokens[b - 1].end), tokens.slice(a, b), how as Transform | undefined);
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}

// Whether the sentence's tokens before index `at` hold what the rule's `before` asks.
function beforeHolds(rule: GrammarRule, tokens: readonly TaggedToken[], at: number): boolean {
  if (!rule.before) return true;
  const { from, some, none } = rule.before;
  let start = 0;
  if (from) for (let k = at - 1; k >= 0 && start === 0; k--) if (from.some((c) => holds(c, tokens[k]))) start = k + 1;
  const clause = tokens.slice(start, at);
  if (some && !clause.some((t) => some.some((c) => holds(c, t)))) return false;
  if (none && clause.some((t) => none.some((c) => holds(c, t)))) return false;
  return true;
}

/** Every match of `rules` in one sentence's tagged tokens; `text` is the paragraph's text. */
export function matchSentence(rules: readonly GrammarRule[], tokens: readonly TaggedToken[], text: string): GrammarMatch[] {
  const out: GrammarMatch[] = [];
  const words = new Set<string>();
  const lemmas = new Set<string>();
  for (const t of tokens) {
    words.add(folded(t));
    lemmas.add(t.lemma);
  }
  for (const rule of rules) {
    let anchored = false;
    for (const w of rule.anchor.words) if (words.has(w)) anchored = true;
    for (const l of rule.anchor.lemmas) if (lemmas.has(l)) anchored = true;
    if (!anchored) continue;
    let i = 0;
    while (i < tokens.length) {
      const taken = matchAt(rule.pattern, tokens, i);
      if (!taken) {
        i++;
        continue;
      }
      const whole = spanOf(taken, 0, rule.pattern.length - 1, tokens);
      const span = spanOf(taken, rule.mark[0], rule.mark[1], tokens);
      const end = taken[taken.length - 1][1];
      if (!whole || !span) {
        i++;
        continue;
      }
      const cancelled = !beforeHolds(rule, tokens, i) || rule.antipatterns.some((anti) => {
        for (let k = Math.max(0, i - anti.length - 8); k < end; k++) {
          const a = matchAt(anti, tokens, k);
          const s = a && spanOf(a, 0, anti.length - 1, tokens);
          if (s && s[0] < whole[1] && s[1] > whole[0]) return true;
        }
        return false;
      });
      if (!cancelled) {
        const first = tokens.findIndex((t) => t.start === span[0]);
        const last = tokens.findIndex((t) => t.end === span[1]);
        const marked = tokens.slice(first, last + 1);
        const capital = isCapitalised(text.slice(span[0], span[0] + 1));
        const suggestions = rule.suggestions.map((s) => {
          const filled = fill(s, taken, tokens, text);
          return capital ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
        });
        out.push({ rule, start: span[0], end: span[1], message: fill(rule.message, taken, tokens, text), suggestions, marked });
      }
      i = Math.max(i + 1, cancelled ? i + 1 : end);
    }
  }
  return out;
}

/**
 * Word forms for the pattern rules' conditions and suggestions, from libraries rather than
 * hand-typed lists: verb and adjective forms from en-inflectors (MIT; a dictionary of irregular
 * forms and 4000 common verbs, then rules), the article a word takes from `articles` (BSD-2; a/an
 * learnt from how Wikipedia writes each beginning: "an hour", "a unilateral", "an MP", "a UN").
 */
import { Inflectors } from 'en-inflectors';
import { find as articleFor } from 'articles';

/** The simple past of a verb's lemma ("begin" → "began"). */
export function pastOf(lemma: string): string {
  return new Inflectors(lemma).toPast();
}

/** The past participle of a verb's lemma ("begin" → "begun"). */
export function participleOf(lemma: string): string {
  return new Inflectors(lemma).toPastParticiple();
}

/** The third person singular present of a verb's lemma ("have" → "has", "say" → "says"). */
export function thirdPersonOf(lemma: string): string {
  if (lemma === 'be') return 'is';
  return new Inflectors(lemma).toPresentS();
}

/** The comparative of an adjective's lemma ("high" → "higher"; "important" → "more important"). */
export function comparativeOf(lemma: string): string {
  return new Inflectors(lemma).comparative();
}

/** The superlative of an adjective's lemma ("big" → "biggest"). */
export function superlativeOf(lemma: string): string {
  return new Inflectors(lemma).superlative();
}

/** Whether a noun is plural only ("authorities", "people"; not "news", not "information"). */
export function isPluralNoun(word: string): boolean {
  const w = new Inflectors(word);
  return w.isPlural() && !w.isSingular();
}

/** The indefinite article the word takes by its sound: "a" or "an". */
export function articleBefore(word: string): 'a' | 'an' {
  return articleFor(word);
}

// The verb forms that agree with a plural subject, by what the editor may have typed.
const PLURAL_FORMS: Readonly<Record<string, string>> = { was: 'were', is: 'are', has: 'have', does: 'do', "doesn't": "don't", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't" };
const SINGULAR_FORMS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PLURAL_FORMS).map(([s, p]) => [p, s]));

/**
 * A finite verb made to agree with a plural subject ("was" → "were", "has" → "have",
 * "says" → "say"). Only the auxiliaries' paradigm is spelled out (closed class); other verbs come
 * from their lemma.
 */
export function pluralVerb(word: string, lemma: string): string {
  const lower = word.toLowerCase();
  return PLURAL_FORMS[lower] ?? (lower === thirdPersonOf(lemma) ? lemma : lower);
}

/** A finite verb made to agree with a third-person singular subject ("have" → "has", "say" → "says"). */
export function singularVerb(word: string, lemma: string): string {
  const lower = word.toLowerCase();
  if (lower === 'are') return 'is';
  if (lower === 'were') return 'was';
  return SINGULAR_FORMS[lower] ?? (lower === lemma ? thirdPersonOf(lemma) : lower);
}

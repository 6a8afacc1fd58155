// The grammar layer's public entry: part-of-speech tagging and pattern rules written as data. Re-exports only.
export { createTagger, POS_TAGS, type PosTag, type TaggedToken, type Tagger, type TaggerModel } from './tagger';
export { readGrammarRules, type Form, type GrammarRule, type RuleExample, type SentenceContext, type TokenCondition, type Transform } from './pattern';
export { matchSentence, type GrammarMatch } from './match';
export { articleBefore, comparativeOf, isPluralNoun, participleOf, pastOf, pluralVerb, singularVerb, superlativeOf, thirdPersonOf } from './inflect';

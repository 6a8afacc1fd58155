// The rule registry: one rule per file, keep sorted. The settings UI lists rules from here.
import abbreviationDots from './abbreviation-dots';
import acronymMismatch from './acronym-mismatch';
import boilerplate from './boilerplate';
import confusables from './confusables';
import decimalComma from './decimal-comma';
import dialectMix from './dialect-mix';
import doubleHyphen from './double-hyphen';
import duplicateText from './duplicate-text';
import foreignQuotes from './foreign-quotes';
import foreignScript from './foreign-script';
import grammar from './grammar';
import headlineStop from './headline-stop';
import houseStyle from './house-style';
import hyphenationVariant from './hyphenation-variant';
import missingFullStop from './missing-full-stop';
import nameVariant from './name-variant';
import numberStyle from './number-style';
import percentStyle from './percent-style';
import quoteStyle from './quote-style';
import renamedPlace from './renamed-place';
import repeatedWord from './repeated-word';
import sourcePunctuation from './source-punctuation';
import spacing from './spacing';
import spelling from './spelling';
import straightQuotes from './straight-quotes';
import thousandsSeparator from './thousands-separator';
import unbalancedPairs from './unbalanced-pairs';
import untranslated from './untranslated';
import type { Rule, RuleInfo } from './types';

/** Every checking rule, by id (alphabetical). */
export const RULE_LIST: readonly Rule[] = [
  abbreviationDots,
  acronymMismatch,
  boilerplate,
  confusables,
  decimalComma,
  dialectMix,
  doubleHyphen,
  duplicateText,
  foreignQuotes,
  foreignScript,
  grammar,
  headlineStop,
  houseStyle,
  hyphenationVariant,
  missingFullStop,
  nameVariant,
  numberStyle,
  percentStyle,
  quoteStyle,
  renamedPlace,
  repeatedWord,
  sourcePunctuation,
  spacing,
  spelling,
  straightQuotes,
  thousandsSeparator,
  unbalancedPairs,
  untranslated,
];

/**
 * What the settings UI shows for each rule: id, category, description, default severity and whether
 * it is on by default, sorted by id. A rule with entries (the grammar layer) is listed as its entries.
 */
export const RULES: readonly RuleInfo[] = RULE_LIST.flatMap((rule) => rule.entries ?? [rule])
  .map(({ id, category, description, defaultSeverity, enabledByDefault }) => ({
    id,
    category,
    description,
    defaultSeverity,
    enabledByDefault: enabledByDefault !== false,
  }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export type { HouseStyle, Rule, RuleInfo, RuleContext, Finding } from './types';
export { RuleDataError } from './data/validate';
export { boilerplateSpans, documentBoilerplate } from './boilerplate';
export { detectDialect, dialectVotes } from './dialect-mix';
export { foreignStretches, knownShare, guessLanguage, languageName, sentenceShares, type ForeignStretch, type WordShare } from './untranslated';
export { nameSkeleton } from './name-variant';
export { GRAMMAR_RULES } from './grammar';

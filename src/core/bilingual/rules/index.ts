// The accuracy rules: they read a source and its translation. One rule per file, keep sorted.
import addedParagraph from './added-paragraph';
import changeDirection from './change-direction';
import changeExtent from './change-extent';
import comparisonBase from './comparison-base';
import comparisonPeriod from './comparison-period';
import dateMismatch from './date-mismatch';
import dayAsCount from './day-as-count';
import leftInSource from './left-in-source';
import lengthMismatch from './length-mismatch';
import linkMismatch from './link-mismatch';
import nameMismatch from './name-mismatch';
import nameReading from './name-reading';
import nameRomanisationAr from './name-romanisation-ar';
import nameRomanisationDeva from './name-romanisation-deva';
import nameRomanisationKo from './name-romanisation-ko';
import nameTransliteration from './name-transliteration';
import numberBound from './number-bound';
import numberMismatch from './number-mismatch';
import numberReading from './number-reading';
import omittedParagraph from './omitted-paragraph';
import percentagePoints from './percentage-points';
import proportionMismatch from './proportion-mismatch';
import timeOfDay from './time-of-day';
import titleAdded from './title-added';
import type { AccuracyRule } from './types';
import type { RuleInfo } from '../../rules';

/** Every accuracy rule, by id (alphabetical). They run only when a source is given. */
export const ACCURACY_RULE_LIST: readonly AccuracyRule[] = [
  addedParagraph,
  changeDirection,
  changeExtent,
  comparisonBase,
  comparisonPeriod,
  dateMismatch,
  dayAsCount,
  leftInSource,
  lengthMismatch,
  linkMismatch,
  nameMismatch,
  nameReading,
  nameRomanisationAr,
  nameRomanisationDeva,
  nameRomanisationKo,
  nameTransliteration,
  numberBound,
  numberMismatch,
  numberReading,
  omittedParagraph,
  percentagePoints,
  proportionMismatch,
  timeOfDay,
  titleAdded,
];

/** What the settings UI shows for each accuracy rule. */
export const ACCURACY_RULES: readonly RuleInfo[] = ACCURACY_RULE_LIST.map(({ id, category, description, defaultSeverity, enabledByDefault, sameFindingAs }) => ({
  id,
  category,
  description,
  defaultSeverity,
  ...(enabledByDefault === false ? { enabledByDefault } : {}),
  ...(sameFindingAs ? { sameFindingAs } : {}),
}));

export type { AccuracyFinding, AccuracyRule } from './types';
export { editDistance } from './name-mismatch';

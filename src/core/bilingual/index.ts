// Bilingual review: the source beside the translation. Re-exports only.
export { alignParagraphs, type AlignUnit, type Bead } from './align';
export { findCalendarDates, findDates, type CalendarDate, type DateMention, type DatePart } from './dates';
export { detectSourceLanguage, type SourceLanguage } from './language';
export { asciiDigits, findNumbers, formatValue, readDigits, readHan, type NumberMention } from './numbers';
export { alignedLines, buildBilingual, type AlignedGroup, type AlignedLines, type BilingualDocument } from './pair';
export { AccuracyCache } from './run';
export { ACCURACY_RULES, ACCURACY_RULE_LIST, editDistance, type AccuracyFinding, type AccuracyRule } from './rules';
export { bilingualSummary, type BilingualSummary } from './summary';

// Formats: opening articles and writing exports. Re-exports only. The HTML reader (./html-text,
// with parse5) is not re-exported: importArticle loads it on first use, so the app's first screen
// does not carry the parser.
export * from './article';
export * from './import';
export { screenArticle } from './screen';
export * from './export';
export * from './csv';
export * from './report';
export { docxToText, textToDocx } from './docx';
export { exportXliff, isXliffName, parseXliff, xliffTexts, type XliffDocument, type XliffUnit } from './xliff';
export { QUALITY_FORMULA, SEVERITY_WEIGHTS, qualityScore, countByCategory, translationIssues } from './quality';
export type { QualityScore, StatusCounts } from './quality';

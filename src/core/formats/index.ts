// Formats: opening articles and writing exports. Re-exports only.
export * from './article';
export * from './import';
export * from './export';
export * from './csv';
export * from './report';
export { htmlToText } from './html-text';
export { docxToText, textToDocx } from './docx';
export { exportXliff, isXliffName, parseXliff, xliffTexts, type XliffDocument, type XliffUnit } from './xliff';
export { QUALITY_FORMULA, SEVERITY_WEIGHTS, qualityScore, countByCategory, translationIssues } from './quality';
export type { QualityScore, StatusCounts } from './quality';

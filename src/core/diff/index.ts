// The diff model: re-exports only.
export * from './types';
export { diffTexts, applyChanges, revertChange, revertAll, diffBlocks } from './diff';
export type { DiffBlock } from './diff';
export { DocumentDiff, diffStats } from './document';
export type { DocumentStats, ParagraphStats } from './document';
export { DiffStatsTally } from './stats';
export type { BlockRanges, ChangeRanges, DiffSums } from './stats';
export { formatPatch, formatDiffText, formatDiffHtml } from './format';
export type { DiffHtmlOptions } from './format';
export { wordTokens, DiffScratch } from './words';

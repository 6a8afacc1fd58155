// TER and HTER: re-exports only.
export { ter, corpusTer, terWords } from './ter';
export type { TerOptions, TerScore, CorpusTer } from './ter';
export { terEdits, terTextEdits, TerScratch } from './tercom';
export type { TerEdits } from './tercom';

// The document model: paragraphs, blocks, sentences, tokens. Re-exports only.
export * from './blocks';
export * from './model';
export * from './sentences';
export * from './tokens';

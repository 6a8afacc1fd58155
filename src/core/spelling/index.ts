// Spelling: dictionaries, suggestions, UK/US variants. Re-exports only.
export * from './lexicon';
export * from './speller';
export * from './suggest';
export * from './variants';

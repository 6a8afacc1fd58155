/** Every printable-ASCII form of the cspell en-GB (MIT) dictionary (see lexicon-sources.mjs). */
export function cspellForms(): string[];

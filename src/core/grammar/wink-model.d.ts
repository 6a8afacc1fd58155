// Types for what the grammar layer imports untyped: the parts of wink-eng-lite-web-model the tagger
// loads (the package types only its whole model) and `articles`.
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  /** The per-word feature extractors wink's cache calls (only `isAbbrev` is replaced here). */
  const feature: (...args: unknown[]) => { isAbbrev: (word: string) => number } & Record<string, unknown>;
  export default feature;
}
declare module 'articles' {
  /** "a" or "an" for the text that follows the article. */
  export function find(word: string): 'a' | 'an';
}
declare module 'wink-eng-lite-web-model/dist/sbd-setter.js' {
  const setter: unknown;
  export default setter;
}
declare module 'wink-eng-lite-web-model/dist/sbd-transformers.js' {
  const transformers: unknown[];
  export default transformers;
}

/** Below this SUBTLEX-US count a lexeme the tagger would tag differently without it is dropped. */
export const MIN_COUNT: number;
/** wink-eng-lite-web-model's full core model, its sentence machines and the words its machines name. */
export function readFullModel(): { model: unknown; sbd: string[]; named: Set<string> };
/** WordNet's irregular forms as wink-eng-lite-web-model ships them (form → lemma). */
export function fullExceptions(): Record<'verb' | 'noun' | 'adjective', Record<string, string>>;
/** SUBTLEX-US counts by lower-case word. */
export function subtlexCounts(): Map<string, number>;
/** The pruned model written to src/core/grammar/data/tagger-model.json. */
export function pruneModel(full: { model: unknown; sbd: string[]; named: Set<string> }, counts: Map<string, number>, minCount?: number): { core: unknown; sbd: string[]; exceptions: Record<'verb' | 'noun' | 'adjective', Record<string, string>> };

/**
 * On two or more jobs, `verso check` splits each file's check in two parts, each thread running
 * one part (./pool.ts). A thread that runs the same rules on every file compiles and warms only
 * their code and caches: split by file, each thread would compile all of the checker and meet every
 * word cold, and on 2 cores that cost as much as the second thread gained (`npm run bench --
 * batch`). The parts are cut by cost on that bench: the grammar layer (with the part-of-speech
 * tagging only it needs) and three document-wide rules; then the spelling and every other rule,
 * the accuracy rules and any rule added later included.
 */
import { RUN_IDS } from '../../core';

const FIRST = ['grammar', 'dialect-mix', 'duplicate-text', 'boilerplate'];

/** The rule ids of each part (CheckOptions.only): together every rule, none in both. */
export const PARTS: readonly (readonly string[])[] = [RUN_IDS.filter((id) => FIRST.includes(id)), RUN_IDS.filter((id) => !FIRST.includes(id))];

// Where the TER tests find MLQE-PE: the full corpus in ../shared beside the project, or, in a clone
// on its own, the 1,000-sentence slice of it in tests/fixtures/mlqe-pe (same files, first 100 lines).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The MLQE-PE folder a test reads, and how many sentences each of its files holds. */
export interface MlqeCorpus {
  dir: string;
  /** True for the full corpus (1,000 sentences a file), false for the fixture slice (100). */
  full: boolean;
  linesPerFile: number;
}

const SHARED = resolve('..', 'shared', 'corpora', 'mlqe-pe-en');
const FIXTURE = resolve('tests', 'fixtures', 'mlqe-pe');

/** The corpus for `test` (its name, for the one line that says the slice is used instead). */
export function mlqeCorpus(test: string): MlqeCorpus {
  if (existsSync(SHARED)) return { dir: SHARED, full: true, linesPerFile: 1000 };
  console.log(`${test}: ../shared/corpora/mlqe-pe-en is not beside the project: running on the 1,000-sentence slice in tests/fixtures/mlqe-pe`);
  return { dir: FIXTURE, full: false, linesPerFile: 100 };
}

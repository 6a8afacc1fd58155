// Where the TER tests find MLQE-PE: the full corpus in ../shared beside the project, or, in a clone
// on its own, the 1,000-sentence slice of it in tests/fixtures/mlqe-pe (same files, first 100 lines).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** Sentences as an article: five to a paragraph, paragraphs apart by a blank line, a final newline. */
export function sentencesArticle(sentences: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 5) paragraphs.push(sentences.slice(k, k + 5).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}

/** One article of every file of `corpus` (the `.mt` or `.pe` side), in file order, joined by a newline. */
export function corpusArticle(corpus: MlqeCorpus, ext: '.mt' | '.pe'): string {
  return readdirSync(corpus.dir)
    .filter((f) => f.endsWith('.mt'))
    .sort()
    .map((f) => sentencesArticle(readFileSync(join(corpus.dir, f.replace(/\.mt$/, ext)), 'utf8').replace(/\n$/, '').split('\n')))
    .join('\n');
}

// The benchmark corpus itself: how big the texts are that the other benchmarks use.
import { article, sentencePairs } from './corpus';

const t0 = performance.now();
const pairs = sentencePairs();
const a = article(100_000);
console.log(`corpus: ${pairs.length} sentence pairs; 100k-word article: ${a.words} words, ${a.mt.length} chars, built in ${(performance.now() - t0).toFixed(0)} ms`);

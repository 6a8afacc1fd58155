// The word lists the lexicon generator reads that Vite's `?raw` cannot: cspell's MIT-licensed
// British English dictionary (npm @cspell/dict-en-gb-mit), a gzipped cspell trie, decoded with
// cspell's own reader (npm cspell-trie-lib). Used by scripts/lexicon.mjs and by
// tests/unit/spelling/lexicon.test.ts, which ties data/lexicon.txt to it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

const require = createRequire(import.meta.url);

/**
 * Every form of the cspell en-GB (MIT) dictionary, in its order: the trie's case-folded copies
 * (`~` prefix) and forbidden words (`!`) left out, and only printable ASCII forms (what the
 * compiled lexicon can hold).
 */
export function cspellForms() {
  // The package exports only its cspell-ext.json; the trie lies beside it.
  const file = join(dirname(require.resolve('@cspell/dict-en-gb-mit/cspell-ext.json')), 'en_GB.trie.gz');
  const trie = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n'));
  const out = [];
  for (const word of iteratorTrieWords(trie)) if (!/^[~!]/.test(word) && /^[\x20-\x7e]+$/.test(word)) out.push(word);
  return out;
}

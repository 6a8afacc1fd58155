// The checker loads a precompiled lexicon (src/core/spelling/data/lexicon.txt) instead of
// expanding Hunspell at every start. These tests tie it to the real expansion of the installed
// dictionaries, so the data can never drift silently: regenerate with `node scripts/lexicon.mjs`.
import { describe, expect, it } from 'vitest';
import compiledText from '../../../src/core/spelling/data/lexicon.txt?raw';
import newsWords from '../../../src/core/spelling/data/news-words.json';
import { compileLexicon, parseCompiledLexicon, suggestionIndex } from '../../../src/core/spelling/compiled';
import { expandHunspell, subtlexCounts } from '../../../src/core/spelling/hunspell';
import { modernForms } from '../../../src/core/spelling/modern';
import { cspellForms } from '../../../scripts/lexicon-sources.mjs';
import { loadLexicon } from '../../../src/core/spelling';
import { wordCount } from '../../../src/core/spelling/frequency';

describe('precompiled lexicon', () => {
  const expanded = expandHunspell();
  const counts = subtlexCounts();
  const parsed = parseCompiledLexicon(compiledText);
  const modern = modernForms(cspellForms(), expanded, counts);

  it('is up to date with the installed dictionaries, counts and news words (else run node scripts/lexicon.mjs)', () => {
    const fresh = compileLexicon(expanded, newsWords.words, counts, modern);
    expect(compiledText === fresh, 'src/core/spelling/data/lexicon.txt is out of date: run node scripts/lexicon.mjs').toBe(true);
    expect(compiledText.length).toBeLessThan(2_600_000);
  });

  it('holds exactly the word sets the Hunspell expansion gives', () => {
    for (const key of ['common', 'gbOnly', 'usOnly', 'noSuggest'] as const) {
      expect(parsed.sets[key].size, key).toBe(expanded[key].size);
      expect([...parsed.sets[key]].filter((w) => !expanded[key].has(w)), key).toEqual([]);
    }
    expect(expanded.common.size).toBeGreaterThan(100_000);
    const lexicon = loadLexicon();
    expect(lexicon.common.size).toBe(expanded.common.size);
    expect(lexicon.dialectOf('colour')).toBe('en-GB');
    expect(lexicon.dialectOf('color')).toBe('en-US');
    expect(lexicon.knows('Kazemi')).toBe(false);
    // The modern tier: accepted in both dialects, in neither dictionary, suggested like them.
    const news = new Set(newsWords.words);
    expect(parsed.sets.modern?.size).toBe(modern.filter((w) => !news.has(w)).length);
    expect(modern.length).toBeGreaterThan(50_000);
    expect(lexicon.dialectOf('homebuyers')).toBe('both');
    expect(expanded.common.has('homebuyers')).toBe(false);
    expect(parsed.suggestions.words).toContain('homebuyers');
  });

  it('holds the suggestion index and counts the runtime indexing gives', () => {
    const index = suggestionIndex({ ...expanded, modern: new Set(modern) }, newsWords.words);
    expect(parsed.suggestions.words).toEqual(index.words);
    expect(parsed.suggestions.display).toEqual(index.display);
    const news = newsWords.words.filter((w) => !expanded.common.has(w) && !expanded.gbOnly.has(w) && !expanded.usOnly.has(w));
    expect(new Set(parsed.news)).toEqual(new Set(news));
    const expected = new Map(index.words.filter((w) => (counts.get(w) ?? 0) > 0).map((w) => [w, counts.get(w)]));
    const read = new Map(parsed.suggestions.words.map((w, i) => [w, parsed.frequencies[i]] as const).filter(([, n]) => n > 0));
    expect(read).toEqual(expected);
    expect(wordCount('offensive')).toBe(counts.get('offensive'));
    expect(wordCount('Offensive')).toBe(counts.get('offensive'));
    expect(wordCount('zzzq')).toBe(0);
  });
});

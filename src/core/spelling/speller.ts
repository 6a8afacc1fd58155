/** Spelling: whether a word is known, and what it should be when it is not. */
import { bundledSuggestionTrie, loadCompiledLexicon, loadLexicon, type Lexicon } from './lexicon';
import { suggestionIndex } from './compiled';
import newsWords from './data/news-words.json';
import { wordCount } from './frequency';
import { Suggester, type RankedSuggestion } from './suggest';
import { WordTrie } from './trie';

/** Checks words against both dictionaries and suggests corrections. */
export interface Speller {
  readonly lexicon: Lexicon;
  /** Whether either dictionary accepts the word (a capital first letter is allowed). */
  knows(word: string): boolean;
  /** Corrections for an unknown word, best first, cased like the word ("Offencive" → "Offensive"). */
  suggest(word: string, limit?: number): string[];
  /** Ranked corrections with their scores (lowercase typo in, dictionary casing out). */
  rank(word: string, limit?: number): RankedSuggestion[];
  /**
   * Whether the first suggestion is safe to apply unseen: one edit away, and no other word is
   * nearly as likely.
   */
  isUnambiguous(word: string): boolean;
  /**
   * Whether a word one edit away, or the word itself in other casing, exists: false means the
   * first suggestion, if any, is two or more edits away (and is cheaper to learn than ranking).
   */
  hasCloseWord(word: string): boolean;
  /** Builds the suggestion index now rather than on the first unknown word. */
  prepare(): void;
  /** How common a word is (SUBTLEX-US count, 0 when unlisted). */
  frequency(word: string): number;
}

/** Applies the typo's casing to a suggestion. */
export function matchCase(typo: string, word: string): string {
  if (typo.length > 1 && typo === typo.toUpperCase() && typo !== typo.toLowerCase()) return word.toUpperCase();
  const first = typo.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** How a speller is made. */
export interface SpellerOptions {
  /**
   * The bundled lexicon's suggestion rankings by lowercase typo, which the speller reads and adds
   * to. Default: a map of its own. Spellers of the bundled lexicon may share one (`verso check
   * --jobs` passes rankings between its threads through it); a speller of another lexicon ignores it.
   */
  rankings?: Map<string, RankedSuggestion[]>;
}

/** Creates a speller over the bundled dictionaries; the suggestion index is built on first use. */
export function createSpeller(lexicon: Lexicon = loadLexicon(), options: SpellerOptions = {}): Speller {
  const extra = new Set<string>(newsWords.words);
  const knowsExact = (word: string): boolean => {
    if (lexicon.knows(word) || extra.has(word)) return true;
    const lower = word.charAt(0).toLowerCase() + word.slice(1);
    if (lower !== word && extra.has(lower)) return true;
    // "détente", "rôle", "café": the dictionaries spell loanwords without their accents.
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
    return plain !== word && (lexicon.knows(plain) || extra.has(plain));
  };
  const known = new Map<string, boolean>();
  let suggester: Suggester | undefined;
  const getSuggester = (): Suggester => {
    if (suggester) return suggester;
    // The bundled lexicon comes with its index precompiled (sorted, cased, counted); another one
    // is indexed here.
    if (lexicon === loadLexicon()) {
      const { suggestions, frequencies } = loadCompiledLexicon();
      const { display } = suggestions;
      suggester = new Suggester(
        bundledSuggestionTrie(),
        (lower) => display.get(lower) ?? lower,
        (id) => frequencies[id],
        undefined,
        options.rankings,
      );
    } else {
      const { words, display } = suggestionIndex(lexicon, extra);
      suggester = new Suggester(new WordTrie(words, true, (w) => wordCount(w) > 0), (lower) => display.get(lower) ?? lower);
    }
    return suggester;
  };
  const rank = (word: string, limit = 5) => getSuggester().rank(word.toLowerCase().replace(/’/g, "'"), limit);
  return {
    lexicon,
    knows(word) {
      // Articles repeat their words: remember verdicts (bounded, so a long session cannot grow it forever).
      let verdict = known.get(word);
      if (verdict === undefined) {
        verdict = knowsExact(word.includes('’') ? word.replace(/’/g, "'") : word);
        if (known.size > 200_000) known.clear();
        known.set(word, verdict);
      }
      return verdict;
    },
    rank,
    hasCloseWord: (word) => getSuggester().hasCloseWord(word.toLowerCase().replace(/’/g, "'")),
    prepare: () => void getSuggester().rank('verso'),
    frequency: (word) => wordCount(word),
    suggest: (word, limit = 5) => rank(word, limit).map((s) => matchCase(word, s.word)),
    isUnambiguous(word) {
      const [best, second] = rank(word, 2);
      if (!best || best.distance !== 1 || word.length < 4) return false;
      return !second || second.score - best.score >= 0.5;
    },
  };
}

/**
 * The lemmatizer wink runs for a word whose lexicon entry gives no single lemma (or that it does
 * not know): wink-eng-lite-web-model's lemmatize.js (MIT), the same steps, over the irregular
 * forms the tagger model carries (WordNet's exception lists, pruned with the lexicon) instead of
 * the package's full lists.
 */

/** Irregular forms by part of speech: form → lemma. */
export interface IrregularForms {
  verb: Readonly<Record<string, string>>;
  noun: Readonly<Record<string, string>>;
  adjective: Readonly<Record<string, string>>;
}

/** What the lemmatizer asks of wink's lexicon cache. */
interface LexiconCache {
  hasSamePOS(text: string, pos: string): boolean;
}

const NOUN_ENDINGS: readonly [RegExp, string][] = [
  [/s$/, ''],
  [/ses$/, 's'],
  [/xes$/, 'x'],
  [/zes$/, 's'],
  [/ves$/, 'f'],
  [/ches$/, 'ch'],
  [/shes$/, 'sh'],
  [/ies$/, 'y'],
];

/** A wink `lemmatize` addon over `forms`. */
export function lemmatizer(forms: IrregularForms): (value: string, pos: string, cache: LexiconCache) => string {
  const own = (table: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
  const adjective = (value: string, cache: LexiconCache): string => {
    const known = own(forms.adjective, value);
    if (known) return known;
    const lemma = value.replace(/est$|er$/, '');
    if (lemma.length === value.length) return value;
    if (cache.hasSamePOS(lemma, 'ADJ')) return lemma;
    return cache.hasSamePOS(lemma + 'e', 'ADJ') ? lemma + 'e' : value;
  };
  const verb = (value: string, cache: LexiconCache): string => {
    const known = own(forms.verb, value);
    if (known) return known;
    for (const [ending, by] of [[/s$/, ''], [/ies$/, 'y']] as const) {
      const lemma = value.replace(ending, by);
      if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
    }
    const lemma = value.replace(/es$|ed$|ing$/, '');
    if (lemma.length !== value.length) {
      if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
      if (cache.hasSamePOS(lemma + 'e', 'VERB')) return lemma + 'e';
    }
    return value;
  };
  const noun = (value: string, cache: LexiconCache): string => {
    const known = own(forms.noun, value);
    if (known) return known;
    for (const [ending, by] of NOUN_ENDINGS) {
      const lemma = value.replace(ending, by);
      if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'NOUN')) return lemma;
    }
    return value.replace(/men$/, 'man');
  };
  return (value, pos, cache) => (pos === 'ADJ' ? adjective(value, cache) : pos === 'NOUN' ? noun(value, cache) : pos === 'VERB' ? verb(value, cache) : value);
}

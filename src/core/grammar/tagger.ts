/**
 * Part-of-speech tagging behind one small interface: a paragraph's tokens (the document model's,
 * so offsets are the engine's) each get a Universal Dependencies tag and a lemma.
 *
 * The implementation is wink-nlp with wink-eng-lite-web-model (MIT), chosen by measurement (see the
 * commit that added it): 97.7% coarse tagging accuracy on 180 hand-checked sentences of the sample
 * and the corpora against 94.0% for compromise and 94.3% for en-pos, and about 0.5 s of CPU per
 * 100k words against 12 s and 5.5 s. Only the parts of the model the tagger needs are loaded
 * (tokenizer, tagger, lemmatizer): no named entities, sentiment or negation machines.
 */
import winkNLP from 'wink-nlp';
import loadCore from 'wink-eng-lite-web-model/dist/load-core-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import type { Token } from '../document';

/** Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/). */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

/** Every tag, for validating rule data. */
export const POS_TAGS: readonly PosTag[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];

/** A document-model token with its part of speech and lemma. */
export interface TaggedToken extends Token {
  /** The token in lower case. */
  lower: string;
  tag: PosTag;
  /** Dictionary form in lower case ("began" → "begin", "authorities" → "authority"). */
  lemma: string;
}

/** Tags the tokens of one paragraph. */
export interface Tagger {
  /** `tokens` are the paragraph's tokens from the document model; returns one tagged token for each. */
  tag(text: string, tokens: readonly Token[]): TaggedToken[];
}

// wink's loader wants every machine of a full model; the ones not run here (pipe: pos only) get an
// empty automaton.
const unused = () => ({ machines: ['[1,1,{}]'], setter: () => undefined, transformers: [] });

/** Creates the tagger: loads the model (about 0.2 s). Keep one per checker. */
export function createTagger(): Tagger {
  const model = {
    core: loadCore,
    sbd: loadSbd,
    pos: loadPos,
    ner: () => ({ machines: [], transformers: [] }),
    negation: unused,
    sa: unused,
    metaCER: loadCerMeta,
    featureFn,
    addons: { lemmatize },
  };
  const nlp = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['pos']);
  const its = nlp.its;
  return {
    tag(text, tokens) {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(its.value) as string[];
      const tags = doc.tokens().out(its.pos) as PosTag[];
      // wink types its.lemma for the whole model's addons; at run time it reads the one loaded here.
      const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      // wink's tokens carry no offsets: they follow one another in the text with only whitespace
      // between (a value not found there, within a few characters, is skipped). A document-model
      // token takes the tag and lemma of the wink token it starts in ("it's" → "it" + "'s": PRON).
      const starts = new Int32Array(values.length).fill(-1);
      let at = 0;
      for (let k = 0; k < values.length; k++) {
        const v = values[k];
        const found = text.startsWith(v, at) ? at : text.slice(at, at + v.length + 16).indexOf(v);
        if (found < 0) continue;
        starts[k] = found === at ? at : at + found;
        at = starts[k] + v.length;
      }
      const out: TaggedToken[] = new Array(tokens.length);
      let k = 0;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        while (k < values.length && (starts[k] < 0 || starts[k] + values[k].length <= t.start)) k++;
        const covers = k < values.length && starts[k] <= t.start;
        const lower = t.text.toLowerCase();
        const tag: PosTag = covers ? tags[k] : t.kind === 'punct' ? 'PUNCT' : t.kind === 'number' ? 'NUM' : 'X';
        const lemma = covers && starts[k] === t.start && values[k].length === t.text.length ? lemmas[k].toLowerCase() : lower;
        out[i] = { kind: t.kind, text: t.text, start: t.start, end: t.end, sentenceStart: t.sentenceStart, lower, tag, lemma };
      }
      return out;
    },
  };
}

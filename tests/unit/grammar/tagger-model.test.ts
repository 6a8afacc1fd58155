// The tagger ships a pruned copy of wink-eng-lite-web-model's core model
// (src/core/grammar/data/tagger-model.json). These tests tie the file to its generator and the
// installed model, and show that the pruning changes the tagging of real text very little:
// regenerate with `node scripts/tagger-model.mjs`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from '../../../src/core/grammar/data/tagger-model.json';
import { createTagger } from '../../../src/core/grammar';
import { tokenize } from '../../../src/core/document/tokens';
import { fullExceptions, MIN_COUNT, pruneModel, readFullModel, subtlexCounts } from '../../../scripts/tagger-model-sources.mjs';

const full = readFullModel();

describe('tagger model', () => {
  it('is what scripts/tagger-model.mjs makes from the installed model (else run it)', () => {
    const fresh = pruneModel(full, subtlexCounts(), MIN_COUNT);
    expect(JSON.stringify(fresh) === JSON.stringify(committed), 'src/core/grammar/data/tagger-model.json is out of date: run node scripts/tagger-model.mjs').toBe(true);
    // A fraction of the full lexicon: the point of pruning.
    const lexemes = (m: unknown) => (m as { features: { lexeme: { list: string[] } } }).features.lexeme.list.length;
    expect(lexemes(committed.core)).toBeLessThan(lexemes(full.model) / 3);
  });

  it('tags real sentences as the full model does, for at least 99% of words', () => {
    const pruned = createTagger();
    const reference = createTagger({ core: full.model, sbd: full.sbd, exceptions: fullExceptions() });
    const dir = join(__dirname, '..', '..', 'fixtures', 'mlqe-pe');
    let words = 0;
    let tags = 0;
    let lemmas = 0;
    for (const file of readdirSync(dir).filter((f) => /\.(mt|pe)$/.test(f))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const tokens = tokenize(line);
        const a = pruned.tag(line, tokens);
        const b = reference.tag(line, tokens);
        a.forEach((t, i) => {
          if (t.kind !== 'word') return;
          words++;
          if (t.tag === b[i].tag) tags++;
          if (t.lemma === b[i].lemma) lemmas++;
        });
      }
    }
    expect(words).toBeGreaterThan(20_000);
    expect(tags / words).toBeGreaterThan(0.99);
    expect(lemmas / words).toBeGreaterThan(0.99);
  });

  it('keeps the words the tagging and sentence machines rely on', () => {
    const tagger = createTagger();
    const tag = (text: string) => tagger.tag(text, tokenize(text)).map((t) => `${t.text}/${t.tag}/${t.lemma}`);
    // Contractions, irregular forms and a lower-case verb capitalised at the start of a sentence.
    expect(tag("They've gone, haven't they?")).toEqual(["They've/PRON/they've", 'gone/VERB/go', ',/PUNCT/,', "haven't/AUX/haven't", 'they/PRON/they', '?/PUNCT/?']);
    expect(tag('Promoting trade, the mice left.')).toEqual(['Promoting/VERB/promote', 'trade/NOUN/trade', ',/PUNCT/,', 'the/DET/the', 'mice/NOUN/mouse', 'left/VERB/leave', './PUNCT/.']);
  });
});

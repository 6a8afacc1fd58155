// The tagger over the document model's tokens: one tag and lemma per token, offsets kept.
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../../src/core/grammar';
import { tokenize } from '../../../src/core/document/tokens';

const tagger = createTagger();
const tag = (text: string) => tagger.tag(text, tokenize(text)).map((t) => `${t.text}/${t.tag}/${t.lemma}`);

describe('createTagger', () => {
  it('tags every document-model token with a part of speech and a lemma', () => {
    expect(tag('The authorities have begun talks.')).toEqual(['The/DET/the', 'authorities/NOUN/authority', 'have/AUX/have', 'begun/VERB/begin', 'talks/NOUN/talk', './PUNCT/.']);
  });

  it('keeps the engine\'s tokens and offsets where the library cuts words differently', () => {
    const text = "It's the U.S.-led coalition's base, isn't it?";
    const tokens = tokenize(text);
    const tagged = tagger.tag(text, tokens);
    expect(tagged.map((t) => [t.text, t.start, t.end])).toEqual(tokens.map((t) => [t.text, t.start, t.end]));
    expect(tagged[0].tag).toBe('PRON');
  });

  it('can be made again and again in one process (a checker makes one each), each tagging alike', () => {
    // wink's custom-entity loader doubled its model's size on each call: the 21st tagger threw.
    const sentence = 'The minister said prices had risen.';
    const expected = tag(sentence);
    for (let k = 0; k < 30; k++) {
      const another = createTagger();
      expect(another.tag(sentence, tokenize(sentence)).map((t) => `${t.text}/${t.tag}/${t.lemma}`)).toEqual(expected);
    }
  });

  it('keeps an e-mail address one token, and reads a long run without spaces or "@" in one pass', () => {
    const text = 'Write to press.office@example.org or desk@example.com today.';
    const tags = tagger.tag(text, tokenize(text));
    expect(tags.find((t) => t.text === 'press.office@example.org')).toBeDefined();
    expect(tags.find((t) => t.text === 'desk@example.com')).toBeDefined();
    // 188,000 characters of a data URI's kind: two of wink's expressions tried every start of the
    // run to its end (an address's, and an abbreviation's): it ran past the test's minute; now it
    // takes a few milliseconds.
    const run = 'data:image/png;base64,' + 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg'.repeat(2000);
    expect(tagger.tag(run, tokenize(run)).length).toBeGreaterThan(0);
  });

  it('tags an empty paragraph as nothing', () => {
    expect(tagger.tag('', [])).toEqual([]);
  });
});

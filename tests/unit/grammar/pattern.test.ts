// Reading grammar rule data: a broken entry fails on load, naming the file and the rule.
import { describe, expect, it } from 'vitest';
import { createTagger, matchSentence, readGrammarRules } from '../../../src/core/grammar';
import { tokenize } from '../../../src/core/document/tokens';

const FILE = 'data/grammar/test.yaml';
const valid = `rules:
  - id: despite-of
    description: 'despite takes no of'
    message: 'Use despite.'
    pattern: [{word: despite}, {word: of}]
    suggestions: ['despite']
    examples:
      incorrect: ['It went ahead [despite of => despite] the rain.']
      correct: ['It went ahead despite the rain.']
`;

describe('readGrammarRules', () => {
  it('reads a rule with its pattern, mark, suggestions and examples', () => {
    const [rule] = readGrammarRules(valid, FILE);
    expect(rule.id).toBe('despite-of');
    expect(rule.enabled).toBe(true);
    expect(rule.mark).toEqual([0, 1]);
    expect(rule.examples.incorrect[0]).toEqual({
      text: 'It went ahead despite of the rain.',
      flagged: { start: 14, end: 24, text: 'despite of', correction: 'despite' },
    });
  });

  it('fails on YAML that does not parse, naming the file', () => {
    expect(() => readGrammarRules('rules: [', FILE)).toThrow(/^data\/grammar\/test\.yaml: not valid YAML/);
  });

  const broken: [string, string, RegExp][] = [
    ['an unknown tag', valid.replace('{word: of}', '{tag: NOUNS}'), /rule "despite-of": pattern\[2\]\.tag: unknown tag "NOUNS"/],
    ['an unknown form', valid.replace('{word: of}', '{form: plural}'), /rule "despite-of": pattern\[2\]\.form: unknown form "plural"/],
    ['a reference past the pattern', valid.replace("['despite']", "['{3}']"), /rule "despite-of": "\{3\}" refers to no pattern position/],
    ['an unknown transform', valid.replace("['despite']", "['{1:plural}']"), /rule "despite-of": unknown transform ":plural"/],
    ['no incorrect example', valid.replace(/incorrect: \[.*\]/, 'incorrect: []'), /rule "despite-of": needs "examples.incorrect"/],
    ['an example without its flag', valid.replace('[despite of => despite]', 'despite of'), /rule "despite-of": incorrect example .* must mark one flag/],
    ['an unknown field', valid.replace('    message:', '    mesage: x\n    message:'), /rule "despite-of": unknown field "mesage"/],
    ['a pattern without a word or lemma', valid.replace('[{word: despite}, {word: of}]', '[{tag: ADP}]'), /needs at least one required token with a "word" or "lemma"/],
    ['a bad mark', valid.replace('    suggestions:', '    mark: [2, 3]\n    suggestions:'), /rule "despite-of": "mark" must be \[from, to\]/],
    ['a bad regex', valid.replace('{word: of}', '{regex: "("}'), /rule "despite-of": pattern\[2\]\.regex is not a valid regular expression/],
    ['an unknown "before" field', valid.replace('    suggestions:', '    before: {any: [{word: x}]}\n    suggestions:'), /rule "despite-of": "before": unknown field "any"/],
    ['a "before" with only "from"', valid.replace('    suggestions:', '    before: {from: [{word: x}]}\n    suggestions:'), /rule "despite-of": "before" needs "some" or "none"/],
    ['a bad "before" condition', valid.replace('    suggestions:', '    before: {none: [{tag: VERBS}]}\n    suggestions:'), /rule "despite-of": before\.none\[1\]\.tag: unknown tag "VERBS"/],
  ];
  for (const [what, text, message] of broken) {
    it(`fails on ${what}, naming the file and the rule`, () => {
      expect(() => readGrammarRules(text, FILE)).toThrow(message);
      expect(() => readGrammarRules(text, FILE)).toThrow(/^data\/grammar\/test\.yaml: /);
    });
  }
});

describe('a rule\'s "before" context', () => {
  const [rule] = readGrammarRules(
    valid.replace('    suggestions:', "    before: {from: [{word: ':'}], some: [{tag: AUX}], none: [{word: when}]}\n    suggestions:"),
    FILE,
  );
  const tagger = createTagger();
  const matches = (text: string) => matchSentence([rule], tagger.tag(text, tokenize(text)), text).map((m) => text.slice(m.start, m.end));

  it('flags a match when the sentence before it holds a "some" token and no "none" token', () => {
    expect(matches('The match was played despite of the rain.')).toEqual(['despite of']);
  });

  it('does not flag a match without a "some" token before it, or with a "none" token', () => {
    expect(matches('Despite of the rain, the match was played.')).toEqual([]);
    expect(matches('When it rained the match was played despite of the rain.')).toEqual([]);
  });

  it('reads only the clause after the last "from" token', () => {
    expect(matches('When it rained: the match was played despite of the rain.')).toEqual(['despite of']);
    expect(matches('The match was played: despite of the rain.')).toEqual([]);
  });
});

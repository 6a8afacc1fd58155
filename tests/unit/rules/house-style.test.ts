import { describe, expect, it } from 'vitest';
import { parseHouseStyle } from '../../../src/core';
import { flagged, flaggedTexts } from './helpers';

const STYLE = parseHouseStyle(
  ['terms:', '  - preferred: ISIS', '    variants: [ISIL, Daesh]', 'forbidden:', '  - term: terrorist elements', '    suggestion: militants', '    note: say who they are'].join('\n'),
  'house.yaml',
);

describe('house-style', () => {
  it('flags a variant of a preferred term, suggesting the preferred one', () => {
    const [f] = flagged('Iraq fights Daesh remnants in Kirkuk.', 'house-style', { houseStyle: STYLE });
    expect(f.text).toBe('Daesh');
    expect(f.issue.suggestions).toEqual(['ISIS']);
    expect(f.issue.category).toBe('terminology');
  });

  it('flags a forbidden phrase with its replacement and reason', () => {
    const [f] = flagged('to search and chase terrorist elements, he said', 'house-style', { houseStyle: STYLE });
    expect(f.text).toBe('terrorist elements');
    expect(f.issue.message).toMatch(/say who they are/);
    expect(f.issue.suggestions).toEqual(['militants']);
  });

  it('does not flag anything without a house-style file, nor the preferred term itself', () => {
    expect(flaggedTexts('Iraq fights Daesh remnants.', 'house-style')).toEqual([]);
    expect(flaggedTexts('Iraq fights ISIS remnants.', 'house-style', { houseStyle: STYLE })).toEqual([]);
  });
});

describe('parseHouseStyle', () => {
  it('reads JSON as well as YAML', () => {
    const style = parseHouseStyle('{"terms": [{"preferred": "ISIS", "variants": ["ISIL"]}]}', 'house.json');
    expect(style.terms[0].variants).toEqual(['ISIL']);
    expect(style.forbidden).toEqual([]);
  });

  it('rejects a malformed file with a message naming the file and the entry', () => {
    expect(() => parseHouseStyle('terms:\n  - preferred: ISIS\n', 'house.yaml')).toThrow(/house\.yaml: terms\[0\]\.variants/);
    expect(() => parseHouseStyle('{"terms": [', 'style.json')).toThrow(/style\.json: not valid JSON/);
    expect(() => parseHouseStyle('prefered: []', 'house.yml')).toThrow(/house\.yml: unknown key "prefered"/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type Session } from '../../../src/shared/session';

function review(extra: Partial<Session> = {}): Session {
  return {
    format: 'verso-review',
    version: 1,
    article: { name: 'job.txt', format: 'txt', encoding: 'utf-8', bom: false },
    original: 'The rate is 7.52%.',
    corrected: 'The rate is 7.25%.',
    decisions: {},
    decided: [],
    ignoredWords: [],
    ignoredRules: [],
    dictionary: [],
    settings: { dialect: 'auto', rules: {} },
    savedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

describe('review files with a source (schema version 2)', () => {
  it('keep the source and write version 2; a review without one stays version 1', () => {
    const plain = JSON.parse(serializeSession(review()));
    expect(plain.version).toBe(1);
    expect(plain.source).toBeUndefined();
    const bilingual = serializeSession(review({ source: { name: 'job.fr.txt', text: 'Le taux est de 7,25 %.' } }));
    const json = JSON.parse(bilingual);
    expect(json.version).toBe(2);
    expect(json.source).toEqual({ name: 'job.fr.txt', text: 'Le taux est de 7,25 %.' });
    const back = parseSession(bilingual, 'job.verso.json');
    expect(back.source).toEqual({ name: 'job.fr.txt', text: 'Le taux est de 7,25 %.' });
    expect(back.version).toBe(2);
  });

  it('keep an XLIFF file’s text and an accuracy decision’s source range', () => {
    const issue = { id: 'number-mismatch-1-0', rule: 'number-mismatch', category: 'accuracy' as const, severity: 'error' as const, message: 'm', start: 12, end: 17, suggestions: [], sourceStart: 15, sourceEnd: 21 };
    const text = serializeSession(review({ xliff: '<xliff version="1.2"/>', source: { name: 'job.xlf', text: 'Le taux est de 7,25 %.' }, decided: [{ id: issue.id, decision: 'ignored', text: '7.25%', issue }] }));
    const back = parseSession(text, 'job.verso.json');
    expect(back.xliff).toBe('<xliff version="1.2"/>');
    expect(back.decided?.[0].issue).toMatchObject({ sourceStart: 15, sourceEnd: 21, category: 'accuracy' });
  });

  it('open version-1 reviews as before', () => {
    const v1 = JSON.stringify({ ...review(), decided: undefined });
    const back = parseSession(v1, 'old.verso.json');
    expect(back.version).toBe(1);
    expect(back.source).toBeUndefined();
    expect(back.corrected).toBe('The rate is 7.25%.');
  });

  it('refuse a malformed source, naming the field', () => {
    const bad = JSON.stringify({ ...review(), version: 2, source: { name: 'x.txt' } });
    expect(() => parseSession(bad, 'bad.verso.json')).toThrow('bad.verso.json is not a valid Verso review: "source.text" is missing or not text.');
  });
});

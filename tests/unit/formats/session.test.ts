import { describe, expect, it } from 'vitest';
import { SESSION_VERSION, SessionError, parseSession, serializeSession, type Session } from '../../../src/shared/session';
import { sampleArticle } from './factories';

function session(): Session {
  const { original, corrected } = sampleArticle();
  return {
    format: 'verso-review',
    version: 1,
    article: { name: 'iraq.txt', format: 'txt', encoding: 'utf-16le', bom: true, path: '/news/iraq.txt' },
    original,
    corrected,
    decisions: { 'spelling:812:offencive': 'applied', 'spacing:100:  ': 'ignored', __proto__x: 'ignored' },
    ignoredWords: ['Kazemi'],
    ignoredRules: ['boilerplate'],
    dictionary: ['Saladin', 'Diyala'],
    settings: { dialect: 'en-GB', rules: { 'repeated-word': false, spelling: 'warning' } },
    savedAt: '2024-05-01T10:20:30.000Z',
  };
}

function mismatch(edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializeSession(session()));
  edit(json);
  try {
    parseSession(JSON.stringify(json), 'iraq.verso.json');
  } catch (error) {
    expect(error).toBeInstanceOf(SessionError);
    return (error as Error).message;
  }
  throw new Error('parsed a mismatching session');
}

describe('review sessions', () => {
  it('serialise and parse back to the same state', () => {
    const s = session();
    expect(parseSession(serializeSession(s), 'iraq.verso.json')).toEqual(s);
  });

  it('keep an issue id such as "__proto__" as a plain decision', () => {
    const text = serializeSession(session()).replace('"__proto__x"', '"__proto__"');
    const parsed = parseSession(text, 'x.verso.json');
    expect(Object.getPrototypeOf(parsed.decisions)).toBe(Object.prototype);
    expect(Object.keys(parsed.decisions)).toContain('__proto__');
  });

  it('keep each decision with its issue and place, and refuse one that points outside the corrected text', () => {
    const s = session();
    const start = s.corrected.indexOf('offensive');
    s.decided = [
      {
        id: 'spelling-0a1b2c3d-0',
        decision: 'applied',
        text: 'offencive',
        issue: { id: 'spelling-0a1b2c3d-0', rule: 'spelling', category: 'spelling', severity: 'error', message: 'Possible misspelling', start, end: start + 9, suggestions: ['offensive'] },
      },
    ];
    expect(parseSession(serializeSession(s), 'iraq.verso.json')).toEqual(s);
    const decided = () => JSON.parse(serializeSession(s)).decided as { decision: string; issue: { end: number } }[];
    const withDecided = (edit: (d: ReturnType<typeof decided>[number]) => void) => (json: Record<string, unknown>) => {
      const list = decided();
      edit(list[0]);
      json.decided = list;
    };
    expect(mismatch(withDecided((d) => (d.issue.end = 10 ** 9)))).toMatch(/"decided\[0\]\.issue\.end" is not an offset into "corrected"/);
    expect(mismatch(withDecided((d) => (d.decision = 'maybe')))).toMatch(/"decided\[0\]\.decision"/);
  });

  it('read a file without the optional word lists', () => {
    const json = JSON.parse(serializeSession(session()));
    delete json.ignoredWords;
    delete json.ignoredRules;
    const parsed = parseSession(JSON.stringify(json), 'old.verso.json');
    expect(parsed.ignoredWords).toEqual([]);
    expect(parsed.ignoredRules).toEqual([]);
  });

  it('refuse text that is not JSON', () => {
    expect(() => parseSession('{"format": ', 'x.verso.json')).toThrow(/^x\.verso\.json is not a Verso review: it is not valid JSON\.$/);
  });

  it('refuse another format', () => {
    expect(mismatch((j) => (j.format = 'something-else'))).toBe('iraq.verso.json is not a Verso review (its "format" is not "verso-review").');
  });

  it('refuse a newer version, saying to update', () => {
    expect(mismatch((j) => (j.version = SESSION_VERSION + 1))).toMatch(new RegExp(`saved by a newer Verso \\(review version ${SESSION_VERSION + 1}; this one reads up to ${SESSION_VERSION}\\)\\. Update Verso`));
  });

  it('refuse a missing field, naming it', () => {
    expect(mismatch((j) => delete j.corrected)).toBe('iraq.verso.json is not a valid Verso review: "corrected" is missing or not text.');
    expect(mismatch((j) => delete j.article)).toMatch(/"article" is missing/);
    expect(mismatch((j) => delete j.dictionary)).toMatch(/"dictionary" must be a list of words/);
  });

  it('refuse a field of the wrong type, naming it', () => {
    expect(mismatch((j) => ((j.article as Record<string, unknown>).bom = 'yes'))).toMatch(/"article\.bom" is missing or not true\/false/);
    expect(mismatch((j) => ((j.article as Record<string, unknown>).encoding = 'latin1'))).toMatch(/"article\.encoding" must be one of "utf-8", "utf-16le", "utf-16be"/);
    expect(mismatch((j) => (j.decisions = { a: 'maybe' }))).toMatch(/"decisions\.a" must be one of "ignored", "applied"/);
    expect(mismatch((j) => (j.settings = { dialect: 'en-GB', rules: { x: 'loud' } }))).toMatch(/"settings\.rules\.x" must be true, false/);
    expect(mismatch((j) => (j.savedAt = 'yesterday'))).toMatch(/"savedAt" is not a date/);
    expect(mismatch((j) => (j.version = '1'))).toMatch(/"version" must be a whole number/);
  });
});

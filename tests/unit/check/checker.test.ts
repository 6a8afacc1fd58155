import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES, createChecker } from '../../../src/core';
import { ParagraphCache, type ParagraphAnalysis } from '../../../src/core/document';

const sample = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');

describe('createChecker', () => {
  const checker = createChecker();

  it('lists every rule with id, category, description and default severity, sorted by id', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(13);
    expect(RULES.map((r) => r.id)).toEqual([...RULES.map((r) => r.id)].sort());
    for (const r of RULES) {
      expect(r.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
    }
  });

  it('turns a rule off or overrides its severity', () => {
    const off = checker.check(sample, { rules: { spelling: false } });
    expect(off.issues.some((i) => i.rule === 'spelling')).toBe(false);
    const info = checker.check(sample, { rules: { spelling: 'info' } });
    expect(info.issues.find((i) => i.rule === 'spelling')?.severity).toBe('info');
  });

  it('honours the chosen dialect', () => {
    const us = checker.check(sample, { dialect: 'en-US' });
    expect(us.dialect).toBe('en-US');
    expect(us.issues.filter((i) => i.rule === 'dialect-mix').map((i) => sample.slice(i.start, i.end))).toEqual(['kilometres', 'programmes']);
  });

  it('keeps issue ids stable when another paragraph is edited', () => {
    const before = checker.check(sample).issues;
    const edited = sample.replace('It was not known how many', 'Nobody knew how many of the');
    const after = checker.check(edited).issues;
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
    expect(new Set(after.map((i) => i.id)).size).toBe(after.length);
  });

  it('re-checks only the edited paragraph: no rule work is redone for the others', () => {
    const cache = new ParagraphCache();
    const own = createChecker({ cache });
    const first = own.check(sample);
    const edited = sample.replace('It was not known', 'Nobody knew');
    // The analyses the re-check will read: the unchanged paragraphs' come from the cache, the
    // edited one is new. Count what each computes afresh while the checker runs every rule.
    const doc = cache.build(edited);
    const computed = new Map<ParagraphAnalysis, number>();
    for (const { analysis } of doc.paragraphs) {
      const memo = analysis.memo.bind(analysis);
      analysis.memo = <T>(key: string, compute: () => T): T =>
        memo(key, () => {
          computed.set(analysis, (computed.get(analysis) ?? 0) + 1);
          return compute();
        });
    }
    const second = own.check(edited);
    const changed = doc.paragraphs.filter((p) => p.analysis.text.startsWith('Nobody knew'));
    expect(changed).toHaveLength(1);
    expect([...computed.keys()]).toEqual([changed[0].analysis]);
    expect(computed.get(changed[0].analysis)).toBeGreaterThan(3);
    // And the result is the fresh check's.
    expect(second.issues).toEqual(createChecker().check(edited).issues);
    expect(second.issues.length).toBe(first.issues.length);
  });

  it('reports offsets in UTF-16 code units and keeps CRLF text intact', () => {
    const text = 'Iraq 🇮🇶 launched an offencive.\r\nThe the army moved.\r\n';
    const issues = checker.check(text).issues;
    const spell = issues.find((i) => i.rule === 'spelling');
    expect(text.slice(spell!.start, spell!.end)).toBe('offencive');
    const repeat = issues.find((i) => i.rule === 'repeated-word');
    expect(text.slice(repeat!.start, repeat!.end)).toBe('The the');
  });

  it('checks an empty text', () => {
    const r = checker.check('');
    expect(r.issues).toEqual([]);
    expect(r.stats).toEqual({ words: 0, paragraphs: 0 });
  });
});

// The sample article (real MT copy): what a sub-editor flags, and nothing more.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES, createChecker } from '../../../src/core';

const text = readFileSync('resources/samples/iraq-heroes-operation.txt', 'utf8');
const checker = createChecker();
const result = checker.check(text);
const flagged = (rule: string) => result.issues.filter((i) => i.rule === rule).map((i) => text.slice(i.start, i.end));

describe('checking the sample article', () => {
  it('reports English, UK spelling, machine translation and its size', () => {
    expect(result.language.code).toBe('eng');
    expect(result.language.confidence).toBeGreaterThan(0.9);
    expect(result.dialect).toBe('en-GB');
    expect(result.machineTranslated).toBe(true);
    expect(result.stats.paragraphs).toBe(16);
  });

  it('flags "offencive" with "offensive" first', () => {
    const issue = result.issues.find((i) => text.slice(i.start, i.end) === 'offencive');
    expect(issue?.rule).toBe('spelling');
    expect(issue?.suggestions[0]).toBe('offensive');
  });

  it('flags both RESTRICTED boilerplate blocks, the double space and the straight quotes', () => {
    const boiler = flagged('boilerplate');
    expect(boiler).toHaveLength(2);
    for (const b of boiler) expect(b).toMatch(/=== RESTRICTED TO EDITORIAL USE .* ===$/);
    expect(flagged('spacing')).toEqual(['  ']);
    expect(flagged('quote-style')).toEqual(['"liberation"']);
  });

  it('flags "IS" against the article\'s "ISIS"', () => {
    expect(flagged('acronym-mismatch')).toEqual(['IS', 'IS']);
  });

  it('does not flag names, places or acronyms as misspellings', () => {
    expect(flagged('spelling')).toEqual(['offencive']);
  });

  // The golden list: every issue Verso raises on the sample, in offset order, each with the reason
  // a sub-editor wants it. A change that finds something new and true adds it here with its reason;
  // one that loses an entry, or adds a flag nobody can give a reason for, fails.
  const GOLDEN: { rule: string; text: string; why: string }[] = [
    { rule: 'acronym-mismatch', text: 'IS', why: 'the article names the group "ISIS" elsewhere: one entity, one acronym' },
    { rule: 'spacing', text: '  ', why: 'a double space between sentences, left by the translation' },
    { rule: 'quote-style', text: '"liberation"', why: 'straight quotes where the article quotes the spokesman with curly ones: one quote style' },
    { rule: 'spelling', text: 'offencive', why: 'a misspelling of "offensive", the word the brief names' },
    { rule: 'acronym-mismatch', text: 'IS', why: 'the second "IS" for the same group, against "ISIS"' },
    { rule: 'boilerplate', text: '  - === REST', why: "the photo caption's RESTRICTED TO EDITORIAL USE credit block, an agency instruction that is never published" },
    { rule: 'boilerplate', text: ' / AFP / IRA', why: "the handout photo's agency credit line (/ AFP / … MANDATORY CREDIT …), an instruction, not copy" },
  ];

  it('flags exactly the issues of the golden list, each for the reason it gives, sorted by offset', () => {
    const found = result.issues.map((i) => `${i.rule}:${text.slice(i.start, i.end).slice(0, 12)}`);
    const expected = GOLDEN.map((g) => `${g.rule}:${g.text}`);
    const unexplained = found.filter((f) => !expected.includes(f));
    expect(unexplained, 'flags with no reason in GOLDEN: a true finding gets its reason added, a false one is a regression').toEqual([]);
    expect(found).toEqual(expected);
    for (const g of GOLDEN) expect(g.why.length, `${g.rule}:${g.text}`).toBeGreaterThan(20);
  });

  it('does not check the machine-translation notice', () => {
    const notice = text.indexOf('Powered by automated translation');
    expect(result.issues.some((i) => i.start >= notice && i.start < notice + 32)).toBe(false);
  });

  it('gives issues plain serialisable objects with the contract fields', () => {
    const issue = result.issues[0];
    expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
    expect(Object.keys(issue)).toEqual(expect.arrayContaining(['id', 'rule', 'category', 'severity', 'message', 'start', 'end', 'suggestions']));
    expect(RULES.map((r) => r.id)).toContain(issue.rule);
  });
});

// A paragraph that is one long run of one kind of character: a leader of dots, a stretch of spaces,
// a capitalised table pasted as one line, a data URI. Several expressions read such a run again
// from each of its characters to its end, or each of its words, so a check of one took minutes (a
// 100,000-character row of dots 21 s; the grammar layer on 40,000 characters of a data URI 3.6 s;
// 224,000 characters of names 34 s) and the desk waited on it. Each of these is 300,000 characters; each check finishes, with what it should find.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { tokenize } from '../../../src/core/document/tokens';
import { splitSentences } from '../../../src/core/document';

const N = 300_000;
const checker = createChecker();
const BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg';

describe('a paragraph of one long run', () => {
  it('of dots: a token each, and the sentence it ends', () => {
    const text = `Contents${'.'.repeat(N)} Page one.`;
    expect(tokenize(text).length).toBe(N + 4);
    expect(splitSentences(text).map((span) => text.slice(span.end - 3, span.end))).toEqual(['...', 'ne.']);
    expect(checker.check(text).issues.length).toBeGreaterThanOrEqual(0);
  });

  it('of spaces: the spacing rule finds the run', () => {
    const text = `One word${' '.repeat(N)}, and another.`;
    const issues = checker.check(text).issues.filter((i) => i.rule === 'spacing');
    expect(issues.some((i) => i.start === 8 && i.end === 8 + N)).toBe(true);
  });

  it('of capitalised words: the acronyms after them are read as without them', () => {
    const rest = 'The Islamic State (IS) said so.\n\nThe ISIS fighters left, and ISIS said more.';
    const found = (text: string) =>
      checker
        .check(text)
        .issues.filter((i) => i.rule === 'acronym-mismatch')
        .map((i) => text.slice(i.start, i.end));
    const short = found(`ABC DEF.\n\n${rest}`);
    expect(short).toEqual(['IS']);
    expect(found(`${'ABC DEF '.repeat(N / 8)}\n\n${rest}`)).toEqual(short);
  });

  it('of brackets: balanced ones raise nothing, one more is found', () => {
    const brackets = (text: string) => checker.check(text).issues.filter((i) => i.rule === 'unbalanced-pairs');
    expect(brackets(`${'('.repeat(N / 2)}${')'.repeat(N / 2)}`)).toEqual([]);
    expect(brackets(`(${'('.repeat(N / 2)}${')'.repeat(N / 2)}`).length).toBe(1);
  });

  it('of letters: the run-on sentence after it is still found', () => {
    const text = `${'a'.repeat(N)} and the housing stock The discount is high.`;
    const found = checker.check(text).issues.filter((i) => i.rule === 'missing-full-stop');
    expect(found.map((i) => text.slice(i.start, i.end))).toEqual([' The']);
  });

  it('of names: the words after them are read as without them', () => {
    const rest = 'The Ministry of Finance said the offencive had begun.';
    const found = (text: string) =>
      checker
        .check(text)
        .issues.filter((i) => i.rule === 'spelling')
        .map((i) => text.slice(i.start, i.end));
    const short = found(`Mohammed Bin Salman Al Saud met them. ${rest}`);
    expect(short).toEqual(['offencive']);
    expect(found(`${'Mohammed Bin Salman Al Saud '.repeat(N / 28)}met them. ${rest}`)).toEqual(short);
  });

  it('of a data URI', () => {
    const text = `The logo: data:image/png;base64,${BASE64.repeat(N / BASE64.length)} was attached.`;
    expect(checker.check(text).issues.length).toBeGreaterThanOrEqual(0);
  });
});

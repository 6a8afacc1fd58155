// A paragraph that is one long run of one kind of character: a leader of dots, a stretch of spaces,
// a capitalised table pasted as one line, a data URI. Several expressions read such a run again
// from each of its characters, or each of its words, to its end, so a check of one took minutes
// (a 100,000-character row of dots 21 s; the grammar layer on 40,000 characters of a data URI
// 3.6 s; 224,000 characters of names 34 s), and a word of 300,000 letters threw. Each run here is
// about 300,000 characters; each check finishes and finds what it finds without the run.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { tokenize } from '../../../src/core/document/tokens';
import { splitSentences } from '../../../src/core/document';

const N = 300_000;
const checker = createChecker();
const BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg';

/** The texts the rule flags in `text`. */
const found = (rule: string, text: string) =>
  checker
    .check(text)
    .issues.filter((i) => i.rule === rule)
    .map((i) => text.slice(i.start, i.end));

describe('a paragraph of one long run', () => {
  it('of dots: a token each, the sentence it ends, and a slip after it', () => {
    const text = `Contents${'.'.repeat(N)} Page one has a speling slip.`;
    expect(tokenize(text).length).toBe(N + 8);
    expect(splitSentences(text).map((span) => text.slice(span.end - 3, span.end))).toEqual(['...', 'ip.']);
    expect(found('spelling', text)).toEqual(['speling']);
  });

  it('of spaces: the spacing rule finds the run', () => {
    const text = `One word${' '.repeat(N)}, and another.`;
    const issues = checker.check(text).issues.filter((i) => i.rule === 'spacing');
    expect(issues.some((i) => i.start === 8 && i.end === 8 + N)).toBe(true);
  });

  it('of capitalised words: the acronyms after them are read as without them', () => {
    const rest = 'The Islamic State (IS) said so.\n\nThe ISIS fighters left, and ISIS said more.';
    expect(found('acronym-mismatch', `ABC DEF.\n\n${rest}`)).toEqual(['IS']);
    expect(found('acronym-mismatch', `${'ABC DEF '.repeat(N / 8)}\n\n${rest}`)).toEqual(['IS']);
  });

  it('of brackets: balanced ones raise nothing, one more is found', () => {
    expect(found('unbalanced-pairs', `${'('.repeat(N / 2)}${')'.repeat(N / 2)}`)).toEqual([]);
    expect(found('unbalanced-pairs', `(${'('.repeat(N / 2)}${')'.repeat(N / 2)}`)).toEqual(['(']);
  });

  it('of letters: the run-on sentence after it is still found', () => {
    expect(found('missing-full-stop', `${'a'.repeat(N)} and the housing stock The discount is high.`)).toEqual([
      ' The',
    ]);
  });

  it('of names: the words after them are read as without them', () => {
    const rest = 'The Ministry of Finance said the offencive had begun.';
    expect(found('spelling', `Mohammed Bin Salman Al Saud met them. ${rest}`)).toEqual(['offencive']);
    expect(found('spelling', `${'Mohammed Bin Salman Al Saud '.repeat(N / 28)}met them. ${rest}`)).toEqual([
      'offencive',
    ]);
  });

  it('of a data URI: the slips beside it are found as without it', () => {
    const slips = found('spelling', 'The logo was atached: data:image/png;base64,iVBORw0KGgo as sent.');
    expect(slips).toContain('atached');
    expect(
      found('spelling', `The logo was atached: data:image/png;base64,${BASE64.repeat(N / BASE64.length)} as sent.`),
    ).toEqual(slips);
  });
});

import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
import { issueCards, issueContext } from '../../../src/renderer/review/findings';

const checker = createChecker();

describe('issue cards', () => {
  it('shows source script left in the English as one card, though two rules report it', () => {
    const text = 'The minister visited 北京 on Monday and met local officials there.\n\nTalks will resume next week, the ministry said.\n';
    const source = '部长周一访问了北京并会见了当地官员。\n\n外交部表示，会谈将于下周恢复。\n';
    const { issues } = checker.check(text, { source });
    const onScript = issues.filter((i) => text.slice(i.start, i.end) === '北京');
    // The report keeps both rules' issues...
    expect(onScript.map((i) => i.rule).sort()).toEqual(['foreign-script', 'left-in-source']);
    // ...the Issues region one card holding both.
    const cards = issueCards(issues).filter((c) => text.slice(c.lead.start, c.lead.end) === '北京');
    expect(cards).toHaveLength(1);
    expect(cards[0].issues.map((i) => i.rule).sort()).toEqual(['foreign-script', 'left-in-source']);
  });

  it('keeps one card per place for a finding made in two places (each has its own fix)', () => {
    const text =
      'Islamic State (IS) fighters attacked a village. ISIS later claimed the attack. ISIS has lost ground. ' +
      'Officials said IS cells remain active, and ISIS recruits still cross the border.\n';
    const { issues } = checker.check(text);
    const minority = issues.filter((i) => i.rule === 'acronym-mismatch');
    expect(minority.length).toBeGreaterThanOrEqual(2);
    expect(issueCards(minority)).toHaveLength(minority.length);
  });

  it('keeps two rules\' issues on one range apart when the rules do not say the same', () => {
    const issue = (rule: string, suggestions: string[]) => ({ id: rule, rule, category: 'accuracy' as const, severity: 'warning' as const, message: rule, start: 0, end: 9, suggestions });
    // Lengths and numbers both judge a whole paragraph: two findings, two cards.
    expect(issueCards([issue('length-mismatch', []), issue('number-mismatch', [])])).toHaveLength(2);
    // The same pair of rules with different fixes is two cards too.
    const pairs = new Set(['a\u0000b', 'b\u0000a']);
    expect(issueCards([issue('a', ['x']), issue('b', ['y'])], pairs)).toHaveLength(2);
    expect(issueCards([issue('a', ['x']), issue('b', ['x'])], pairs)).toHaveLength(1);
  });
});

describe('issue context', () => {
  it('gives the words around a text on its own line, cut at whole words', () => {
    expect(issueContext('paragraph.\nthe Islamic State (', ') group. Iraqi forces announced')).toEqual({
      before: 'the Islamic State (',
      after: ') group. Iraqi forces…',
    });
    expect(issueContext('The ', ' said.')).toEqual({ before: 'The ', after: ' said.' });
    expect(issueContext('a run of words on and on (', '')).toEqual({ before: '…run of words on and on (', after: '' });
  });
});

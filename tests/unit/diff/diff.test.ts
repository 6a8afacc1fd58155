import { describe, expect, it } from 'vitest';
import { applyChanges, diffTexts, revertAll, revertChange } from '../../../src/core';
import { diffCase, notate, prng } from './cases';

/** Asserts that diffing the case's two texts gives exactly the changes it writes. */
function expectDiff(notation: string): void {
  const { a, b } = diffCase(notation);
  expect(notate(a, diffTexts(a, b))).toBe(notation);
}

describe('diffTexts', () => {
  it('finds nothing in identical texts', () => {
    expect(diffTexts('same text\n', 'same text\n')).toEqual([]);
  });

  it('replaces one word', () => expectDiff('one [two/three] four'));
  it('refines a one-word replacement to characters', () => expectDiff('an offen[c/s]ive remark'));
  it('refines a capitalisation to the letter', () => expectDiff('in [p/P]aris today'));
  it('keeps a word replacement whole when characters would not help', () => {
    expectDiff('a [cat/dog] sat');
    // Half the longer word or more changed: the whole words read better.
    expectDiff('and [the/that] plan');
    expectDiff('it was [a/an] offensive');
    expectDiff('the colo[/u]r of');
    // Two places: only when the word stays mostly the same.
    expectDiff('the ac[/c]o[/m]modation was');
    expectDiff('a [reflection/deduction] of');
  });
  it('inserts and deletes words', () => {
    expectDiff('the [/very ]big dog');
    expectDiff('the [very /]big dog');
  });
  it('joins neighbouring word changes separated by a space', () => expectDiff('the [big red/small blue] car'));
  it('includes whitespace changes', () => {
    expectDiff('two[  / ]spaces');
    expectDiff('line one[\n/ ]line two');
  });
  it('includes line-ending changes', () => expectDiff('para one[\r\n/\n]para two'));
  it('handles a missing final newline', () => expectDiff('last line[/\n]'));
  it('marks punctuation on its own', () => expectDiff('Hello[,/] world[/!]'));

  it('aligns paragraphs: an inserted paragraph is one insertion', () => {
    const a = 'First paragraph here.\n\nThird paragraph here.\n';
    const b = 'First paragraph here.\n\nA new second paragraph.\n\nThird paragraph here.\n';
    const changes = diffTexts(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0].kind).toBe('insert');
    expect(changes[0].b).toBe('A new second paragraph.\n\n');
  });

  it('aligns paragraphs: a deleted paragraph is one deletion', () => {
    const a = 'Keep this one.\n\nDrop this boilerplate entirely please.\n\nKeep this too.\n';
    const b = 'Keep this one.\n\nKeep this too.\n';
    const changes = diffTexts(a, b);
    expect(changes.map((c) => [c.kind, c.a])).toEqual([['delete', 'Drop this boilerplate entirely please.\n\n']]);
  });

  it('aligns edited paragraphs by their words, not their position', () => {
    const a = 'The minister spoke on Tuesday.\n\nHe said the plan would fail.\n\nProtests followed in the capital.\n';
    const b = 'The minister spoke on Tuesday.\n\nA brand new paragraph about the weather.\n\nHe said that the plan would fail.\n\nProtests followed in the capital city.\n';
    const changes = diffTexts(a, b);
    expect(notate(a, changes)).toBe(
      'The minister spoke on Tuesday.\n\n[/A brand new paragraph about the weather.\n\n]He said [/that ]the plan would fail.\n\nProtests followed in the capital[/ city].\n',
    );
  });

  it('pairs a heavily post-edited paragraph with its original by position (word overlap under 40%)', () => {
    const a = 'Intro stays.\n\nThe Malher diamond carried out a series of heroic attacks on the enemy positions, but everyone failed.\n\nOutro stays.\n';
    const b = "Intro stays.\n\nMalher's division attacked the enemy lines heroically several times, yet they all failed.\n\nOutro stays.\n";
    const changes = diffTexts(a, b);
    expect(applyChanges(a, changes)).toBe(b);
    // A word diff, the shared words left alone, not the paragraph deleted and another inserted.
    expect(notate(a, changes)).toBe(
      "Intro stays.\n\n[The Malher diamond carried out a series of heroic attacks on/Malher's division attacked] the enemy [positions/lines heroically several times], [but everyone/yet they all] failed.\n\nOutro stays.\n",
    );
  });

  it('does not pair paragraphs in the same place that share nothing or differ greatly in length', () => {
    const a = 'Intro stays.\n\nShort note.\n\nOutro stays.\n';
    const b = 'Intro stays.\n\nA long new paragraph about the weather, the markets and what the government said on Tuesday about taxes.\n\nOutro stays.\n';
    expect(diffTexts(a, b).map((c) => c.kind)).toEqual(['delete', 'insert']);
    const c = 'Intro stays.\n\nCompletely different words here now.\n\nOutro stays.\n';
    expect(notate(a, diffTexts(a, c))).toBe('Intro stays.\n\n[Short note.\n\n/][/Completely different words here now.\n\n]Outro stays.\n');
  });

  it('recognises a split paragraph as a line break typed inside it', () => {
    const a = 'Intro line.\n\nThe first sentence is long. The second sentence follows it.\n\nOutro line.\n';
    const b = 'Intro line.\n\nThe first sentence is long.\n\nThe second sentence follows it.\n\nOutro line.\n';
    expect(notate(a, diffTexts(a, b))).toBe(
      'Intro line.\n\nThe first sentence is long.[ /\n\n]The second sentence follows it.\n\nOutro line.\n',
    );
  });

  it('recognises merged paragraphs', () => {
    const a = 'Intro line.\n\nThe first sentence is long.\n\nThe second sentence follows it.\n\nOutro line.\n';
    const b = 'Intro line.\n\nThe first sentence is long. The second sentence follows it.\n\nOutro line.\n';
    expect(notate(a, diffTexts(a, b))).toBe(
      'Intro line.\n\nThe first sentence is long.[\n\n/ ]The second sentence follows it.\n\nOutro line.\n',
    );
  });

  it('works from and to empty texts', () => {
    expect(diffTexts('', 'new text')).toEqual([{ kind: 'insert', fromA: 0, toA: 0, fromB: 0, toB: 8, a: '', b: 'new text' }]);
    expect(diffTexts('old text\n', '')).toEqual([{ kind: 'delete', fromA: 0, toA: 9, fromB: 0, toB: 0, a: 'old text\n', b: '' }]);
  });

  it('never cuts a surrogate pair', () => {
    const a = 'emoji 😀 here';
    const b = 'emoji 😃 here';
    for (const c of diffTexts(a, b)) {
      expect(c.a).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      expect(c.b).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(applyChanges(a, diffTexts(a, b))).toBe(b);
  });

  it('keeps as many words as the longest common subsequence where no word is unique (jsdiff over words)', () => {
    // Three words with no letter in common, so no change is refined to characters; only pairs that
    // differ in their first and last words and in which no word occurs once on each side, so
    // neither the common ends nor patience anchoring take anything: all of it goes to jsdiff.
    const random = prng(7);
    const words = ['cat', 'dog', 'sun'];
    const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * 3)]);
    let checked = 0;
    while (checked < 300) {
      // Lengths within the paragraph aligner's ratio, so the two are compared as one paragraph.
      const x = text(10 + Math.floor(random() * 15));
      const y = text(10 + Math.floor(random() * 15));
      if (x[0] === y[0] || x[x.length - 1] === y[y.length - 1]) continue;
      if (words.some((w) => x.filter((v) => v === w).length === 1 && y.filter((v) => v === w).length === 1)) continue;
      checked++;
      const a = x.join(' ');
      const b = y.join(' ');
      const changes = diffTexts(a, b);
      expect(applyChanges(a, changes)).toBe(b);
      // Words of B that no change touches, against a textbook LCS.
      let kept = 0;
      let at = 0;
      for (const w of y) {
        const from = b.indexOf(w, at);
        at = from + w.length;
        if (!changes.some((c) => c.fromB < at && from < c.toB)) kept++;
      }
      const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
      for (let i = 1; i <= x.length; i++) {
        for (let j = 1; j <= y.length; j++) lcs[i][j] = x[i - 1] === y[j - 1] ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
      }
      expect(kept, `${a} → ${b}`).toBe(lcs[x.length][y.length]);
    }
  });

  it('gives the same changes whatever was diffed before (no state leaks between calls)', () => {
    const pairs: [string, string][] = [
      ['dogthetheTheadogthecatcatxdogx', 'dogthetheThthethegthecatcatxdogx'],
      ['x dogthetheTheadogthecatcatxdogx y', 'x dogthetheThthethegthecatcatxdogx y'],
      ['offencive', 'offensive'],
      ['an hour and a half', 'a hour and an half'],
    ];
    const fresh = pairs.map(([a, b]) => diffTexts(a, b));
    // Texts whose many whitespace tokens fill the tokenizer's tables with other ids.
    const spacey = Array.from({ length: 40 }, (_, k) => `w${k}${' '.repeat(1 + (k % 7))}${k % 3 ? '\t' : ''}`).join('');
    diffTexts(spacey, spacey.replace(/w1/g, 'v1'));
    diffTexts('a b  c   d    e\tf \tg\t h', 'a  b c   d e\tf\tg h');
    expect(pairs.map(([a, b]) => diffTexts(a, b))).toEqual(fresh);
  });

  it('matches the words a rewritten sentence keeps, however much else changed', () => {
    expectDiff('The [committee, after a long debate, finally/board] approved the [plan/budget].');
  });
});

describe('applying and reverting', () => {
  const { a, b } = diffCase('The [offencive/offensive] remark was [/widely ]condemned[ by all/].\n');

  it('applying the changes to the original gives the corrected text', () => {
    expect(applyChanges(a, diffTexts(a, b))).toBe(b);
  });

  it('reverting one change undoes only that change', () => {
    const changes = diffTexts(a, b);
    const widely = changes.find((c) => c.b === 'widely ')!;
    expect(revertChange(b, changes, widely)).toBe('The offensive remark was condemned.\n');
  });

  it('reverting every change gives the original', () => {
    expect(revertAll(b, diffTexts(a, b))).toBe(a);
  });

  it('refuses a change that does not belong to the text', () => {
    const changes = diffTexts(a, b);
    expect(() => applyChanges('something else entirely', changes)).toThrow(RangeError);
    expect(() => revertChange(b, [], changes[0])).toThrow(RangeError);
  });
});

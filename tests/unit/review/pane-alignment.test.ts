// The arithmetic behind the three aligned panes: where each aligned group starts on each side,
// which spacers bring the starts level, and how a line of the correction maps to the machine
// translation through the merge view's chunks (the real @codemirror/merge chunks).
import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { Chunk } from '@codemirror/merge';
import { correctedToOriginal, groupStarts, lineAfter, originalToCorrected, planSpacers } from '../../../src/renderer/review/paneAlignment';

describe('groupStarts', () => {
  it('gives a group without paragraphs on a side the next group’s start, and null at the end', () => {
    expect(groupStarts([[0], [], [40, 60], []])).toEqual([0, 40, 40, null]);
  });

  it('gives trailing groups without paragraphs what follows the side’s paragraphs (a notice), where there is something', () => {
    // The source's last paragraph left out, and the translation's notice after its last paragraph (at 90).
    expect(groupStarts([[0], [40], []], 90)).toEqual([0, 40, 90]);
    const doc = Text.of(['First paragraph.', '', 'Second paragraph.', '', '  ', 'Powered by automated translation']);
    expect(lineAfter(doc, [0, doc.line(3).from])).toBe(doc.line(6).from);
    expect(lineAfter(doc, [doc.line(6).from])).toBeNull();
    expect(lineAfter(doc, [])).toBeNull();
  });
});

describe('planSpacers', () => {
  it('pads the side whose group starts higher, carrying the padding to later groups', () => {
    // Left groups start at 0, 100, 150; right at 0, 60, 200 (natural, unpadded heights).
    const plan = planSpacers([0, 100, 150], [0, 60, 200], [0, 10, 20], [0, 5, 9]);
    // Group 1: right is 40 higher, so 40 before its line 5; group 2 then starts at 240 right, 150 left.
    expect(plan.right).toEqual([{ pos: 5, height: 40 }]);
    expect(plan.left).toEqual([{ pos: 20, height: 90 }]);
  });

  it('stands an omitted paragraph opposite blank space (two groups starting at one place on a side)', () => {
    // Left: paragraphs at 0, 50 (omitted on the right), 120. Right: 0, then the third group's start, 40.
    const plan = planSpacers([0, 50, 120], [0, 40, 40], [0, 7, 14], [0, 3, 3]);
    expect(plan.left).toEqual([]);
    // 10 to bring the omitted paragraph level with the gap, then 70 more for its height: one spacer.
    expect(plan.right).toEqual([{ pos: 3, height: 80 }]);
  });

  it('adds nothing when the sides are level or a side has nothing left', () => {
    expect(planSpacers([0, 30, null], [0, 30.2, 90], [0, 1, null], [0, 1, 2])).toEqual({ left: [], right: [] });
  });
});

describe('mapping between the machine translation and the correction', () => {
  const a = Text.of(['one', 'two', 'three', 'four']);
  const b = Text.of(['one', 'TWO', 'extra', 'three', 'four']);
  const chunks = Chunk.build(a, b);

  it('maps lines outside a change by their offset', () => {
    expect(correctedToOriginal(chunks, a, b, b.line(4).from)).toBe(a.line(3).from);
    expect(correctedToOriginal(chunks, a, b, b.line(5).from)).toBe(a.line(4).from);
    expect(originalToCorrected(chunks, a, b, a.line(4).from)).toBe(b.line(5).from);
    expect(correctedToOriginal(chunks, a, b, 0)).toBe(0);
  });

  it('maps lines inside a change to the same line of it, as far as the other side has lines', () => {
    expect(correctedToOriginal(chunks, a, b, b.line(2).from)).toBe(a.line(2).from);
    expect(correctedToOriginal(chunks, a, b, b.line(3).from)).toBe(a.line(2).from);
    expect(originalToCorrected(chunks, a, b, a.line(2).from)).toBe(b.line(2).from);
  });
});

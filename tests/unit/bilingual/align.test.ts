import { describe, expect, it } from 'vitest';
import { alignParagraphs, createChecker, type AlignUnit } from '../../../src/core';

const unit = (length: number, ...anchors: string[]): AlignUnit => ({ length, anchors: new Set(anchors) });
const shape = (beads: { source: number[]; target: number[] }[]) => beads.map((b) => `${b.source.join('+') || '-'}:${b.target.join('+') || '-'}`);

describe('paragraph alignment', () => {
  it('aligns paragraphs one to one when the lengths agree', () => {
    const lengths = [120, 300, 80, 210, 150];
    const beads = alignParagraphs(lengths.map((l) => unit(l)), lengths.map((l) => unit(Math.round(l * 1.1))));
    expect(shape(beads)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4']);
  });

  it('finds an omitted paragraph (1–0) and an added one (0–1)', () => {
    const source = [unit(200, '#12'), unit(260, '#4500'), unit(180, '#7'), unit(240, '#2023'), unit(150)];
    const omitted = alignParagraphs(source, [source[0], source[2], source[3], source[4]]);
    expect(shape(omitted)).toEqual(['0:0', '1:-', '2:1', '3:2', '4:3']);
    const added = alignParagraphs(source, [source[0], source[1], unit(220), source[2], source[3], source[4]]);
    expect(shape(added)).toEqual(['0:0', '1:1', '-:2', '2:3', '3:4', '4:5']);
  });

  it('finds a paragraph split in two (1–2) and two merged into one (2–1)', () => {
    const source = [unit(200), unit(400, '#30'), unit(180), unit(120), unit(130), unit(250)];
    const split = alignParagraphs(source, [unit(200), unit(210, '#30'), unit(190), unit(180), unit(120), unit(130), unit(250)]);
    expect(shape(split)).toEqual(['0:0', '1:1+2', '2:3', '3:4', '4:5', '5:6']);
    const merged = alignParagraphs(source, [unit(200), unit(400, '#30'), unit(180), unit(250), unit(250)]);
    expect(shape(merged)).toEqual(['0:0', '1:1', '2:2', '3+4:3', '5:4']);
  });

  it('lets shared numbers decide where lengths cannot', () => {
    // Three paragraphs of one length, one missing: only the numbers say which.
    const source = [unit(200, '#1'), unit(200, '#2'), unit(200, '#3')];
    const beads = alignParagraphs(source, [unit(200, '#1'), unit(200, '#3')], 1);
    expect(shape(beads)).toEqual(['0:0', '1:-', '2:1']);
  });

  it('takes the article’s own length ratio when asked to adapt the language pair’s', () => {
    // A translation a third longer than the pair's ratio says: with the pair's ratio held, the short
    // third paragraph, left out, reads better as part of the second's match than as omitted.
    const source = [unit(200), unit(200), unit(60), unit(200), unit(200)];
    const target = [unit(267), unit(267), unit(267), unit(267)];
    expect(shape(alignParagraphs(source, target, 1))).toEqual(['0:0', '1+2:1', '3:2', '4:3']);
    expect(shape(alignParagraphs(source, target, 1, true))).toEqual(['0:0', '1:1', '2:-', '3:2', '4:3']);
  });

  it('reads a paragraph without a stop beside one that has its source’s stop as added, not as half of a split', () => {
    const stopped = (length: number, stop = true): AlignUnit => ({ length, anchors: new Set(), stop });
    const source = [stopped(200), stopped(300), stopped(250)];
    // Added: a heading (no stop) after the second paragraph's translation.
    expect(shape(alignParagraphs(source, [stopped(200), stopped(300), stopped(40, false), stopped(250)], 1))).toEqual(['0:0', '1:1', '-:2', '2:3']);
    // Split: the first part ends a sentence.
    expect(shape(alignParagraphs(source, [stopped(200), stopped(150), stopped(150), stopped(250)], 1))).toEqual(['0:0', '1:1+2', '2:3']);
    // The same lengths without stops known: a split, as before.
    expect(shape(alignParagraphs([unit(200), unit(300), unit(250)], [unit(200), unit(300), unit(40), unit(250)], 1))).toEqual(['0:0', '1:1+2', '2:3']);
  });

  it('aligns an empty side as all omitted or all added', () => {
    expect(shape(alignParagraphs([unit(10)], []))).toEqual(['0:-']);
    expect(shape(alignParagraphs([], [unit(10)]))).toEqual(['-:0']);
  });
});

describe('the check result’s alignment', () => {
  it('gives the aligned paragraphs as line numbers of the source and the checked text', () => {
    const source = ['Le maire, Jean Dupuis, a ouvert 3 crèches.', '', 'Elles accueillent 120 enfants depuis le 4 mai, et 40 autres en septembre.', '', 'Le budget atteint 2,5 millions.'].join('\n');
    const translation = ['The mayor, Jean Dupuis, opened 3 nurseries.', '', 'They have taken in 120 children since 4 May.', 'Another 40 will follow in September.', '', 'The budget reaches 2.5 million.', 'Powered by automated translation'].join('\n');
    const result = createChecker().check(translation, { source });
    // The second source paragraph is translated as two; the notice is in no group.
    expect(result.alignment).toEqual([
      { source: [1], target: [1] },
      { source: [3], target: [3, 4] },
      { source: [5], target: [6] },
    ]);
    expect(createChecker().check(translation).alignment).toBeUndefined();
  });

  it('matches a month in digits with the month’s name: 3月 is March', () => {
    const source = ['市政府周一公布了新的城市交通计划。', '该计划将于3月起实施，覆盖全市各个区域。', '市民普遍表示欢迎这一举措的及时推出。', '官员说，更多细节将在下周向公众公布。'].join('\n\n');
    const translation = [
      'The city government announced a new urban transport plan on Monday.',
      'The plan takes effect in March and covers every district of the city.',
      'Officials said more details would be made public next week.',
    ].join('\n\n');
    const omitted = createChecker()
      .check(translation, { source })
      .issues.filter((i) => i.rule === 'omitted-paragraph')
      .map((i) => source.slice(i.sourceStart, i.sourceEnd));
    // Without the month the translation's second paragraph could as well be the third's.
    expect(omitted).toEqual(['市民普遍表示欢迎这一举措的及时推出。']);
  });
});

// Incremental alignment: a re-check after an edit realigns only the changed stretch of the
// translation, and gets the alignment a full run gets.
import { describe, expect, it } from 'vitest';
import { buildBilingual, detectSourceLanguage, type BilingualDocument } from '../../../src/core';
import { buildDocument } from '../../../src/core/document';

const towns = ['Rennes', 'Nantes', 'Brest', 'Quimper', 'Vannes', 'Lorient', 'Saint-Brieuc', 'Morlaix'];
const source: string[] = [];
const target: string[] = [];
for (let i = 1; i <= 80; i++) {
  const town = towns[i % towns.length];
  const long = i % 3 === 0 ? ' Les élus ont promis une réponse rapide et un suivi régulier des travaux engagés.' : '';
  source.push(`Le rapport ${i} de la préfecture recense ${i * 37} dossiers en attente à ${town}, selon la mairie.${long}`);
  target.push(`Report ${i} from the prefecture lists ${i * 37} pending files in ${town}, according to the town hall.${long ? ' Councillors promised a quick answer and regular follow-up of the work under way.' : ''}`);
}
const sourceText = source.join('\n\n');
const language = detectSourceLanguage(sourceText);
const sourceDoc = buildDocument(sourceText);

function align(paragraphs: string[], previous?: BilingualDocument): BilingualDocument {
  return buildBilingual(sourceDoc, buildDocument(paragraphs.join('\n\n')), language, previous);
}
const lines = (pair: BilingualDocument) => pair.groups.map((g) => [g.source.map((p) => p.line), g.target.map((p) => p.line)]);

describe('incremental alignment', () => {
  const first = align(target);

  it('gets the full alignment after an edit inside one paragraph', () => {
    const edited = target.map((p, i) => (i === 40 ? p.replace('pending files', 'files still pending') : p));
    const incremental = align(edited, first);
    expect(lines(incremental)).toEqual(lines(align(edited)));
    // The groups hold the new text's paragraphs.
    expect(incremental.groups[40].target[0].analysis.text).toContain('files still pending');
  });

  it('keeps the beads far from the edit as they were instead of aligning them again', () => {
    // A previous alignment that grouped the first two pairs: a full run would not, a re-check keeps it.
    const previous = { ...first, beads: [{ source: [0, 1], target: [0, 1] }, ...first.beads.slice(2)] };
    const edited = target.map((p, i) => (i === 40 ? p.replace('pending files', 'files still pending') : p));
    const incremental = align(edited, previous);
    expect(incremental.beads[0]).toEqual({ source: [0, 1], target: [0, 1] });
    expect(align(edited).beads[0]).toEqual({ source: [0], target: [0] });
    expect(lines(incremental).slice(30)).toEqual(lines(align(edited)).slice(31));
  });

  it('gets the full alignment after a paragraph is split in two, and after one is deleted', () => {
    const split = [...target.slice(0, 30), 'Report 31 from the prefecture lists 1147 pending files.', 'They are in Nantes, according to the town hall.', ...target.slice(31)];
    const afterSplit = align(split, first);
    expect(lines(afterSplit)).toEqual(lines(align(split)));
    expect(afterSplit.beads.find((b) => b.target.includes(30))).toEqual({ source: [30], target: [30, 31] });
    const deleted = [...target.slice(0, 60), ...target.slice(61)];
    const afterDelete = align(deleted, first);
    expect(lines(afterDelete)).toEqual(lines(align(deleted)));
  });

  it('aligns a short article whole again after an edit, as a fresh check does', () => {
    // Too few beads are kept beside the edit for their length ratio to stand for the article's.
    const shortSource = buildDocument(source.slice(0, 12).join('\n\n'));
    const shortAlign = (paragraphs: string[], previous?: BilingualDocument) => buildBilingual(shortSource, buildDocument(paragraphs.join('\n\n')), language, previous);
    const shortFirst = shortAlign(target.slice(0, 12));
    // A previous alignment that grouped the first two pairs: a fresh check would not.
    const previous = { ...shortFirst, beads: [{ source: [0, 1], target: [0, 1] }, ...shortFirst.beads.slice(2)] };
    const edited = target.slice(0, 12).map((p, i) => (i === 10 ? p.replace('pending files', 'files still pending') : p));
    const incremental = shortAlign(edited, previous);
    expect(incremental.beads[0]).toEqual({ source: [0], target: [0] });
    expect(lines(incremental)).toEqual(lines(shortAlign(edited)));
  });

  it('starts again from nothing for another source', () => {
    const otherSource = buildDocument(source.slice(1).join('\n\n'));
    const other = buildBilingual(otherSource, buildDocument(target.join('\n\n')), language, first);
    expect(lines(other)).toEqual(lines(buildBilingual(otherSource, buildDocument(target.join('\n\n')), language)));
    expect(other.groups.reduce((n, g) => n + g.source.length, 0)).toBe(79);
  });
});

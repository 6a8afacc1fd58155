/**
 * The bilingual review's three panes kept together: "Source text", "Machine translation" and
 * "Corrected text" stand in one scroller, and the paragraphs the aligner paired start at the same
 * height. Where one side's group of paragraphs is shorter, a spacer (a block widget) before the
 * next group makes up the difference, in the manner of CodeMirror's merge view, whose own spacers
 * keep the machine translation level with the correction: a spacer on the merge side goes into
 * both of its editors at the same place, so the merge view's alignment is left as it was. The
 * paragraphs paired with the cursor's paragraph are marked on all three sides.
 */
import { RangeSetBuilder, StateEffect, StateField, type ChangeDesc, type Extension, type Text } from '@codemirror/state';
import { BlockType, Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import type { Chunk } from '@codemirror/merge';
import type { AlignedLines } from '../../core';

/** A pane of the three. */
export type PaneSide = 'source' | 'a' | 'b';

/** Blank space standing in for the other side's longer paragraphs. */
class AlignmentSpacer extends WidgetType {
  constructor(readonly height: number) {
    super();
  }
  override eq(other: AlignmentSpacer): boolean {
    return Math.abs(other.height - this.height) < 0.5;
  }
  toDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'cm-alignmentSpacer';
    dom.setAttribute('aria-hidden', 'true');
    dom.style.height = `${this.height}px`;
    return dom;
  }
  override updateDOM(dom: HTMLElement): boolean {
    dom.style.height = `${this.height}px`;
    return true;
  }
  override get estimatedHeight(): number {
    return this.height;
  }
}

/** A spacer: `height` pixels before the line starting at `pos`. */
export interface PaneSpacer {
  pos: number;
  height: number;
}

const setSpacers = StateEffect.define<readonly PaneSpacer[]>();
const setMarks = StateEffect.define<readonly number[]>();

const pairedLine = Decoration.line({ class: 'cm-pairedParagraph', attributes: { 'aria-current': 'true' } });

function spacerDecorations(spacers: readonly PaneSpacer[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const s of spacers) builder.add(s.pos, s.pos, Decoration.widget({ widget: new AlignmentSpacer(s.height), block: true, side: -1 }));
  return builder.finish();
}

function markDecorations(doc: Text, lineStarts: readonly number[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const pos of [...new Set(lineStarts)].sort((x, y) => x - y)) if (pos <= doc.length) builder.add(pos, pos, pairedLine);
  return builder.finish();
}

/** This pane's spacers and marked lines, mapped through edits until the next layout. */
const paneLayout = StateField.define<{ spacers: DecorationSet; marks: DecorationSet }>({
  create: () => ({ spacers: Decoration.none, marks: Decoration.none }),
  update(value, tr) {
    let { spacers, marks } = value;
    if (tr.docChanged) {
      spacers = spacers.map(tr.changes);
      marks = marks.map(tr.changes);
    }
    for (const e of tr.effects) {
      if (e.is(setSpacers)) spacers = spacerDecorations(e.value);
      if (e.is(setMarks)) marks = markDecorations(tr.state.doc, e.value);
    }
    return spacers === value.spacers && marks === value.marks ? value : { spacers, marks };
  },
  provide: (field) => [EditorView.decorations.from(field, (v) => v.spacers), EditorView.decorations.from(field, (v) => v.marks)],
});

/** The spacers a pane shows now. */
function currentSpacers(view: EditorView): PaneSpacer[] {
  const out: PaneSpacer[] = [];
  const iter = view.state.field(paneLayout).spacers.iter();
  for (; iter.value; iter.next()) out.push({ pos: iter.from, height: (iter.value.spec.widget as AlignmentSpacer).height });
  return out;
}

function sameSpacers(x: readonly PaneSpacer[], y: readonly PaneSpacer[]): boolean {
  return x.length === y.length && x.every((s, i) => s.pos === y[i].pos && Math.abs(s.height - y[i].height) <= 1);
}

/** The top of the text of the line at `pos` (below any block widgets standing before it). */
function textTop(view: EditorView, pos: number): number {
  const block = view.lineBlockAt(pos);
  if (Array.isArray(block.type)) {
    for (const part of block.type as readonly { type: unknown; top: number }[]) if (part.type === BlockType.Text) return part.top;
  }
  return block.top;
}

/**
 * Where each group's first paragraph starts on one side, as text tops without this module's
 * spacers; null for a group with no paragraph there and none after it.
 */
function naturalTops(view: EditorView, starts: readonly (number | null)[]): (number | null)[] {
  const mine = currentSpacers(view);
  let k = 0;
  let below = 0;
  return starts.map((pos) => {
    if (pos === null) return null;
    while (k < mine.length && mine[k].pos <= pos) below += mine[k++].height;
    return textTop(view, pos) - below;
  });
}

/**
 * The spacers that put each group's start at the same height on both sides, given where they
 * would start without any (`left`, `right`, in order). A group a side has no paragraph in starts
 * where the next one does, so the other side's paragraphs stand opposite blank space.
 */
export function planSpacers(
  left: readonly (number | null)[],
  right: readonly (number | null)[],
  leftStarts: readonly (number | null)[],
  rightStarts: readonly (number | null)[],
): { left: PaneSpacer[]; right: PaneSpacer[] } {
  const out = { left: [] as PaneSpacer[], right: [] as PaneSpacer[] };
  let offLeft = 0;
  let offRight = 0;
  const push = (list: PaneSpacer[], pos: number, height: number) => {
    const last = list[list.length - 1];
    if (last && last.pos === pos) last.height += height;
    else list.push({ pos, height });
  };
  for (let k = 0; k < left.length; k++) {
    const l = left[k];
    const r = right[k];
    const lp = leftStarts[k];
    const rp = rightStarts[k];
    if (l === null || r === null || lp === null || rp === null) continue;
    const diff = r + offRight - (l + offLeft);
    if (diff > 0.5) {
      push(out.left, lp, diff);
      offLeft += diff;
    } else if (diff < -0.5) {
      push(out.right, rp, -diff);
      offRight -= diff;
    }
  }
  return out;
}

/**
 * Each group's start on one side: its first paragraph's line start, else the next group's; after
 * the last group with a paragraph there, `trailing` (what follows the side's paragraphs, such as
 * the "Powered by automated translation" notice, which is in no group: a source paragraph left out
 * at the end stands opposite blank space, not opposite the notice), or null when nothing follows.
 */
export function groupStarts(groups: readonly (readonly number[])[], trailing: number | null = null): (number | null)[] {
  const out: (number | null)[] = new Array(groups.length).fill(null);
  let next: number | null = trailing;
  for (let k = groups.length - 1; k >= 0; k--) {
    if (groups[k].length > 0) next = groups[k][0];
    out[k] = next;
  }
  return out;
}

/** The start of the first line with text after the lines starting at `starts` (the last of them), or null. */
export function lineAfter(doc: Text, starts: readonly number[]): number | null {
  if (starts.length === 0) return null;
  const last = Math.max(...starts);
  if (last > doc.length) return null;
  for (let n = doc.lineAt(last).number + 1; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (/\S/.test(line.text)) return line.from;
  }
  return null;
}

/** One side of a merge chunk: where it starts and ends in that side's document. */
type ChunkSide = (chunk: Chunk) => { from: number; to: number };
const sideA: ChunkSide = (chunk) => ({ from: chunk.fromA, to: chunk.toA });
const sideB: ChunkSide = (chunk) => ({ from: chunk.fromB, to: chunk.toB });

/**
 * A line start `pos` of the document `from` (chunk side `fromSide`) as a line start of the document
 * `to` (chunk side `toSide`): the same offset past the last chunk before it, or, inside a changed
 * stretch, the same line of it, as far as the other side has lines there.
 */
function mapLineStart(chunks: readonly Chunk[], from: Text, to: Text, pos: number, fromSide: ChunkSide, toSide: ChunkSide): number {
  let deltaFrom = 0;
  let deltaTo = 0;
  for (const chunk of chunks) {
    const f = fromSide(chunk);
    const t = toSide(chunk);
    if (pos < f.from) break;
    if (pos < f.to) {
      const line = from.lineAt(pos).number - from.lineAt(f.from).number;
      if (t.to <= t.from) return Math.min(t.from, to.length);
      const first = to.lineAt(Math.min(t.from, to.length)).number;
      const last = to.lineAt(Math.min(Math.max(t.from, t.to - 1), to.length)).number;
      return to.line(Math.min(last, first + line)).from;
    }
    deltaFrom = f.to;
    deltaTo = t.to;
  }
  return Math.min(to.length, to.lineAt(Math.min(to.length, Math.max(0, pos - deltaFrom + deltaTo))).from);
}

/** A position of the correction (a line start) in the machine translation, through the merge view's chunks. */
export function correctedToOriginal(chunks: readonly Chunk[], a: Text, b: Text, pos: number): number {
  return mapLineStart(chunks, b, a, pos, sideB, sideA);
}

/** The reverse: a line start of the machine translation in the correction. */
export function originalToCorrected(chunks: readonly Chunk[], a: Text, b: Text, pos: number): number {
  return mapLineStart(chunks, a, b, pos, sideA, sideB);
}

/** The merge view's parts the aligner reads. */
export interface MergePanes {
  a: EditorView;
  b: EditorView;
  chunks(): readonly Chunk[];
}

/**
 * Keeps the source pane level with the merge view. Owned by the review screen: the panes attach
 * when they open and detach when they close; the newest check's alignment comes in with
 * {@link PaneAligner.setAlignment}.
 */
export class PaneAligner {
  private source: EditorView | null = null;
  private merge: MergePanes | null = null;
  /** Per group: source line starts (the source never changes) and correction line starts (mapped through edits). */
  private groups: { source: number[]; target: number[] }[] = [];
  private frame: number | null = null;
  /** The pane whose cursor picks the marked paragraphs, and the group it is in. */
  private active: PaneSide = 'b';

  /** The extension each pane carries: its spacers and marks, and what it tells the aligner. */
  extension(side: PaneSide): Extension {
    return [
      paneLayout,
      EditorView.updateListener.of((update) => {
        if (side === 'b' && update.docChanged) this.mapTargets(update.changes);
        const own = update.transactions.some((tr) => tr.effects.some((e) => e.is(setSpacers)));
        if (!own && (update.heightChanged || update.geometryChanged || update.viewportChanged || update.docChanged)) this.schedule();
        if (update.selectionSet || update.focusChanged) {
          if (update.view.hasFocus) this.active = side;
          this.schedule();
        }
      }),
    ];
  }

  attachSource(view: EditorView | null): void {
    this.source = view;
    this.schedule();
  }

  attachMerge(panes: MergePanes | null): void {
    this.merge = panes;
    this.schedule();
  }

  /** The newest check's alignment, for the correction's text as it is now (line numbers); null for none. */
  setAlignment(lines: readonly AlignedLines[] | null): void {
    const source = this.source?.state.doc;
    const target = this.merge?.b.state.doc;
    if (!lines || !source || !target) {
      this.groups = [];
    } else {
      const lineStart = (doc: Text, n: number) => (n >= 1 && n <= doc.lines ? doc.line(n).from : null);
      this.groups = lines.map((g) => ({
        source: g.source.map((n) => lineStart(source, n)).filter((p): p is number => p !== null),
        target: g.target.map((n) => lineStart(target, n)).filter((p): p is number => p !== null),
      }));
    }
    this.schedule();
  }

  /** The groups as they stand (source and correction line starts), for tests and the marks. */
  alignment(): readonly { source: readonly number[]; target: readonly number[] }[] {
    return this.groups;
  }

  private mapTargets(changes: ChangeDesc): void {
    for (const g of this.groups) g.target = g.target.map((p) => changes.mapPos(p, -1));
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.layout();
    });
  }

  /** Cancels a pending layout (the screen closes; the panes detach themselves). */
  destroy(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private layout(): void {
    const source = this.source;
    const merge = this.merge;
    if (!merge) return;
    const chunks = merge.chunks();
    const toA = (pos: number) => correctedToOriginal(chunks, merge.a.state.doc, merge.b.state.doc, pos);
    if (!source || this.groups.length === 0) {
      for (const view of [source, merge.a, merge.b]) if (view) this.apply(view, [], []);
      return;
    }
    const sourceStarts = groupStarts(this.groups.map((g) => g.source), lineAfter(source.state.doc, this.groups.flatMap((g) => g.source)));
    const targetStarts = groupStarts(this.groups.map((g) => g.target), lineAfter(merge.b.state.doc, this.groups.flatMap((g) => g.target)));
    const plan = planSpacers(naturalTops(source, sourceStarts), naturalTops(merge.b, targetStarts), sourceStarts, targetStarts);
    this.clearTrailing(source, merge.b, targetStarts.at(-1) ?? null, plan);
    const marked = this.markedGroup(chunks);
    const g = marked === null ? null : this.groups[marked];
    this.apply(source, plan.left, g ? g.source : []);
    this.apply(merge.b, plan.right, g ? g.target : []);
    this.apply(
      merge.a,
      plan.right.map((s) => ({ pos: toA(s.pos), height: s.height })).reduce<PaneSpacer[]>((list, s) => {
        const last = list[list.length - 1];
        if (last && last.pos >= s.pos) last.height += s.height;
        else list.push({ ...s });
        return list;
      }, []),
      g ? g.target.map(toA) : [],
    );
  }

  /**
   * What follows the correction's paragraphs (the machine-translation notice, in no group) starts
   * below the source's last paragraph: opposite a source paragraph left out at the end there is
   * blank space, as there is for one left out elsewhere.
   */
  private clearTrailing(source: EditorView, target: EditorView, trailing: number | null, plan: { left: PaneSpacer[]; right: PaneSpacer[] }): void {
    const last = this.groups.flatMap((g) => g.source).reduce((a, b) => Math.max(a, b), -1);
    if (trailing === null || last < 0 || last > source.state.doc.length || trailing > target.state.doc.length) return;
    if (this.groups.some((g) => g.target.some((p) => p >= trailing))) return;
    // The height of the spacers at or before `pos`: those a pane shows now, and those planned.
    const above = (list: readonly PaneSpacer[], pos: number) => list.reduce((sum, s) => (s.pos <= pos ? sum + s.height : sum), 0);
    const sourceBottom = source.lineBlockAt(last).bottom - above(currentSpacers(source), last) + above(plan.left, last);
    const trailingTop = textTop(target, trailing) - above(currentSpacers(target), trailing) + above(plan.right, trailing);
    const gap = sourceBottom - trailingTop;
    if (gap <= 0.5) return;
    const end = plan.right[plan.right.length - 1];
    if (end && end.pos === trailing) end.height += gap;
    else plan.right.push({ pos: trailing, height: gap });
  }

  /** The group holding the active pane's cursor line. */
  private markedGroup(chunks: readonly Chunk[]): number | null {
    const merge = this.merge!;
    const view = this.active === 'source' ? this.source : this.active === 'a' ? merge.a : merge.b;
    if (!view) return null;
    let line = view.state.doc.lineAt(view.state.selection.main.head).from;
    if (this.active === 'a') line = originalToCorrected(chunks, merge.a.state.doc, merge.b.state.doc, line);
    const side = this.active === 'source' ? 'source' : 'target';
    const index = this.groups.findIndex((g) => g[side].includes(line));
    return index < 0 ? null : index;
  }

  private apply(view: EditorView, spacers: readonly PaneSpacer[], marks: readonly number[]): void {
    const field = view.state.field(paneLayout, false);
    if (!field) return;
    const effects: StateEffect<unknown>[] = [];
    if (!sameSpacers(spacers, currentSpacers(view))) effects.push(setSpacers.of(spacers.filter((s) => s.pos <= view.state.doc.length)));
    const shown: number[] = [];
    for (const iter = field.marks.iter(); iter.value; iter.next()) shown.push(iter.from);
    const wanted = [...new Set(marks)].sort((x, y) => x - y);
    if (shown.length !== wanted.length || shown.some((p, i) => p !== wanted[i])) effects.push(setMarks.of(wanted));
    if (effects.length > 0) view.dispatch({ effects });
  }
}

/**
 * Line endings as the article has them. CodeMirror keeps a document as lines and, unless told
 * otherwise, splits on any line break and joins with "\n": a CRLF article would come back LF. The
 * editors are told the article's own separator, so every text taken out of them (exports, the
 * saved review, the patch) has the bytes the editor did not change; positions inside the editor
 * still count each line break as one character, which is what the checker's offsets are in.
 */
import type { EditorState, Extension } from '@codemirror/state';
import { EditorState as State } from '@codemirror/state';
import { EditorView, highlightSpecialChars } from '@codemirror/view';

/** A line separator CodeMirror can use. */
export type LineSeparator = '\r\n' | '\n' | '\r';

/**
 * The separator most of `text`'s line breaks use ("\n" when it has none). Ties go to CRLF, then LF.
 * A text with mixed line endings keeps its minority breaks as characters inside lines, so they
 * too come back as they were (they show as special characters in the editor).
 */
export function lineSeparatorOf(text: string): LineSeparator {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * The extensions that keep `separator`: the facet itself, pasted or dropped text converted to it
 * (else a pasted LF text would stay one line with "\n" inside in a CRLF article), and the other
 * line-break characters, which then can only be minority breaks of a mixed file, made visible.
 */
export function lineSeparatorExtension(separator: LineSeparator): Extension {
  return [
    State.lineSeparator.of(separator),
    EditorView.clipboardInputFilter.of((text) => text.replace(/\r\n|\r|\n/g, separator)),
    highlightSpecialChars({ specialChars: /[\r\n]/g, addSpecialChars: null, render: renderStrayBreak }),
  ];
}

// A small "CR" or "LF" tag (CodeMirror's default is a control picture, which many fonts lack).
function renderStrayBreak(code: number): HTMLElement {
  const tag = document.createElement('span');
  const name = code === 13 ? 'CR' : 'LF';
  tag.className = 'cm-stray-break';
  tag.textContent = name;
  tag.title = `${code === 13 ? 'Carriage return' : 'Line feed'}: a line break of another kind than the rest of the article, kept as it is`;
  return tag;
}

/** The editor's whole text with the article's own line breaks (what is saved and exported). */
export function exactText(state: EditorState): string {
  return state.sliceDoc();
}

/**
 * The offset in {@link exactText} of editor position `pos` (they differ by one per line break
 * above it in a CRLF text), and its 1-based line and column.
 */
export function exactLocation(state: EditorState, pos: number): { offset: number; line: number; column: number } {
  const line = state.doc.lineAt(pos);
  return {
    offset: pos + (line.number - 1) * (state.lineBreak.length - 1),
    line: line.number,
    column: pos - line.from + 1,
  };
}

/** The editor position of offset `offset` in {@link exactText} (the inverse of {@link exactLocation}). */
export function positionOfExact(state: EditorState, offset: number): number {
  const extra = state.lineBreak.length - 1;
  if (extra === 0) return Math.min(offset, state.doc.length);
  // The last line whose exact start is at or before the offset.
  let lo = 1;
  let hi = state.doc.lines;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (state.doc.line(mid).from + (mid - 1) * extra <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = state.doc.line(lo);
  return Math.min(line.to, offset - (lo - 1) * extra);
}

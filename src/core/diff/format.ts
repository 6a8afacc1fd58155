/**
 * Writing a diff out: a unified patch (`verso diff --format patch`, "Changes (.patch)"), a plain
 * text list of changes, and HTML with deletions struck and insertions underlined.
 */
import { diffTexts } from './diff';
import type { Change } from './types';
import { escapeHtml } from '../text/html';
import { lineIndex, lineStarts } from '../text/lines';

/** Lines around each hunk, as `diff -u`. */
const CONTEXT = 3;

/** Start offsets of each line for a patch: a final line break starts no further line (an empty text has none). */
function patchLineStarts(text: string): number[] {
  const starts = lineStarts(text);
  if (starts[starts.length - 1] === text.length) starts.pop();
  return starts;
}

const atLineStart = (text: string, pos: number) => pos === 0 || text.charCodeAt(pos - 1) === 10;
const lineEnd = (text: string, pos: number) => {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
};

/** Changes grown to whole lines on both sides and merged where they meet: `a[fromA,toA)` → `b[fromB,toB)`. */
function lineRegions(a: string, b: string, changes: readonly Change[]) {
  const regions: { fromA: number; toA: number; fromB: number; toB: number }[] = [];
  for (const c of changes) {
    const fromA = atLineStart(a, c.fromA) ? c.fromA : a.lastIndexOf('\n', c.fromA - 1) + 1;
    // The text before a change up to its line start is the same on both sides (or belongs to the
    // previous region, merged below), so B's side starts the same distance back.
    const fromB = c.fromB - (c.fromA - fromA);
    const whole = atLineStart(a, c.toA) && atLineStart(b, c.toB) && (c.toA > c.fromA || c.toB > c.fromB);
    const toA = whole ? c.toA : lineEnd(a, c.toA);
    const toB = c.toB + (toA - c.toA);
    const last = regions[regions.length - 1];
    if (last && fromA <= last.toA) {
      last.toA = toA;
      last.toB = toB;
    } else regions.push({ fromA, toA, fromB, toB });
  }
  return regions;
}

/** A patch body line: its text without the "\n" (a CR stays, as `diff` writes CRLF files). */
function patchLine(prefix: string, text: string, from: number, to: number): string {
  const line = text.slice(from, to);
  return line.endsWith('\n') ? prefix + line : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/**
 * A unified diff (`diff -u` style, three lines of context) that GNU `patch` applies to `a` to give
 * `b` byte for byte, CRLF line endings and a missing final newline included. Empty when equal.
 */
export function formatPatch(a: string, b: string, nameA: string, nameB: string, changes: readonly Change[] = diffTexts(a, b)): string {
  if (changes.length === 0) return '';
  const startsA = patchLineStarts(a);
  const startsB = patchLineStarts(b);
  const lineEndA = (k: number) => (k + 1 < startsA.length ? startsA[k + 1] : a.length);
  const lineEndB = (k: number) => (k + 1 < startsB.length ? startsB[k + 1] : b.length);
  // Regions as line index ranges [a0, a1) and [b0, b1).
  const regions = lineRegions(a, b, changes).map((r) => ({
    a0: r.fromA === a.length ? startsA.length : lineIndex(startsA, r.fromA),
    a1: r.toA === a.length ? startsA.length : lineIndex(startsA, r.toA),
    b0: r.fromB === b.length ? startsB.length : lineIndex(startsB, r.fromB),
    b1: r.toB === b.length ? startsB.length : lineIndex(startsB, r.toB),
  }));
  const out = [`--- ${nameA}\n`, `+++ ${nameB}\n`];
  for (let k = 0; k < regions.length; ) {
    // One hunk: regions whose unchanged gap is at most two contexts long.
    let end = k;
    while (end + 1 < regions.length && regions[end + 1].a0 - regions[end].a1 <= 2 * CONTEXT) end++;
    const startA = Math.max(0, regions[k].a0 - CONTEXT);
    const startB = regions[k].b0 - (regions[k].a0 - startA);
    const stopA = Math.min(startsA.length, regions[end].a1 + CONTEXT);
    const stopB = regions[end].b1 + (stopA - regions[end].a1);
    const body: string[] = [];
    let ia = startA;
    for (let r = k; r <= end; r++) {
      for (; ia < regions[r].a0; ia++) body.push(patchLine(' ', a, startsA[ia], lineEndA(ia)));
      for (let x = regions[r].a0; x < regions[r].a1; x++) body.push(patchLine('-', a, startsA[x], lineEndA(x)));
      for (let y = regions[r].b0; y < regions[r].b1; y++) body.push(patchLine('+', b, startsB[y], lineEndB(y)));
      ia = regions[r].a1;
    }
    for (; ia < stopA; ia++) body.push(patchLine(' ', a, startsA[ia], lineEndA(ia)));
    const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
    out.push(`@@ -${range(startA, stopA - startA)} +${range(startB, stopB - startB)} @@\n`, ...body);
    k = end + 1;
  }
  return out.join('');
}

// A word of the listing is what TER counts as one: a run of non-whitespace, punctuation included.
const isWordAt = (text: string, k: number) => k >= 0 && k < text.length && !/\s/.test(text[k]);
const startsInWord = (text: string) => text !== '' && isWordAt(text, 0);
const endsInWord = (text: string) => text !== '' && isWordAt(text, text.length - 1);
/** Words of context shown on each side of a change in the listing, within its line. */
const CONTEXT_WORDS = 3;
/** At most this many characters of context on each side. */
const CONTEXT_CHARS = 60;

/** A stretch of both texts, `a[fromA, toA)` → `b[fromB, toB)`. */
interface Stretch {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/**
 * The changes grown to the whole words (runs of non-whitespace) they touch. The text between two changes is the same on
 * both sides, so a step left or right on A is the same step on B. A change that begins or ends
 * inside a word takes the rest of that word; changes whose words meet become one.
 */
function wordStretches(a: string, changes: readonly Change[]): Stretch[] {
  const out: Stretch[] = [];
  changes.forEach((c, k) => {
    const floor = k > 0 ? changes[k - 1].toA : 0;
    const ceiling = k + 1 < changes.length ? changes[k + 1].fromA : a.length;
    let fromA = c.fromA;
    if (startsInWord(c.a) || startsInWord(c.b)) while (fromA > floor && isWordAt(a, fromA - 1)) fromA--;
    let toA = c.toA;
    if (endsInWord(c.a) || endsInWord(c.b)) while (toA < ceiling && isWordAt(a, toA)) toA++;
    const stretch = { fromA, toA, fromB: c.fromB - (c.fromA - fromA), toB: c.toB + (toA - c.toA) };
    const last = out[out.length - 1];
    if (last && stretch.fromA <= last.toA) {
      last.toA = stretch.toA;
      last.toB = stretch.toB;
    } else out.push(stretch);
  });
  return out;
}

/** Up to {@link CONTEXT_WORDS} words of `text` before `pos`, not past the start of its line. */
function contextBefore(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const limit = Math.max(lineStart, pos - CONTEXT_CHARS);
  let k = pos;
  for (let words = 0; words < CONTEXT_WORDS && k > limit; words++) {
    while (k > limit && /\s/.test(text[k - 1])) k--;
    while (k > limit && !/\s/.test(text[k - 1])) k--;
  }
  return text.slice(k, pos);
}

/** Up to {@link CONTEXT_WORDS} words of `text` from `pos`, not past the end of its line. */
function contextAfter(text: string, pos: number): string {
  const newline = text.indexOf('\n', pos);
  const limit = Math.min(newline < 0 ? text.length : newline, pos + CONTEXT_CHARS);
  let k = pos;
  for (let words = 0; words < CONTEXT_WORDS && k < limit; words++) {
    while (k < limit && /\s/.test(text[k])) k++;
    while (k < limit && !/\s/.test(text[k])) k++;
  }
  return text.slice(pos, k).replace(/\r$/, '');
}

/** Text as it reads on one terminal line: line breaks and tabs written as `\n`, `\r`, `\t`. */
function visible(text: string): string {
  return text.replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/**
 * A plain-text listing for the terminal: one line per change, `line:column` (in the original) of
 * the first changed word, the kind, then the words around it with the change marked as
 * `[-deleted-]{+inserted+}` (git's word-diff notation). A change inside a word shows the whole
 * word on both sides, never a lone letter; changes inside one word are one line.
 */
export function formatDiffText(a: string, b: string, changes: readonly Change[] = diffTexts(a, b)): string {
  const starts = patchLineStarts(a);
  return wordStretches(a, changes)
    .map((s) => {
      const line = lineIndex(starts, s.fromA);
      const where = `${line + 1}:${s.fromA - (starts[line] ?? 0) + 1}`;
      const removed = a.slice(s.fromA, s.toA);
      const added = b.slice(s.fromB, s.toB);
      const kind = removed === '' ? 'insert' : added === '' ? 'delete' : 'replace';
      const marked = (removed ? `[-${visible(removed)}-]` : '') + (added ? `{+${visible(added)}+}` : '');
      return `${where}  ${kind.padEnd(7)}  ${visible(contextBefore(a, s.fromA))}${marked}${visible(contextAfter(a, s.toA))}\n`;
    })
    .join('');
}

/** Options for {@link formatDiffHtml}. */
export interface DiffHtmlOptions {
  /** Document title. Default "Changes". */
  title?: string;
  /** Only the `<div class="verso-diff">` fragment, for embedding in a report. Default false. */
  fragment?: boolean;
}

/**
 * The corrected text as HTML with every change marked: deletions in `<del>` (struck through),
 * insertions in `<ins>` (underlined), a replacement as both. Every piece of text is escaped;
 * line breaks are kept by `white-space: pre-wrap`.
 */
export function formatDiffHtml(a: string, b: string, changes: readonly Change[] = diffTexts(a, b), options: DiffHtmlOptions = {}): string {
  const parts: string[] = [];
  let pos = 0;
  for (const c of changes) {
    parts.push(escapeHtml(a.slice(pos, c.fromA)));
    if (c.a) parts.push(`<del>${escapeHtml(c.a)}</del>`);
    if (c.b) parts.push(`<ins>${escapeHtml(c.b)}</ins>`);
    pos = c.toA;
  }
  parts.push(escapeHtml(a.slice(pos)));
  const fragment = `<div class="verso-diff">${parts.join('')}</div>`;
  if (options.fragment) return fragment;
  const title = escapeHtml(options.title ?? 'Changes');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>',
    '.verso-diff { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.5; max-width: 48em; }',
    'del { text-decoration: line-through; color: #8b0000; background: #fde8e8; }',
    'ins { text-decoration: underline; color: #0b5d1e; background: #e6f6ea; }',
    '</style>',
    '</head>',
    '<body>',
    fragment,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

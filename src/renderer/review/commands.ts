/**
 * What the editor can do to a review, as functions over the "Corrected text" view. Each is one
 * transaction, so each is one step of undo.
 */
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { changeAt, reviewChanges, type ReviewChange } from './changes';
import {
  decisionKey,
  ignoreKey,
  openIssues,
  reviewField,
  setDecision,
  setIgnoreAll,
  setWord,
  type DecisionRecord,
  type TrackedIssue,
} from './reviewField';

function findIssue(view: EditorView, id: string): TrackedIssue | undefined {
  return view.state.field(reviewField).issues.find((issue) => issue.id === id);
}

/** Selects an issue's text and scrolls it into view. */
export function selectIssue(view: EditorView, id: string, focus = true): boolean {
  const issue = findIssue(view, id);
  if (!issue) return false;
  view.dispatch({ selection: EditorSelection.single(issue.from, issue.to), scrollIntoView: true, userEvent: 'select' });
  if (focus) view.focus();
  return true;
}

/** The issue as the check found it, without the editor's current range. */
function found(issue: TrackedIssue) {
  const { from, to, ...rest } = issue;
  return { ...rest, start: from, end: to };
}

/** One id or several: the issues of one card (see ./findings.ts) are decided together. */
type IssueIds = string | readonly string[];

function findIssues(view: EditorView, ids: IssueIds): TrackedIssue[] {
  return (typeof ids === 'string' ? [ids] : ids).flatMap((id) => findIssue(view, id) ?? []);
}

/** A decision effect per issue, each under a key of its own. */
function decisionEffects(view: EditorView, issues: readonly TrackedIssue[], record: (issue: TrackedIssue) => DecisionRecord) {
  let data = view.state.field(reviewField);
  return issues.map((issue) => {
    const id = decisionKey(data, issue);
    const value = record(issue);
    data = { ...data, decisions: new Map(data.decisions).set(id, value) };
    return setDecision.of({ id, record: value });
  });
}

/**
 * Replaces an issue's text with one of its suggestions and records the decision "applied", on the
 * range the suggestion now fills; for a card of several issues (one text, one fix), on each of them.
 */
export function applySuggestion(view: EditorView, ids: IssueIds, index = 0): boolean {
  const issues = findIssues(view, ids);
  const issue = issues[0];
  const suggestion = issue?.suggestions[index];
  if (!issue || suggestion === undefined) return false;
  const text = view.state.sliceDoc(issue.from, issue.to);
  // The suggestion in the editor's terms (a line break in it is the article's own).
  const insert = view.state.toText(suggestion);
  const to = issue.from + insert.length;
  view.dispatch({
    changes: { from: issue.from, to: issue.to, insert },
    selection: EditorSelection.cursor(to),
    effects: decisionEffects(view, issues, (i) => ({ decision: 'applied', rule: i.rule, issue: found(i), text, from: issue.from, to })),
    userEvent: 'input.suggestion',
    scrollIntoView: true,
  });
  return true;
}

/** Marks an issue (or a card's issues) as ignored: this rule on this very text, wherever edits move it. */
export function ignoreIssue(view: EditorView, ids: IssueIds): boolean {
  const issues = findIssues(view, ids);
  if (issues.length === 0) return false;
  const effects = decisionEffects(view, issues, (i) => ({
    decision: 'ignored',
    rule: i.rule,
    issue: found(i),
    text: view.state.sliceDoc(i.from, i.to),
    from: i.from,
    to: i.to,
  }));
  view.dispatch({ effects, userEvent: 'review.ignore' });
  return true;
}

/** Ignores every issue of the same rule on the same text (of each rule of a card). */
export function ignoreAll(view: EditorView, ids: IssueIds): boolean {
  const issues = findIssues(view, ids);
  if (issues.length === 0) return false;
  const effects = issues.map((i) => setIgnoreAll.of({ key: ignoreKey(i, view.state.sliceDoc(i.from, i.to)), on: true }));
  view.dispatch({ effects, userEvent: 'review.ignore' });
  return true;
}

/** Adds the flagged word to the review's dictionary (the next check stops flagging it). */
export function addToDictionary(view: EditorView, id: string): string | null {
  const issue = findIssue(view, id);
  if (!issue) return null;
  const word = view.state.sliceDoc(issue.from, issue.to).trim();
  if (!word) return null;
  view.dispatch({ effects: setWord.of({ word, on: true }), userEvent: 'review.dictionary' });
  return word;
}

/** Moves to the next (dir 1) or previous (dir -1) open issue after/before the cursor, wrapping. */
export function moveToIssue(view: EditorView, dir: 1 | -1): TrackedIssue | null {
  const issues = openIssues(view.state);
  if (issues.length === 0) return null;
  const { from, to } = view.state.selection.main;
  const next =
    dir === 1
      ? (issues.find((issue) => issue.from > from || (issue.from === from && issue.to > to)) ?? issues[0])
      : ([...issues].reverse().find((issue) => issue.from < from) ?? issues[issues.length - 1]);
  selectIssue(view, next.id);
  return next;
}

/** Where change navigation landed: the change, its index (0-based) and how many there are. */
export interface ChangePosition {
  change: ReviewChange;
  index: number;
  total: number;
}

/**
 * Moves to the next or previous change, wrapping; selects it in the corrected text and scrolls it
 * to the middle of the view (not to an edge, where the status bar would cover it).
 */
export function moveToChange(view: EditorView, dir: 1 | -1): ChangePosition | null {
  const changes = reviewChanges(view.state);
  if (changes.length === 0) return null;
  const { from, to } = view.state.selection.main;
  const next =
    dir === 1
      ? (changes.find((c) => c.fromB > from || (c.fromB === from && c.toB > to)) ?? changes[0])
      : ([...changes].reverse().find((c) => c.fromB < from) ?? changes[changes.length - 1]);
  view.dispatch({
    selection: EditorSelection.single(next.fromB, next.toB),
    effects: EditorView.scrollIntoView(next.fromB, { y: 'center' }),
    userEvent: 'select',
  });
  view.focus();
  return { change: next, index: changes.indexOf(next), total: changes.length };
}

/** Reverts the change at the cursor to the machine translation's words. */
export function revertChangeAtCursor(viewB: EditorView, viewA: EditorView): boolean {
  const change = changeAt(reviewChanges(viewB.state), viewB.state.selection.main.head);
  if (!change) return false;
  return revertChange(viewB, viewA, change);
}

/** Reverts one change. */
export function revertChange(viewB: EditorView, viewA: EditorView, change: ReviewChange): boolean {
  const insert = viewA.state.sliceDoc(change.fromA, change.toA);
  viewB.dispatch({
    changes: { from: change.fromB, to: change.toB, insert },
    selection: EditorSelection.cursor(change.fromB + insert.length),
    userEvent: 'revert',
    scrollIntoView: true,
  });
  return true;
}

/** The open issue the cursor is in, or the first one after it. */
export function issueAtCursor(view: EditorView): TrackedIssue | undefined {
  const head = view.state.selection.main.head;
  const issues = openIssues(view.state);
  return issues.find((issue) => issue.from <= head && head <= issue.to);
}

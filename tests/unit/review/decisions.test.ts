// Decisions belong to the text they were made on, through edits, saves and reopens. The review
// state runs here as it does in the editor (a CodeMirror EditorState with the review field), on
// the real checker's issues.
import { describe, expect, it } from 'vitest';
import { EditorState, type Extension } from '@codemirror/state';
import { createChecker, type Issue } from '../../../src/core';
import { parseSession, serializeSession } from '../../../src/shared/session';
import { exactText, lineSeparatorExtension, lineSeparatorOf } from '../../../src/renderer/review/lineBreaks';
import {
  decisionKey,
  openIssues,
  restoreReview,
  reviewExtension,
  reviewField,
  setDecision,
  setIssues,
  type TrackedIssue,
} from '../../../src/renderer/review/reviewField';
import { restoredReview, reviewedIssuesOf as reviewedIssues, sessionOf, settingsForReview } from '../../../src/renderer/review/reviewSession';
import { DEFAULT_SETTINGS } from '../../../src/shared/ipc';

const checker = createChecker();
const ARTICLE = { name: 'a.txt', format: 'txt', encoding: 'utf-8', bom: false } as const;
const SETTINGS = { dialect: 'en-GB', rules: {} } as const;

function stateOf(text: string): EditorState {
  const extensions: Extension = [reviewExtension, lineSeparatorExtension(lineSeparatorOf(text))];
  return EditorState.create({ doc: text, extensions });
}

/** Runs the real checker on the editor's text (positions count a line break as one) and hands the issues to the field. */
function check(state: EditorState): EditorState {
  const issues = checker.check(state.doc.toString(), SETTINGS).issues;
  return state.update({ effects: setIssues.of(issues) }).state;
}

function repeated(state: EditorState): TrackedIssue[] {
  return state.field(reviewField).issues.filter((issue) => issue.rule === 'repeated-word');
}

function ignore(state: EditorState, issue: TrackedIssue): EditorState {
  const { from, to, ...found } = issue;
  const record = { decision: 'ignored' as const, rule: issue.rule, issue: found as Issue, text: state.sliceDoc(from, to), from, to };
  return state.update({ effects: setDecision.of({ id: decisionKey(state.field(reviewField), issue), record }) }).state;
}

function insert(state: EditorState, at: number, text: string): EditorState {
  return state.update({ changes: { from: at, insert: text } }).state;
}

describe('review decisions', () => {
  it('stay on their text when the same finding appears earlier', () => {
    let state = check(stateOf('The rebels fled.\n\nThey saw the the convoy at dawn.\n'));
    const [decided] = repeated(state);
    state = ignore(state, decided);
    expect(openIssues(state).filter((i) => i.rule === 'repeated-word')).toEqual([]);

    // An earlier "the the" takes the occurrence number (and so the id) the decided one had.
    state = check(insert(state, 0, 'On the the road. '));
    const found = repeated(state);
    expect(found.map((i) => i.from)).toEqual([3, decided.from + 17]);
    expect(found[0].id).toBe(decided.id);
    const open = openIssues(state).filter((i) => i.rule === 'repeated-word');
    expect(open.map((i) => i.from)).toEqual([3]);
  });

  it('do not hide a new finding on the same place once its text was edited', () => {
    let state = check(stateOf('They saw the the convoy.\n'));
    const [decided] = repeated(state);
    state = ignore(state, decided);
    // Retype the flagged words: "the the" becomes "The the" — other text, so the decision no longer holds.
    state = check(state.update({ changes: { from: decided.from, to: decided.from + 1, insert: 'T' } }).state);
    expect(repeated(state).map((i) => i.from)).toEqual([decided.from]);
    expect(openIssues(state).filter((i) => i.rule === 'repeated-word').length).toBe(1);
  });

  it('are saved with their text and place, and a reopened review reports and hides them', () => {
    const crlf = 'Headline\r\n\r\nThe rebels fled.\r\n\r\nThey saw the the convoy.\r\n';
    let state = check(stateOf(crlf));
    const [decided] = repeated(state);
    state = ignore(state, decided);
    const original = stateOf(crlf);
    const file = serializeSession(sessionOf(original, state, ARTICLE, SETTINGS));
    const session = parseSession(file, 'a.verso.json');
    // The texts keep their CRLF, and the decision's offsets are into that text.
    expect(session.corrected).toBe(crlf);
    expect(session.decided?.map((d) => crlf.slice(d.issue.start, d.issue.end))).toEqual(['the the']);

    let reopened = stateOf(session.corrected);
    reopened = reopened.update({ effects: restoreReview.of(restoredReview(session, reopened)) }).state;
    // Before any check the report already holds the decision.
    const before = reviewedIssues(reopened).filter((r) => r.status === 'ignored');
    expect(before.map((r) => [r.text, r.line, crlf.slice(r.issue.start, r.issue.end)])).toEqual([['the the', 5, 'the the']]);
    reopened = check(reopened);
    expect(openIssues(reopened).filter((i) => i.rule === 'repeated-word')).toEqual([]);
    expect(exactText(reopened)).toBe(crlf);
  });

  it('of a version 1 review (by issue id only) are taken up by the first check', () => {
    const text = 'They saw the the convoy.\n';
    const id = repeated(check(stateOf(text)))[0].id;
    const v1 = JSON.stringify({
      format: 'verso-review',
      version: 1,
      article: ARTICLE,
      original: text,
      corrected: text,
      decisions: { [id]: 'ignored', 'spelling-0123abcd-0': 'applied' },
      ignoredWords: [],
      ignoredRules: [],
      dictionary: [],
      settings: SETTINGS,
      savedAt: '2024-05-01T10:20:30.000Z',
    });
    const session = parseSession(v1, 'old.verso.json');
    let state = stateOf(session.corrected);
    state = state.update({ effects: restoreReview.of(restoredReview(session, state)) }).state;
    state = check(state);
    expect(openIssues(state).filter((i) => i.rule === 'repeated-word')).toEqual([]);
    const reported = reviewedIssues(state).filter((r) => r.status !== 'open');
    expect(reported.map((r) => [r.status, r.issue.rule, r.text])).toEqual([
      ['applied', 'spelling', ''],
      ['ignored', 'repeated-word', 'the the'],
    ]);
    // Taken up, the decision now moves with its text.
    state = check(insert(state, 0, 'Then the the end. '));
    expect(openIssues(state).filter((i) => i.rule === 'repeated-word').map((i) => i.from)).toEqual([5]);
  });
});

describe('review settings', () => {
  it('are saved with the rules turned off as ignoredRules, and a reopened review is checked with them', () => {
    const text = 'They saw the the convoy.\n';
    const state = stateOf(text);
    const saved = sessionOf(state, state, ARTICLE, { dialect: 'en-US', rules: { 'repeated-word': false, spelling: 'warning' } });
    expect(saved.ignoredRules).toEqual(['repeated-word']);
    const session = parseSession(serializeSession(saved), 'a.verso.json');
    const app = { ...DEFAULT_SETTINGS, dialect: 'en-GB' as const, rules: {} };
    expect(settingsForReview(app, session)).toEqual({ ...app, dialect: 'en-US', rules: { 'repeated-word': false, spelling: 'warning' } });
    // A rule listed in ignoredRules is off even where the saved rules do not say so.
    expect(settingsForReview(app, { ...session, settings: { dialect: 'en-GB', rules: {} } })?.rules).toEqual({ 'repeated-word': false });
    expect(settingsForReview({ ...app, dialect: 'en-US', rules: { 'repeated-word': false, spelling: 'warning' } }, session)).toBeNull();
  });
});

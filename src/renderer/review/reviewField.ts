/**
 * The review's state inside the "Corrected text" editor: the issues of the latest check with their
 * ranges mapped through every edit since, and the editor's decisions. Decisions are state effects
 * with inverses registered in the history, so Ctrl+Z undoes an ignore exactly as it undoes typing.
 */
import { EditorState, StateEffect, StateField, type Transaction } from '@codemirror/state';
import { invertedEffects } from '@codemirror/commands';
import type { Issue } from '../../core';
import type { Decision } from '../../shared/session';

/** An issue with its current range in the corrected text. */
export interface TrackedIssue extends Issue {
  /** Current start, mapped through edits since the check. */
  from: number;
  /** Current end. */
  to: number;
}

/** A decision and the issue it was taken on (kept for the report once the issue is gone from the text). */
export interface DecisionRecord {
  decision: Decision;
  /** Absent for decisions restored from a saved review whose issue has not been seen again. */
  issue?: Issue;
  /** The flagged text when the decision was taken. */
  text: string;
}

/** Everything the review keeps beside the text. */
export interface ReviewData {
  /** Issues of the latest check, mapped; issues whose text was edited are dropped until the next check. */
  issues: readonly TrackedIssue[];
  decisions: ReadonlyMap<string, DecisionRecord>;
  /** "Ignore all" keys (rule + flagged text, see {@link ignoreKey}). */
  ignoredAll: ReadonlySet<string>;
  /** Words added to the dictionary in this review. */
  words: ReadonlySet<string>;
}

/** The key "Ignore all" uses: the same rule on the same text, wherever it occurs. */
export function ignoreKey(issue: Pick<Issue, 'rule'>, text: string): string {
  return `${issue.rule}\u0000${text.toLowerCase()}`;
}

/** New check results for the document they were computed on. */
export const setIssues = StateEffect.define<readonly Issue[]>();
/** Sets or clears (null) the decision on one issue. */
export const setDecision = StateEffect.define<{ id: string; record: DecisionRecord | null }>();
/** Adds or removes an "Ignore all" key. */
export const setIgnoreAll = StateEffect.define<{ key: string; on: boolean }>();
/** Adds or removes a dictionary word. */
export const setWord = StateEffect.define<{ word: string; on: boolean }>();
/** Replaces all decisions (opening a saved review). Not undoable. */
export const restoreReview = StateEffect.define<Pick<ReviewData, 'decisions' | 'ignoredAll' | 'words'>>();

const EMPTY: ReviewData = { issues: [], decisions: new Map(), ignoredAll: new Set(), words: new Set() };

function mapIssues(issues: readonly TrackedIssue[], tr: Transaction): readonly TrackedIssue[] {
  if (!tr.docChanged) return issues;
  const out: TrackedIssue[] = [];
  for (const issue of issues) {
    let touched = false;
    tr.changes.iterChangedRanges((fromA, toA) => {
      // An edit inside or against the flagged text makes the issue stale until the next check.
      if (fromA < issue.to && toA > issue.from) touched = true;
      if (fromA === toA && fromA > issue.from && fromA < issue.to) touched = true;
    });
    if (touched) continue;
    out.push({ ...issue, from: tr.changes.mapPos(issue.from, 1), to: tr.changes.mapPos(issue.to, -1) });
  }
  return out;
}

/** The review state field. */
export const reviewField = StateField.define<ReviewData>({
  create: () => EMPTY,
  update(value, tr) {
    let next = value;
    const issues = mapIssues(value.issues, tr);
    if (issues !== value.issues) next = { ...next, issues };
    for (const effect of tr.effects) {
      if (effect.is(setIssues)) {
        // Ids are stable across checks: keep an issue's object when nothing about it changed, so
        // everything keyed on identity (the panel, the underlines) can skip work.
        const previous = new Map(next.issues.map((issue) => [issue.id, issue]));
        const issues = effect.value.map((issue) => {
          const old = previous.get(issue.id);
          return old && old.from === issue.start && old.to === issue.end && old.message === issue.message
            ? old
            : { ...issue, from: issue.start, to: issue.end };
        });
        next = { ...next, issues };
      } else if (effect.is(setDecision)) {
        const decisions = new Map(next.decisions);
        if (effect.value.record) decisions.set(effect.value.id, effect.value.record);
        else decisions.delete(effect.value.id);
        next = { ...next, decisions };
      } else if (effect.is(setIgnoreAll)) {
        const ignoredAll = new Set(next.ignoredAll);
        if (effect.value.on) ignoredAll.add(effect.value.key);
        else ignoredAll.delete(effect.value.key);
        next = { ...next, ignoredAll };
      } else if (effect.is(setWord)) {
        const words = new Set(next.words);
        if (effect.value.on) words.add(effect.value.word);
        else words.delete(effect.value.word);
        next = { ...next, words };
      } else if (effect.is(restoreReview)) {
        next = { ...next, ...effect.value };
      }
    }
    return next;
  },
});

/** Undo for decisions: each decision effect is inverted to what was there before. */
const invertDecisions = invertedEffects.of((tr) => {
  const before = tr.startState.field(reviewField);
  const inverted: StateEffect<unknown>[] = [];
  for (const effect of tr.effects) {
    if (effect.is(setDecision)) {
      inverted.push(setDecision.of({ id: effect.value.id, record: before.decisions.get(effect.value.id) ?? null }));
    } else if (effect.is(setIgnoreAll)) {
      inverted.push(setIgnoreAll.of({ key: effect.value.key, on: before.ignoredAll.has(effect.value.key) }));
    } else if (effect.is(setWord)) {
      inverted.push(setWord.of({ word: effect.value.word, on: before.words.has(effect.value.word) }));
    }
  }
  return inverted;
});

/** The field plus its undo support. */
export const reviewExtension = [reviewField, invertDecisions];

/** The issues still waiting for the editor: not decided, not ignored-all, sorted by position. */
export function openIssues(state: EditorState): TrackedIssue[] {
  const data = state.field(reviewField);
  const checkText = data.ignoredAll.size > 0 || data.words.size > 0;
  return data.issues.filter((issue) => {
    if (data.decisions.has(issue.id)) return false;
    if (!checkText) return true;
    const text = state.sliceDoc(issue.from, issue.to);
    // A word just added to the dictionary stops being flagged at once, before the re-check confirms it.
    if (issue.category === 'spelling' && data.words.has(text.trim())) return false;
    return !data.ignoredAll.has(ignoreKey(issue, text));
  });
}

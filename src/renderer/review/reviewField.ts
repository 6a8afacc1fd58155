/**
 * The review's state inside the "Corrected text" editor: the issues of the latest check with their
 * ranges mapped through every edit since, and the editor's decisions. Decisions are state effects
 * with inverses registered in the history, so Ctrl+Z undoes an ignore exactly as it undoes typing.
 */
import { type ChangeDesc, EditorState, StateEffect, StateField, type Transaction } from '@codemirror/state';
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

/**
 * A decision and the text it was taken on. A decision belongs to that text, not to an issue id:
 * its range is mapped through every edit since, so an edit elsewhere (even one that makes another
 * identical finding appear earlier) never moves it onto other text. An "ignored" decision hides
 * the issue of the same rule found on exactly that range while the range still holds `text`.
 */
export interface DecisionRecord {
  decision: Decision;
  /** The rule of the issue decided on. */
  rule: string;
  /**
   * The issue as it was when decided (kept for the report once it is gone from the text). Absent
   * only for a decision read from an old review file whose issue has not been found again.
   */
  issue?: Issue;
  /** The flagged text when the decision was taken (before a suggestion replaced it). */
  text: string;
  /**
   * The decided text's current range in the corrected text: the flagged text for "ignored", the
   * suggestion that replaced it for "applied". Absent with `issue` (an old review's decision).
   */
  from?: number;
  to?: number;
}

/** Everything the review keeps beside the text. */
export interface ReviewData {
  /** Issues of the latest check, mapped; issues whose text was edited are dropped until the next check. */
  issues: readonly TrackedIssue[];
  /** Decisions by a key of their own (the issue id when taken, see {@link decisionKey}). */
  decisions: ReadonlyMap<string, DecisionRecord>;
  /**
   * True from opening an old review (decisions by issue id only) until its first check lands or the
   * text changes: that check's issues of the same ids take those decisions, range and all.
   */
  adoptById: boolean;
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
/**
 * Sets or clears (null) one decision, by its key. Mapped through edits, so a decision kept in the
 * undo history comes back on its own text.
 */
export const setDecision = StateEffect.define<{ id: string; record: DecisionRecord | null }>({
  map: (value, changes) => (value.record ? { id: value.id, record: mapRecord(value.record, changes) } : value),
});
/** Adds or removes an "Ignore all" key. */
export const setIgnoreAll = StateEffect.define<{ key: string; on: boolean }>();
/** Adds or removes a dictionary word. */
export const setWord = StateEffect.define<{ word: string; on: boolean }>();
/** Replaces all decisions (opening a saved review). Not undoable. */
export const restoreReview = StateEffect.define<Pick<ReviewData, 'decisions' | 'ignoredAll' | 'words'>>();

const EMPTY: ReviewData = { issues: [], decisions: new Map(), adoptById: false, ignoredAll: new Set(), words: new Set() };

/** A key for a new decision on `issue`: its id, made unique among the decisions already held. */
export function decisionKey(data: ReviewData, issue: Pick<Issue, 'id'>): string {
  if (!data.decisions.has(issue.id)) return issue.id;
  let n = 2;
  while (data.decisions.has(`${issue.id}~${n}`)) n++;
  return `${issue.id}~${n}`;
}

function mapRecord(record: DecisionRecord, changes: ChangeDesc): DecisionRecord {
  if (record.from === undefined || record.to === undefined) return record;
  const from = changes.mapPos(record.from, 1);
  const to = Math.max(from, changes.mapPos(record.to, -1));
  return from === record.from && to === record.to ? record : { ...record, from, to };
}

function mapDecisions(decisions: ReadonlyMap<string, DecisionRecord>, changes: ChangeDesc): ReadonlyMap<string, DecisionRecord> {
  let out: Map<string, DecisionRecord> | null = null;
  for (const [key, record] of decisions) {
    const mapped = mapRecord(record, changes);
    if (mapped !== record) (out ??= new Map(decisions)).set(key, mapped);
  }
  return out ?? decisions;
}

/** Where an "ignored" decision sits, as the issues of a check are looked up: rule and range. */
function rangeKey(rule: string, from: number, to: number): string {
  return `${rule}\u0000${from}\u0000${to}`;
}

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
    if (tr.docChanged) {
      const decisions = mapDecisions(value.decisions, tr.changes);
      if (decisions !== value.decisions || value.adoptById) next = { ...next, decisions, adoptById: false };
    }
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
        if (next.adoptById) next = { ...next, decisions: adoptDecisions(next.decisions, issues, tr.state), adoptById: false };
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
        const adoptById = [...effect.value.decisions.values()].some((record) => record.from === undefined);
        next = { ...next, ...effect.value, adoptById };
      }
    }
    return next;
  },
});

/** An old review's decisions by issue id take the range and issue of the issue now carrying that id. */
function adoptDecisions(
  decisions: ReadonlyMap<string, DecisionRecord>,
  issues: readonly TrackedIssue[],
  state: EditorState,
): ReadonlyMap<string, DecisionRecord> {
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const out = new Map(decisions);
  for (const [key, record] of decisions) {
    const issue = record.from === undefined ? byId.get(key) : undefined;
    if (!issue || issue.rule !== record.rule) continue;
    const { from, to, ...found } = issue;
    out.set(key, { ...record, issue: found, text: state.sliceDoc(from, to), from, to });
  }
  return out;
}

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

/**
 * The "ignored" decision on `issue`, if one was taken on this very text: the same rule, the same
 * range, and the range still holds the text it was taken on.
 */
export function ignoredDecision(state: EditorState, issue: TrackedIssue): DecisionRecord | undefined {
  return ignoredIndex(state.field(reviewField)).get(rangeKey(issue.rule, issue.from, issue.to))?.find(
    (record) => state.sliceDoc(issue.from, issue.to) === record.text,
  );
}

// Built once per decisions map (they change only on a decision or an edit), so listing thousands
// of open issues costs one lookup each.
const ignoredIndexes = new WeakMap<ReadonlyMap<string, DecisionRecord>, Map<string, DecisionRecord[]>>();
function ignoredIndex(data: ReviewData): Map<string, DecisionRecord[]> {
  let index = ignoredIndexes.get(data.decisions);
  if (!index) {
    index = new Map();
    for (const record of data.decisions.values()) {
      if (record.decision !== 'ignored' || record.from === undefined || record.to === undefined) continue;
      const key = rangeKey(record.rule, record.from, record.to);
      index.set(key, [...(index.get(key) ?? []), record]);
    }
    ignoredIndexes.set(data.decisions, index);
  }
  return index;
}

/** The issues still waiting for the editor: not decided, not ignored-all, sorted by position. */
export function openIssues(state: EditorState): TrackedIssue[] {
  const data = state.field(reviewField);
  const checkText = data.ignoredAll.size > 0 || data.words.size > 0;
  const index = ignoredIndex(data);
  return data.issues.filter((issue) => {
    if (index.size > 0 && ignoredDecision(state, issue)) return false;
    if (!checkText) return true;
    const text = state.sliceDoc(issue.from, issue.to);
    // A word just added to the dictionary stops being flagged at once, before the re-check confirms it.
    if (issue.category === 'spelling' && data.words.has(text.trim())) return false;
    return !data.ignoredAll.has(ignoreKey(issue, text));
  });
}

/**
 * The review as data, read from the editors: the session a save or an autosave writes, and the
 * issues (open and decided) an export reports.
 */
import type { Settings } from '../../shared/ipc';
import type { ReviewedIssue } from '../../shared/report';
import { SESSION_FORMAT, SESSION_VERSION, type Session } from '../../shared/session';
import type { ReviewEditors } from './editors';
import type { ReviewDocument } from './reviewDocument';
import { openIssues, reviewField } from './reviewField';

/** The session file's content for the review in `view`. */
export function buildSession(view: ReviewEditors, doc: ReviewDocument, settings: Settings): Session {
  const data = view.b.state.field(reviewField);
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    article: doc.article,
    original: view.a.state.doc.toString(),
    corrected: view.b.state.doc.toString(),
    decisions: Object.fromEntries([...data.decisions].map(([id, record]) => [id, record.decision])),
    ignoredWords: [...data.ignoredAll].map((key) => key.replace('\u0000', ':')),
    ignoredRules: [],
    dictionary: [...data.words],
    settings: { dialect: settings.dialect, rules: settings.rules },
    savedAt: new Date().toISOString(),
  };
}

/** Every issue of the review, open and decided, in text order (for the report and the CSV). */
export function reviewedIssues(view: ReviewEditors): ReviewedIssue[] {
  const state = view.b.state;
  const open: ReviewedIssue[] = openIssues(state).map((issue) => ({
    issue: { ...issue, start: issue.from, end: issue.to },
    status: 'open',
    text: state.sliceDoc(issue.from, issue.to),
  }));
  const decided: ReviewedIssue[] = [];
  for (const [, record] of state.field(reviewField).decisions) {
    if (record.issue) decided.push({ issue: record.issue, status: record.decision, text: record.text });
  }
  return [...open, ...decided].sort((x, y) => x.issue.start - y.issue.start);
}

/** The dictionary after the review's own words went from `before` to `after` (null: no change). */
export function syncedDictionary(
  dictionary: readonly string[],
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): string[] | null {
  const added = [...after].filter((w) => !before.has(w) && !dictionary.includes(w));
  const removed = new Set([...before].filter((w) => !after.has(w)));
  if (added.length === 0 && removed.size === 0) return null;
  return [...dictionary.filter((w) => !removed.has(w)), ...added];
}

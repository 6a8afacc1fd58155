/**
 * The review as data, read from the editors and back: the session a save or an autosave writes
 * (and what a reopened one restores), and the issues (open and decided) an export reports. Texts leave with the article's own line
 * breaks, and every offset that leaves is into those texts (see ./lineBreaks.ts).
 */
import type { EditorState } from '@codemirror/state';
import { RULES, type Issue } from '../../core';
import type { Settings } from '../../shared/ipc';
import type { ReviewedIssue } from '../../shared/report';
import { SESSION_FORMAT, SESSION_VERSION, type SavedDecision, type Session } from '../../shared/session';
import type { ReviewEditors } from './editors';
import { exactLocation, exactText, positionOfExact } from './lineBreaks';
import type { ReviewDocument } from './reviewDocument';
import { ignoreKey, openIssues, reviewField, type DecisionRecord, type ReviewData } from './reviewField';

/** The checking settings a review is made with. */
export type ReviewSettings = Pick<Settings, 'dialect' | 'rules'>;

/** The session file's content for the review in `view`. */
export function buildSession(view: ReviewEditors, doc: ReviewDocument, settings: ReviewSettings): Session {
  const session = sessionOf(view.a.state, view.b.state, doc.article, settings);
  // An XLIFF review keeps its file, so a reopened review still exports it.
  return doc.xliff !== undefined ? { ...session, xliff: doc.xliff } : session;
}

/** Every issue of the review, open and decided, in text order (for the report and the CSV); see {@link reviewedIssuesOf}. */
export function reviewedIssues(view: ReviewEditors): ReviewedIssue[] {
  return reviewedIssuesOf(view.b.state);
}

/** The review as a file: both texts, every decision with its text and range, words and settings. */
export function sessionOf(a: EditorState, b: EditorState, article: Session['article'], settings: ReviewSettings): Session {
  const data = b.field(reviewField);
  const decided: SavedDecision[] = [];
  for (const [id, record] of data.decisions) {
    if (!record.issue || record.from === undefined || record.to === undefined) continue;
    const start = exactLocation(b, record.from).offset;
    const end = exactLocation(b, record.to).offset;
    decided.push({ id, decision: record.decision, text: record.text, issue: { ...record.issue, start, end } });
  }
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    article,
    original: exactText(a),
    corrected: exactText(b),
    decisions: Object.fromEntries([...data.decisions].map(([id, record]) => [id, record.decision])),
    decided,
    ignoredWords: [...data.ignoredAll].map((key) => key.replace('\u0000', ':')),
    ignoredRules: Object.entries(settings.rules)
      .filter(([, setting]) => setting === false)
      .map(([rule]) => rule),
    dictionary: [...data.words],
    settings: { dialect: settings.dialect, rules: settings.rules },
    savedAt: new Date().toISOString(),
  };
}

/** The rule an issue id was made from (`<rule>-<hash>-<n>`, see the checker), for old reviews' decisions. */
export function ruleOfId(id: string): string {
  return id.replace(/~\d+$/, '').replace(/-[0-9a-f]{8}-\d+$/, '');
}

/**
 * What a saved review restores into the "Corrected text" editor, whose document is the session's
 * corrected text: decisions with their ranges (from `decided`), and, for a file from before
 * `decided`, its decisions by issue id, which the first check attaches to the issues of those ids.
 */
export function restoredReview(session: Session, b: EditorState): Pick<ReviewData, 'decisions' | 'ignoredAll' | 'words'> {
  const decisions = new Map<string, DecisionRecord>();
  for (const saved of session.decided ?? []) {
    const from = positionOfExact(b, saved.issue.start);
    const to = positionOfExact(b, saved.issue.end);
    const issue: Issue = { ...saved.issue, start: from, end: to };
    decisions.set(saved.id, { decision: saved.decision, rule: issue.rule, issue, text: saved.text, from, to });
  }
  for (const [id, decision] of Object.entries(session.decisions)) {
    if (!decisions.has(id)) decisions.set(id, { decision, rule: ruleOfId(id), text: '' });
  }
  return {
    decisions,
    ignoredAll: new Set(session.ignoredWords.map((key) => key.replace(':', '\u0000'))),
    words: new Set(session.dictionary),
  };
}

/** The checking settings of a reopened review: its saved settings, with its ignored rules off. */
export function sessionSettings(session: Session): ReviewSettings {
  const rules: Settings['rules'] = { ...session.settings.rules };
  for (const rule of session.ignoredRules) rules[rule] = false;
  return { dialect: session.settings.dialect, rules };
}

/**
 * The app's settings with a reopened review's checking settings applied, so it is checked as it
 * was when its decisions were taken (null when they are the same already).
 */
export function settingsForReview(settings: Settings, session: Session): Settings | null {
  const review = sessionSettings(session);
  const same = settings.dialect === review.dialect && JSON.stringify(settings.rules) === JSON.stringify(review.rules);
  return same ? null : { ...settings, ...review };
}

/**
 * Every issue of the review with its status, for the report and the CSV: the open ones, every
 * decision (applied and ignored ones, where they now stand), and the issues "Ignore all" hides.
 * Offsets are into {@link exactText} of `b`; line and column are given.
 */
export function reviewedIssuesOf(b: EditorState): ReviewedIssue[] {
  const data = b.field(reviewField);
  const place = (issue: Issue, from: number, to: number) => {
    const start = exactLocation(b, from);
    return { issue: { ...issue, start: start.offset, end: exactLocation(b, to).offset }, line: start.line, column: start.column };
  };
  const out: ReviewedIssue[] = [];
  const open = openIssues(b);
  const openIds = new Set(open.map((issue) => issue.id));
  for (const { from, to, ...issue } of open) out.push({ ...place(issue, from, to), status: 'open', text: b.sliceDoc(from, to) });
  if (data.ignoredAll.size > 0) {
    for (const { from, to, ...issue } of data.issues) {
      if (openIds.has(issue.id)) continue;
      const text = b.sliceDoc(from, to);
      if (data.ignoredAll.has(ignoreKey(issue, text))) out.push({ ...place(issue, from, to), status: 'ignored', text });
    }
  }
  for (const [id, record] of data.decisions) {
    if (record.issue && record.from !== undefined && record.to !== undefined) {
      out.push({ ...place({ ...record.issue, id }, record.from, record.to), status: record.decision, text: record.text });
    } else {
      // An old review's decision whose issue was not found again: all the file kept is its rule.
      const rule = RULES.find((r) => r.id === record.rule);
      out.push({
        issue: {
          id,
          rule: record.rule,
          category: rule?.category ?? 'style',
          severity: rule?.defaultSeverity ?? 'info',
          message: 'Decided in an earlier session (this review file did not keep the text or place)',
          start: 0,
          end: 0,
          suggestions: [],
        },
        status: record.decision,
        text: '',
        line: 0,
        column: 0,
      });
    }
  }
  return out.sort((x, y) => x.issue.start - y.issue.start || x.issue.end - y.issue.end);
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

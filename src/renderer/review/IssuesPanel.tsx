import { memo, useMemo, useState } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../core';
import { issueCards, type IssueCard } from './findings';
import type { DecisionRecord, TrackedIssue } from './reviewField';
import type { FirstCheck } from './useCheckScheduler';
import { visibleText } from './visibleText';

/** What the panel can ask the review to do. A card's decisions name every issue of the card. */
export interface IssueActions {
  select(id: string): void;
  apply(ids: readonly string[], index: number): void;
  ignore(ids: readonly string[]): void;
  ignoreAll(ids: readonly string[]): void;
  addToDictionary(id: string): void;
  reopen(id: string): void;
}

const PAGE = 200;


function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the region says before the first check's results: "Checking…" and how far, or that it failed. */
function FirstCheckNote(props: { state: Exclude<FirstCheck, null> }) {
  if (props.state === 'failed') return <p className="issues-empty">The article could not be checked yet.</p>;
  const { done, total } = props.state;
  const share = total > 0 ? done / total : 0;
  return (
    <div className="issues-checking">
      <p className="issues-empty">Checking…</p>
      <div
        className="progress-meter"
        role="progressbar"
        aria-label="Checking the article"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={total > 0 ? `${done} of ${total} checks done` : 'Starting'}
      >
        <div className="progress-meter-fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

/** The "Issues" region: open issues with their fixes, filters, counts, and the decided ones on request. */
export const IssuesPanel = memo(function IssuesPanel(props: {
  /** Hidden by View ▸ Toggle Issues Panel; the region stays in the page for its counts. */
  hidden?: boolean;
  issues: readonly TrackedIssue[];
  /** The article's first check, while it runs (or if it failed): no issues are known yet. */
  firstCheck?: FirstCheck;
  decided: readonly [string, DecisionRecord][];
  textOf: (issue: TrackedIssue) => string;
  /** The words around an issue's text, for cards that would otherwise read the same. */
  contextOf: (issue: TrackedIssue) => { before: string; after: string };
  actions: IssueActions;
}) {
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [showDecided, setShowDecided] = useState(false);
  const [limit, setLimit] = useState(PAGE);

  // One card per finding: the issues of rules that flag the same text with the same fix as one.
  const cards = useMemo(() => issueCards(props.issues), [props.issues]);
  const counts = useMemo(() => {
    const byCategory = new Map<Category, number>();
    for (const card of cards) {
      for (const c of new Set(card.issues.map((issue) => issue.category))) byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
    }
    return byCategory;
  }, [cards]);
  // Cards of one rule on the same text with the same message (an acronym used the minority way in
  // two places) read the same: those show the words around their text.
  const { textOf } = props;
  const lookAlike = useMemo(() => {
    const seen = new Map<string, number>();
    const key = (card: IssueCard<TrackedIssue>) => `${card.lead.rule}\u0000${card.lead.message}\u0000${textOf(card.lead)}`;
    for (const card of cards) seen.set(key(card), (seen.get(key(card)) ?? 0) + 1);
    return new Set(cards.filter((card) => (seen.get(key(card)) ?? 0) > 1).map((card) => card.lead.id));
  }, [cards, textOf]);

  const shown = cards.filter((card) =>
    card.issues.some(
      (issue) => (category === 'all' || issue.category === category) && (severity === 'all' || issue.severity === severity),
    ),
  );

  return (
    <aside className="issues" role="region" aria-label="Issues" hidden={props.hidden}>
      <div className="issues-head">
        <h2>Issues</h2>
        <div className="filters">
          <label>
            <span className="visually-hidden">Category</span>
            <select aria-label="Category" value={category} onChange={(e) => setCategory(e.target.value as Category | 'all')}>
              <option value="all">All categories ({cards.length})</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c} ({counts.get(c) ?? 0})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">Severity</span>
            <select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity | 'all')}>
              <option value="all">All severities</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {props.firstCheck ? (
        <FirstCheckNote state={props.firstCheck} />
      ) : shown.length === 0 ? (
        <p className="issues-empty">
          {cards.length === 0 ? 'No open issues.' : 'No open issues match these filters.'}
        </p>
      ) : (
        <ul className="issue-list" aria-label="Open issues">
          {shown.slice(0, limit).map(({ lead: issue, issues }) => {
            const ids = issues.map((i) => i.id);
            const context = lookAlike.has(issue.id) ? props.contextOf(issue) : null;
            return (
            <li key={issue.id} className={`issue issue-${issue.severity}`}>
              <button type="button" className="issue-main" onClick={() => props.actions.select(issue.id)}>
                <span className="issue-text">{visibleText(props.textOf(issue)) || '(missing text)'}</span>
                {context && (
                  <span className="issue-context">
                    {context.before}
                    <mark>{visibleText(props.textOf(issue))}</mark>
                    {context.after}
                  </span>
                )}
                <span className="issue-message">{issue.message}</span>
                <span className="issue-meta">
                  <span className={`badge badge-${issue.severity}`}>{issue.severity}</span>{' '}
                  {issues.map((i) => `${i.rule} · ${i.category}`).join(', ')}
                </span>
              </button>
              <div className="issue-actions">
                {issue.suggestions.slice(0, 4).map((suggestion, index) => (
                  <button
                    key={index}
                    type="button"
                    className={index === 0 ? 'primary small' : 'small'}
                    onClick={() => props.actions.apply(ids, index)}
                  >
                    {suggestion === '' ? 'Delete' : `Replace with ${visibleText(suggestion)}`}
                  </button>
                ))}
                <button type="button" className="small" onClick={() => props.actions.ignore(ids)}>
                  Ignore
                </button>
                <button type="button" className="small" onClick={() => props.actions.ignoreAll(ids)}>
                  Ignore all
                </button>
                {issue.category === 'spelling' && (
                  <button type="button" className="small" onClick={() => props.actions.addToDictionary(issue.id)}>
                    Add to dictionary
                  </button>
                )}
              </div>
            </li>
            );
          })}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" className="quiet show-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit}
        </button>
      )}
      {props.decided.length > 0 && (
        <div className="decided">
          <button type="button" className="quiet" aria-expanded={showDecided} onClick={() => setShowDecided(!showDecided)}>
            {showDecided ? 'Hide' : 'Show'} {plural(props.decided.length, 'decided issue')}
          </button>
          {showDecided && (
            <ul className="issue-list decided-list" aria-label="Decided issues">
              {props.decided.map(([id, record]) => (
                <li key={id} className="issue decided-issue">
                  <span className="issue-text">{visibleText(record.text)}</span>
                  <span className="issue-message">
                    {record.decision === 'applied' ? 'Applied' : 'Ignored'}
                    {record.issue ? ` · ${record.issue.message}` : ''}
                  </span>
                  <button type="button" className="small" onClick={() => props.actions.reopen(id)}>
                    Reopen
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  );
});

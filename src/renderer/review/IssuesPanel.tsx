import { memo, useMemo, useState } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../core';
import type { DecisionRecord, TrackedIssue } from './reviewField';
import type { FirstCheck } from './useCheckScheduler';
import { visibleText } from './visibleText';

/** What the panel can ask the review to do. */
export interface IssueActions {
  select(id: string): void;
  apply(id: string, index: number): void;
  ignore(id: string): void;
  ignoreAll(id: string): void;
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
  actions: IssueActions;
}) {
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [showDecided, setShowDecided] = useState(false);
  const [limit, setLimit] = useState(PAGE);

  const counts = useMemo(() => {
    const byCategory = new Map<Category, number>();
    for (const issue of props.issues) byCategory.set(issue.category, (byCategory.get(issue.category) ?? 0) + 1);
    return byCategory;
  }, [props.issues]);

  const shown = props.issues.filter(
    (issue) => (category === 'all' || issue.category === category) && (severity === 'all' || issue.severity === severity),
  );

  return (
    <aside className="issues" role="region" aria-label="Issues" hidden={props.hidden}>
      <div className="issues-head">
        <h2>Issues</h2>
        <div className="filters">
          <label>
            <span className="visually-hidden">Category</span>
            <select aria-label="Category" value={category} onChange={(e) => setCategory(e.target.value as Category | 'all')}>
              <option value="all">All categories ({props.issues.length})</option>
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
          {props.issues.length === 0 ? 'No open issues.' : 'No open issues match these filters.'}
        </p>
      ) : (
        <ul className="issue-list" aria-label="Open issues">
          {shown.slice(0, limit).map((issue) => (
            <li key={issue.id} className={`issue issue-${issue.severity}`}>
              <button type="button" className="issue-main" onClick={() => props.actions.select(issue.id)}>
                <span className="issue-text">{visibleText(props.textOf(issue)) || '(missing text)'}</span>
                <span className="issue-message">{issue.message}</span>
                <span className="issue-meta">
                  <span className={`badge badge-${issue.severity}`}>{issue.severity}</span> {issue.rule} · {issue.category}
                </span>
              </button>
              <div className="issue-actions">
                {issue.suggestions.slice(0, 4).map((suggestion, index) => (
                  <button
                    key={index}
                    type="button"
                    className={index === 0 ? 'primary small' : 'small'}
                    onClick={() => props.actions.apply(issue.id, index)}
                  >
                    {suggestion === '' ? 'Delete' : `Replace with ${visibleText(suggestion)}`}
                  </button>
                ))}
                <button type="button" className="small" onClick={() => props.actions.ignore(issue.id)}>
                  Ignore
                </button>
                <button type="button" className="small" onClick={() => props.actions.ignoreAll(issue.id)}>
                  Ignore all
                </button>
                {issue.category === 'spelling' && (
                  <button type="button" className="small" onClick={() => props.actions.addToDictionary(issue.id)}>
                    Add to dictionary
                  </button>
                )}
              </div>
            </li>
          ))}
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

import { changesLabel } from '../review/changes';
import type { Queue } from './queue';
import { formatHter } from '../../shared/labels';

function issuesLabel(n: number): string {
  return n === 1 ? '1 open issue' : `${n} open issues`;
}

/**
 * The region "Articles": one item per article of the batch (name, open issues, changes, HTER,
 * status), the current one marked; "Previous article", "Next article", "Mark done"; the batch
 * exports; a progress bar while the batch is being checked in the background.
 */
/** A progress bar over a count: "`done` of `total` `counted`" for assistive technology. */
function CountProgress(props: { className: string; label: string; done: number; total: number; counted: string }) {
  const { done, total } = props;
  return (
    <div
      className={props.className}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} ${props.counted}`}
    >
      <div className="progress-bar" style={{ width: `${(100 * done) / total}%` }} />
    </div>
  );
}

export function ArticlesPanel(props: {
  queue: Queue;
  /** Articles still to be checked in the background. */
  pending: number;
  onGo: (index: number) => void;
  onPrevious: () => void;
  onNext: () => void;
  onMarkDone: () => void;
  onExportCsv: () => void;
  onExportHtml: () => void;
  /** "Export all corrected texts…". */
  onExportTexts: () => void;
  /** How many corrected texts are built so far while they are being exported, else null. */
  textsBuilt: number | null;
  /** What the last batch export did ("Exported 12 corrected texts into corrected"), else null. */
  notice: string | null;
}) {
  const { queue, pending } = props;
  const total = queue.articles.length;
  const done = queue.articles.filter((a) => a.status === 'Done').length;
  return (
    <aside className="articles" role="region" aria-label="Articles">
      <div className="articles-head">
        <h2>
          Articles <span className="muted">{done}/{total} done</span>
        </h2>
        <div className="articles-nav">
          <button type="button" className="small" onClick={props.onPrevious} disabled={total < 2} title="Ctrl+PageUp">
            Previous article
          </button>
          <button type="button" className="small" onClick={props.onNext} disabled={total < 2} title="Ctrl+PageDown">
            Next article
          </button>
          <button
            type="button"
            className="small primary"
            onClick={props.onMarkDone}
            disabled={queue.articles[queue.current].status === 'Done'}
            title="Ctrl+Shift+Enter"
          >
            Mark done
          </button>
        </div>
        {pending > 0 && (
          <CountProgress
            className="progress articles-progress"
            label="Checking the articles"
            done={total - pending}
            total={total}
            counted="articles checked"
          />
        )}
      </div>
      <ol className="articles-list">
        {queue.articles.map((article, index) => {
          const f = article.figures;
          const figures = article.problem
            ? article.problem
            : f
              ? `${issuesLabel(f.openIssues)} · ${changesLabel(f.changes)} · HTER ${formatHter(f.hter)}`
              : 'Checking…';
          return (
            <li key={index} aria-current={index === queue.current ? 'true' : undefined} className={index === queue.current ? 'current' : undefined}>
              <button type="button" className="article-item" onClick={() => props.onGo(index)}>
                <span className="article-name" title={article.name}>
                  {article.name}
                </span>
                <span className="article-figures">{figures}</span>
                <span className={`article-status status-${article.status.replace(' ', '-').toLowerCase()}`}>{article.status}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="articles-exports">
        <button type="button" className="small" onClick={props.onExportCsv}>
          Batch summary (.csv)
        </button>
        <button type="button" className="small" onClick={props.onExportHtml}>
          Batch summary (.html)
        </button>
        <button type="button" className="small" onClick={props.onExportTexts} disabled={props.textsBuilt !== null}>
          Export all corrected texts…
        </button>
        {props.textsBuilt !== null && (
          <CountProgress
            className="progress"
            label="Exporting the corrected texts"
            done={props.textsBuilt}
            total={total}
            counted="corrected texts built"
          />
        )}
        <p className="articles-notice muted" aria-live="polite">
          {props.notice}
        </p>
      </div>
    </aside>
  );
}

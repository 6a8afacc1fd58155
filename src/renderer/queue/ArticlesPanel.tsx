import { changesLabel } from '../review/changes';
import { readableCount, type Queue } from './queue';
import type { BatchExport } from './exportTexts';
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
  /** "Batch summary (.html)": the summary page with the review reports it links. */
  onExportHtml: () => void;
  /** "Export all corrected texts…". */
  onExportTexts: () => void;
  /** While a batch export runs, which one and how many articles are built so far, else null. */
  exporting: { what: BatchExport; built: number } | null;
  /** What the last batch export did ("Exported 12 corrected texts into corrected"), else null. */
  notice: string | null;
}) {
  const { queue, pending } = props;
  const total = queue.articles.length;
  const readable = readableCount(queue);
  const done = queue.articles.filter((a) => a.status === 'Done').length;
  return (
    <aside className="articles" role="region" aria-label="Articles">
      <div className="articles-head">
        <h2>
          Articles{' '}
          <span className="muted">
            {done}/{readable} done{readable < total ? ` · ${total - readable} unreadable` : ''}
          </span>
        </h2>
        <div className="articles-nav">
          <button type="button" className="small" onClick={props.onPrevious} disabled={readable < 2} title="Ctrl+PageUp">
            Previous article
          </button>
          <button type="button" className="small" onClick={props.onNext} disabled={readable < 2} title="Ctrl+PageDown">
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
            done={readable - pending}
            total={readable}
            counted="articles checked"
          />
        )}
      </div>
      <ol className="articles-list">
        {queue.articles.map((article, index) => {
          const f = article.figures;
          const unreadable = article.status === 'Unreadable';
          const figures = article.problem
            ? article.problem
            : f
              ? `${issuesLabel(f.openIssues)} · ${changesLabel(f.changes)} · HTER ${formatHter(f.hter)}`
              : 'Checking…';
          return (
            <li key={index} aria-current={index === queue.current ? 'true' : undefined} className={index === queue.current ? 'current' : undefined}>
              <button type="button" className={unreadable ? 'article-item unreadable' : 'article-item'} onClick={() => props.onGo(index)}>
                <span className="article-name" title={article.name}>
                  {article.name}
                </span>
                <span className={article.problem ? 'article-figures article-problem' : 'article-figures'} title={article.problem}>
                  {figures}
                </span>
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
        <button
          type="button"
          className="small"
          onClick={props.onExportHtml}
          disabled={props.exporting !== null}
          title="The summary page with each article's review report, which its names link"
        >
          Batch summary (.html)
        </button>
        <button type="button" className="small" onClick={props.onExportTexts} disabled={props.exporting !== null}>
          Export all corrected texts…
        </button>
        {props.exporting !== null && (
          <CountProgress
            className="progress"
            label={props.exporting.what === 'texts' ? 'Exporting the corrected texts' : 'Exporting the batch summary'}
            done={props.exporting.built}
            total={readable}
            counted={props.exporting.what === 'texts' ? 'corrected texts built' : 'review reports built'}
          />
        )}
        <p className="articles-notice muted" aria-live="polite">
          {props.notice}
        </p>
      </div>
    </aside>
  );
}

import type { RecoverableReview } from '../shared/ipc';
import { readableCount, type Queue } from './queue/queue';
import { formatDateTime } from '../shared/labels';

/** The first screen: open an article or try the sample, or recover an autosaved review. Files can also be dropped anywhere. */
export function Welcome(props: {
  onOpen: () => void;
  /** "Open folder…": a batch of every article in a folder. */
  onOpenFolder: () => void;
  /** A batch left earlier in this run (Close, or another article opened on its own), to resume. */
  batch?: Queue | null;
  onResume?: () => void;
  onSample: () => void;
  busy: boolean;
  recoverable: readonly RecoverableReview[];
  onRecover: (review: RecoverableReview) => void;
  onDiscard: (review: RecoverableReview) => void;
}) {
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-card">
        <h1 id="welcome-title">Verso</h1>
        <p className="welcome-lede">
          Review machine-translated articles: see what a sub-editor would flag, correct the text side by side with the
          machine translation, and export the result with a review report.
        </p>
        <div className="welcome-actions">
          <button type="button" className="primary" onClick={props.onOpen} disabled={props.busy}>
            Open article…
          </button>
          <button type="button" onClick={props.onOpenFolder} disabled={props.busy}>
            Open folder…
          </button>
          <button type="button" onClick={props.onSample} disabled={props.busy}>
            Try the sample article
          </button>
        </div>
        {props.batch && (
          <p>
            <button type="button" className="small" onClick={props.onResume}>
              Resume the batch ({props.batch.articles.filter((a) => a.status === 'Done').length} of {readableCount(props.batch)} articles done)
            </button>
          </p>
        )}
        <p className="welcome-hint">
          Or drop a .txt, .md, .html, .docx or .verso.json file anywhere in this window; several files, or a folder, make a batch to work through.
        </p>
        {props.recoverable.length > 0 && (
          <section className="recovery" role="region" aria-label="Recovery">
            <h2>Unsaved work from last time</h2>
            <ul>
              {props.recoverable.map((review) => (
                <li key={review.id}>
                  <span>
                    <strong>{review.articleName}</strong>
                    <span className="muted"> · autosaved {formatDateTime(new Date(review.savedAt))}</span>
                  </span>
                  <span className="recovery-actions">
                    <button type="button" className="small primary" onClick={() => props.onRecover(review)}>
                      Recover
                    </button>
                    <button type="button" className="small" onClick={() => props.onDiscard(review)}>
                      Discard
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}

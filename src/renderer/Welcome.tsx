/** The first screen: open an article or try the sample. Files can also be dropped anywhere. */
export function Welcome(props: { onOpen: () => void; onSample: () => void; busy: boolean }) {
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
          <button type="button" onClick={props.onSample} disabled={props.busy}>
            Try the sample article
          </button>
        </div>
        <p className="welcome-hint">Or drop a .txt, .md, .html or .docx file anywhere in this window.</p>
      </div>
    </main>
  );
}

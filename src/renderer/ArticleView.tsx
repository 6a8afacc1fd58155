import type { OpenArticle } from './App';

/** Reads an article: its paragraphs as the file has them. */
export function ArticleView(props: { article: OpenArticle; onClose: () => void }) {
  const paragraphs = props.article.text.split(/\r?\n/);
  return (
    <main className="article-view" aria-label={props.article.name}>
      <header className="toolbar">
        <h1 className="doc-title">{props.article.name}</h1>
        <button type="button" className="quiet" onClick={props.onClose}>
          Close
        </button>
      </header>
      <article className="prose" aria-label="Article text">
        {paragraphs.map((p, i) => (p.trim() ? <p key={i}>{p}</p> : null))}
      </article>
    </main>
  );
}

/**
 * The batch summary as a page: one self-contained file with the summary CSV's table (all text
 * escaped), written with the review reports it links ("Batch summary (.html)" and "Export all
 * corrected texts…", see ./exportTexts.ts).
 */
import { CATEGORIES, SUMMARY_COLUMNS, readableCount, type Queue } from './queue';
import { formatHter } from '../../shared/labels';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A relative link to `path` (`/`-separated, inside the folder the page is written to). */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The page: the summary CSV's columns as a table, one row per article; an article without figures
 * that has a problem (Unreadable, or not checked) gives its reason across the figures' columns
 * instead of the CSV's last column, so the table stays as wide as its figures. With `reports` (by
 * article, a path beside the page, or null), each article's name links its own review report.
 */
export function summaryHtml(queue: Queue, title = 'Batch summary', reports?: readonly (string | null)[]): string {
  const columns = SUMMARY_COLUMNS.filter((c) => c !== 'problem');
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  // The columns between the article's name and its status.
  const figureColumns = columns.length - 2;
  const rows = queue.articles
    .map((a, index) => {
      const f = a.figures;
      const report = reports?.[index];
      const figures =
        !f && a.problem
          ? [`<td class="problem" colspan="${figureColumns}">${escape(a.problem)}</td>`]
          : [
              ...[f?.words, f?.openIssues, ...CATEGORIES.map((c) => (f ? (f.byCategory[c] ?? 0) : undefined)), f?.decisions, f?.changes].map(
                (n) => `<td>${n === undefined ? '' : n}</td>`,
              ),
              `<td>${f ? formatHter(f.hter) : ''}</td>`,
            ];
      const cells = [
        `<th scope="row">${report ? `<a href="${escape(href(report))}">${escape(a.name)}</a>` : escape(a.name)}</th>`,
        ...figures,
        `<td>${escape(a.status)}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const done = queue.articles.filter((a) => a.status === 'Done').length;
  const readable = readableCount(queue);
  const unreadable = queue.articles.length - readable;
  const counts = `${readable} ${readable === 1 ? 'article' : 'articles'}, ${done} done.${unreadable > 0 ? ` ${unreadable} ${unreadable === 1 ? 'file' : 'files'} could not be read (marked Unreadable, with the reason).` : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title>
<style>body{font:13px/1.4 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 6px;text-align:right}thead th{vertical-align:bottom}th[scope=row]{text-align:left;white-space:nowrap}td.problem{text-align:left;color:#8a1c12}</style>
</head><body><h1>${escape(title)}</h1><p>${counts}${reports ? ' Each article&#39;s name opens its review report.' : ''}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

/** "Batch summary (.html)": one self-contained page with the batch summary's table (all text escaped). */
import { CATEGORIES, SUMMARY_COLUMNS, type Queue } from './queue';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: the summary CSV's columns as a table, one row per article. */
export function summaryHtml(queue: Queue, title = 'Batch summary'): string {
  const head = SUMMARY_COLUMNS.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const rows = queue.articles
    .map((a) => {
      const f = a.figures;
      const cells = [
        `<th scope="row">${escape(a.name)}</th>`,
        ...[f?.words, f?.openIssues, ...CATEGORIES.map((c) => (f ? (f.byCategory[c] ?? 0) : undefined)), f?.decisions, f?.changes].map(
          (n) => `<td>${n === undefined ? '' : n}</td>`,
        ),
        `<td>${f ? f.hter.toFixed(4) : ''}</td>`,
        `<td>${escape(a.status)}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const done = queue.articles.filter((a) => a.status === 'Done').length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}th[scope=row]{text-align:left}</style>
</head><body><h1>${escape(title)}</h1><p>${queue.articles.length} articles, ${done} done.</p>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

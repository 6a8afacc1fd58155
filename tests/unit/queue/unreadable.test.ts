// A batch lists the articles it cannot read at once (screened when the files are listed), skips
// them in Next/Previous and Mark done, and lists them in the summary, apart from its counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextUndone, newQueue, parseQueue, problemOf, readableCount, screenBatch, serializeQueue, stepFrom, summaryCsv, unreadableMessage, updateArticle } from '../../../src/renderer/queue/queue';
import { summaryHtml } from '../../../src/renderer/queue/summaryHtml';
import { parseCsv } from '../../e2e/transfer';

const utf8 = (text: string) => new TextEncoder().encode(text);
const docx = new Uint8Array(readFileSync(new URL('../../fixtures/formats/curly-quotes.docx', import.meta.url)));

const FILES = [
  { name: 'sport/broken.docx', bytes: utf8('PK\x03\x04 cut short in the download') },
  { name: 'world/mosul.txt', bytes: utf8('Iraq launched an offencive on Mosul.\n') },
  { name: 'world/page.html', bytes: utf8('<p>Good \0 day</p>') },
  { name: 'world/quotes.docx', bytes: docx },
  { name: 'world/gone.txt', bytes: new Uint8Array(0), problem: 'gone.txt could not be read (permission denied).' },
  { name: 'world/basra.md', bytes: utf8('The port of Basra reopened.\n') },
];

describe('a batch with unreadable articles', () => {
  const screened = screenBatch(FILES);
  const queue = newQueue(screened)!;

  it('marks each file that cannot be opened Unreadable with its reason, at once, and drops its bytes', () => {
    expect(queue.articles.map((a) => [a.name, a.status])).toEqual([
      ['sport/broken.docx', 'Unreadable'],
      ['world/mosul.txt', 'In review'],
      ['world/page.html', 'Unreadable'],
      ['world/quotes.docx', 'New'],
      ['world/gone.txt', 'Unreadable'],
      ['world/basra.md', 'New'],
    ]);
    expect(queue.current).toBe(1);
    expect(queue.articles[0].problem).toMatch(/^sport\/broken\.docx is damaged or not a Word document/);
    expect(queue.articles[2].problem).toBe('world/page.html is not a text file (it contains NUL bytes).');
    expect(queue.articles[4].problem).toBe('gone.txt could not be read (permission denied).');
    expect(queue.articles.filter((a) => a.status === 'Unreadable').map((a) => a.file)).toEqual(['', '', '']);
    expect(readableCount(queue)).toBe(3);
    const problems = screened.flatMap((f) => (f.problem ? [f.problem] : []));
    expect(unreadableMessage(problems, FILES.length)).toMatch(/^3 of 6 files cannot be read and are marked Unreadable: sport\/broken\.docx is damaged/);
  });

  it('opens nothing when no file can be read', () => {
    expect(newQueue(screenBatch([FILES[0], FILES[2]]))).toBeNull();
  });

  it('skips them in Next and Previous, both ways, wrapping round', () => {
    expect(stepFrom(queue, 1, 1)).toBe(3);
    expect(stepFrom(queue, 3, 1)).toBe(5);
    expect(stepFrom(queue, 5, 1)).toBe(1);
    expect(stepFrom(queue, 1, -1)).toBe(5);
    expect(stepFrom(queue, 3, -1)).toBe(1);
    const alone = newQueue(screenBatch([FILES[0], FILES[1]]))!;
    expect(stepFrom(alone, 1, 1)).toBe(1);
  });

  it('skips them when Mark done looks for the next article not done', () => {
    let done = updateArticle(queue, 1, { status: 'Done' });
    expect(nextUndone(done, 1)).toBe(3);
    done = updateArticle(updateArticle(done, 3, { status: 'Done' }), 5, { status: 'Done' });
    expect(nextUndone(done, 5)).toBe(-1);
  });

  it('keeps them over a reload, and never resumes on one', () => {
    const stored = parseQueue(serializeQueue({ ...queue, current: 2 }))!;
    expect(stored.articles.map((a) => a.status)).toEqual(queue.articles.map((a) => a.status));
    expect(stored.current).toBe(1);
    expect(parseQueue(serializeQueue({ ...queue, articles: queue.articles.filter((a) => a.status === 'Unreadable') }))).toBeNull();
  });

  it('lists them in the summary CSV and page with their reason, and leaves them out of the counts', () => {
    const rows = parseCsv(summaryCsv(queue).slice(1));
    const problem = rows[0].indexOf('problem');
    const status = rows[0].indexOf('status');
    expect(rows.slice(1).map((r) => [r[0], r[status], r[problem]])).toEqual(queue.articles.map((a) => [a.name, a.status, a.problem ?? '']));
    const page = summaryHtml(queue);
    expect(page).toContain('<p>3 articles, 0 done. 3 files could not be read (marked Unreadable, with the reason).');
    // The reason across the figures' columns: every row as wide as the header.
    expect(page).toContain('<th scope="row">world/page.html</th><td class="problem" colspan="14">world/page.html is not a text file (it contains NUL bytes).</td><td>Unreadable</td>');
    const width = (row: string) => [...row.matchAll(/<t[hd][^>]*?(?: colspan="(\d+)")?>/g)].reduce((sum, m) => sum + Number(m[1] ?? 1), 0);
    const [header, ...tableRows] = [...page.matchAll(/<tr>.*?<\/tr>/g)].map((m) => m[0]);
    expect(tableRows.map(width)).toEqual(queue.articles.map(() => width(header)));
  });

  it('names a file found damaged on opening by its path in the batch, as screening does', () => {
    const article = queue.articles[3];
    expect(problemOf(article, 'quotes.docx is damaged or not a Word document (.docx).')).toBe('world/quotes.docx is damaged or not a Word document (.docx).');
    expect(problemOf(article, 'the checker stopped')).toBe('the checker stopped');
    expect(problemOf(queue.articles[1], 'mosul.txt.bak is other')).toBe('mosul.txt.bak is other');
  });
});

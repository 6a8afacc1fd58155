// The batch summary page written with the corrected texts links each article's report by a
// relative path that resolves to the file, whatever characters the article's name holds.
import { describe, expect, it } from 'vitest';
import { newQueue } from '../../../src/renderer/queue/queue';
import { summaryHtml } from '../../../src/renderer/queue/summaryHtml';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('summaryHtml', () => {
  const queue = newQueue([
    { name: 'world/"Odd" & <name> #1?.txt', bytes: bytes('One.') },
    { name: 'plain.txt', bytes: bytes('Two.') },
  ])!;

  it("links each article's name to its report, the link resolving to that very path beside the page", () => {
    const reports = ['world/"Odd" & <name> #1?.report.html', 'plain.report.html'];
    const page = summaryHtml(queue, 'Batch summary', reports);
    const links = [...page.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
    expect(links.length).toBe(2);
    const base = 'file:///desk/out/batch-summary.html';
    // An HTML attribute is unescaped before the URL is resolved.
    const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(links.map((m) => decodeURIComponent(new URL(unescape(m[1]), base).pathname))).toEqual(reports.map((r) => `/desk/out/${r}`));
    expect(links.map((m) => unescape(m[2]))).toEqual(['world/"Odd" & <name> #1?.txt', 'plain.txt']);
    expect(page).not.toContain('<name>');
  });

  it('leaves the names unlinked without reports, and an article without one unlinked', () => {
    expect(summaryHtml(queue)).not.toContain('<a ');
    const page = summaryHtml(queue, 'Batch summary', [null, 'plain.report.html']);
    expect([...page.matchAll(/<a href/g)].length).toBe(1);
  });
});

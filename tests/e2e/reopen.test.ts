// A saved review reopened in the web build shows, reports and exports every decision it holds; the
// report scores the machine translation on its own issues; the Export menu warns of open errors.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { openSample, waitForStatus } from './review-actions';
import { csvRecords, dropFile, exportText } from './transfer';
import { htmlToText } from '../../src/core/formats/html-text';

const web = TARGETS.find((t) => t.name === 'web')!;

function decided(rows: Record<string, string>[]): string[] {
  return rows
    .filter((r) => r.status !== 'open')
    .map((r) => `${r.status} ${r.rule} ${r.text} ${r.line}`)
    .sort();
}

announceSkip(web);
describe.runIf(!web.missing)('reopened reviews and the report (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('reopens a saved review with every decision shown, in the report and in the CSV', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const issues = page.getByRole('region', { name: 'Issues' });
    await issues.getByRole('listitem').filter({ hasText: 'offencive' }).getByRole('button', { name: 'Replace with offensive', exact: true }).click();
    await waitForStatus(page, /\b1 change\b/);
    await issues.getByRole('listitem').filter({ hasText: 'liberation' }).getByRole('button', { name: 'Ignore', exact: true }).click();
    const before = decided(csvRecords(await exportText(page, 'Issues (.csv)')));
    expect(before.length).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const review = readFileSync(await download.path());

    await page.getByRole('button', { name: 'Close' }).click();
    await dropFile(page, 'iraq-heroes-operation.verso.json', review);
    await waitForStatus(page, /\b1 change\b/);
    await issues.getByRole('list', { name: 'Open issues' }).getByRole('listitem').first().waitFor();

    // Shown: both decisions are in the decided list.
    await issues.getByRole('button', { name: /Show 2 decided issues/ }).click();
    const decidedList = issues.getByRole('list', { name: 'Decided issues' });
    expect(await decidedList.getByRole('listitem').count()).toBe(2);
    expect(await decidedList.textContent()).toMatch(/offencive[^]*Applied|Applied[^]*offencive/);

    // Exported: the CSV holds the same decisions, text and line, and the report lists them.
    expect(decided(csvRecords(await exportText(page, 'Issues (.csv)')))).toEqual(before);
    const report = htmlToText(await exportText(page, 'Review report (.html)'));
    expect(report).toMatch(/applied\s*Spelling\s*spelling\s*error\s*\d+\s*offencive/);
    expect(report).toMatch(/ignored[^]*liberation/);
  });

  it('scores the machine translation on its own issues: an editor’s typo changes the open issues, not the score', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const score = (report: string) => /Quality score\s*([\d.]+)/.exec(report)?.[1];
    const open = (report: string) => /Open issues\s*(\d+)/.exec(report)?.[1];
    const first = htmlToText(await exportText(page, 'Review report (.html)'));
    expect(first).toMatch(/The machine translation had \d+ issues: 0 fixed/);

    await page.getByRole('textbox', { name: 'Corrected text' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The ofifcials gave no figures.');
    await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'ofifcials' }).waitFor();
    const second = htmlToText(await exportText(page, 'Review report (.html)'));
    expect(score(second)).toBe(score(first));
    expect(Number(open(second))).toBe(Number(open(first)) + 1);
  });

  it('warns in the Export menu while errors are still open', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const errorsOpen = async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      const menu = page.getByRole('menu', { name: 'Export' });
      const described = await menu.getAttribute('aria-describedby');
      const note = described ? await page.locator(`#${described}`).textContent() : null;
      await page.keyboard.press('Escape');
      return note;
    };
    const note = await errorsOpen();
    expect(note).toMatch(/^\d+ errors? still open$/);
    const count = Number(/^\d+/.exec(note!)![0]);
    const issues = page.getByRole('region', { name: 'Issues' });
    await issues.getByRole('listitem').filter({ hasText: 'offencive' }).getByRole('button', { name: 'Replace with offensive', exact: true }).click();
    await waitForStatus(page, /\b1 change\b/);
    expect(await errorsOpen()).toBe(count === 1 ? null : `${count - 1} ${count - 1 === 1 ? 'error' : 'errors'} still open`);
  });
});

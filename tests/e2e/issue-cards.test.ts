// The Issues region's cards (web build): one card per finding, though two rules report it; a
// finding made in two places is two cards that say where they are.
import { afterEach, describe, expect, it } from 'vitest';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { openSample, waitForStatus } from './review-actions';
import { chooseFile } from './transfer';

const web = TARGETS.find((t) => t.name === 'web')!;

announceSkip(web);
describe.runIf(!web.missing)('issue cards (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows source script left in the English as one card naming both rules, and decides both', async () => {
    app = await web.launch();
    const { page } = app;
    await chooseFile(page, 'Open article…', 'visit.txt', 'The minister visited 北京 on Monday and met local officials there.\n\nTalks will resume next week, the ministry said.\n');
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await chooseFile(page, 'Add source…', 'visit.zh.txt', '部长周一访问了北京并会见了当地官员。\n\n外交部表示，会谈将于下周恢复。\n');
    const cards = page.getByRole('list', { name: 'Open issues' }).getByRole('listitem').filter({ hasText: '北京' });
    await cards.filter({ hasText: 'left-in-source' }).waitFor();
    expect(await cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('foreign-script');
    // The status bar counts what the region lists.
    const listed = await page.getByRole('list', { name: 'Open issues' }).getByRole('listitem').count();
    await waitForStatus(page, new RegExp(`\\b${listed} open issues?\\b`));
    await cards.first().getByRole('button', { name: 'Ignore', exact: true }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await page.getByRole('button', { name: /Show 2 decided issues/ }).click();
    expect(await page.getByRole('list', { name: 'Decided issues' }).getByRole('listitem').filter({ hasText: '北京' }).count()).toBe(2);
  });

  it('tells apart the cards of one finding made in two places by the words around them', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    const cards = page.getByRole('list', { name: 'Open issues' }).getByRole('listitem').filter({ hasText: 'acronym-mismatch' });
    expect(await cards.count()).toBe(2);
    const texts = await cards.allTextContents();
    expect(texts[0]).not.toBe(texts[1]);
    expect(texts[0]).toContain('Islamic State (IS) group.');
    expect(texts[1]).toContain("Islamic State (IS) group's");
  });
});

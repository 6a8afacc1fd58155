// The bilingual review's three panes in the web build: paragraphs the aligner paired start at the
// same height on all sides (1–1, a source paragraph translated as two, an omitted paragraph), the
// cursor's paragraph is marked on all three sides, and scrolling one pane moves the others.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TARGETS, type RunningApp } from './harness';

const web = TARGETS.find((t) => t.name === 'web')!;

// An invented article: the second source paragraph is translated as two, the fourth is left out.
const SOURCE = [
  'Le conseil municipal de Vallombre a voté lundi soir un budget de 4,2 millions d’euros pour rénover les trois écoles du quartier nord, un chantier que les familles attendaient depuis près de dix ans et que la maire, Hélène Marchetti, a qualifié de priorité absolue pour la commune.',
  'Les travaux commenceront en mars 2027 par l’école Jules-Ferry, dont la toiture fuit depuis l’hiver 2019 ; la cantine, fermée depuis deux ans, rouvrira à la rentrée avec 240 places, soit 60 de plus qu’auparavant, et une cuisine entièrement neuve financée en partie par la région Occitanie.',
  'L’opposition, menée par Paul Deschamps, a voté contre le projet.',
  'Selon le cabinet d’architectes Lumen, le coût de l’isolation représente à lui seul 1,3 million d’euros, soit près d’un tiers de l’enveloppe, et les économies d’énergie attendues atteindraient 35 % dès la première année complète de fonctionnement des bâtiments rénovés.',
  'La prochaine séance du conseil est prévue le 14 octobre, à 18 h 30, à la salle des fêtes.',
];
const MT = [
  'Vallombre city council on Monday evening voted a budget of 4.2 million euros to renovate the three schools of the northern district, a project families had been waiting for nearly ten years and which the mayor, Hélène Marchetti, called an absolute priority for the town.',
  'Work will begin in March 2027 with the Jules-Ferry school, whose roof has leaked since the winter of 2019.',
  'The canteen, closed for two years, will reopen at the start of the school year with 240 seats, 60 more than before, and a brand new kitchen partly funded by the Occitanie region.',
  'The opposition, led by Paul Deschamps, voted against the project.',
  'The next council meeting is scheduled for 14 October at 6.30 pm in the village hall.',
  'Powered by automated translation',
];

async function choose(page: Page, button: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

/** The top of the line holding `text` in the pane named `pane`, relative to the shared scroller. */
async function lineTop(page: Page, pane: string, text: string): Promise<number> {
  const line = page.getByRole('textbox', { name: pane }).locator('.cm-line').filter({ hasText: text }).first();
  const box = await line.boundingBox();
  if (!box) throw new Error(`no line "${text}" in ${pane}`);
  return box.y;
}

/** The texts of the lines marked as paired with the cursor's paragraph in the pane named `pane`. */
async function marked(page: Page, pane: string): Promise<string[]> {
  return page.getByRole('textbox', { name: pane }).locator('[aria-current="true"]').allTextContents();
}

describe('bilingual panes (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('aligns paired paragraphs on all three sides, marks the cursor’s paragraph everywhere, and scrolls them together', async () => {
    app = await web.launch();
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 560 });
    await choose(page, 'Open article…', 'vallombre.txt', MT.join('\n\n'));
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await choose(page, 'Add source…', 'vallombre.fr.txt', SOURCE.join('\n\n'));
    await page.getByRole('textbox', { name: 'Source text' }).waitFor();

    // Each pair: a source paragraph's opening words and its translation's.
    const pairs: [string, string][] = [
      ['Le conseil municipal', 'Vallombre city council'],
      ['Les travaux commenceront', 'Work will begin'],
      ['L’opposition, menée', 'The opposition, led'],
      ['La prochaine séance', 'The next council meeting'],
    ];
    // The panes settle once the check's alignment is in and the spacers are measured.
    await expect
      .poll(async () => {
        let worst = 0;
        for (const [s, t] of pairs) {
          const top = await lineTop(page, 'Source text', s);
          worst = Math.max(worst, Math.abs(top - (await lineTop(page, 'Machine translation', t))), Math.abs(top - (await lineTop(page, 'Corrected text', t))));
        }
        return worst;
      }, { timeout: 20_000 })
      .toBeLessThan(2);
    // The omitted paragraph stands opposite blank space: the next translated paragraph starts below it.
    const omitted = await page.getByRole('textbox', { name: 'Source text' }).locator('.cm-line').filter({ hasText: 'Selon le cabinet' }).boundingBox();
    expect(await lineTop(page, 'Corrected text', 'The next council meeting')).toBeGreaterThanOrEqual(omitted!.y + omitted!.height - 1);
    await page.screenshot({ path: 'test-results/bilingual-panes.png' });

    // The cursor in the source's second paragraph marks it and both of its translation's paragraphs.
    await page.getByRole('textbox', { name: 'Source text' }).locator('.cm-line').filter({ hasText: 'Les travaux commenceront' }).click();
    await expect.poll(() => marked(page, 'Source text')).toEqual([SOURCE[1]]);
    await expect.poll(() => marked(page, 'Corrected text')).toEqual([MT[1], MT[2]]);
    await expect.poll(() => marked(page, 'Machine translation')).toEqual([MT[1], MT[2]]);
    // The cursor in the correction's fourth paragraph marks the source's third.
    await page.getByRole('textbox', { name: 'Corrected text' }).locator('.cm-line').filter({ hasText: 'The opposition, led' }).click();
    await expect.poll(() => marked(page, 'Source text')).toEqual([SOURCE[2]]);
    await expect.poll(() => marked(page, 'Machine translation')).toEqual([MT[3]]);
    await expect.poll(() => marked(page, 'Corrected text')).toEqual([MT[3]]);
    await page.screenshot({ path: 'test-results/bilingual-panes-marked.png' });

    // Scrolling moves all three panes by the same distance, and the pairs stay level.
    const before = await lineTop(page, 'Source text', 'La prochaine séance');
    const beforeB = await lineTop(page, 'Corrected text', 'The next council meeting');
    await page.getByRole('textbox', { name: 'Corrected text' }).hover();
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => before - (await lineTop(page, 'Source text', 'La prochaine séance'))).toBeGreaterThan(100);
    const moved = before - (await lineTop(page, 'Source text', 'La prochaine séance'));
    expect(Math.abs(beforeB - (await lineTop(page, 'Corrected text', 'The next council meeting')) - moved)).toBeLessThan(2);
    expect(Math.abs((await lineTop(page, 'Source text', 'La prochaine séance')) - (await lineTop(page, 'Machine translation', 'The next council meeting')))).toBeLessThan(2);
    await page.screenshot({ path: 'test-results/bilingual-panes-scrolled.png' });
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('stands a source paragraph left out at the end opposite blank space, the notice below it', async () => {
    app = await web.launch();
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 700 });
    // The translation stops before the source's last paragraph, then has the notice.
    await choose(page, 'Open article…', 'vallombre-cut.txt', [MT[0], MT[3], 'Powered by automated translation'].join('\n\n'));
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await choose(page, 'Add source…', 'vallombre-cut.fr.txt', [SOURCE[0], SOURCE[2], SOURCE[4]].join('\n\n'));
    await page.getByRole('textbox', { name: 'Source text' }).waitFor();
    const omitted = page.getByRole('textbox', { name: 'Source text' }).locator('.cm-line').filter({ hasText: 'La prochaine séance' });
    // Once the alignment is in, the notice starts below the omitted paragraph in both translation panes.
    for (const pane of ['Corrected text', 'Machine translation']) {
      await expect
        .poll(async () => {
          const box = (await omitted.boundingBox())!;
          return (await lineTop(page, pane, 'Powered by automated translation')) - (box.y + box.height);
        }, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(-1);
    }
    // The paragraphs before it stay level.
    expect(Math.abs((await lineTop(page, 'Source text', 'L’opposition, menée')) - (await lineTop(page, 'Corrected text', 'The opposition, led')))).toBeLessThan(2);
    await page.screenshot({ path: 'test-results/bilingual-panes-omitted-end.png' });
    expect(app.errors).toEqual([]);
  }, 120_000);
});

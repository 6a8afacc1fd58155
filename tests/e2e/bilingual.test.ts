// Bilingual review in the web build: add a source, see three panes, an accuracy issue selects its
// text on both sides, and the report shows the source excerpts.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { TARGETS, type RunningApp } from './harness';

const web = TARGETS.find((t) => t.name === 'web')!;

const SOURCE = [
  'Le président Alassane Ouattara a annoncé mardi un plan pour l’emploi des jeunes dans 12 régions.',
  'Selon le ministre, le chômage des jeunes a atteint 7,25 % en janvier, contre 8 % un an plus tôt.',
].join('\n\n');
const MT = [
  'President Alassane Ouattara announced on Tuesday a youth employment plan in 12 regions.',
  'According to the minister, youth unemployment reached 7.52% in January, compared to 8% a year earlier.',
  'Powered by automated translation',
].join('\n\n');

async function choose(page: Page, button: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

describe('bilingual review (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('adds a source beside the translation; an accuracy issue selects its text on both sides; the report shows the source', async () => {
    app = await web.launch();
    const { page } = app;
    await choose(page, 'Open article…', 'jobs.txt', MT);
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await choose(page, 'Add source…', 'jobs.fr.txt', SOURCE);
    const sourcePane = page.getByRole('textbox', { name: 'Source text' });
    await sourcePane.waitFor();
    for (const name of ['Source text', 'Machine translation', 'Corrected text'])
      await expect(page.getByRole('textbox', { name }).count()).resolves.toBe(1);
    // Source left of the machine translation, left of the correction.
    const x = async (name: string) => (await page.getByRole('textbox', { name }).boundingBox())!.x;
    expect(await x('Source text')).toBeLessThan(await x('Machine translation'));
    expect(await x('Machine translation')).toBeLessThan(await x('Corrected text'));

    const issue = page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: '7,25 %' });
    await issue.waitFor();
    await issue.getByText('number-mismatch').click();
    const selected = async (name: string) =>
      page.evaluate((label) => {
        const content = document.querySelector(`[aria-label="${label}"]`);
        const selection = window.getSelection();
        if (!content || !selection || selection.rangeCount === 0) return '';
        return content.contains(selection.anchorNode) ? selection.toString() : '';
      }, name);
    await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') === '7.52%');
    expect(await selected('Corrected text')).toBe('7.52%');
    // The source pane's selection is its own editor state: read it from the editor's selection
    // layer, which CodeMirror draws on a later animation frame (read at once, it was empty in one
    // CI run in three).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.querySelector('.source-host .cm-editor');
          return host ? host.querySelectorAll('.cm-selectionBackground').length : -1;
        }),
      )
      .toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/bilingual-review.png' });

    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu').getByRole('menuitem', { name: 'Review report (.html)' }).click(),
    ]);
    const report = readFileSync(await download.path(), 'utf8');
    expect(report).toMatch(/Bilingual review/);
    expect(report).toMatch(/Source: <q>7,25 %<\/q>/);
  }, 120_000);

  it('reads a Chinese source in pinyin in the browser: a changed surname is an accuracy issue naming the source name', async () => {
    app = await web.launch();
    const { page } = app;
    const mt =
      "Zhang Mingxuan, director of the city's culture bureau, presented this year's work plan at the meeting yesterday.\n\nOur reporter Chen Siyuan sent this report from the scene.\n";
    await choose(page, 'Open article…', 'plan.txt', mt);
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await choose(
      page,
      'Add source…',
      'plan.zh.txt',
      '市文化局局长周明轩昨天在会上介绍了今年的工作计划。\n\n本报记者陈思远从现场发回了这篇报道。\n',
    );
    const issue = page
      .getByRole('region', { name: 'Issues' })
      .getByRole('listitem')
      .filter({ hasText: 'name-reading' });
    await issue.waitFor();
    await expect(issue.count()).resolves.toBe(1);
    await expect(issue.textContent()).resolves.toMatch(
      /“Zhang Mingxuan” is not how the source reads: 周明轩 \(zhou ming xuan\)/,
    );
    await expect(issue.getByRole('button', { name: 'Replace with Zhou Mingxuan' }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/bilingual-name-reading.png' });
  }, 120_000);

  it('romanises a Russian source in the browser: a changed letter of a name is an accuracy issue naming the source name', async () => {
    app = await web.launch();
    const { page } = app;
    const mt =
      'Defence Minister Sergei Shoygo held a meeting with district commanders on Monday.\n\nThe meeting took place in Moscow.\n';
    await choose(page, 'Open article…', 'meeting.txt', mt);
    await page.getByRole('textbox', { name: 'Corrected text' }).waitFor();
    await choose(
      page,
      'Add source…',
      'meeting.ru.txt',
      'Министр обороны Сергей Шойгу провёл в понедельник совещание с командующими округов.\n\nСовещание прошло в Москве.\n',
    );
    const issue = page
      .getByRole('region', { name: 'Issues' })
      .getByRole('listitem')
      .filter({ hasText: 'name-transliteration' });
    await issue.waitFor();
    await expect(issue.count()).resolves.toBe(1);
    await expect(issue.textContent()).resolves.toMatch(/“Shoygo” is not how the source's Шойгу is romanised: Shoygu/);
    await expect(issue.getByRole('button', { name: 'Replace with Shoygu' }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/bilingual-name-transliteration.png' });
  }, 120_000);
});

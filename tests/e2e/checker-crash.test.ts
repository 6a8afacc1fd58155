// A checking worker that dies is not invisible: the review says so (role alert), a new worker is
// started and the article is checked again. The worker is made to fail from inside, as a bug in
// it would: an uncaught error thrown in its own global scope.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';

const web = TARGETS.find((t) => t.name === 'web')!;

function checkWorkers(page: Page): Worker[] {
  return page.workers().filter((w) => /check\.worker/.test(w.url()));
}

/** Makes the worker throw, uncaught, on the next check it is asked for (so that check is lost). */
async function failNextCheck(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null };
    const handle = scope.onmessage!;
    scope.onmessage = (event: MessageEvent) => {
      if ((event.data as { type?: string }).type !== 'check') return handle(event);
      throw new Error('simulated checker failure');
    };
  });
}

announceSkip(web);
describe.runIf(!web.missing)('a crashed checker (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows an alert, starts a new checker and checks the article again', async () => {
    app = await web.launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Try the sample article' }).click();
    const issues = page.getByRole('region', { name: 'Issues' });
    await issues.getByRole('listitem').filter({ hasText: 'offencive' }).waitFor();
    const [first] = checkWorkers(page);
    expect(first).toBeDefined();
    const closed = new Promise<void>((resolve) => first.once('close', () => resolve()));

    // The edit's check dies with the worker: only a re-check on a new worker can find "the the".
    await failNextCheck(first);
    await page.getByRole('textbox', { name: 'Corrected text' }).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('the the ');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/checker stopped \(.*simulated checker failure\) and was restarted/);
    await closed;
    await expect.poll(() => checkWorkers(page).length).toBe(1);
    expect(checkWorkers(page)[0]).not.toBe(first);
    await issues.getByRole('listitem').filter({ hasText: /the\s+the/ }).first().waitFor();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
  });
});

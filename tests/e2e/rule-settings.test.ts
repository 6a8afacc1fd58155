// Rules that run only when asked: the settings list them as "Off (default)", and turning one on
// makes its issues appear, as an editor would see it.
import { afterEach, describe, expect, it } from 'vitest';
import { announceSkip, TARGETS, type RunningApp } from './harness';

for (const target of TARGETS) {
  announceSkip(target);
  describe.runIf(!target.missing)(`rule settings (${target.name})`, () => {
    let app: RunningApp | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    it('lists an off-by-default rule as "Off (default)" and turns it on', async () => {
      app = await target.launch();
      const { page } = app;
      await page.getByRole('button', { name: 'Try the sample article' }).click();
      await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' }).waitFor();
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      const numbers = dialog.getByRole('combobox', { name: 'number-style', exact: true });
      expect(await numbers.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Off (default)');
      const spelling = dialog.getByRole('combobox', { name: 'spelling', exact: true });
      expect(await spelling.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('On (error)');
      await numbers.selectOption('info');
      expect(await numbers.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('info');
      if (process.env.VERSO_SCREENSHOT) await page.screenshot({ path: process.env.VERSO_SCREENSHOT });
      await numbers.selectOption('default');
      expect(await numbers.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Off (default)');
      expect(app.errors).toEqual([]);
    });
  });
}

import { afterEach, describe, expect, it } from 'vitest';
import { announceSkip, TARGETS, type RunningApp } from './harness';

for (const target of TARGETS) {
  announceSkip(target);
  describe.runIf(!target.missing)(`welcome (${target.name})`, () => {
    let app: RunningApp | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    it('offers to open an article or try the sample', async () => {
      app = await target.launch();
      const { page } = app;
      await expect(page.getByRole('button', { name: 'Open article…' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Try the sample article' }).isVisible()).resolves.toBe(true);
    });

    it('opens the sample article and shows its text', async () => {
      app = await target.launch();
      const { page } = app;
      await page.getByRole('button', { name: 'Try the sample article' }).click();
      await page.getByText('Iraq on Monday launched the third phase').first().waitFor();
      expect(app.errors).toEqual([]);
    });

    it('opens a dropped text file', async () => {
      app = await target.launch();
      const { page } = app;
      const dataTransfer = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['A dropped article about Mosul.\n'], 'dropped.txt', { type: 'text/plain' }));
        return transfer;
      });
      await page.dispatchEvent('body', 'drop', { dataTransfer });
      await page.getByText('A dropped article about Mosul.').first().waitFor();
    });

    it('refuses a binary file with an alert and stays on the welcome screen', async () => {
      app = await target.launch();
      const { page } = app;
      const dataTransfer = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], 'photo.txt'));
        return transfer;
      });
      await page.dispatchEvent('body', 'drop', { dataTransfer });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/photo\.txt is not a text file/);
      expect(await page.getByRole('button', { name: 'Try the sample article' }).isVisible()).toBe(true);
    });
  });
}

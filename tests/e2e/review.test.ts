// The review screen, driven the way an editor drives it: by role and accessible name.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { openSample, waitForStatus } from './review-actions';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function status(page: Page) {
  return page.getByRole('status');
}

function corrected(page: Page) {
  return page.getByRole('textbox', { name: 'Corrected text' });
}

for (const target of TARGETS) {
  announceSkip(target);
  describe.runIf(!target.missing)(`review screen (${target.name})`, () => {
    let app: RunningApp | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    it('shows both texts, the issues and the status bar for the sample', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      await expect(page.getByRole('textbox', { name: 'Machine translation' }).textContent()).resolves.toContain(
        'nine-month offencive',
      );
      await expect(corrected(page).textContent()).resolves.toContain('nine-month offencive');
      await waitForStatus(page, /\d+ open issues?/);
      expect(await status(page).textContent()).toMatch(/0 changes/);
      const item = page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' });
      expect(await item.textContent()).toMatch(/spelling/);
      expect(app.errors).toEqual([]);
    });

    it('applies a suggestion, counts changes as the editor types, reverts a change, and undoes', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      const issues = page.getByRole('region', { name: 'Issues' });
      await issues.getByRole('listitem').filter({ hasText: 'offencive' }).getByRole('button', { name: 'Replace with offensive', exact: true }).click();
      await waitForStatus(page, /\b1 change\b/);
      expect(await corrected(page).textContent()).toContain('nine-month offensive');
      expect(await page.getByRole('textbox', { name: 'Machine translation' }).textContent()).toContain('nine-month offencive');
      await expect.poll(() => issues.getByRole('listitem').filter({ hasText: 'offencive' }).count()).toBe(0);

      // Type a sentence at the end of the last paragraph.
      await corrected(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Officials gave no figures.');
      await waitForStatus(page, /\b2 changes\b/);

      // Revert the typed sentence from the diff: go to the change and revert it.
      await page.keyboard.press('Alt+ArrowDown');
      await page.keyboard.press('Alt+ArrowUp');
      await page.getByRole('button', { name: 'Revert change' }).click();
      await waitForStatus(page, /\b1 change\b/);
      expect(await corrected(page).textContent()).not.toContain('Officials gave no figures');

      // Undo brings the sentence back; undo again takes the suggestion back.
      await corrected(page).click();
      await page.keyboard.press('Control+z');
      await waitForStatus(page, /\b2 changes\b/);
      expect(await corrected(page).textContent()).toContain('Officials gave no figures');
    });

    it('ignores an issue, and undo brings it back', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      const issues = page.getByRole('region', { name: 'Issues' });
      const item = issues.getByRole('listitem').filter({ hasText: 'offencive' });
      const before = await issues.getByRole('listitem').count();
      await item.getByRole('button', { name: 'Ignore', exact: true }).click();
      await expect.poll(() => item.count()).toBe(0);
      expect(await issues.getByRole('list', { name: 'Open issues' }).getByRole('listitem').count()).toBe(before - 1);
      await page.keyboard.press('Control+z');
      await item.waitFor();
      expect(await corrected(page).textContent()).toContain('offencive');
    });

    it('adds a word to the dictionary, and undo takes it out again', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      const item = page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' });
      await item.getByRole('button', { name: 'Add to dictionary' }).click();
      await expect.poll(() => item.count()).toBe(0);
      await page.getByRole('button', { name: 'Settings' }).click();
      expect(await page.getByRole('dialog', { name: 'Settings' }).textContent()).toMatch(/Your dictionary: 1 word/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await item.waitFor();
      await page.getByRole('button', { name: 'Settings' }).click();
      expect(await page.getByRole('dialog', { name: 'Settings' }).textContent()).not.toMatch(/Your dictionary/);
    });

    it('moves between issues with F8 and Shift+F8 and selects their text', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      const texts = await page
        .getByRole('list', { name: 'Open issues' })
        .getByRole('listitem')
        .evaluateAll((items) => items.map((li) => li.querySelector('.issue-text')?.textContent ?? ''));
      expect(texts.length).toBeGreaterThan(1);
      // The DOM selection may render a run of spaces as one, so compare with spaces folded.
      // Spaces are shown as ␣ in the panel.
      const fold = (s: string) => s.replace(/␣/g, ' ').replace(/\s+/g, ' ');
      const selected = async () => fold(await page.evaluate(() => document.getSelection()?.toString() ?? ''));
      await page.keyboard.press('F8');
      expect(await selected()).toBe(fold(texts[0]));
      await page.keyboard.press('F8');
      expect(await selected()).toBe(fold(texts[1]));
      await page.keyboard.press('Shift+F8');
      expect(await selected()).toBe(fold(texts[0]));
      // Clicking an issue selects its text too.
      await page.getByRole('list', { name: 'Open issues' }).getByRole('listitem').filter({ hasText: 'offencive' }).getByRole('button').first().click();
      expect(await selected()).toBe('offencive');
      // Ctrl+Enter applies its first suggestion.
      await page.keyboard.press('Control+Enter');
      await waitForStatus(page, /\b1 change\b/);
    });

    it('offers every export in a menu', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      await page.getByRole('button', { name: 'Export' }).click();
      const items = await page.getByRole('menu').getByRole('menuitem').allTextContents();
      expect(items).toEqual([
        'Corrected text (.txt)',
        'Corrected text (.md)',
        'Corrected text (.docx)',
        'Corrected text (.html)',
        'Review report (.html)',
        'Issues (.csv)',
        'Changes (.patch)',
      ]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    });

    it('shows the keyboard shortcuts with F1', async () => {
      app = await target.launch();
      const { page } = app;
      await openSample(page);
      await page.keyboard.press('F1');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/Next \/ previous issue/);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    });

    it('has no serious or critical accessibility violations (axe-core)', async () => {
      app = await target.launch();
      const { page } = app;
      await page.evaluate(axeSource);
      const welcome = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(welcome).toEqual([]);
      await openSample(page);
      const review = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(review).toEqual([]);
    });
  });
}

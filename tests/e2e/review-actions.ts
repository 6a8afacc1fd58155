// What the review specs do again and again, the way a person does it: open the sample, wait for the
// status bar, apply the sample's first fix, find the corrected text.
import type { Page } from 'playwright-core';

/** Opens the sample article from the welcome screen and waits for its "offencive" issue. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try the sample article' }).click();
  await page.getByRole('region', { name: 'Issues' }).getByRole('listitem').filter({ hasText: 'offencive' }).waitFor();
}

/** Waits until the status bar's text matches `text`. */
export async function waitForStatus(page: Page, text: RegExp): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[role="status"]')?.textContent ?? ''),
    [text.source, text.flags],
  );
}

/** Replaces the sample's "offencive" with "offensive" from its issue card and waits for the change. */
export async function applyOffensive(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Issues' })
    .getByRole('listitem')
    .filter({ hasText: 'offencive' })
    .getByRole('button', { name: 'Replace with offensive', exact: true })
    .click();
  await waitForStatus(page, /\b1 change\b/);
}

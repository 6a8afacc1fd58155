// How CodeMirror's own parts of the review screen look (web build): the find panel and the folded
// unchanged stretches wear the app's fonts and colours, in the light and the dark theme, use no
// glyph Debian's default fonts lack, and the find panel is in view when it opens.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announceSkip, TARGETS, type RunningApp } from './harness';
import { applyOffensive, openSample } from './review-actions';

const web = TARGETS.find((t) => t.name === 'web')!;

/** What the page shows of the find panel and the fold markers, as computed styles. */
function looks(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string, pseudo?: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element, pseudo) : null;
    };
    const root = getComputedStyle(document.documentElement);
    // The app's own tokens, resolved to colours by a probe element.
    const probe = document.createElement('div');
    document.body.append(probe);
    const token = (name: string) => {
      probe.style.color = root.getPropertyValue(name);
      return getComputedStyle(probe).color;
    };
    const tokens = { panel: token('--panel'), text: token('--text'), line: token('--line'), accent: token('--accent') };
    probe.remove();
    const field = document.querySelector('.cm-search input[name="search"]')!.getBoundingClientRect();
    const hit = document.elementFromPoint(field.left + field.width / 2, field.top + field.height / 2);
    const marker = style('.cm-collapsedLines');
    return {
      tokens,
      bodyFont: getComputedStyle(document.body).fontFamily,
      panelBackground: style('.cm-panels')!.backgroundColor,
      panelText: style('.cm-panel.cm-search')!.color,
      buttonFont: style('.cm-search .cm-button')!.fontFamily,
      buttonBackground: style('.cm-search .cm-button')!.backgroundImage + ' ' + style('.cm-search .cm-button')!.backgroundColor,
      buttonBorder: style('.cm-search .cm-button')!.borderTopColor,
      labelFont: style('.cm-search label')!.fontFamily,
      fieldBorder: style('.cm-search .cm-textfield')!.borderTopColor,
      findInView: hit?.getAttribute('name') === 'search',
      markerText: document.querySelector('.cm-collapsedLines')?.textContent,
      markerFont: marker?.fontFamily,
      markerMarks: [style('.cm-collapsedLines', '::before')?.content, style('.cm-collapsedLines', '::after')?.content],
    };
  });
}

announceSkip(web);
describe.runIf(!web.missing)('the review screen\'s look (web)', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('draws the find panel and the fold markers with the app\'s own fonts and colours, light and dark', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await applyOffensive(page);
    await page.getByRole('button', { name: 'Fold unchanged' }).click();
    await page.locator('.cm-collapsedLines').first().waitFor();
    await page.getByRole('textbox', { name: 'Corrected text' }).click();
    await page.keyboard.press('Control+f');
    await page.locator('.cm-search').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      const seen = await looks(page);
      expect(seen.panelBackground).toBe(seen.tokens.panel);
      expect(seen.panelText).toBe(seen.tokens.text);
      expect(seen.buttonFont).toBe(seen.bodyFont);
      expect(seen.labelFont).toBe(seen.bodyFont);
      expect(seen.buttonBackground).toBe(`none ${seen.tokens.panel}`);
      expect(seen.buttonBorder).toBe(seen.tokens.line);
      // The search field has the focus: outlined in the app's accent.
      expect(seen.fieldBorder).toBe(seen.tokens.accent);
      expect(seen.markerFont).toBe(seen.bodyFont);
      // The count in words, a chevron drawn in CSS (empty content), and no mark after it.
      expect(seen.markerText).toMatch(/^\d+ unchanged lines$/);
      expect(seen.markerMarks).toEqual(['""', 'none']);
    }
  });

  it('shows the find panel in view on a long article', async () => {
    app = await web.launch();
    const { page } = app;
    await openSample(page);
    await page.getByRole('textbox', { name: 'Corrected text' }).click();
    await page.keyboard.press('Control+f');
    await page.locator('.cm-search').waitFor();
    expect((await looks(page)).findInView).toBe(true);
    await page.keyboard.type('Mosul');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Mosul');
  });
});

import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { relateClaimToSpeaker, SPEAKER } from './support/relateClaimToSpeaker';
import { severeViolations } from './support/severeViolations';

// axe finds no serious or critical problem in the modes accessibility.spec does not reach — the
// suggestion panel, relation mode with its banner, the key table — in English and German at
// 1024 × 700; and every control Tab reaches on the workbench shows where the keyboard focus is.

/** Tabs through the page `presses` times and names each focused element that shows no focus indicator. */
async function focusWithoutIndicator(page: Page, presses: number): Promise<string[]> {
  const missing = new Set<string>();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      if (outline || shadow) return null;
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
      return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${name}"`;
    });
    if (problem) missing.add(problem);
  }
  return [...missing];
}

for (const locale of ['en', 'de-DE'] as const) {
  test(`${locale}: suggestion panel, relation mode and key table pass axe; Tab always shows the focus`, async () => {
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText(SPEAKER);
      // The claim and its speaker tagged, then related by keys (J, R, K, Enter, 1 = source), scanned in each mode on the way.
      await relateClaimToSpeaker(page, {
        check: async (step) => {
          if (step === 'tagged') {
            await page.keyboard.press('s');
            await expect(page.getByTestId('suggestion-status')).toHaveText(/^\d+ /u);
            expect(await severeViolations(page), 'suggestion panel').toEqual([]);
            await page.keyboard.press('s');
            await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
          }
          if (step === 'target') expect(await severeViolations(page), 'relation mode').toEqual([]);
          // A claim to an actor can be its source or its target: Enter offers both, 1 chooses source.
          if (step === 'offered') expect(await severeViolations(page), 'relation type offered').toEqual([]);
          if (step === 'related') expect(await severeViolations(page), 'a relation drawn').toEqual([]);
        },
      });

      await page.keyboard.press('?');
      await expect(page.getByTestId('shortcut-overlay')).toBeVisible();
      expect(await severeViolations(page), 'key table').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('shortcut-overlay')).toHaveCount(0);

      await page.keyboard.press('Escape');
      expect(await focusWithoutIndicator(page, 45)).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

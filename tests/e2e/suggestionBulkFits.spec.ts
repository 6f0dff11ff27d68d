import { expect, test } from '@playwright/test';
import { launchApp } from './app';

// The suggestion panel's "accept all" buttons each read on one line inside the panel, in both
// languages and window sizes (in German at 1024 "Alle übernehmen: Behauptung (2)" broke inside its
// button), and each keeps its whole accessible name.

for (const locale of ['en', 'de-DE'] as const) {
  for (const [width, height] of [[1400, 900], [1024, 700]] as const) {
    test(`${locale} ${width}: every "accept all" button is one line inside the suggestion panel`, async () => {
      const app = await launchApp({ locale });
      try {
        const { page } = app;
        await page.setViewportSize({ width, height });
        await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
        await page.keyboard.press('s');
        const panel = page.getByTestId('suggestion-panel');
        const bulk = panel.getByRole('button', { name: locale === 'en' ? /^Accept all: \S+ \(\d+\)$/u : /^Alle übernehmen: \S+ \(\d+\)$/u });
        await expect(bulk).toHaveCount(4);
        await expect(panel.getByTestId('suggestion-status')).toHaveText(/^\d+ /u);
        if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/bulk-${locale}-${width}.png` });
        const problems = await panel.evaluate((section) => {
          const out: string[] = [];
          const panelBox = section.getBoundingClientRect();
          const close = section.querySelector('.suggestion-close');
          const oneLine = close ? close.getBoundingClientRect().height : 0;
          for (const button of section.querySelectorAll('.suggestion-bulk button')) {
            const r = button.getBoundingClientRect();
            const name = button.textContent ?? '';
            if (r.height > oneLine + 1) out.push(`${name}: ${r.height}px high, one line is ${oneLine}px`);
            if (r.left < panelBox.left || r.right > panelBox.right) out.push(`${name}: outside the panel`);
          }
          return out;
        });
        expect(problems).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
}

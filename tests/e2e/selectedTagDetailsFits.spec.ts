import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { ARTICLE } from './support/editorText';
import { caretPoint, offsetOf } from './support/textDrag';

// The selected tag's head in both languages at 1024×700: its label chip and its code-point range
// stand apart and the range reads on one line — in German "Codepunkte 2391–2466" touched the chip
// and broke after the dash ("2391–" / "2466").

for (const locale of ['de-DE', 'en-US']) {
  test(`${locale}: the selected tag's chip and code-point range fit its head at 1024 px`, async () => {
    const app = await launchApp({ locale });
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      const word = 'sicherheitspolitische';
      const point = await caretPoint(page, offsetOf(ARTICLE, word) + 3, 'before');
      await page.mouse.dblclick(point.x, point.y);
      await page.keyboard.press('1');
      const details = page.getByTestId('annotation-details');
      await expect(details.locator('.offsets')).toContainText('–');
      const layout = await details.evaluate((section) => {
        const chip = section.querySelector('.details-head .chip')!.getBoundingClientRect();
        const offsets = section.querySelector('.details-head .offsets')!;
        const range = document.createRange();
        range.selectNodeContents(offsets);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        const box = offsets.getBoundingClientRect();
        const apart = box.top >= chip.bottom || box.left - chip.right >= 4;
        return { lines: lines.size, apart, inside: box.right <= section.getBoundingClientRect().right };
      });
      if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/details-${locale}-1024.png` });
      expect(layout).toEqual({ lines: 1, apart: true, inside: true });
    } finally {
      await app.close();
    }
  });
}

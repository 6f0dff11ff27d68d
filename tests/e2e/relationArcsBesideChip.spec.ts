import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { dragOver } from './support/mouseDrag';
import { CLAIM, relateClaimToSpeaker } from './support/relateClaimToSpeaker';

// The selected tag's label chip ("Behauptung" over the claim) covers the room between the lines over
// its first line. The arcs that leave the claim must leave beside the chip and their labels stay off
// it: once ~80 px of the "Ziel" arc's line ran hidden under the chip at 1024 German.

const SHOTS = process.env.TAGWERK_SHOTS;

/** How many pixels of drawn arc line, and how many arc labels, lie under the selected tag's chip (read from the painted page). */
async function hiddenUnderChip(page: Page): Promise<{ chip: boolean; linePixels: number; labels: number; arcs: number }> {
  return page.evaluate(() => {
    const element = document.querySelector('[data-testid="editor"] .ann-selected-start');
    const first = element?.getClientRects()[0];
    if (!element || !first) return { chip: false, linePixels: 0, labels: 0, arcs: 0 };
    // The chip is the element's ::before, placed above its first box (relations.css / annotations.css).
    const style = getComputedStyle(element, '::before');
    const px = (v: string) => Number.parseFloat(v) || 0;
    const width = px(style.width) + px(style.paddingLeft) + px(style.paddingRight);
    const height = px(style.height) + px(style.paddingTop) + px(style.paddingBottom);
    const bottom = first.top + px(style.top);
    const chip = { left: first.left, right: first.left + width, top: bottom - height, bottom };
    const inside = (x: number, y: number) => x > chip.left + 0.5 && x < chip.right - 0.5 && y > chip.top + 0.5 && y < chip.bottom - 0.5;
    const arcs = [...document.querySelectorAll<SVGGElement>('[data-testid="relation-arcs"] .arc')];
    let linePixels = 0;
    let labels = 0;
    for (const arc of arcs) {
      const line = arc.querySelector<SVGPathElement>('.arc-line');
      const matrix = line?.getScreenCTM();
      if (line && matrix) {
        const length = line.getTotalLength();
        for (let at = 0; at <= length; at += 1) {
          const p = new DOMPoint(line.getPointAtLength(at).x, line.getPointAtLength(at).y).matrixTransform(matrix);
          if (inside(p.x, p.y)) linePixels++;
        }
      }
      const box = arc.querySelector('.arc-label-box')?.getBoundingClientRect();
      if (box && box.left < chip.right && box.right > chip.left && box.top < chip.bottom && box.bottom > chip.top) labels++;
    }
    return { chip: width > 0, linePixels, labels, arcs: arcs.length };
  });
}

for (const [locale, target] of [
  ['de-DE', 'Ziel'],
  ['en-US', 'Target'],
] as const) {
  test(`${locale}: the arcs leaving the selected claim run beside its chip, not under it, at 1024 and 1400`, async () => {
    test.setTimeout(180_000);
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await relateClaimToSpeaker(page);
      // Putin (4), then by mouse and keys: the claim, R, Putin, Enter, 2 (target).
      await dragOver(page, 'Putin', { occurrence: 2 });
      await page.keyboard.press('4');
      const claim = page.getByTestId('editor').locator('[data-ann]').filter({ hasText: CLAIM.slice(0, 25) }).first();
      await clickTag(page, claim);
      await page.keyboard.press('r');
      await clickTag(page, page.getByTestId('editor').locator('[data-ann]').filter({ hasText: 'Putin' }).first());
      await page.keyboard.press('Enter');
      await page.keyboard.press('2');
      const arcs = page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
      await expect(arcs).toHaveCount(2);
      await expect(arcs.filter({ has: page.locator('.arc-label', { hasText: target }) })).toHaveCount(1);
      // The claim selected again by a click, as a person looks at its relations.
      await clickTag(page, claim);
      for (const [width, height] of [
        [1024, 700],
        [1400, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expect.poll(() => hiddenUnderChip(page)).toEqual({ chip: true, linePixels: 0, labels: 0, arcs: 2 });
        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `arcs-beside-chip-${locale}-${width}.png`) });
      }
    } finally {
      await app.close();
    }
  });
}

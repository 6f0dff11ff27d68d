import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';

/**
 * The input of the bench's scroll figure (90 wheel steps of 400 px from the top, about 30 a second),
 * then its click on a word near the middle of the view, so a dev loop starts its search or tag all
 * where the bench's does (with the chunks that scroll drew).
 */
export async function scrollAsTheBench(page: Page, probe: ProbeDriver): Promise<void> {
  await page.locator('.document-pane').evaluate((pane) => (pane.scrollTop = 0));
  const pane = await page.locator('.document-pane').boundingBox();
  if (pane) await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await probe.settle();
  for (let i = 0; i < 90; i++) {
    await page.mouse.wheel(0, 400);
    await probe.sleep(33);
  }
  await probe.settle(300);
  const word = await probe.call<{ x: number; y: number } | null>('wordNear(0.5, 0)');
  if (word) await page.mouse.click(word.x, word.y);
  await probe.settle(300);
}

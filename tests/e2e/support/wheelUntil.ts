import type { Page } from '@playwright/test';

/** Wheel-scrolls the document pane (mouse over the text) until `done` holds; at most `limit` notches, else throws. */
export async function wheelUntil(page: Page, done: () => Promise<boolean>, deltaY = 600, limit = 400): Promise<void> {
  const pane = await page.locator('main.document-pane').boundingBox();
  if (!pane) throw new Error('no document pane');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < limit; i++) {
    if (await done()) return;
    await page.mouse.wheel(0, deltaY);
  }
  throw new Error('wheel scrolling never reached its goal');
}

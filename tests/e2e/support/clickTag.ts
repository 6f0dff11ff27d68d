import type { Locator, Page } from '@playwright/test';

/**
 * Clicks the middle of a tag's first line of text with the mouse, as a person does — not the middle
 * of its element's box (what `locator.click` aims at), which for a tag that wraps lies between its
 * lines and for the selected tag may be its label chip (the element's `::before`, no pointer events).
 */
export async function clickTag(page: Page, tag: Locator): Promise<void> {
  await tag.scrollIntoViewIfNeeded();
  const point = await tag.evaluate((el) => {
    const first = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
    if (!first) throw new Error('the tag has no box on screen');
    return { x: first.x + first.width / 2, y: first.y + first.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}

import { expect, type Page } from '@playwright/test';

/** The document list's scroll offset once it stopped moving (the same over two frames). */
export async function settledScrollTop(page: Page): Promise<number> {
  let top = -1;
  await expect
    .poll(async () => {
      top = await page.locator('.corpus-body').evaluate(
        (body) => new Promise<number>((resolve) => {
          const before = body.scrollTop;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(body.scrollTop === before ? before : -1)));
        }),
      );
      return top;
    })
    .not.toBe(-1);
  return top;
}

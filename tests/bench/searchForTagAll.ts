import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';

/**
 * Opens the search bar afresh (Escape, Ctrl+F), types `query` and waits for the page to settle, as
 * the bench does before "tag all": gives the button's centre to click, or null when it is not shown.
 */
export async function searchForTagAll(page: Page, probe: ProbeDriver, query: string): Promise<{ x: number; y: number } | null> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
  await page.keyboard.type(query);
  await probe.settle(300);
  const button = await page.getByTestId('search-tag-all').boundingBox();
  return button ? { x: button.x + button.width / 2, y: button.y + button.height / 2 } : null;
}

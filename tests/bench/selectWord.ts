import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';

/** Double-clicks a word near the middle of the text that no tag covers yet (untimed preparation). */
export async function selectWord(page: Page, probe: ProbeDriver, rep: number): Promise<boolean> {
  const target = await probe.call<{ x: number; y: number } | null>(`wordNear(${0.5 + rep * 0.003}, ${rep % 5})`);
  if (!target) return false;
  await page.mouse.dblclick(target.x, target.y);
  await probe.settle();
  return true;
}

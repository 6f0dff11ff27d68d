import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';
import { selectWord } from './selectWord';
import { spread, type Spread } from './stats';

/**
 * Autosave against input: tags a word, then records every frame from before the save starts
 * (it waits for a quiet second after the edit) until the status line says "saved"; the longest
 * frame is how long the save could have held up a key.
 */
export async function measureAutosave(page: Page, probe: ProbeDriver, rep: number): Promise<Spread> {
  try {
    return await framesWhileSaving(page, probe, rep);
  } catch {
    // A save that never reports "saved" is a finding, not a reason to lose the rest of the run.
    await probe.call('stopFrames()').catch(() => undefined);
    return spread([]);
  }
}

async function framesWhileSaving(page: Page, probe: ProbeDriver, rep: number): Promise<Spread> {
  const saved = page.locator('[data-testid="save-status"][data-status="saved"]');
  await saved.waitFor({ timeout: 30_000 });
  if (!(await selectWord(page, probe, rep))) return spread([]);
  await page.keyboard.press('1');
  // The tag's own frame is over once the page is quiet; the save starts a second after the edit.
  await probe.settle();
  await probe.call('startFrames()');
  // While frames are recorded, wait with one attribute read per 50 ms: a locator's wait runs
  // Playwright's selector engine in the page (20–25 ms tasks seen), which the frames would count.
  const status = () => page.evaluate(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status') ?? null);
  const until = Date.now() + 30_000;
  while (Date.now() < until && (await status()) !== 'saved') await probe.sleep(50);
  await probe.sleep(100);
  const frames = await probe.call<number[]>('stopFrames()');
  await page.keyboard.press('Escape');
  return spread(frames);
}

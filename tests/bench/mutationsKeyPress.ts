// Dev loop: which DOM changes one key press makes in the editor (a MutationObserver over the
// editor during tag, retag, undo presses): elements added and removed, attributes set, text
// changed — so a redraw of more than the new tag's own elements shows.
// TAGWERK_MUT_SIZE=200000:1000[:relations] TAGWERK_MUT_REPS=5 npx tsx tests/bench/mutationsKeyPress.ts
import type { Page } from '@playwright/test';
import { selectWord } from './selectWord';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { MUTATION_WATCH } from './mutationWatch';


async function counted(page: Page, probe: ProbeDriver, press: () => Promise<void>): Promise<unknown> {
  await probe.settle();
  await page.evaluate(MUTATION_WATCH);
  await probe.timed(press);
  await probe.settle(100);
  return page.evaluate('window.__twMut()');
}

const [chars = 200_000, spans = 1000, relations = 0] = (process.env.TAGWERK_MUT_SIZE ?? '200000:1000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_MUT_REPS ?? 5);
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  for (let rep = 0; rep < reps; rep++) {
    if (!(await selectWord(page, probe, rep + 1))) continue;
    console.log('tag  ', JSON.stringify(await counted(page, probe, () => page.keyboard.press('1'))));
    console.log('retag', JSON.stringify(await counted(page, probe, () => page.keyboard.press('2'))));
    console.log('del  ', JSON.stringify(await counted(page, probe, () => page.keyboard.press('Delete'))));
    console.log('undo ', JSON.stringify(await counted(page, probe, () => page.keyboard.press('Control+z'))));
    await page.keyboard.press('Escape');
  }
} finally {
  await close();
}

// Dev loop for autosave against input: imports one generated document, opens it in the Chromium
// host, tags a word, then records the frames and a CPU profile while the autosave runs, and prints
// the worst frame, the top self times and the inclusive times of the save's own functions.
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=3 npx tsx tests/bench/probeAutosave.ts
import { selectWord } from './selectWord';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';

const [chars = 1_000_000, spans = 10_000] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 3);
// The generated document imported and opened as probeKeys.ts opens it (one setup for every probe).
const { page, probe, close } = await openProbeDocument(chars, spans);
try {
  const saved = page.locator('[data-testid="save-status"][data-status="saved"]');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let rep = 0; rep < reps; rep++) {
    await saved.waitFor({ timeout: 30_000 });
    if (!(await selectWord(page, probe, rep))) continue;
    await page.keyboard.press('1');
    await probe.settle();
    await cdp.send('Profiler.start');
    await probe.call('startFrames()');
    await page.locator('[data-testid="save-status"]:not([data-status="saved"])').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await saved.waitFor({ timeout: 30_000 });
    await probe.sleep(100);
    const frames = await probe.call<number[]>('stopFrames()');
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await page.keyboard.press('Escape');
    console.log(`save ${rep}: worst frame ${Math.max(...frames).toFixed(1)} ms of ${frames.length}; frames over 20 ms: ${frames.filter((f) => f > 20).map((f) => f.toFixed(0)).join(' ')}`);
    const { total, self: selfByName } = inclusiveTimes(profile, (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`);
    const skip = (k: string) => k.startsWith('(root)') || k.startsWith('(idle)');
    console.log('  self:', [...selfByName].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | '));
    console.log('  inclusive:', [...total].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | '));
  }
  await cdp.detach();
} finally {
  await close();
}

// Dev loop for the key path: imports one generated document, opens it in the Chromium host and
// times tag/retag/delete/undo/J/K/click, then CPU profiles (one tag; ten tags split into the key's handler,
// React's renders and GC) and a heap-allocation sample of one tag.
// TAGWERK_PROBE_SIZE=1000000:10000[:relations] TAGWERK_PROBE_REPS=9 npx tsx tests/bench/probeKeys.ts
import { writeFile } from 'node:fs/promises';
import { selectWord } from './selectWord';
import { inclusiveTimes, type CpuProfile, type CpuProfileNode } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import { profileKeyPress } from './profileKeyPress';
import { percentile } from './stats';

const [chars = 1_000_000, spans = 10_000, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 9);
const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  const select = (rep: number) => selectWord(page, probe, rep);
  const rows: Record<string, number[]> = { tag: [], retag: [], delete: [], undo: [], J: [], K: [], click: [] };
  for (let rep = 0; rep < reps; rep++) {
    if (!(await select(rep))) continue;
    rows.tag!.push(await probe.timed(() => page.keyboard.press('1')));
    rows.retag!.push(await probe.timed(() => page.keyboard.press('2')));
    rows.delete!.push(await probe.timed(() => page.keyboard.press('Delete')));
    rows.undo!.push(await probe.timed(() => page.keyboard.press('Control+z')));
    await page.keyboard.press('Escape');
  }
  for (let rep = 0; rep < reps; rep++) rows.J!.push(await probe.timed(() => page.keyboard.press('j')));
  for (let rep = 0; rep < reps; rep++) rows.K!.push(await probe.timed(() => page.keyboard.press('k')));
  for (let rep = 0; rep < reps; rep++) {
    await page.keyboard.press('Escape');
    await probe.call(`wordNear(${0.2 + rep * 0.04}, 0)`);
    await probe.settle();
    const target = await probe.call<{ x: number; y: number } | null>(`visibleTag(${rep})`);
    if (target) rows.click!.push(await probe.timed(() => page.mouse.click(target.x, target.y)));
  }
  await page.keyboard.press('Escape');
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(6)} p50 ${percentile(v, 50).toFixed(1)} p90 ${percentile(v, 90).toFixed(1)}  [${v.map((x) => x.toFixed(0)).join(' ')}]`);
  if (process.env.TAGWERK_PROBE_PROFILE !== '0') {
    await select(50);
    const profile = await profileKeyPress(page, probe, '1');
    for (const e of profile) console.log(`${e.selfMs.toFixed(1).padStart(6)} ${e.fn} ${e.at}`);
    await page.keyboard.press('Escape');
    // Inclusive time per function over ten tag presses, in the key's own handler and in React's
    // renders (the publication after the frame): which step of each the time is under.
    {
      const presses = 10;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let rep = 0; rep < presses; rep++) {
        await select(70 + rep);
        await probe.timed(() => page.keyboard.press('1'));
        await probe.settle(200);
        await page.keyboard.press('Escape');
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      // TAGWERK_PROBE_SAVE=file.cpuprofile keeps the profile for DevTools' performance panel.
      if (process.env.TAGWERK_PROBE_SAVE) await writeFile(process.env.TAGWERK_PROBE_SAVE, JSON.stringify(profile));
      const nameOf = (n: CpuProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
      const under = (title: string, isRoot: (n: CpuProfileNode) => boolean) => {
        const { rootMs, total } = inclusiveTimes(profile, nameOf, isRoot);
        console.log(`--- ${title}: ${(rootMs / presses).toFixed(1)} ms per tag; inclusive ms per tag`);
        for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / presses).toFixed(2).padStart(8)} ${k}`);
      };
      under('the window key handler (onKeyDown)', (n) => n.callFrame.functionName === 'onKeyDown' && n.callFrame.url.includes('/assets/'));
      under('React renders and commits (performWorkOnRoot)', (n) => n.callFrame.functionName === 'performWorkOnRoot');
      under('garbage collection', (n) => n.callFrame.functionName === '(garbage collector)');
    }
    // Heap allocation sampling around one tag press: which functions allocate.
    await select(60);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
    await probe.timed(() => page.keyboard.press('1'));
    await probe.settle(200);
    const { profile: heap } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
    interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: HeapNode[] }
    const bySelf = new Map<string, number>();
    const stacks: [number, string][] = [];
    const walk = (n: HeapNode, trail: string[]) => {
      const name = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
      const next = [...trail, name];
      bySelf.set(name, (bySelf.get(name) ?? 0) + n.selfSize);
      if (n.selfSize > 200_000) stacks.push([n.selfSize, next.slice(-8).join(' < ')]);
      n.children.forEach((c) => walk(c, next));
    };
    walk(heap.head, []);
    console.log('--- heap self (KB)');
    for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(v / 1024).toFixed(0).padStart(8)} ${k}`);
    console.log('--- big stacks');
    for (const [v, s] of stacks.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(`${(v / 1024).toFixed(0).padStart(8)} ${s}`);
  }
} finally {
  await close();
}

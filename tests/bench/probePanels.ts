// Dev loop for what follows the text's frame (the list, details, status line and corpus sidebar): imports one
// generated document, opens it in the Chromium host, and per key (tag, J, Escape) prints keydown → text painted and
// → panels painted, how many frames the panels came after the key, React's renders per part of the window, and a
// CPU profile of React's work (inclusive ms per function under performWorkOnRoot / the commit's effects). Reports, never asserts.
// TAGWERK_PANELS_SIZE=1000000:10000[:relations] TAGWERK_PANELS_REPS=8 [TAGWERK_PANELS_PROFILE=0] [TAGWERK_PANELS_DEBUG=1: where the list is around each tag] npx tsx tests/bench/probePanels.ts
import { selectWord } from './selectWord';
import { inclusiveTimes, type CpuProfile, type CpuProfileNode } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import { installProbe } from './pageScripts';
import { percentile } from './stats';
import { installRenderCounter } from '../e2e/support/renderCounter';

const [chars = 1_000_000, spans = 10_000, relations = 0] = (process.env.TAGWERK_PANELS_SIZE ?? '1000000:10000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PANELS_REPS ?? 8);
const f = (n: number) => n.toFixed(1);

/** Animation frames stamped from each keydown on, so a press can say how many frames its panels came after the key. */
const FRAME_STAMPS = `(() => {
  const state = { t0: null, frames: [] };
  window.__twPanelFrames = state;
  const tick = (t) => { if (state.t0 !== null) state.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.addEventListener('keydown', (e) => { state.t0 = e.timeStamp; state.frames = []; }, true);
})()`;

const { page, probe, close } = await openProbeDocument(chars, spans, relations);
try {
  const counter = await installRenderCounter(page);
  await page.getByTestId('editor').waitFor();
  await installProbe(page);
  await page.evaluate(FRAME_STAMPS);
  const option = page.getByTestId('corpus-list').getByRole('option').filter({ hasText: 'Probe' }).first();
  if ((await option.getAttribute('aria-selected')) !== 'true') await option.click();
  await page.locator('[data-testid="document-title"]', { hasText: 'Probe' }).waitFor();
  await probe.settle(300, 20_000);

  type Row = { first: number[]; panels: number[]; frames: number[]; renders: Map<string, number> };
  const rows = new Map<string, Row>();
  const press = async (name: string, key: string) => {
    await probe.settle();
    await counter.reset();
    const { first, panels } = await probe.timedWithPanels(() => page.keyboard.press(key));
    await probe.settle(200);
    const row: Row = rows.get(name) ?? { first: [], panels: [], frames: [], renders: new Map() };
    rows.set(name, row);
    row.first.push(first);
    row.panels.push(panels);
    // Frames painted after the keydown up to (and with) the one that showed the panels.
    const frames = await page.evaluate<number>(`(() => { const s = window.__twPanelFrames; const until = s.t0 + ${Number.isFinite(panels) ? panels : first}; return s.frames.filter((t) => t <= until + 1).length; })()`);
    row.frames.push(frames);
    for (const { where, count } of await counter.renders()) row.renders.set(where, (row.renders.get(where) ?? 0) + count);
  };
  for (let rep = -1; rep < reps; rep++) {
    if (!(await selectWord(page, probe, rep + 1))) continue;
    const listAt = () => page.evaluate<string>(`(() => { const s = document.querySelector('.annotation-scroll'); const sel = document.querySelector('.annotation-item.selected'); return s ? 'rows ' + document.querySelectorAll('li.annotation-item').length + ' first ' + document.querySelector('li.annotation-item')?.getAttribute('data-index') + ' box ' + s.clientHeight + ' scrollTop ' + s.scrollTop + ' selected index ' + (sel ? sel.getAttribute('data-index') : '-') : 'no list'; })()`);
    if (process.env.TAGWERK_PANELS_DEBUG) console.log('before tag', await listAt());
    await press('tag', '1');
    if (process.env.TAGWERK_PANELS_DEBUG) console.log('after tag', await listAt());
    await press('J', 'j');
    // Back to the new tag and delete it; J selects the tag after it, so Escape has a selection to clear, all near the same place in the list.
    for (const key of ['k', 'Delete', 'j']) {
      await page.keyboard.press(key);
      await probe.settle();
    }
    await press('Escape', 'Escape');
    if (rep === -1) rows.clear();
  }
  for (const [name, row] of rows) {
    const n = row.first.length;
    console.log(`${name.padEnd(7)} text p50 ${f(percentile(row.first, 50))} · panels p50 ${f(percentile(row.panels, 50))} p90 ${f(percentile(row.panels, 90))} · frames to panels p50 ${percentile(row.frames, 50)} [${row.frames.join(' ')}]`);
    const renders = [...row.renders].sort((a, b) => b[1] - a[1]).map(([where, count]) => `${(count / n).toFixed(1)} ${where}`);
    console.log(`        renders per press: ${renders.join(' · ')}`);
  }

  // React's share per press, by function (inclusive, names kept by the build): where the panels' CPU goes.
  const nameOf = (node: CpuProfileNode) => `${node.callFrame.functionName || '(anon)'}:${node.callFrame.lineNumber + 1}`;
  // TAGWERK_PANELS_PROFILE=0 leaves the profiles out.
  for (const [name, key] of process.env.TAGWERK_PANELS_PROFILE === '0' ? [] : ([['tag', '1'], ['J', 'j'], ['Escape', 'Escape']] as const)) {
    const total = new Map<string, number>();
    let rootMs = 0;
    let presses = 0;
    const perPress: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      if (name === 'tag' && !(await selectWord(page, probe, 30 + rep))) continue;
      if (name === 'Escape') {
        await page.keyboard.press('j');
        await probe.settle();
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await probe.settle();
      await cdp.send('Profiler.start');
      await probe.timedWithPanels(() => page.keyboard.press(key));
      await probe.settle(200);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      const one = inclusiveTimes(profile, nameOf, (node) => node.callFrame.functionName === 'performWorkOnRoot');
      rootMs += one.rootMs;
      perPress.push(one.rootMs);
      for (const [what, ms] of one.total) total.set(what, (total.get(what) ?? 0) + ms);
      presses++;
      if (name === 'tag') {
        await page.keyboard.press('Delete');
        await page.keyboard.press('Escape');
        await probe.settle();
      }
    }
    console.log(`--- ${name}: React (performWorkOnRoot) mean ${f(rootMs / presses)} ms per press, p50 ${f(percentile(perPress, 50))} [${perPress.map((ms) => ms.toFixed(0)).join(' ')}]; inclusive ms per press (mean)`);
    for (const [what, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(ms / presses).toFixed(2).padStart(8)} ${what}`);
  }
} finally {
  await close();
}

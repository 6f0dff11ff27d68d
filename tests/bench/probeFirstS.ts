// Dev loop (assist): the first S after opening a document, as the bench presses it. Traces S → the
// panel's painted frame (tasks, stages) with a CPU profile of it (inclusive ms per function under TAGWERK_PROBE_ROOTS),
// then the whole load of the suggestions (S → the count shown): the main thread's longest tasks; then
// TAGWERK_PROBE_AGAIN reopenings as the bench times them (Escape, S: the suggestions cached), each traced,
// and their p50 CPU per stage in S → panel (the panel's frame draws the first screen of dashes then).
// TAGWERK_PROBE_SIZE=1000000:10000 TAGWERK_PROBE_REPS=2 [TAGWERK_PROBE_AGAIN=8] npx tsx tests/bench/probeFirstS.ts
import { suggestionsQuiet } from './suggestionsBench';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { openProbeDocument } from './openProbeDocument';
import type { ProbeDriver } from './probeDriver';
import { percentile } from './stats';
import type { CDPSession, Page } from '@playwright/test';
import { traceSplit, type Stage, type TraceEvent } from './traceSplit';

/** A CPU profile with its clock (µs, the trace's clock). */
type TimedProfile = CpuProfile & { startTime: number };

/** Inclusive ms per function of the samples taken in [from, to) (µs on the trace's clock), most first. */
function sampledIn(profile: TimedProfile, from: number, to: number): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at >= to) return;
    const seen = new Set<string>();
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) {
      const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
      if (seen.has(name) || /^\((root|program|idle)\)/.test(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  });
  return [...total].sort((a, b) => b[1] - a[1]);
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
const STAGES: Stage[] = ['script', 'gc', 'style', 'layout', 'prePaint', 'paint', 'layerize', 'commit', 'other'];

const [chars, spans, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number) as [number, number, number?];
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 2);
/** Ms the page is left idle after the open before S (a user who does not wait: 0). */
const idleMs = Number(process.env.TAGWERK_PROBE_IDLE ?? 2000);
/** Functions whose subtrees the CPU profile sums (comma-separated), and how many lines each prints. */
const roots = (process.env.TAGWERK_PROBE_ROOTS ?? 'onKeyDown').split(',');
const top = Number(process.env.TAGWERK_PROBE_TOP ?? 24);
const again = Number(process.env.TAGWERK_PROBE_AGAIN ?? 8);

/** A CDP session on `page` tracing CATEGORIES and sampling a CPU profile every 0.1 ms, both started: the events arrive in `events`. */
async function startRecording(page: Page): Promise<{ cdp: CDPSession; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  return { cdp, events };
}

/** Escape, then S traced (the suggestions cached): S → panel's CPU by stage and its tasks; S → quiet's CPU and inclusive ms per function. */
async function reopen(page: Page, probe: ProbeDriver): Promise<{ ms: number; split: NonNullable<ReturnType<typeof traceSplit>>; profile: CpuProfile; wholeCpu: number; wholeMs: number } | null> {
  const panel = page.getByTestId('suggestion-panel');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached', timeout: 5_000 });
  await probe.settle();
  const { cdp, events } = await startRecording(page);
  const started = Date.now();
  const ms = await probe.timed(() => page.keyboard.press('s'));
  await panel.waitFor({ timeout: 5_000 });
  await suggestionsQuiet(page, probe);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const quietMs = Date.now() - started;
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const split = traceSplit(events, ms);
  // The whole reopening: S → the screen's dashes all drawn and the page quiet (the dashes follow the panel, 60 a frame).
  const whole = traceSplit(events, quietMs);
  return split && whole ? { ms, split, profile, wholeCpu: whole.windowMs - whole.waitMs, wholeMs: quietMs } : null;
}

for (let rep = 0; rep < reps; rep++) {
  const { page, probe, close } = await openProbeDocument(chars, spans, relations);
  try {
    await page.getByTestId('editor').focus();
    await probe.sleep(idleMs);
    await probe.settle();
    const { cdp, events } = await startRecording(page);
    const started = Date.now();
    const ms = await probe.timed(() => page.keyboard.press('s'));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    // The load's own profile (S's frame painted → the count shown), read by time for its longest tasks.
    await cdp.send('Profiler.start');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
    const loadMs = Date.now() - started;
    await suggestionsQuiet(page, probe);
    const { profile: loadProfile } = (await cdp.send('Profiler.stop')) as unknown as { profile: TimedProfile };
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    const s = traceSplit(events, ms);
    if (s) {
      console.log(`[${rep}] first S → panel: ${ms.toFixed(1)} ms; CPU in window ${(s.windowMs - s.waitMs).toFixed(1)}; ${STAGES.map((st) => `${st} ${s.stages[st].toFixed(1)}`).join(' · ')}`);
      for (const t of s.tasks) console.log(`   at ${t.atMs.toFixed(1)} ${t.cpuMs.toFixed(1)} ms ${t.what.slice(0, 240)}`);
    }
    const whole = traceSplit(events, loadMs + 2000);
    if (whole) {
      const long = [...whole.tasks].sort((a, b) => b.cpuMs - a.cpuMs);
      console.log(`[${rep}] load S → count shown ~${loadMs} ms: ${whole.tasks.length} tasks, CPU ${(whole.windowMs - whole.waitMs).toFixed(0)} ms, tasks ≥ 50 ms CPU: ${long.filter((t) => t.cpuMs >= 50).length}; longest:`);
      for (const t of long.slice(0, 6)) console.log(`   at ${t.atMs.toFixed(0)} ${t.cpuMs.toFixed(1)} ms ${t.what.slice(0, 240)}`);
      const key = events.find((e) => e.name === 'EventDispatch' && JSON.stringify(e.args ?? {}).includes('"keydown"'));
      for (const t of long.filter((t) => t.cpuMs >= 25).slice(0, 3)) {
        const from = (key?.ts ?? 0) + t.atMs * 1000;
        // The task's own wall span: the main thread's top-level event that starts there.
        const span = events.find((e) => e.tid === key?.tid && e.pid === key?.pid && e.ph === 'X' && Math.abs(e.ts - from) < 2 && (e.dur ?? 0) >= t.cpuMs * 900);
        console.log(`   in the task at ${t.atMs.toFixed(0)} (${((span?.dur ?? 0) / 1000).toFixed(1)} ms wall):`);
        for (const [k, v] of sampledIn(loadProfile, from, from + (span?.dur ?? t.cpuMs * 1000)).slice(0, 12)) console.log(`     ${v.toFixed(1).padStart(6)}  ${k}`);
        // Trace events inside it (what a task without script did), by wall ms.
        const inside = new Map<string, number>();
        for (const e of events) if (span && e.tid === span.tid && e.ts >= span.ts && e.ts < span.ts + (span.dur ?? 0) && e !== span && e.ph === 'X') inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        console.log(`     events: ${[...inside].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
      }
    }
    // The keydown's own handler, and React rendering the panel in the microtask after it; the profile ends at the panel's painted frame.
    for (const root of roots) {
      const { total, rootMs } = inclusiveTimes(profile, (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`, (node) => node.callFrame.functionName === root);
      console.log(`[${rep}] under ${root} (${rootMs.toFixed(1)} ms in all), inclusive ms (100 µs samples):`);
      for (const [k, v] of [...total].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
    }
    const runs: NonNullable<Awaited<ReturnType<typeof reopen>>>[] = [];
    for (let i = 0; i < again; i++) {
      const r = await reopen(page, probe);
      if (!r) continue;
      runs.push(r);
      const cpu = r.split.windowMs - r.split.waitMs;
      console.log(`[${rep}.${i}] S again → panel: ${r.ms.toFixed(1)} ms; CPU ${cpu.toFixed(1)}; ${STAGES.map((st) => `${st} ${r.split.stages[st].toFixed(1)}`).join(' · ')}; styled ${r.split.styledElements}`);
      for (const t of r.split.tasks) console.log(`   at ${t.atMs.toFixed(1)} ${t.cpuMs.toFixed(1)} ms ${t.what.slice(0, 160)}`);
    }
    if (runs.length > 0) {
      const p50 = (f: (r: (typeof runs)[number]) => number) => percentile(runs.map(f), 50).toFixed(1);
      console.log(`[${rep}] S again (n=${runs.length}) p50: wall ${p50((r) => r.ms)} · CPU ${p50((r) => r.split.windowMs - r.split.waitMs)} · S → quiet CPU ${p50((r) => r.wholeCpu)} (of ~${p50((r) => r.wholeMs)} ms) · ${STAGES.map((st) => `${st} ${p50((r) => r.split.stages[st])}`).join(' · ')}`);
      const sums = new Map<string, number[]>();
      for (const r of runs) {
        const { total } = inclusiveTimes(r.profile, (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`);
        for (const [k, v] of total) if (!/^\((root|program|idle)\)/.test(k)) sums.set(k, [...(sums.get(k) ?? []), v]);
      }
      console.log(`[${rep}] S again, inclusive ms p50 over the reopenings (S → the dashes drawn and the page quiet):`);
      for (const [k, v] of [...sums].map(([k, v]) => [k, percentile([...v, ...Array<number>(runs.length - v.length).fill(0)], 50)] as const).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
    }
  } finally {
    await close();
  }
}

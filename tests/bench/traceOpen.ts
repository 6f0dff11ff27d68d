// Dev loop for opening a document: per size, the bench's open (click in the sidebar → text with
// its highlights painted, two frames after; its stored tags read from disk, as the bench's open) timed untraced, then once under a Chrome trace printed
// as a timeline of the page's main-thread tasks (offset from the click, wall and CPU ms, stages,
// the longest script calls), then once under the sampling profiler (inclusive time of the pieces).
// Reports, never asserts.
// TAGWERK_TRACE_SIZES=200000:1000,1000000:10000[,200000:1000:2000 with relations] TAGWERK_OPEN_REPS=3 [TAGWERK_OPEN_CPU_REPS=9: that many traced opens' main-thread CPU,
// with their style + layout and what script forced of it] [TAGWERK_OPEN_CPU_ONLY=1: stop after those, no single trace or profile] npx tsx tests/bench/traceOpen.ts
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import globalSetup from '../e2e/globalSetup';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, benchSpans, germanText } from './benchCorpus';
import { inclusiveTimes, type CpuProfile } from './inclusiveTimes';
import { installProbe } from './pageScripts';
import { probeOf, type ProbeDriver } from './probeDriver';
import { runCli } from './runCli';
import { storeBenchRelations } from './benchRelations';
import { documentIdOf } from '@shared/text/documentId';
import { percentile } from './stats';
import type { TraceEvent } from './traceSplit';
import type { HostCallStamps } from '../e2e/hosts/types';
import { BRIDGE_GLOBAL } from '@shared/ipc/bridge';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing', 'v8.execute', 'toplevel'];
const STAGE: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  HitTest: 'hitTest',
  'IntersectionObserverController::computeIntersections': 'intersections',
};
const f = (n: number) => n.toFixed(1);

async function open(page: Page, probe: ProbeDriver, title: string, arcs?: number[]): Promise<number> {
  const option = page.getByTestId('corpus-list').getByRole('option').filter({ hasText: title }).first();
  await option.waitFor();
  const box = await option.boundingBox();
  if (!box) throw new Error(`no row for ${title}`);
  // With `arcs`, also the bench's "open → relation arcs drawn" (two frames after the first arc is in the page).
  const drawn = `arcs-${title}-${Date.now()}`;
  if (arcs) await probe.call(`watch(${JSON.stringify(drawn)}, ${JSON.stringify({ kind: 'arcs', title })})`);
  const ms = await probe.timedUntil(`open-${title}-${Date.now()}`, { kind: 'opened', title }, () => page.mouse.click(box.x + 20, box.y + box.height / 2));
  if (arcs) {
    const [at, started] = [await probe.reached(drawn, 10_000), await probe.call<number | null>('startedAt()')];
    arcs.push(started === null ? NaN : at - started);
  }
  return ms;
}

/** Gives every stored annotations.json a new mtime, so main reads and checks it again at the next open (as the bench's timed open). */
async function touchStoredSets(dataDir: string): Promise<void> {
  const now = new Date();
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  await Promise.all(entries.filter((e) => e.isFile() && e.name === 'annotations.json').map((e) => utimes(path.join(e.parentPath, e.name), now, now)));
}

type StackFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

/** The script stack that forced a style or layout pass, if script forced it. */
function stackOf(e: TraceEvent): StackFrame[] | undefined {
  const args = (e.args ?? {}) as { beginData?: { stackTrace?: StackFrame[] }; data?: { stackTrace?: StackFrame[] } };
  return args.beginData?.stackTrace ?? args.data?.stackTrace;
}

/**
 * The main thread's top-level tasks from the click's mouseup to `ms` later, each with its stages and longest script calls
 * (printed unless `quiet`); returns the CPU ms of the tasks that started by then (what the open's wait held of the page's thread), of them those up to
 * and including the first frame painted after the document arrived, and of all tasks up to 250 ms later (the arcs that follow).
 */
function timeline(events: TraceEvent[], ms: number, quiet = false): { cpu: number; firstFrame: number; all: number; styleLayout: number; forced: number; laidOut: number; styled: number } {
  const log = quiet ? () => undefined : console.log;
  const up = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'mouseup');
  if (!up) return (log('  no mouseup in the trace'), { cpu: NaN, firstFrame: NaN, all: NaN, styleLayout: NaN, forced: NaN, laidOut: NaN, styled: NaN });
  const lo = up.ts;
  const hi = lo + ms * 1000;
  const mine = events.filter((e) => e.pid === up.pid && e.tid === up.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= lo && e.ts <= hi + 250_000).sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 1000);
  let cpu = 0;
  let cpuBefore = 0;
  // CPU of the tasks up to and including the first one that paints (the text's first frame); the rest follows it.
  let firstFrame = 0;
  // Of them, the style and layout passes (wall ms), and those that script forced (with a stack).
  let styleLayout = 0;
  let forced = 0;
  // And what those passes did, whatever the load: layout objects laid out and elements styled.
  let laidOut = 0;
  let styled = 0;
  let painted = false;
  // The text can be painted only after the page has the document: the end of its 'ipc openDocument' measure.
  const called = events.find((e) => e.cat === 'blink.user_timing' && e.ph === 'e' && e.name === 'ipc openDocument' && e.ts >= lo);
  const answered = called?.ts ?? lo;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inner = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const stages = new Map<string, number>();
    for (const e of inner) {
      const stage = STAGE[e.name];
      if (!stage || stage === 'script') continue;
      stages.set(stage, (stages.get(stage) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const calls = inner
      .filter((e) => STAGE[e.name] === 'script' && (e.dur ?? 0) >= 2000)
      .slice(0, 6)
      .map((e) => {
        const data = (e.args?.data ?? {}) as { functionName?: string; type?: string; url?: string; lineNumber?: number; columnNumber?: number };
        return `${e.name}${data.type ? `(${data.type})` : ''}${data.functionName ? ` ${data.functionName}` : ''}${data.url ? `@${data.url.split('/').pop()}:${data.lineNumber ?? ''}:${data.columnNumber ?? ''}` : ''} ${f((e.dur ?? 0) / 1000)}`;
      });
    cpu += (task.tdur ?? task.dur ?? 0) / 1000;
    const at = (task.ts - lo) / 1000;
    if (at <= ms) cpuBefore += (task.tdur ?? task.dur ?? 0) / 1000;
    if (!painted && at <= ms) {
      firstFrame += (task.tdur ?? task.dur ?? 0) / 1000;
      styleLayout += ((stages.get('style') ?? 0) + (stages.get('layout') ?? 0));
      forced += inner.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stackOf(e)?.length).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
      for (const e of inner) {
        const args = (e.args ?? {}) as { beginData?: { dirtyObjects?: number }; elementCount?: number };
        if (e.name === 'Layout') laidOut += args.beginData?.dirtyObjects ?? 0;
        if (e.name === 'UpdateLayoutTree') styled += args.elementCount ?? 0;
      }
    }
    if (task.ts >= answered && (stages.get('paint') ?? 0) > 0.3) painted = true;
    log(`  +${f(at).padStart(6)} ${f((task.dur ?? 0) / 1000).padStart(6)} ms (cpu ${f((task.tdur ?? 0) / 1000)})${at > ms ? ' [after]' : ''}  ${[...stages].map(([s, v]) => `${s} ${f(v)}`).join(' · ')}`);
    for (const call of calls) log(`            ${call}`);
    // Style and layout that script forced: the stack's top frame says who read the layout.
    for (const e of inner) {
      if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
      const top = stackOf(e)?.slice(0, 3);
      if (top?.length) log(`            forced ${e.name} ${f((e.dur ?? 0) / 1000)} by ${top.map((t) => `${t.functionName || '(anonymous)'}:${t.lineNumber + 1}:${t.columnNumber}`).join(' < ')}`);
    }
  }
  const measures = events.filter((e) => e.cat === 'blink.user_timing' && e.ph === 'b' && e.ts >= lo - 5000 && e.ts <= hi);
  for (const m of measures) {
    const endEvent = events.find((e) => e.cat === 'blink.user_timing' && e.ph === 'e' && e.name === m.name && e.ts >= m.ts);
    log(`  measure ${m.name}: +${f((m.ts - lo) / 1000)} → +${f(((endEvent?.ts ?? m.ts) - lo) / 1000)}`);
  }
  log(`  main-thread tasks ≥ 1 ms: ${tasks.length}, CPU ${f(cpu)} ms of ${f(ms)} ms (${f(cpuBefore)} in tasks started by the painted frame)`);
  return { cpu: cpuBefore, firstFrame, all: cpu, styleLayout, forced, laidOut, styled };
}

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  const value = await run();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { value, events };
}

const PIECES = ['openDocument', 'toEditorDoc', 'createTextIndex', 'firstHighlights', 'createView', 'docViewDesc', 'performWorkOnRoot', 'commitRoot', 'countLabels', 'useTranslation', 'flushPassiveEffects'];

const sizes = (process.env.TAGWERK_TRACE_SIZES ?? '200000:1000,1000000:10000').split(',').map((s) => s.split(':').map(Number) as [number, number, number?]);
const reps = Number(process.env.TAGWERK_OPEN_REPS ?? 3);
const cpuReps = Number(process.env.TAGWERK_OPEN_CPU_REPS ?? 0);
if (!process.env.TAGWERK_OPEN_NOBUILD) globalSetup();
for (const [chars, tags, relations = 0] of sizes) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-trace-open-'));
  const mainMs: number[] = [];
  const hostStamps: HostCallStamps[] = [];
  try {
    const text = germanText(chars, 42);
    const small = germanText(3000, 99);
    const title = 'Bench open';
    const file = path.join(work, 'bench.tagwerk.json');
    await writeFile(file, JSON.stringify(benchDataset([{ title, text, annotations: benchSpans(text, tags) }, { title: 'Kurzmeldung', text: small, annotations: benchSpans(small, 20, 'bench', 'k') }])));
    const dataDir = path.join(work, 'data');
    await runCli(['import', '--data-dir', dataDir, '--annotator', 'bench', file]);
    // The bench's relation row: relations stored beside the long document's tags (the CLI's import of a version 1 file keeps none).
    if (relations > 0) await storeBenchRelations(dataDir, documentIdOf(text), relations);
    const app = await launchChromiumHost({ dataDir, locale: 'en-US', annotator: 'bench', dialogs: {}, observe: { started: () => undefined, call: (method, ms, stamps) => void (method === 'openDocument' && (mainMs.push(ms), stamps && hostStamps.push(stamps))) } });
    try {
      const { page } = app;
      await page.getByTestId('editor').waitFor();
      await installProbe(page);
      const probe = probeOf(page);
      // With the IPC leg of each untraced open: the page's openDocument call (its user-timing measure) against main's
      // handler inside it; the rest is the test host's transport (binding, then a fetch above 64 KB), which Electron does not pay.
      const times: number[] = [];
      const arcTimes: number[] = [];
      const legs: { call: number; handler: number }[] = [];
      // Each stage of the call on one clock (epoch ms in both processes): the binding reaching the host, the handler, the
      // host's stringify, the binding's answer reaching the page, the fetch of a large answer, the page's parse.
      const stages: Record<string, number[]> = { 'binding in': [], handler: [], stringify: [], 'binding out': [], fetch: [], parse: [] };
      for (let i = 0; i < reps; i++) {
        await open(page, probe, 'Kurzmeldung');
        await touchStoredSets(dataDir);
        times.push(await open(page, probe, title, relations > 0 ? arcTimes : undefined));
        const measured = await page.evaluate(() => {
          const entry = performance.getEntriesByName('ipc openDocument', 'measure').at(-1) as PerformanceMeasure | undefined;
          return { duration: entry?.duration ?? NaN, detail: entry?.detail as { sent: number; returned: number; fetched: number; parsed: number } | undefined };
        });
        legs.push({ call: measured.duration, handler: mainMs.at(-1) ?? NaN });
        const host = hostStamps.at(-1);
        const d = measured.detail;
        if (host && d) {
          const row = { 'binding in': host.entered - d.sent, handler: host.handled - host.entered, stringify: host.stringified - host.handled, 'binding out': d.returned - host.stringified, fetch: d.fetched - d.returned, parse: d.parsed - d.fetched };
          for (const [k, v] of Object.entries(row)) stages[k]?.push(v);
          console.log(`  call ${f(measured.duration)} ms (${host.chars} chars): ${Object.entries(row).map(([k, v]) => `${k} ${f(v)}`).join(' · ')}`);
        }
      }
      const p50 = (list: number[]) => percentile(list, 50).toFixed(1);
      console.log(`\n${chars}/${tags}/${relations}: open ${times.map((t) => t.toFixed(0)).join(', ')} ms (p50 ${percentile(times, 50).toFixed(0)})`);
      if (arcTimes.length > 0) console.log(`  open → arcs drawn ${arcTimes.map((t) => t.toFixed(0)).join(', ')} ms (p50 ${percentile(arcTimes, 50).toFixed(0)})`);
      console.log(`IPC leg per open: the page's call p50 ${p50(legs.map((l) => l.call))} ms, main's handler p50 ${p50(legs.map((l) => l.handler))} ms, the host's transport p50 ${p50(legs.map((l) => l.call - l.handler))} ms`);
      console.log(`  stages p50: ${Object.entries(stages).map(([k, v]) => `${k} ${v.length ? p50(v) : '–'}`).join(' · ')}`);
      // What Electron's IPC costs the page for the same answer: a structured clone (serialize in main, deserialize here;
      // measured as one structuredClone and as one MessagePort hop), against the host's JSON.parse of its text.
      const clone = await page.evaluate(async ({ bridge, documentId }) => {
        const api = (window as unknown as Record<string, Record<string, (p: unknown) => Promise<unknown>>>)[bridge];
        const value = await api?.openDocument?.({ documentId });
        const text = JSON.stringify(value);
        const { port1, port2 } = new MessageChannel();
        const out: { clone: number; parse: number; roundTrip: number }[] = [];
        for (let i = 0; i < 7; i++) {
          let t = performance.now();
          structuredClone(value);
          const clone = performance.now() - t;
          t = performance.now();
          JSON.parse(text);
          const parse = performance.now() - t;
          t = performance.now();
          await new Promise((resolve) => ((port2.onmessage = resolve), port1.postMessage(value)));
          out.push({ clone, parse, roundTrip: performance.now() - t });
        }
        port1.close();
        return out;
      }, { bridge: BRIDGE_GLOBAL, documentId: documentIdOf(text) });
      console.log(`  same answer in the page, p50 of 7: structuredClone ${p50(clone.map((c) => c.clone))} ms · JSON.parse of its text ${p50(clone.map((c) => c.parse))} ms · a MessagePort hop ${p50(clone.map((c) => c.roundTrip))} ms`);
      await open(page, probe, 'Kurzmeldung');
      await touchStoredSets(dataDir);
      const cdp = await page.context().newCDPSession(page);
      // The page's main-thread CPU per open (tasks ≥ 1 ms from the click to the painted frame): on a loaded machine the figure to compare, not the wall time.
      const cpus: number[] = [];
      const firstFrames: number[] = [];
      const alls: number[] = [];
      const styleLayouts: number[] = [];
      const forcedOnes: number[] = [];
      const passes: string[] = [];
      for (let i = 0; i < cpuReps; i++) {
        await open(page, probe, 'Kurzmeldung');
        await touchStoredSets(dataDir);
        const { value, events } = await traced(cdp, () => open(page, probe, title));
        const split = timeline(events, value, true);
        cpus.push(split.cpu);
        firstFrames.push(split.firstFrame);
        alls.push(split.all);
        styleLayouts.push(split.styleLayout);
        forcedOnes.push(split.forced);
        passes.push(`${split.laidOut}/${split.styled}`);
      }
      if (cpuReps > 0) {
        console.log(`main-thread CPU per open ${cpus.map((c) => c.toFixed(0)).join(', ')} ms (p50 ${p50(cpus)})`);
        console.log(`  of it up to the first painted frame ${firstFrames.map((c) => c.toFixed(0)).join(', ')} ms (p50 ${p50(firstFrames)}), after it ${cpus.map((c, i) => (c - (firstFrames[i] ?? 0)).toFixed(0)).join(', ')}`);
        console.log(`  with the tasks up to 250 ms after it (the arcs) ${alls.map((c) => c.toFixed(0)).join(', ')} ms (p50 ${p50(alls)})`);
        console.log(`  style + layout up to the first painted frame ${styleLayouts.map((c) => c.toFixed(1)).join(', ')} ms (p50 ${p50(styleLayouts)}), of it forced by script ${forcedOnes.map((c) => c.toFixed(1)).join(', ')} (p50 ${p50(forcedOnes)})`);
        console.log(`  layout objects laid out / elements styled up to the first painted frame ${passes.join(', ')}`);
      }
      if (process.env.TAGWERK_OPEN_CPU_ONLY) {
        await cdp.detach();
        continue;
      }
      await open(page, probe, 'Kurzmeldung');
      await touchStoredSets(dataDir);
      const { value: ms, events } = await traced(cdp, () => open(page, probe, title));
      console.log(`traced open ${ms.toFixed(0)} ms; main's openDocument ms so far: ${mainMs.map((m) => m.toFixed(0)).join(', ')}`);
      timeline(events, ms);
      await open(page, probe, 'Kurzmeldung');
      await touchStoredSets(dataDir);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      const profiledMs = await open(page, probe, title);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      console.log(`profiled open ${profiledMs.toFixed(0)} ms; inclusive (self) ms:`);
      if (process.env.TAGWERK_OPEN_SAVE) await writeFile(`${process.env.TAGWERK_OPEN_SAVE}-${chars}.cpuprofile`, JSON.stringify(profile));
      const { total, self } = inclusiveTimes(profile, (n) => n.callFrame.functionName || '(anonymous)');
      for (const name of PIECES) if (total.has(name)) console.log(`  ${f(total.get(name) ?? 0).padStart(7)} (${f(self.get(name) ?? 0)})  ${name}`);
      console.log('  top inclusive (app and library functions ≥ 3 ms):');
      const generic = /^\((program|idle|root|garbage collector|anonymous)\)$|^(performWorkUntilDeadline|flushWork|workLoop|performWorkOnRootViaSchedulerTask|runTask|callback)$/;
      for (const [name, ms] of [...total].filter(([n, ms]) => ms >= 3 && !generic.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`  ${f(ms).padStart(7)}  ${name}`);
      console.log('  top self:');
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${f(ms).padStart(7)}  ${name}`);
      await cdp.detach();
    } finally {
      await app.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

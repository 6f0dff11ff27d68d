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
import { timeline } from './openTimeline';
import type { HostCallStamps } from '../e2e/hosts/types';
import { BRIDGE_GLOBAL } from '@shared/ipc/bridge';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing', 'v8.execute', 'toplevel'];
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

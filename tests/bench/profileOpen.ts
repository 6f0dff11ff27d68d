// `npx tsx tests/bench/profileOpen.ts [chars] [tags]`: where one open of a long document goes.
// Imports a generated document (as `npm run bench` does), opens it from the sidebar under the
// DevTools sampling profiler and a Chrome trace, and prints the top self-time functions and the
// trace's main-thread time by event (script, style, layout, paint). Reports, never asserts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import globalSetup from '../e2e/globalSetup';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, benchSpans, germanText } from './benchCorpus';
import { installProbe } from './pageScripts';
import { probeOf } from './probeDriver';
import { runCli } from './runCli';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Functions whose time including callees marks a piece of the open (nested pieces overlap). */
const PIECES: Record<string, string> = {
  parse: 'JSON.parse (IPC answer)',
  openDocument: 'openDocument (IPC round trip, JS side)',
  toEditorDoc: 'toEditorDoc (text → ProseMirror JSON)',
  nodeFromJSON: 'Node.fromJSON (ProseMirror doc)',
  firstHighlights: 'firstHighlights (the decoration set)',
  createTextIndex: 'createTextIndex',
  docViewDesc: 'docViewDesc (ProseMirror DOM build)',
  updateChildren: 'updateChildren (ProseMirror DOM update)',
  commitRoot: 'commitRoot (React commit, nested pieces included)',
  performWorkOnRoot: 'performWorkOnRoot (React render + commit)',
};

const [chars = 1_000_000, tags = 10_000] = process.argv.slice(2).map(Number);
const TIMELINE = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'EvaluateScript', 'FunctionCall', 'MajorGC', 'MinorGC', 'ParseHTML', 'HitTest', 'IntersectionObserverController::computeIntersections', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'];

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  const value = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return { value, events };
}

function selfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** Time per piece: each sample counts once for every piece on its stack. */
function pieceTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (name in PIECES) seen.add(name);
    }
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return Object.entries(PIECES).map(([name, label]) => [label, total.get(name) ?? 0]);
}

// TAGWERK_OPEN_NOBUILD=1 profiles the renderer as last built (e.g. before a change).
if (!process.env.TAGWERK_OPEN_NOBUILD) globalSetup();
const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-open-'));
try {
  const text = germanText(chars, 42);
  const small = germanText(3000, 99);
  const title = 'Bench open';
  const file = path.join(work, 'bench.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title, text, annotations: benchSpans(text, tags) }, { title: 'Kurzmeldung', text: small, annotations: benchSpans(small, 20, 'bench', 'k') }])));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
  const app = await launchChromiumHost({ dataDir: path.join(work, 'data'), locale: 'en-US', annotator: 'bench', dialogs: {} });
  try {
    const { page } = app;
    await page.getByTestId('editor').waitFor();
    await installProbe(page);
    const probe = probeOf(page);
    const open = async (name: string) => {
      const option = page.getByTestId('corpus-list').getByRole('option').filter({ hasText: name }).first();
      await option.waitFor();
      const box = await option.boundingBox();
      if (!box) throw new Error(`no row for ${name}`);
      return probe.timedUntil(`open-${name}-${Date.now()}`, { kind: 'opened', title: name }, () => page.mouse.click(box.x + 20, box.y + box.height / 2));
    };
    await open('Kurzmeldung');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const { value: ms, events } = await traced(cdp, () => open(title));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const usedSize = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    console.log(`open ${chars}/${tags}: ${ms.toFixed(0)} ms; JS heap ${(usedSize / 1024 / 1024).toFixed(0)} MB`);
    const byName = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && TIMELINE.includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log('\ntrace (ms, all threads, nested events overlap):');
    for (const [name, total] of [...byName].sort((a, b) => b[1] - a[1])) console.log(`  ${total.toFixed(1).padStart(8)}  ${name}`);
    console.log('\npieces (ms, callees included; nested pieces overlap):');
    for (const [label, total] of pieceTimes(profile)) console.log(`  ${total.toFixed(1).padStart(8)}  ${label}`);
    console.log('\nself time (ms):');
    for (const [fn, total] of selfTimes(profile).slice(0, 25)) console.log(`  ${total.toFixed(1).padStart(8)}  ${fn}`);
    await cdp.detach();
  } finally {
    await app.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

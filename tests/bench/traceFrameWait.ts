// Dev loop: what decides the wait between a key's task and its frame. Chrome traces of tag presses (or tag all's
// clicks) with the compositor's own categories (cc, viz, benchmark, devtools.timeline.frame), one file per press, and
// per press: the input task's end and CPU, whether the compositor was already taking BeginFrames (then the frame waits
// for the next vsync tick; else viz sends a MISSED BeginFrame at once), the first BeginFrame, the BeginMainFrame, the gap.
// TAGWERK_WAIT_SIZE=200000:1000 TAGWERK_WAIT_REPS=20 [TAGWERK_WAIT_SUGGESTIONS=1 | TAGWERK_WAIT_TAGALL=1 | TAGWERK_WAIT_UNDO=1 | TAGWERK_WAIT_PEER=floor] TAGWERK_WAIT_OUT=/tmp/waits npx tsx tests/bench/traceFrameWait.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { selectWord } from './selectWord';
import { suggestionsQuiet } from './suggestionsBench';
import http from 'node:http';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/hosts/chromiumExecutable';
import { benchSpans, germanText } from './benchCorpus';
import { pageScript } from './pageScripts';
import { probeOf, type ProbeDriver } from './probeDriver';
import { queryWithHits } from './runBench';
import { scrollAsTheBench } from './scrollAsTheBench';
import { searchForTagAll } from './searchForTagAll';
import { openProbeDocument } from './openProbeDocument';
import { traceSplit, type TraceEvent } from './traceSplit';
import { percentile } from './stats';
import { frameWait } from './frameWait';
import { tracedInput } from './tracedInput';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'v8.execute',
  'cc',
  'viz',
  'benchmark',
  'input',
  'toplevel',
  'scheduler',
];

/** A traced press of `key` (or `input`) with the categories above. */
const traced = (page: Page, probe: ProbeDriver, key: string, input = () => page.keyboard.press(key)) => tracedInput(page, probe, CATEGORIES, input);

/** Per press (after the warm-up): the probe's ms, the input task's CPU and the frame task's CPU, for the closing medians. */
const pressed: { ms: number; keyCpu: number; frameCpu: number }[] = [];

/** One line per press: the window, the input task, whether the compositor was ticking, the first BeginFrame, the gap before the frame, the frame task's CPU and the window's main-thread CPU by stage. */
function line(name: string, ms: number, events: TraceEvent[], skip = 0): string {
  const w = frameWait(events, skip);
  if (!w) return `${name}: ${ms.toFixed(1)} ms (no frame in the trace)`;
  if (!name.endsWith(' -1') && !name.startsWith('undo')) pressed.push({ ms, keyCpu: w.inputTaskCpu, frameCpu: w.frameTaskCpu });
  const bf = w.firstBeginFrame ? `${w.firstBeginFrame.kind} BeginFrame at ${w.firstBeginFrame.at.toFixed(1)}` : 'no BeginFrame';
  const stages = Object.entries(traceSplit(events, ms)?.stages ?? {})
    .filter(([, v]) => v >= 0.1)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(' ');
  return `${name}: ${ms.toFixed(1)} ms; input task ends ${w.inputTaskEnd.toFixed(1)} (CPU ${w.inputTaskCpu.toFixed(1)}); ${w.ticking ? 'compositor ticking before' : 'compositor idle before'}; ${bf}; BeginMainFrame ${w.beginMainFrame.toFixed(1)}; gap ${w.gap.toFixed(1)}; frame task CPU ${w.frameTaskCpu.toFixed(1)}; window CPU: ${stages}`;
}

/** The closing line: medians over the presses of the window, the key task's CPU, the frame task's CPU and their sum. */
function summary(label: string): string {
  const p50 = (values: number[]) => percentile(values.filter(Number.isFinite), 50).toFixed(1);
  return `${label} n=${pressed.length} p50: window ${p50(pressed.map((p) => p.ms))} ms, key task CPU ${p50(pressed.map((p) => p.keyCpu))}, frame task CPU ${p50(pressed.map((p) => p.frameCpu))}, sum ${p50(pressed.map((p) => p.keyCpu + p.frameCpu))}`;
}

const [chars, spans] = (process.env.TAGWERK_WAIT_SIZE ?? '200000:1000').split(':').map(Number) as [number, number];
const reps = Number(process.env.TAGWERK_WAIT_REPS ?? 20);
const out = process.env.TAGWERK_WAIT_OUT ?? '/tmp/waits';
await mkdir(out, { recursive: true });

/** TAGWERK_WAIT_PEER=floor (or tiptap, recogito): the same presses on a comparison page of the bench (page/peers.ts), same text and spans, same browser. */
async function tracePeer(peer: string): Promise<void> {
  const [peers, probeScript] = await Promise.all([pageScript('peers'), pageScript('probe')]);
  const server = http.createServer((request, response) => {
    const script = request.url === '/peers.js' ? peers : request.url === '/probe.js' ? probeScript : null;
    response.writeHead(200, { 'content-type': script === null ? 'text/html' : 'text/javascript' });
    response.end(script ?? '<!doctype html><meta charset="utf-8"><body><script src="/probe.js"></script><script src="/peers.js"></script></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    const text = germanText(chars, 42);
    await page.evaluate(([p, t, s]) => (window as unknown as { mountPeer(...a: unknown[]): Promise<number> }).mountPeer(p, t, s, ''), [peer, text, benchSpans(text, spans)] as const);
    const probe = probeOf(page);
    for (let rep = -1; rep < reps; rep++) {
      const target = await probe.call<{ x: number; y: number } | null>(`wordNear(${0.5 + (rep + 1) * 0.003}, ${(rep + 1) % 5})`);
      if (!target) continue;
      await page.mouse.dblclick(target.x, target.y);
      await probe.settle();
      const { ms, events } = await traced(page, probe, '1');
      console.log(line(`${peer} ${rep}`, ms, events));
      if (rep >= 0) await writeFile(path.join(out, `${peer}-${rep}.json`), JSON.stringify({ ms, traceEvents: events }));
    }
    console.log(summary(peer));
  } finally {
    await browser.close();
    server.close();
  }
}
if (process.env.TAGWERK_WAIT_PEER) {
  await tracePeer(process.env.TAGWERK_WAIT_PEER);
  process.exit(0);
}
const { page, probe, close } = await openProbeDocument(chars, spans);
/** TAGWERK_WAIT_SUGGESTIONS=1: the suggestions shown (S) before the presses, as the bench's "with suggestions shown" row. */
const withSuggestions = process.env.TAGWERK_WAIT_SUGGESTIONS === '1';
try {
  if (withSuggestions) {
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
    await suggestionsQuiet(page, probe);
  }
  // TAGWERK_WAIT_TAGALL=1: tag all's click instead (after the bench's scroll, as the bench does), each round undone.
  if (process.env.TAGWERK_WAIT_TAGALL === '1') {
    await scrollAsTheBench(page, probe);
    const query = queryWithHits(germanText(chars, 42), Math.round(500 * (chars / 1_000_000)));
    for (let rep = -1; rep < reps; rep++) {
      const button = await searchForTagAll(page, probe, query);
      if (!button) continue;
      const { ms, events } = await traced(page, probe, 'click', () => page.mouse.click(button.x, button.y));
      console.log(line(`tag all ${rep}`, ms, events));
      if (rep >= 0) await writeFile(path.join(out, `tagall-${rep}.json`), JSON.stringify({ ms, traceEvents: events }));
      await probe.settle(300);
      await page.getByRole('searchbox').focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await probe.settle(300);
    }
  }
  for (let rep = -1; rep < (process.env.TAGWERK_WAIT_TAGALL === '1' ? -1 : reps); rep++) {
    if (!(await selectWord(page, probe, rep + 1))) continue;
    if (withSuggestions) await suggestionsQuiet(page, probe);
    const { ms, events } = await traced(page, probe, '1');
    console.log(line(`press ${rep}`, ms, events));
    if (rep >= 0) await writeFile(path.join(out, `tag-${rep}.json`), JSON.stringify({ ms, traceEvents: events }));
    await page.keyboard.press('Delete');
    // TAGWERK_WAIT_UNDO=1: also Ctrl+Z (the deleted tag back) traced, its frame timed from the Z's keydown, then deleted again.
    if (process.env.TAGWERK_WAIT_UNDO === '1') {
      const undo = await traced(page, probe, 'Control+z');
      console.log(line(`undo ${rep}`, undo.ms, undo.events, 1));
      if (rep >= 0) await writeFile(path.join(out, `undo-${rep}.json`), JSON.stringify({ ms: undo.ms, traceEvents: undo.events }));
      await page.keyboard.press('Delete');
    }
    if (!withSuggestions) await page.keyboard.press('Escape');
  }
  console.log(summary('app'));
} finally {
  await close();
}

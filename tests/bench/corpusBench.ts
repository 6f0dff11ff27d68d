import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, shortDocuments } from './benchCorpus';
import { installProbe } from './pageScripts';
import { probeOf } from './probeDriver';
import { runCli } from './runCli';
import { percentile, spread, type Spread } from './stats';

/** Corpus-scale figures in ms: CLI import/export of the whole store, start, and switching documents. */
export interface CorpusFigures {
  documents: number;
  cliImport: number;
  cliExport: number;
  /** From main's start (services up, before the window) to the editor showing text (two frames after): what the user waits for. */
  startToEditor: number;
  /** From the editor shown to the full list (every document counted and listed): the median of CORPUS_STARTS starts, as one cold start swings 2–5×. */
  editorToList: number;
  /** start → editor in its parts (ms each, in order, from main's start; they add up to `startToEditor`). */
  startSplit: StartPart[];
  switching: Spread;
}

/** One part of the start: its short name, how long it took (ms) and what it is. */
export interface StartPart {
  part: string;
  ms: number;
  detail: string;
}

/** The page's side of the start split: the entry script's arrival, the window's `tagwerk:*` marks and the `ipc *` call measures. */
export interface PageTimeline {
  scriptLoaded: number | null;
  marks: Record<string, number>;
  calls: Record<string, { start: number; duration: number }>;
}

export const PAGE_TIMELINE = `(() => {
  const script = performance.getEntriesByType('resource').find((e) => e.initiatorType === 'script' && /\\/assets\\/index-[^/]*\\.js$/.test(e.name));
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('tagwerk:') && !(m.name.slice(8) in marks)) marks[m.name.slice(8)] = m.startTime;
  const calls = {};
  for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('ipc ') && !(m.name.slice(4) in calls)) calls[m.name.slice(4)] = { start: m.startTime, duration: m.duration };
  return { scriptLoaded: script ? script.responseEnd : null, marks, calls };
})()`;

/** Splits start → editor: main's start, the bundle's load and evaluation, the start's round trips (with main's share), React and the editor's paint. */
function splitStart(mainStart: number, page: PageTimeline, mainCalls: ReadonlyMap<string, number>, editorAt: number): StartPart[] {
  const at = (mark: string) => page.marks[mark] ?? NaN;
  const call = (method: string) => page.calls[method]?.duration ?? NaN;
  const main = (method: string) => mainCalls.get(method) ?? NaN;
  const script = page.scriptLoaded ?? NaN;
  return [
    { part: 'main start', ms: mainStart, detail: "main's services start, before the window opens" },
    { part: 'script load', ms: script, detail: 'navigation → entry script loaded' },
    { part: 'bundle eval', ms: at('script') - script, detail: 'bundle parse + evaluate' },
    { part: 'shell info', ms: at('shell-info') - at('script'), detail: 'getShellInfo round trip' },
    { part: 'i18n', ms: at('i18n') - at('shell-info'), detail: 'i18n ready' },
    { part: 'first render', ms: at('first-render') - at('i18n'), detail: 'React first render' },
    {
      part: 'start document',
      ms: at('start-document') - at('first-render'),
      detail: `getSettings ‖ openStartDocument (round trips ${call('getSettings').toFixed(0)} / ${call('openStartDocument').toFixed(0)}, in main ${main('getSettings').toFixed(0)} / ${main('openStartDocument').toFixed(0)})`,
    },
    { part: 'editor paint', ms: editorAt - at('start-document'), detail: 'workbench render → editor painted' },
  ];
}

/** Starts of the app on the store whose editor → full list is timed: one cold start read 356–1,729 ms on the same code (probeCorpusList). */
const CORPUS_STARTS = 3;

/** The page's ms from navigation to the editor and to the full list (`count` documents and the built-in article) of one start. */
async function editorAndList(probe: ReturnType<typeof probeOf>, count: number): Promise<{ editor: number; list: number }> {
  await probe.call(`watch("editor", ${JSON.stringify({ kind: 'editor' })})`);
  // The built-in article is added at start, so the list counts one more.
  await probe.call(`watch("list", ${JSON.stringify({ kind: 'list', count: count + 1 })})`);
  return { editor: await probe.reached('editor'), list: await probe.reached('list') };
}

/**
 * Imports `count` short documents through the CLI, starts the app on that store, waits for the
 * editor and the full list, then switches between neighbouring documents by clicking their rows.
 * The start is made CORPUS_STARTS times (editor → list is their median); the last one is split and switched in.
 */
export async function measureCorpus(count: number, reps: number, log: (line: string) => void): Promise<CorpusFigures> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-bench-corpus-'));
  try {
    const dataDir = path.join(work, 'data');
    const datasetFile = path.join(work, 'corpus.tagwerk.json');
    const documents = shortDocuments(count);
    await writeFile(datasetFile, JSON.stringify(benchDataset(documents)));
    const cliImport = await runCli(['import', '--data-dir', dataDir, '--annotator', 'bench', datasetFile]);
    log(`  CLI import of ${count} documents: ${cliImport.toFixed(0)} ms`);

    const listGaps: number[] = [];
    for (let i = 1; i < CORPUS_STARTS; i++) {
      const app = await launchChromiumHost({ dataDir, locale: 'en-US', annotator: 'bench', dialogs: {}, beforeStart: (page) => installProbe(page, true) });
      try {
        const { editor, list } = await editorAndList(probeOf(app.page), count);
        listGaps.push(list - editor);
        log(`  start ${i}: editor → full list ${(list - editor).toFixed(0)} ms`);
      } finally {
        await app.close();
      }
    }
    let mainStart = NaN;
    const mainCalls = new Map<string, number>();
    const observe = { started: (ms: number) => (mainStart = ms), call: (method: string, ms: number) => void (mainCalls.has(method) || mainCalls.set(method, ms)) };
    const app = await launchChromiumHost({ dataDir, locale: 'en-US', annotator: 'bench', dialogs: {}, beforeStart: (page) => installProbe(page, true), observe });
    let figures: Omit<CorpusFigures, 'cliExport'>;
    try {
      const { page } = app;
      const probe = probeOf(page);
      const { editor: pageToEditor, list: listAt } = await editorAndList(probe, count);
      listGaps.push(listAt - pageToEditor);
      // What the user waits for starts with the process: main's start plus navigation → editor (the test host's browser launch stands in for Electron's window and is left out).
      const startToEditor = mainStart + pageToEditor;
      log(`  start -> editor ${startToEditor.toFixed(0)} ms (main ${mainStart.toFixed(0)} + window ${pageToEditor.toFixed(0)}), -> full list ${listAt.toFixed(0)} ms after navigation; editor → full list over ${listGaps.length} starts ${listGaps.map((g) => g.toFixed(0)).join(', ')} ms`);
      const startSplit = splitStart(mainStart, await page.evaluate<PageTimeline>(PAGE_TIMELINE), mainCalls, pageToEditor);
      for (const { ms, detail } of startSplit) log(`    ${ms.toFixed(0).padStart(6)} ms  ${detail}`);
      const switches: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        // A row in view that is not the open document (rows are in import order, whatever their titles).
        let row = page.getByTestId('corpus-list').getByRole('option').nth((rep % 8) + 1);
        if ((await row.getAttribute('aria-selected')) === 'true') row = page.getByTestId('corpus-list').getByRole('option').nth((rep % 8) + 2);
        const title = (await row.locator('.corpus-item-title').textContent()) ?? '';
        await row.scrollIntoViewIfNeeded();
        const box = await row.boundingBox();
        if (!box) continue;
        switches.push(await probe.timedUntil(`switch-${rep}`, { kind: 'opened', title }, () => page.mouse.click(box.x + 20, box.y + box.height / 2)));
      }
      log(`  switching p50 ${percentile(switches, 50).toFixed(0)} ms, p90 ${percentile(switches, 90).toFixed(0)} ms`);
      figures = { documents: count, cliImport, startToEditor, editorToList: percentile(listGaps, 50), startSplit, switching: spread(switches) };
    } finally {
      await app.close();
    }
    const cliExport = await runCli(['export', '--data-dir', dataDir, '--format', 'tagwerk', '--out', path.join(work, 'export.tagwerk.json')]);
    log(`  CLI export of the whole store: ${cliExport.toFixed(0)} ms`);
    return { ...figures, cliExport };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

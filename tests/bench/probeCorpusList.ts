// Dev loop for the bench's 10,000-document start (corpusBench.ts): imports the corpus once through the CLI, then starts
// the app on that store TAGWERK_CORPUS_STARTS times (a new browser each, as the bench's one start) and prints per start
// the bench's "editor → full document list" and its pieces: the window's listCorpus call (when it was asked for after the
// editor, its round trip, main's handler inside it) and the rest (the list's render and paint). Reports, never asserts.
// TAGWERK_CORPUS_DOCS=10000 TAGWERK_CORPUS_STARTS=5 npx tsx tests/bench/probeCorpusList.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import globalSetup from '../e2e/globalSetup';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, shortDocuments } from './benchCorpus';
import { PAGE_TIMELINE, type PageTimeline } from './corpusBench';
import { installProbe } from './pageScripts';
import { probeOf } from './probeDriver';
import { runCli } from './runCli';
import { percentile } from './stats';

const count = Number(process.env.TAGWERK_CORPUS_DOCS ?? 10_000);
const starts = Number(process.env.TAGWERK_CORPUS_STARTS ?? 5);
const f = (n: number) => n.toFixed(0);
if (!process.env.TAGWERK_OPEN_NOBUILD) globalSetup();
const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-probe-corpus-'));
try {
  const dataDir = path.join(work, 'data');
  const datasetFile = path.join(work, 'corpus.tagwerk.json');
  await writeFile(datasetFile, JSON.stringify(benchDataset(shortDocuments(count))));
  console.log(`CLI import of ${count} documents: ${f(await runCli(['import', '--data-dir', dataDir, '--annotator', 'bench', datasetFile]))} ms`);
  const gaps: number[] = [];
  for (let i = 0; i < starts; i++) {
    const mainCalls = new Map<string, number>();
    const observe = { started: () => undefined, call: (method: string, ms: number) => void (mainCalls.has(method) || mainCalls.set(method, ms)) };
    const app = await launchChromiumHost({ dataDir, locale: 'en-US', annotator: 'bench', dialogs: {}, beforeStart: (page) => installProbe(page, true), observe });
    try {
      const probe = probeOf(app.page);
      await probe.call(`watch("editor", ${JSON.stringify({ kind: 'editor' })})`);
      await probe.call(`watch("list", ${JSON.stringify({ kind: 'list', count: count + 1 })})`);
      const editorAt = await probe.reached('editor');
      const listAt = await probe.reached('list');
      const page = await app.page.evaluate<PageTimeline>(PAGE_TIMELINE);
      const list = page.calls.listCorpus;
      gaps.push(listAt - editorAt);
      console.log(
        `start ${i + 1}: editor ${f(editorAt)} ms, list ${f(listAt)} (editor → list ${f(listAt - editorAt)}); listCorpus asked at ${list ? f(list.start) : '–'}, answered ${list ? f(list.start + list.duration) : '–'} (round trip ${list ? f(list.duration) : '–'}, main ${f(mainCalls.get('listCorpus') ?? NaN)}); answer → list painted ${list ? f(listAt - list.start - list.duration) : '–'}`,
      );
    } finally {
      await app.close();
    }
  }
  console.log(`editor → full list p50 ${f(percentile(gaps, 50))} ms (${gaps.map(f).join(', ')})`);
} finally {
  await rm(work, { recursive: true, force: true });
}

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OPEN_RUNS } from '../bench/openRuns';
import { runBench } from '../bench/runBench';

// CI's smoke run of `npm run bench` on small sizes: it must finish and report every figure
// (numbers, never judged against times), and what it drove must have really happened.
test('the benchmark runs end to end on small sizes and reports every figure', async () => {
  test.skip(test.info().project.name !== 'chromium', 'the benchmark drives the chromium host only');
  test.setTimeout(300_000);
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-bench-smoke-'));
  try {
    const reps = 3;
    const result = await runBench({
      sizes: [[20_000, 200]],
      documents: 20,
      reps,
      keyReps: reps,
      searchReps: 2,
      agreementSpans: 1000,
      exportDocuments: 20,
      exportSpans: 20,
      searchHits: 30,
      outDir,
      profile: true,
      log: (line) => console.log(line),
    });
    const [size] = result.sizes;
    expect(size).toBeDefined();
    const app = size!.app;
    for (const value of [app.open.median, app.heapMb, app.search.p50, app.tagAll.p50, size!.peers.floorOpen.median, size!.peers.tiptapOpen.median, size!.peers.recogitoOpen.median]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    // Every party's open is the median of the same number of fresh opens.
    expect([app.open.n, size!.peers.floorOpen.n, size!.peers.tiptapOpen.n, size!.peers.recogitoOpen.n]).toEqual([OPEN_RUNS, OPEN_RUNS, OPEN_RUNS, OPEN_RUNS]);
    for (const s of [app.tag, app.retag, app.delete, app.undo, app.next, app.previous, app.click, size!.peers.floorTag, size!.peers.tiptapTag, size!.peers.recogitoTag]) expect(s.n).toBe(reps);
    expect(app.scroll.n).toBeGreaterThan(10);
    // Each round tags, retags, deletes and undoes the delete: one new tag per round stays.
    expect(app.tagsAdded).toBe(reps);
    expect(app.search.hits).toBeGreaterThan(0);
    // Search and tag all are timed each round, every round undone (one undo step each time).
    expect([app.search.n, app.tagAll.n]).toEqual([2, 2]);
    expect(app.tagAll.added).toBeGreaterThan(0);
    expect(app.tagAll.oneUndoStep).toBe(true);
    expect(result.profile.length).toBeGreaterThan(0);
    expect(result.corpus?.switching.n).toBe(reps);
    for (const value of [result.corpus?.cliImport, result.corpus?.cliExport, result.corpus?.startToEditor, result.corpus?.editorToList, result.node.agreement, result.node.export]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    const markdown = await readFile(path.join(outDir, 'latest.md'), 'utf8');
    expect(markdown).toContain(`| 20k/200 | open (click → painted), median (n=${OPEN_RUNS}) |`);
    expect(JSON.parse(await readFile(path.join(outDir, 'latest.json'), 'utf8'))).toMatchObject({ sizes: [{ label: '20k/200' }] });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

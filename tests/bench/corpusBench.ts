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
  /** From navigation start to the editor showing text (two frames after). */
  startToEditor: number;
  /** From the editor shown to the full list (every document counted and listed). */
  editorToList: number;
  switching: Spread;
}

/**
 * Imports `count` short documents through the CLI, starts the app on that store, waits for the
 * editor and the full list, then switches between neighbouring documents by clicking their rows.
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

    const app = await launchChromiumHost({ dataDir, locale: 'en-US', annotator: 'bench', dialogs: {}, beforeStart: (page) => installProbe(page, true) });
    let figures: Omit<CorpusFigures, 'cliExport'>;
    try {
      const { page } = app;
      const probe = probeOf(page);
      // The built-in article is added at start, so the list counts one more.
      await probe.call(`watch("editor", ${JSON.stringify({ kind: 'editor' })})`);
      await probe.call(`watch("list", ${JSON.stringify({ kind: 'list', count: count + 1 })})`);
      const startToEditor = await probe.reached('editor');
      const listAt = await probe.reached('list');
      log(`  start -> editor ${startToEditor.toFixed(0)} ms, -> full list ${listAt.toFixed(0)} ms`);
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
      figures = { documents: count, cliImport, startToEditor, editorToList: listAt - startToEditor, switching: spread(switches) };
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

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import globalSetup from '../e2e/globalSetup';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, benchSpans, germanText } from './benchCorpus';
import { installProbe } from './pageScripts';
import { probeOf, type ProbeDriver } from './probeDriver';
import { runCli } from './runCli';
import { storeBenchRelations } from './benchRelations';
import { documentIdOf } from '@shared/text/documentId';

/** A generated document open in the Chromium host with the probe installed, for the dev loops. */
export interface ProbeDocument {
  page: Page;
  probe: ProbeDriver;
  close(): Promise<void>;
}

/**
 * Imports one generated document of `chars` characters and `spans` tags through the CLI (as
 * `npm run bench` does), with `relations` bench relations stored beside them (the bench's
 * relation row), opens it from the sidebar and waits until the page is quiet, so the dev
 * loops (probeKeys, traceKeyPress) measure key presses on the same text as the bench.
 */
export async function openProbeDocument(chars: number, spans: number, relations = 0): Promise<ProbeDocument> {
  globalSetup();
  const text = germanText(chars, 42);
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-probe-'));
  const file = path.join(work, 'p.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title: 'Probe', text, annotations: benchSpans(text, spans) }])));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
  if (relations > 0) await storeBenchRelations(path.join(work, 'data'), documentIdOf(text), relations);
  const app = await launchChromiumHost({ dataDir: path.join(work, 'data'), locale: 'en-US', annotator: 'bench', dialogs: {} });
  const close = async () => {
    await app.close();
    await rm(work, { recursive: true, force: true });
  };
  try {
    const { page } = app;
    await page.getByTestId('editor').waitFor();
    await installProbe(page);
    const probe = probeOf(page);
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: 'Probe' }).first().click();
    await page.locator('[data-testid="document-title"]', { hasText: 'Probe' }).waitFor();
    await probe.settle(300, 20_000);
    return { page, probe, close };
  } catch (error) {
    await close();
    throw error;
  }
}

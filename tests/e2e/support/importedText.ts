import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Annotation } from '@shared/annotation/annotation';
import { benchDataset } from '../../bench/benchCorpus';
import { runCli } from '../../bench/runCli';

/**
 * A new data folder holding one document, imported through `tagwerk import` as a user's dataset
 * would be (so the store, its index and the title are the real ones); returns the folder.
 */
export async function importedText(title: string, text: string, annotations: readonly Annotation[] = []): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-text-'));
  const file = path.join(work, 'text.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title, text, annotations: [...annotations] }])));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'tester', file]);
  return path.join(work, 'data');
}

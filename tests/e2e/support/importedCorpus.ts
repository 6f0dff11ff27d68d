import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchDataset, shortDocuments } from '../../bench/benchCorpus';
import { runCli } from '../../bench/runCli';

/** A data folder holding `count` short tagged documents ("Meldung 00001"…, 20 tags each), imported through the CLI as a user would. */
export async function importedCorpus(count: number): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-corpus-'));
  const file = path.join(work, 'corpus.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset(shortDocuments(count))));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
  return path.join(work, 'data');
}

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseOptions } from '@shared/formats/formatAdapter';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../../../${relative}`, import.meta.url));
}

/** Reads and validates a tagwerk fixture; throws with the problems if it does not validate. */
export function loadDataset(relative: string): TagwerkDataset {
  const result = parseTagwerkDataset(readFileSync(repoPath(relative), 'utf8'));
  if (!result.ok) throw new Error(`${relative}: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** The fixture with an emoji/astral document and an NFD document, nested, overlapping and multi-line spans. */
export const MIXED_FIXTURE = 'tests/fixtures/formats/mixed.tagwerk.json';

/** The mixed fixture as version 2 with relations by kim (source, target, time; one with a note holding an emoji and a line break). */
export const RELATIONS_FIXTURE = 'tests/fixtures/formats/relations.tagwerk.json';

/** Parse options standing in for what the CLI passes (user, clock, texts for W3C). */
export function optionsFor(dataset: TagwerkDataset): ParseOptions {
  return {
    annotator: dataset.annotator,
    exportedAt: dataset.exportedAt,
    texts: new Map(dataset.documents.map((d) => [d.id, d.text])),
  };
}

/** Debian's Python, which has jsonschema and is what the analysts' pipelines resemble. */
export const PYTHON = '/usr/bin/python3';

/** Why a Python-backed test cannot run here (undefined when it can). */
export function pythonMissing(modules: readonly string[] = []): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ') || 'pass'], { encoding: 'utf8' });
  if (probe.error !== undefined) return `${PYTHON} is not installed`;
  if (probe.status !== 0) return `${PYTHON} lacks ${modules.join(', ')} (apt-get install -y ${modules.map((m) => `python3-${m}`).join(' ')})`;
  return undefined;
}

/** Runs a Python script with arguments; returns stdout, throwing with stderr on a non-zero exit. */
export function runPython(script: string, args: readonly string[]): string {
  const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  if (run.status !== 0) throw new Error(`python exited ${String(run.status)}: ${run.stderr}${run.stdout}`);
  return run.stdout;
}

import path from 'node:path';
import { canonicalDataset, type CanonicalizedDocument } from '@shared/formats/canonicalDataset';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import type { ParseOptions } from '@shared/formats/formatAdapter';
import type { FormatLoss } from '@shared/formats/formatLoss';
import { formatProblemLine } from '@shared/formats/formatProblem';
import type { FormatId } from '@shared/formats/formatRegistry';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { textFromFile } from '../node/files/extractText';
import { DEFAULT_MAX_TEXT_BYTES } from '../node/files/refuseIfTooLarge';
import { MAX_DATASET_BYTES, readInputBytes, readInputText } from '../node/datasets/datasetFiles';
import { readFormatInput } from '../node/datasets/formatFiles';
import { problemLine } from './problemLine';

/** One file to import, read and checked: a text (already canonical) or a validated tagwerk dataset with canonical texts (and which documents were made so). */
export type ImportInput =
  | { readonly kind: 'text'; readonly file: string; readonly text: string; readonly encoding: string; readonly title: string; readonly warnings: readonly string[] }
  | { readonly kind: 'dataset'; readonly file: string; readonly dataset: TagwerkDataset; readonly canonicalized: readonly CanonicalizedDocument[] };

/** True for the files read as tagwerk dataset JSON rather than as text. */
export function isDatasetFile(file: string): boolean {
  return path.extname(file).toLowerCase() === '.json';
}

/** One kind of content a file held that Tagwerk could not represent. */
export interface FileLoss {
  readonly file: string;
  readonly loss: FormatLoss;
}

/** How `tagwerk import --format F` reads every FILE: in that format, with what the format lacks (annotator, time) from `options`. */
export interface ForeignFormat {
  readonly format: FormatId;
  readonly options: ParseOptions;
}

async function readForeign(cwd: string, file: string, foreign: ForeignFormat, losses: FileLoss[]): Promise<ImportInput | { problems: string[] }> {
  const read = await readFormatInput(cwd, foreign.format, file, { ...foreign.options, source: path.basename(file) });
  if (!read.ok) return { problems: 'problems' in read ? read.problems.map((p) => `${file}: ${formatProblemLine(p)}`) : [problemLine(read)] };
  losses.push(...read.losses.map((loss) => ({ file, loss })));
  return canonicalInput(file, read.dataset);
}

/** A validated dataset with its texts made canonical and its spans mapped (see canonicalDataset), or the spans that cannot be. */
function canonicalInput(file: string, dataset: TagwerkDataset): ImportInput | { problems: string[] } {
  const canonical = canonicalDataset(dataset);
  if (!canonical.ok) return { problems: canonical.problems.map((p) => `${file}: ${formatProblemLine(p)}`) };
  return { kind: 'dataset', file, dataset: canonical.dataset, canonicalized: canonical.canonicalized };
}

async function readOne(cwd: string, file: string, foreign: ForeignFormat | undefined, losses: FileLoss[]): Promise<ImportInput | { problems: string[] }> {
  if (foreign !== undefined) return readForeign(cwd, file, foreign, losses);
  if (isDatasetFile(file)) {
    const read = await readInputText(cwd, file, MAX_DATASET_BYTES);
    if (!read.ok) return { problems: [problemLine(read)] };
    const parsed = parseTagwerkDataset(read.text);
    if (!parsed.ok) return { problems: parsed.problems.map((p) => `${file}: ${formatProblemLine(p)}`) };
    return canonicalInput(file, parsed.dataset);
  }
  return readTextInput(cwd, file);
}

/** Reads one text file as the app opens it (encoding detected, text canonical), or the problems that stop it. */
export async function readTextInput(cwd: string, file: string): Promise<Extract<ImportInput, { kind: 'text' }> | { problems: string[] }> {
  // Read up to one byte over the cap, so textFromFile reports "too large" in its own words.
  const read = await readInputBytes(cwd, file, DEFAULT_MAX_TEXT_BYTES + 1);
  if (!read.ok) return { problems: [problemLine(read)] };
  const opened = textFromFile(file, read.bytes);
  if (!opened.ok) return { problems: [`${file}: ${opened.message}`] };
  return { kind: 'text', file, text: opened.text, encoding: opened.encoding, title: opened.title, warnings: opened.warnings };
}

/**
 * Reads and checks every file before anything is written, so a bad file in a list changes
 * nothing: `.json` files must be valid tagwerk datasets (schema, ids, quotes equal to their
 * slices — never fixed; texts then made canonical with their spans mapped), other files are opened like the app opens them (.txt, .md, .html;
 * encoding detected, canonical text); with `foreign`, every file (a brat folder too) is read in
 * that format and what it holds but Tagwerk cannot represent is listed in `losses` (per kind and file). Returns the inputs or one line per problem.
 */
export async function readImportInputs(cwd: string, files: readonly string[], foreign?: ForeignFormat): Promise<{ inputs: ImportInput[]; problems: string[]; losses: FileLoss[] }> {
  const inputs: ImportInput[] = [];
  const problems: string[] = [];
  const losses: FileLoss[] = [];
  for (const file of files) {
    const read = await readOne(cwd, file, foreign, losses);
    if ('problems' in read) problems.push(...read.problems);
    else inputs.push(read);
  }
  return { inputs, problems, losses };
}

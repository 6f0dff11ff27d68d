import path from 'node:path';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import type { DatasetNote } from '@shared/formats/noteFacts';
import type { ParseOptions, ParseResult } from '@shared/formats/formatAdapter';
import { formatEntry, type FormatId } from '@shared/formats/formatRegistry';
import { readInputFolder, readInputText, writeOutputFile, writeOutputFolder, type FileProblem } from './datasetFiles';

/** What an export wrote: bytes, files, and the format's notes on what it changed or left out (one line each). */
export interface WrittenOutput {
  readonly bytes: number;
  readonly files: number;
  readonly notes: DatasetNote[];
}

/** Serialises a dataset in `format` to `out`: a file, or for a folder format a folder (created if missing). */
export async function writeFormatOutput(cwd: string, format: FormatId, dataset: TagwerkDataset, out: string): Promise<WrittenOutput> {
  const entry = formatEntry(format);
  const notes = entry.exportNotes?.(dataset) ?? [];
  if (entry.output === 'folder') {
    const files = entry.adapter.serialize(dataset);
    return { bytes: await writeOutputFolder(cwd, out, files), files: files.length, notes };
  }
  return { bytes: await writeOutputFile(cwd, out, entry.adapter.serialize(dataset)), files: 1, notes };
}

/** Reads `input` (a file, or for a folder format a folder) in `format` into a validated dataset or its problems. */
export async function readFormatInput(cwd: string, format: FormatId, input: string, options: ParseOptions): Promise<ParseResult | FileProblem> {
  const entry = formatEntry(format);
  if (entry.output === 'folder' && !entry.extensions.some((ext) => input.endsWith(`.${ext}`))) {
    const folder = await readInputFolder(cwd, input, entry.extensions);
    return folder.ok ? entry.adapter.parse(folder.files, options) : folder;
  }
  const read = await readInputText(cwd, input);
  if (!read.ok) return read;
  // A single file of a folder format (one WebAnno TSV document) is read as a folder of one.
  return entry.output === 'folder' ? entry.adapter.parse([{ name: path.basename(input), content: read.text }], options) : entry.adapter.parse(read.text, options);
}

import type { TagwerkDataset } from '../../../shared/formats/datasetSchema';
import type { ParseOptions, ParseResult } from '../../../shared/formats/formatAdapter';
import { formatEntry, type FormatId } from '../../../shared/formats/formatRegistry';
import { readInputFolder, readInputText, writeOutputFile, writeOutputFolder, type FileProblem } from './datasetFiles';

/** Serialises a dataset in `format` to `out`: a file, or for a folder format a folder (created if missing); returns bytes written. */
export async function writeFormatOutput(cwd: string, format: FormatId, dataset: TagwerkDataset, out: string): Promise<{ bytes: number; files: number }> {
  const entry = formatEntry(format);
  if (entry.output === 'folder') {
    const files = entry.adapter.serialize(dataset);
    return { bytes: await writeOutputFolder(cwd, out, files), files: files.length };
  }
  return { bytes: await writeOutputFile(cwd, out, entry.adapter.serialize(dataset)), files: 1 };
}

/** Reads `input` (a file, or for a folder format a folder) in `format` into a validated dataset or its problems. */
export async function readFormatInput(cwd: string, format: FormatId, input: string, options: ParseOptions): Promise<ParseResult | FileProblem> {
  const entry = formatEntry(format);
  if (entry.output === 'folder') {
    const folder = await readInputFolder(cwd, input, entry.extensions);
    return folder.ok ? entry.adapter.parse(folder.files, options) : folder;
  }
  const read = await readInputText(cwd, input);
  return read.ok ? entry.adapter.parse(read.text, options) : read;
}

import type { TagwerkDataset } from '../../../shared/formats/datasetSchema';
import type { FormatId, ParseOptions, ParseResult } from '../../../shared/formats/formatAdapter';
import { bratFormat, textFormatAdapters } from '../../../shared/formats/formatAdapters';
import { readBratFolder, readInputText, writeOutputFile, writeOutputFolder, type FileProblem } from './datasetFiles';

/** Serialises a dataset in `format` to `out`: a file, or for brat a folder (created if missing); returns bytes written. */
export async function writeFormatOutput(cwd: string, format: FormatId, dataset: TagwerkDataset, out: string): Promise<number> {
  if (format === 'brat') return writeOutputFolder(cwd, out, bratFormat.serialize(dataset));
  return writeOutputFile(cwd, out, textFormatAdapters[format].serialize(dataset));
}

/** Reads `input` (a file, or for brat a folder of .txt/.ann) in `format` into a validated dataset or its problems. */
export async function readFormatInput(cwd: string, format: FormatId, input: string, options: ParseOptions): Promise<ParseResult | FileProblem> {
  if (format === 'brat') {
    const folder = await readBratFolder(cwd, input);
    return folder.ok ? bratFormat.parse(folder.files, options) : folder;
  }
  const read = await readInputText(cwd, input);
  return read.ok ? textFormatAdapters[format].parse(read.text, options) : read;
}

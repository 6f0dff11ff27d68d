import type { TagwerkDataset } from '../../shared/formats/datasetSchema';
import { FORMAT_IDS, type FormatId, type ParseOptions, type ParseResult } from '../../shared/formats/formatAdapter';
import { bratFormat, textFormatAdapters } from '../../shared/formats/formatAdapters';
import { UsageError } from './cliArgs';
import { readBratFolder, readInputText, writeOutputFile, writeOutputFolder, type FileProblem } from './cliFiles';

/** The `--format`/`--from`/`--to` value as a format id; anything else is a usage error listing the choices. */
export function formatOption(value: string | undefined, option: string): FormatId {
  if (value === undefined) throw new UsageError(`${option} FORMAT is required (one of ${FORMAT_IDS.join(', ')})`);
  const id = FORMAT_IDS.find((f) => f === value.toLowerCase());
  if (id === undefined) throw new UsageError(`${option} ${value}: unknown format (one of ${FORMAT_IDS.join(', ')})`);
  return id;
}

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

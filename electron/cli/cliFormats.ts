import path from 'node:path';
import type { TagwerkDataset } from '../../shared/formats/datasetSchema';
import type { ParseOptions, ParseResult } from '../../shared/formats/formatAdapter';
import { FORMAT_IDS, FORMAT_REGISTRY, findFormatId, formatEntry, type FormatId } from '../../shared/formats/formatRegistry';
import { UsageError } from './cliArgs';
import { readInputFolder, readInputText, writeOutputFile, writeOutputFolder, type FileProblem } from './cliFiles';

/** The format choices as `--help` lists them: `tagwerk | doccano | …`, from the registry. */
export const FORMAT_CHOICES_HELP = FORMAT_IDS.join(' | ');

/** The offset unit sentence of `--help`, from the registry: which formats count UTF-16 units, which have tokens and no offsets. */
export function offsetUnitsHelp(): string {
  const ids = (unit: string): string[] => FORMAT_REGISTRY.filter((entry) => entry.offsetUnit === unit).map((entry) => entry.id);
  const [utf16, tokens] = [ids('utf16'), ids('token')];
  const except = [...(utf16.length === 0 ? [] : [`${utf16.join(', ')} (UTF-16 code units)`]), ...(tokens.length === 0 ? [] : [`${tokens.join(', ')} (tokens, no offsets; export only)`])];
  return except.length === 0 ? 'Offsets are Unicode code points in every format.' : `Offsets are Unicode code points in every format except ${except.join(' and ')}.`;
}

/** The formats written as folders, for `--help` (e.g. `brat`). */
export const FOLDER_FORMATS_HELP = FORMAT_REGISTRY.filter((entry) => entry.output === 'folder')
  .map((entry) => entry.id)
  .join(', ');

/** The `--format`/`--from`/`--to` value as a format id; anything else is a usage error listing the choices. */
export function formatOption(value: string | undefined, option: string): FormatId {
  if (value === undefined) throw new UsageError(`${option} FORMAT is required (one of ${FORMAT_IDS.join(', ')})`);
  const id = findFormatId(value);
  if (id === undefined) throw new UsageError(`${option} ${value}: unknown format (one of ${FORMAT_IDS.join(', ')})`);
  return id;
}

/** What an export wrote: bytes, files, and the format's notes on what it changed or left out (one line each). */
export interface WrittenOutput {
  readonly bytes: number;
  readonly files: number;
  readonly notes: string[];
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

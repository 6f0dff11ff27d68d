import { FORMAT_IDS, FORMAT_REGISTRY, findFormatId, type FormatId } from '@shared/formats/formatRegistry';
import { UsageError } from './cliArgs';

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


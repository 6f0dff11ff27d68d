import { FORMAT_IDS, type FormatId } from '../../shared/formats/formatAdapter';
import { UsageError } from './cliArgs';

/** The `--format`/`--from`/`--to` value as a format id; anything else is a usage error listing the choices. */
export function formatOption(value: string | undefined, option: string): FormatId {
  if (value === undefined) throw new UsageError(`${option} FORMAT is required (one of ${FORMAT_IDS.join(', ')})`);
  const id = FORMAT_IDS.find((f) => f === value.toLowerCase());
  if (id === undefined) throw new UsageError(`${option} ${value}: unknown format (one of ${FORMAT_IDS.join(', ')})`);
  return id;
}

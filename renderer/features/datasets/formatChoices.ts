import type { OffsetUnit } from '@shared/formats/formatAdapter';
import { FORMAT_REGISTRY, type FormatId } from '@shared/formats/formatRegistry';

/** One format as the export dialog offers it: id, and the unit its offsets count in. */
export interface FormatChoice {
  readonly id: FormatId;
  readonly unit: OffsetUnit;
}

/**
 * The export formats in registry order (Tagwerk's lossless format first), each with the offset
 * unit its registry entry states, which the dialog shows as a badge.
 */
export const FORMAT_CHOICES: readonly FormatChoice[] = FORMAT_REGISTRY.map(({ id, offsetUnit }) => ({ id, unit: offsetUnit }));

import { FORMAT_IDS, type FormatId } from '../../../shared/formats/formatAdapter';
import { bratFormat, textFormatAdapters } from '../../../shared/formats/formatAdapters';

/** One format as the export dialog offers it: id, and the unit its offsets count in. */
export interface FormatChoice {
  readonly id: FormatId;
  readonly unit: 'codepoint' | 'utf16';
}

/**
 * The export formats in the order the dialog lists them (Tagwerk's lossless format first), each
 * with the offset unit its adapter writes (Label Studio: UTF-16 code units; the rest: code points).
 */
export const FORMAT_CHOICES: readonly FormatChoice[] = FORMAT_IDS.map((id) => ({ id, unit: id === 'brat' ? bratFormat.offsetUnit : textFormatAdapters[id].offsetUnit }));

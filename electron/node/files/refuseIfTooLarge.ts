import { decodeFailure, type DecodeFailure } from './decodeResult';
import { LIMITS } from '@shared/limits/limits';

/** Default size cap for an opened file: 20 MiB, far above any article, well below what the editor can hold. */
export const DEFAULT_MAX_TEXT_BYTES = LIMITS.textBytes;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

/**
 * A `too-large` failure when `byteLength` exceeds `maxBytes`, else null; callers can run it on
 * `fs.stat` sizes before reading, so a huge file is refused without loading it into memory.
 */
export function refuseIfTooLarge(byteLength: number, maxBytes: number = DEFAULT_MAX_TEXT_BYTES): DecodeFailure | null {
  if (byteLength <= maxBytes) return null;
  return decodeFailure(
    'too-large',
    `The file is ${megabytes(byteLength)} MB; Tagwerk opens text files of up to ${megabytes(maxBytes)} MB. Split it into smaller files and open those.`,
  );
}

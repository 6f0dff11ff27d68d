import { decodeFailure, type DecodeFailure, type TextEncodingName } from './decodeResult';

/** What the bytes alone say: an encoding (with its BOM length), a refusal, or nothing (try UTF-8, then windows-1252). */
export type EncodingEvidence =
  | { kind: 'known'; encoding: TextEncodingName; bomLength: number }
  | { kind: 'unknown' }
  | { kind: 'refused'; failure: DecodeFailure };

/** Below this share of NUL bytes per UTF-16 code unit, a file is not UTF-16 text of Latin script (which has ~one per character). */
const MIN_UTF16_NUL_SHARE = 0.1;

/**
 * Most NULs of UTF-16 text sit on one parity, but not all: a code unit with a zero low byte
 * (😀 = D83D DE00, U+2000, U+0100, U+3000) puts one on the other. Up to this share of the
 * majority is tolerated; random and binary data have NULs on both parities in similar numbers.
 */
const MAX_MINORITY_NUL_SHARE = 0.25;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

const UTF32_REFUSAL = decodeFailure(
  'unsupported-encoding',
  'The file is in UTF-32, which Tagwerk does not read. Save it as UTF-8 and open it again.',
);

const BINARY_NULS = decodeFailure(
  'binary',
  'This file does not look like text: it contains NUL bytes, and not in the pattern of UTF-16 text. Tagwerk opens plain text, Markdown and HTML files.',
);

/**
 * Looks for a byte-order mark, then scans NUL bytes: UTF-16 text of Latin script has a NUL in
 * nearly every code unit, on one byte parity (odd for little endian, even for big endian);
 * NULs spread over both parities, or too few to be UTF-16, mean a binary file, never UTF-16.
 */
export function detectEncoding(bytes: Uint8Array): EncodingEvidence {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: 'refused', failure: { ...UTF32_REFUSAL } };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'known', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'known', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'known', encoding: 'utf-16be', bomLength: 2 };

  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = bytes.indexOf(0); index !== -1; index = bytes.indexOf(0, index + 1)) {
    if (index % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  }
  if (evenNuls === 0 && oddNuls === 0) return { kind: 'unknown' };
  const majority = Math.max(evenNuls, oddNuls);
  const minority = Math.min(evenNuls, oddNuls);
  const codeUnits = Math.ceil(bytes.length / 2);
  if (majority < codeUnits * MIN_UTF16_NUL_SHARE || minority > majority * MAX_MINORITY_NUL_SHARE) {
    return { kind: 'refused', failure: { ...BINARY_NULS } };
  }
  return { kind: 'known', encoding: oddNuls > evenNuls ? 'utf-16le' : 'utf-16be', bomLength: 0 };
}

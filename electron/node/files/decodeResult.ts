import type { DECODE_WHY } from '@shared/ipc/failureFacts';

/** The encodings Tagwerk detects and offers under "reopen with encoding…". */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

/** One of {@link TEXT_ENCODINGS}; stored with the document and shown to the user. */
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** How each encoding is named to the user (status bar, "reopen with encoding…" menu, messages). */
export const TEXT_ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western European)',
};

/** Why a file was refused; the UI may branch on it, the user reads `message`. */
export type DecodeFailureCode = (typeof DECODE_WHY)[number];

/** A file that decoded to annotatable text: canonical (no BOM, LF only, NFC) plus what to tell the user. */
export interface DecodeSuccess {
  ok: true;
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

/** A refused file: a machine-readable code and one clear English sentence or two for the user. */
export interface DecodeFailure {
  ok: false;
  code: DecodeFailureCode;
  message: string;
}

/** Result of decoding a file's bytes; a plain-data union so it can cross IPC unchanged. */
export type DecodeResult = DecodeSuccess | DecodeFailure;

/** Builds a {@link DecodeFailure}; one place so every refusal has the same shape. */
export function decodeFailure(code: DecodeFailureCode, message: string): DecodeFailure {
  return { ok: false, code, message };
}

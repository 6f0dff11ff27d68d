import { canonicalizeText } from '@shared/text/canonicalText';
import { decodeBytesAs, decodeStrictUtf8 } from './decodeBytesAs';
import { decodeFailure, TEXT_ENCODING_LABELS, type DecodeResult, type TextEncodingName } from './decodeResult';
import { detectEncoding } from './detectEncoding';
import { inspectDecodedText } from './inspectDecodedText';
import { refuseIfTooLarge } from './refuseIfTooLarge';

/** Options for {@link decodeText}. */
export interface DecodeTextOptions {
  /** Decode as this encoding instead of detecting one (the user's "reopen with encoding…" choice). */
  encoding?: TextEncodingName;
  /** Size cap in bytes; defaults to 20 MiB. */
  maxBytes?: number;
}

/**
 * The canonical text of a file's decoded content: `canonicalizeText` after dropping every
 * leading U+FEFF, not only the first. A second BOM (files saved twice with one) would otherwise
 * stay at the start, and the text would not be canonical: canonicalizing it again changes it.
 */
export function canonicalFileText(raw: string): string {
  return canonicalizeText(raw.replace(/^\uFEFF+/, ''));
}

const EMPTY_MESSAGE = 'The file is empty: there is no text to annotate.';
const BLANK_MESSAGE = 'The file contains only blank space: there is no text to annotate.';

function detectAndDecode(bytes: Uint8Array): { raw: string; encoding: TextEncodingName } | DecodeResult {
  const evidence = detectEncoding(bytes);
  if (evidence.kind === 'refused') return evidence.failure;
  if (evidence.kind === 'known') {
    return { raw: decodeBytesAs(bytes.subarray(evidence.bomLength), evidence.encoding), encoding: evidence.encoding };
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { raw: utf8, encoding: 'utf-8' };
  return { raw: decodeBytesAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Decodes a file's bytes into canonical text (BOM stripped, CRLF/CR -> LF, NFC) and names the
 * encoding: BOM, then the UTF-16 NUL-parity scan, then strict UTF-8, else windows-1252, unless
 * `options.encoding` forces one. Refuses (never throws) oversized, empty, blank and binary files,
 * so the document id and offsets are always taken over real text; doubtful decodings
 * (U+FFFD, C1 controls) succeed with warnings the user should see.
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodeResult {
  const tooLarge = refuseIfTooLarge(bytes.length, options.maxBytes);
  if (tooLarge) return tooLarge;
  if (bytes.length === 0) return decodeFailure('empty', EMPTY_MESSAGE);

  const decoded = options.encoding
    ? { raw: decodeBytesAs(bytes, options.encoding), encoding: options.encoding }
    : detectAndDecode(bytes);
  if ('ok' in decoded) return decoded;

  const inspection = inspectDecodedText(decoded.raw);
  if (inspection.binaryReason !== null) {
    const hint = options.encoding
      ? ` It was read as ${TEXT_ENCODING_LABELS[options.encoding]}; another encoding may work.`
      : '';
    return decodeFailure('binary', `${inspection.binaryReason}${hint}`);
  }
  const text = canonicalFileText(decoded.raw);
  if (text.length === 0) return decodeFailure('empty', EMPTY_MESSAGE);
  if (text.trim().length === 0) return decodeFailure('empty', BLANK_MESSAGE);
  return { ok: true, text, encoding: decoded.encoding, warnings: inspection.warnings };
}

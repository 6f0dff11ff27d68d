import iconv from 'iconv-lite';
import type { TextEncodingName } from './decodeResult';

/** Raw UTF-16 decoding that keeps lone surrogates (TextDecoder would hide them as U+FFFD) so they can be detected. */
function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const evenLength = bytes.length - (bytes.length % 2);
  const units = Buffer.from(bytes.subarray(0, evenLength));
  if (bigEndian) units.swap16();
  const text = units.toString('utf16le');
  return evenLength < bytes.length ? `${text}\uFFFD` : text;
}

/**
 * Decodes `bytes` as `encoding` without failing: undecodable bytes become U+FFFD. Windows-1252
 * goes through iconv-lite because Node 20's TextDecoder maps 0x80–0x9F („“€– …) to C1 controls.
 */
export function decodeBytesAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf-16le':
      return decodeUtf16(bytes, false);
    case 'utf-16be':
      return decodeUtf16(bytes, true);
    case 'windows-1252':
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252', { stripBOM: false });
  }
}

/** Strict UTF-8: the decoded text, or null when the bytes are not valid UTF-8 (so another encoding must be tried). */
export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

import { readFileSync } from 'node:fs';

const CORPUS = new URL('../../../../fixtures/corpus/', import.meta.url);

/** The raw bytes of a file in tests/fixtures/corpus (a byte-exact copy of the shared sample corpus). */
export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, CORPUS)));
}

/** Encodes `text` as UTF-16 (LE or BE), optionally with a byte-order mark. */
export function utf16Bytes(text: string, bigEndian: boolean, withBom: boolean): Uint8Array {
  const units = Buffer.from(`${withBom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (bigEndian) units.swap16();
  return new Uint8Array(units);
}

/** Encodes `text` as UTF-8, optionally with a byte-order mark. */
export function utf8Bytes(text: string, withBom = false): Uint8Array {
  return new Uint8Array(Buffer.from(`${withBom ? '\uFEFF' : ''}${text}`, 'utf8'));
}

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { z } from 'zod';

const DOCUMENT_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** A document id is `sha256:` plus 64 lowercase hex digits; nothing else may reach a file path. */
export const DocumentIdSchema = z.string().regex(DOCUMENT_ID_PATTERN);

/**
 * The document id of a canonical text: `sha256:<hex>` of its UTF-8 bytes, so the same text
 * opened twice (from any file or encoding) is the same document.
 */
export function documentIdOf(canonicalText: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalText)))}`;
}

/** True when `value` is a well-formed document id; check this before using an id in a path. */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID_PATTERN.test(value);
}

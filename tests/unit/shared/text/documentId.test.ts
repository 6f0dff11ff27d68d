import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '@shared/text/canonicalText';
import { DocumentIdSchema, documentIdOf, isDocumentId } from '@shared/text/documentId';
import { trickyText } from './textArbitraries';

const ARTICLE = fileURLToPath(new URL('../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url));

/** Replaces lone surrogates, which UTF-8 cannot encode, so both hashers see the same bytes. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function nodeSha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

describe('documentIdOf', () => {
  it('gives the built-in article the sha256 of its bytes', () => {
    const bytes = readFileSync(ARTICLE);
    const text = bytes.toString('utf8');
    expect(canonicalizeText(text)).toBe(text);
    expect(documentIdOf(text)).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it.each([
    ['empty text', '', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['ASCII', 'abc', 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('matches the known digest of %s', (_name, text, expected) => {
    expect(documentIdOf(text)).toBe(expected);
  });

  it.each([
    ['German quotes', '„Wladimir Putin“'],
    ['sharp s', 'Straße'],
    ['emoji', 'Daumen 👍🏽 hoch 😀'],
    ['NFC umlaut', 'Müller'],
  ])('hashes the UTF-8 bytes of %s', (_name, text) => {
    expect(documentIdOf(text)).toBe(nodeSha256(text));
  });

  it('distinguishes NFD from NFC input, which is why texts are canonicalized first', () => {
    expect(documentIdOf('Mu\u0308ller')).not.toBe(documentIdOf('Müller'));
    expect(documentIdOf(canonicalizeText('Mu\u0308ller'))).toBe(documentIdOf('Müller'));
  });

  it('agrees with node:crypto for any well-formed text', () => {
    fc.assert(
      fc.property(trickyText().map(wellFormed), (text) => {
        const id = documentIdOf(text);
        expect(id).toBe(nodeSha256(text));
        expect(isDocumentId(id)).toBe(true);
      }),
    );
  });
});

describe('isDocumentId / DocumentIdSchema', () => {
  const hex = 'a'.repeat(64);
  it.each([
    [`sha256:${hex}`, true],
    [`sha256:${'0123456789abcdef'.repeat(4)}`, true],
    [`sha256:${'A'.repeat(64)}`, false],
    [`sha256:${'a'.repeat(63)}`, false],
    [`sha256:${'a'.repeat(65)}`, false],
    [`sha256:${'a'.repeat(63)}g`, false],
    [`sha1:${hex}`, false],
    [hex, false],
    [`sha256:${hex}\n`, false],
    [`sha256:../../${'a'.repeat(58)}`, false],
    [`sha256:${hex}/../x`, false],
    ['', false],
    [42, false],
    [null, false],
    [undefined, false],
    [{ id: `sha256:${hex}` }, false],
  ])('%j -> %s', (value, expected) => {
    expect(isDocumentId(value)).toBe(expected);
    expect(DocumentIdSchema.safeParse(value).success).toBe(expected);
  });
});

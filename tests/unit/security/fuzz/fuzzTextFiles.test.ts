import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf } from '@shared/text/documentId';
import { FUZZ_SEED, fuzzParameters, fuzzTestTimeout, runsFor } from './fuzzConfig';
import { baseMemoryStore, checkCase, importTextInput } from './importHarness';
import type { MemoryFs } from './memoryFs';
import { byteMutationArb, mutateBytes } from './mutations';
import { prototypeKeys, prototypePollution } from './pollutionGuard';
import { canonicalProblems, generatedTextFileArb, TEXT_FILE_NAMES, TEXT_FIXTURES } from './textFileInputs';

const counts = { random: 0, generated: 0, mutated: 0, rejected: 0, imported: 0 };
const prototypesBefore = prototypeKeys();
let base: MemoryFs;

/**
 * Opens one file like the app and adds it to a copy of the base store (the contract of
 * `checkCase`), then holds an opened text to what a document id is computed from: canonical
 * (NFC, LF, no BOM, no lone surrogate or NUL, not blank) and stored byte for byte as opened.
 */
async function openCase(kind: 'random' | 'generated' | 'mutated', name: string, bytes: Uint8Array): Promise<void> {
  counts[kind] += 1;
  let opened: string | undefined;
  let stored: string | undefined;
  const attempt = await checkCase(base, async (store) => {
    const result = await importTextInput(store, name, bytes);
    opened = result.text;
    if (opened !== undefined) stored = (await store.getDocument(documentIdOf(opened))).text;
    return result;
  });
  counts[attempt.status] += 1;
  if (opened === undefined) return;
  expect(canonicalProblems(opened)).toEqual([]);
  expect(stored).toBe(opened);
}

describe('fuzzing text files through textFromFile into the store (in-memory)', () => {
  beforeAll(async () => {
    base = await baseMemoryStore();
  });
  afterAll(() => {
    console.info(`fuzz text files (seed ${FUZZ_SEED}): ${JSON.stringify(counts)}`);
  });

  it('opens random bytes and generated texts in any encoding as canonical text, or refuses them clearly', async () => {
    const randomFile = fc.record({ name: fc.constantFrom(...TEXT_FILE_NAMES), bytes: fc.uint8Array({ maxLength: 600 }) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomFile.map((f) => ({ ...f, kind: 'random' as const })), generatedTextFileArb.map((f) => ({ ...f, kind: 'generated' as const }))), async ({ kind, name, bytes }) => {
        await openCase(kind, name, bytes);
      }),
      fuzzParameters(runsFor('textRandom'), 401),
    );
  }, fuzzTestTimeout(runsFor('textRandom')));

  it('opens mutated corpus files (bit flips, truncation, invalid UTF-8, NULs, BOMs) as canonical text, or refuses them clearly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(TEXT_FIXTURES.length - 1), byteMutationArb, fc.option(fc.constantFrom(...TEXT_FILE_NAMES), { nil: undefined }), async (index, ops, rename) => {
        const fixture = TEXT_FIXTURES[index] as (typeof TEXT_FIXTURES)[number];
        await openCase('mutated', rename ?? fixture.name, mutateBytes(fixture.bytes, ops));
      }),
      fuzzParameters(runsFor('textMutated'), 402),
    );
  }, fuzzTestTimeout(runsFor('textMutated')));

  it('left no trace on the built-in prototypes', () => {
    expect(prototypePollution(prototypesBefore)).toEqual([]);
  });
});

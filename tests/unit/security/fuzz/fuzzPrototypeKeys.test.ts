import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzParameters, fuzzTestTimeout, runsFor } from './fuzzConfig';
import { baseMemoryStore, checkCase, importDatasetInput, LOSSY_OPTIONS, parseFixture, repoBytes, type FuzzFormat } from './importHarness';
import type { MemoryFs } from './memoryFs';
import { forbiddenKeyMutationArb, mutateJson, mutateJsonLines } from './mutations';
import { prototypeKeys, prototypePollution } from './pollutionGuard';

const mixed = parseFixture('tests/fixtures/formats/mixed.tagwerk.json');
const FIXTURES: ReadonlyArray<{ format: FuzzFormat; file: string; jsonLines: boolean }> = [
  { format: 'tagwerk', file: 'tests/fixtures/formats/mixed.tagwerk.json', jsonLines: false },
  { format: 'doccano', file: 'tests/fixtures/formats/golden/mixed.doccano.jsonl', jsonLines: true },
  { format: 'w3c', file: 'tests/fixtures/formats/golden/mixed.w3c.jsonld', jsonLines: false },
];
const OPTIONS = { ...LOSSY_OPTIONS, texts: new Map(mixed.documents.map((d) => [d.id, d.text])) };
const prototypesBefore = prototypeKeys();
let base: MemoryFs;

describe('prototype keys in imports', () => {
  beforeAll(async () => {
    base = await baseMemoryStore();
  });

  it('refuses a __proto__, constructor or prototype key at any depth of any format, naming it, with the store unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), forbiddenKeyMutationArb, fc.nat(), async ({ format, file, jsonLines }, mutation, line) => {
        const source = repoBytes(file).toString('utf8');
        const input = jsonLines ? mutateJsonLines(source, mutation, line) : mutateJson(source, mutation);
        const attempt = await checkCase(base, (store) => importDatasetInput(store, format, input, OPTIONS));
        expect(attempt.status === 'rejected' && attempt.problems.some((p) => p.includes(`the key "${mutation.key}" is not allowed`))).toBe(true);
      }),
      fuzzParameters(runsFor('prototypeKeys'), 600),
    );
  }, fuzzTestTimeout(runsFor('prototypeKeys')));

  it('left Object.prototype and the other built-in prototypes as they were', () => {
    expect(prototypePollution(prototypesBefore)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeTagwerkDataset } from '../../../../shared/formats/tagwerkFormat';
import { fuzzParameters, runsFor } from './fuzzConfig';
import { anyJsonTextArb, datasetArb, shapedTagwerkArb } from './generators';
import { baseMemoryStore, checkCase, importDatasetInput, repoBytes } from './importHarness';
import type { MemoryFs } from './memoryFs';
import { mutateJson, mutationArb } from './mutations';
import { prototypeKeys, prototypePollution } from './pollutionGuard';

const FIXTURES = [
  'tests/fixtures/formats/mixed.tagwerk.json',
  'tests/fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json',
  'tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json',
].map((file) => repoBytes(file).toString('utf8'));

const counts = { generated: 0, random: 0, mutated: 0, rejected: 0, imported: 0 };
const prototypesBefore = prototypeKeys();
let base: MemoryFs;

beforeAll(async () => {
  base = await baseMemoryStore();
});

afterAll(() => {
  console.info(`fuzz tagwerk: ${JSON.stringify(counts)}`);
});

async function tally(kind: 'generated' | 'random' | 'mutated', input: string): Promise<'rejected' | 'imported'> {
  counts[kind] += 1;
  const attempt = await checkCase(base, (store) => importDatasetInput(store, 'tagwerk', input, {}));
  counts[attempt.status] += 1;
  return attempt.status;
}

describe('fuzzing tagwerk.dataset imports (in-memory store)', () => {
  it('imports every generated valid dataset, leaving a store that loads cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        expect(await tally('generated', serializeTagwerkDataset(dataset))).toBe('imported');
      }),
      fuzzParameters(runsFor('tagwerkGenerated'), 1),
    );
  });

  it('never throws on random and dataset-shaped JSON; every rejection is clear and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJsonTextArb, shapedTagwerkArb.map((v) => JSON.stringify(v))), async (input) => {
        await tally('random', input);
      }),
      fuzzParameters(runsFor('tagwerkRandom'), 2),
    );
  });

  it('never throws on mutated fixtures; every rejection is clear and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(FIXTURES.length - 1), mutationArb, async (fixture, mutation) => {
        await tally('mutated', mutateJson(FIXTURES[fixture] as string, mutation));
      }),
      fuzzParameters(runsFor('tagwerkMutated'), 3),
    );
  });

  it('left no trace on the built-in prototypes', () => {
    expect(prototypePollution(prototypesBefore)).toEqual([]);
  });
});

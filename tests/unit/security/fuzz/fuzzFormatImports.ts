import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseOptions } from '@shared/formats/formatAdapter';
import { FUZZ_SEED, fuzzParameters, fuzzTestTimeout } from './fuzzConfig';
import { baseMemoryStore, checkCase, importDatasetInput, type FuzzFormat } from './importHarness';
import type { MemoryFs } from './memoryFs';
import { mutationArb, type Mutation } from './mutations';
import { prototypeKeys, prototypePollution } from './pollutionGuard';

/** One input and the parse options it is imported with. */
export interface FuzzInput {
  readonly input: string;
  readonly options: ParseOptions;
}

/** What a format's fuzz suite runs: generated valid inputs, random inputs and mutated fixtures, with run counts. */
export interface FormatFuzzSpec {
  readonly format: FuzzFormat;
  /** Makes this suite's seeds differ from the other suites'. */
  readonly salt: number;
  /** Inputs valid by construction: each must import, leaving a store that loads cleanly. */
  readonly generated: fc.Arbitrary<FuzzInput>;
  /** Random or format-shaped inputs: anything but a crash is fine. */
  readonly random: fc.Arbitrary<FuzzInput>;
  /** The fixtures mutated, and how a mutation applies to one (`choice` picks e.g. a JSONL line). */
  readonly fixtures: readonly FuzzInput[];
  readonly mutate: (input: string, mutation: Mutation, choice: number) => string;
  readonly runs: { readonly generated: number; readonly random: number; readonly mutated: number };
}

/**
 * Declares the fuzz suite of one import format on an in-memory store (see `checkCase` for the
 * contract each case is held to), logs how many cases ran and were rejected or imported, and
 * checks afterwards that no case reached the built-in prototypes.
 */
export function describeFormatFuzz(spec: FormatFuzzSpec): void {
  const counts = { generated: 0, random: 0, mutated: 0, rejected: 0, imported: 0 };
  const prototypesBefore = prototypeKeys();
  let base: MemoryFs;
  const tally = async (kind: 'generated' | 'random' | 'mutated', { input, options }: FuzzInput) => {
    counts[kind] += 1;
    const attempt = await checkCase(base, (store) => importDatasetInput(store, spec.format, input, options));
    counts[attempt.status] += 1;
    return attempt;
  };

  describe(`fuzzing ${spec.format} imports (in-memory store)`, () => {
    beforeAll(async () => {
      base = await baseMemoryStore();
    });
    afterAll(() => {
      console.info(`fuzz ${spec.format} (seed ${FUZZ_SEED}): ${JSON.stringify(counts)}`);
    });

    it('imports every generated valid input, leaving a store that loads cleanly', async () => {
      await fc.assert(
        fc.asyncProperty(spec.generated, async (input) => {
          const attempt = await tally('generated', input);
          expect(attempt.status === 'rejected' ? attempt.problems : []).toEqual([]);
        }),
        fuzzParameters(spec.runs.generated, spec.salt + 1),
      );
    }, fuzzTestTimeout(spec.runs.generated));

    it('never throws on random and format-shaped input; every rejection is clear and changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(spec.random, async (input) => {
          await tally('random', input);
        }),
        fuzzParameters(spec.runs.random, spec.salt + 2),
      );
    }, fuzzTestTimeout(spec.runs.random));

    it('never throws on mutated fixtures; every rejection is clear and changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(spec.fixtures.length - 1), mutationArb, fc.nat(), async (index, mutation, choice) => {
          const fixture = spec.fixtures[index] as FuzzInput;
          await tally('mutated', { input: spec.mutate(fixture.input, mutation, choice), options: fixture.options });
        }),
        fuzzParameters(spec.runs.mutated, spec.salt + 3),
      );
    }, fuzzTestTimeout(spec.runs.mutated));

    it('left no trace on the built-in prototypes', () => {
      expect(prototypePollution(prototypesBefore)).toEqual([]);
    });
  });
}

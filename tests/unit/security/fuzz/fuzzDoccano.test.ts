import fc from 'fast-check';
import { serializeDoccano } from '@shared/formats/doccanoFormat';
import { runsFor } from './fuzzConfig';
import { describeFormatFuzz } from './fuzzFormatImports';
import { anyJsonTextArb, datasetArb, shapedDoccanoArb } from './generators';
import { LOSSY_OPTIONS, repoBytes } from './importHarness';
import { mutateJsonLines } from './mutations';

// doccano JSONL has no annotator or export time: the importer passes them (LOSSY_OPTIONS).
describeFormatFuzz({
  format: 'doccano',
  salt: 200,
  generated: datasetArb.map((dataset) => ({ input: serializeDoccano(dataset), options: LOSSY_OPTIONS })),
  random: fc.oneof(anyJsonTextArb, shapedDoccanoArb).map((input) => ({ input, options: LOSSY_OPTIONS })),
  fixtures: [{ input: repoBytes('tests/fixtures/formats/golden/mixed.doccano.jsonl').toString('utf8'), options: LOSSY_OPTIONS }],
  mutate: mutateJsonLines,
  runs: { generated: runsFor('doccanoGenerated'), random: runsFor('doccanoRandom'), mutated: runsFor('doccanoMutated') },
});

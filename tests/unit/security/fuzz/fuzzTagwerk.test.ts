import fc from 'fast-check';
import { serializeTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { runsFor } from './fuzzConfig';
import { describeFormatFuzz } from './fuzzFormatImports';
import { anyJsonTextArb, datasetArb, shapedTagwerkArb } from './generators';
import { repoBytes } from './importHarness';
import { mutateJson } from './mutations';

// tagwerk.dataset files carry everything; no parse options are needed.
describeFormatFuzz({
  format: 'tagwerk',
  salt: 100,
  generated: datasetArb.map((dataset) => ({ input: serializeTagwerkDataset(dataset), options: {} })),
  random: fc.oneof(anyJsonTextArb, shapedTagwerkArb.map((value) => JSON.stringify(value))).map((input) => ({ input, options: {} })),
  fixtures: [
    'tests/fixtures/formats/mixed.tagwerk.json',
    'tests/fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json',
    'tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json',
  ].map((file) => ({ input: repoBytes(file).toString('utf8'), options: {} })),
  mutate: (input, mutation) => mutateJson(input, mutation),
  runs: { generated: runsFor('tagwerkGenerated'), random: runsFor('tagwerkRandom'), mutated: runsFor('tagwerkMutated') },
});

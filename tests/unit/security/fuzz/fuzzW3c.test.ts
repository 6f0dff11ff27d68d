import fc from 'fast-check';
import { serializeW3c } from '@shared/formats/w3cFormat';
import { runsFor } from './fuzzConfig';
import { describeFormatFuzz } from './fuzzFormatImports';
import { anyJsonTextArb, datasetArb, shapedW3cArb } from './generators';
import { LOSSY_OPTIONS, parseFixture, repoBytes } from './importHarness';
import { mutateJson } from './mutations';

// A W3C export holds offsets and quotes, not texts: the importer passes each document's text by id.
const mixed = parseFixture('tests/fixtures/formats/mixed.tagwerk.json');
const mixedOptions = { ...LOSSY_OPTIONS, texts: new Map(mixed.documents.map((d) => [d.id, d.text])) };

describeFormatFuzz({
  format: 'w3c',
  salt: 300,
  // A W3C export holds annotations only: a dataset without any has nothing to export.
  generated: datasetArb.filter((dataset) => dataset.documents.some((d) => d.annotations.length > 0)).map((dataset) => ({
    input: serializeW3c(dataset),
    options: { ...LOSSY_OPTIONS, texts: new Map(dataset.documents.map((d) => [d.id, d.text])) },
  })),
  random: fc.oneof(anyJsonTextArb, shapedW3cArb([...mixedOptions.texts.keys()]).map((value) => JSON.stringify(value))).map((input) => ({ input, options: mixedOptions })),
  fixtures: [{ input: repoBytes('tests/fixtures/formats/golden/mixed.w3c.jsonld').toString('utf8'), options: mixedOptions }],
  mutate: (input, mutation) => mutateJson(input, mutation),
  runs: { generated: runsFor('w3cGenerated'), random: runsFor('w3cRandom'), mutated: runsFor('w3cMutated') },
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_JSON_SCHEMA_PATH, tagwerkDatasetJsonSchema } from '../../../../shared/formats/datasetJsonSchema';
import { serializeTagwerkDataset } from '../../../../shared/formats/tagwerkFormat';
import { MIXED_FIXTURE, loadDataset, pythonMissing, repoPath, runPython } from './formatTestSupport';

const VALIDATE = `
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
for path in sys.argv[2:]:
    errors = sorted(e.message for e in validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    print(json.dumps(errors))
`;

describe('tagwerk.dataset v1 JSON Schema', () => {
  it(`is committed at ${DATASET_JSON_SCHEMA_PATH} exactly as generated from the zod schema`, () => {
    const generated = tagwerkDatasetJsonSchema();
    if (process.env.TAGWERK_UPDATE_SCHEMA === '1') writeFileSync(repoPath(DATASET_JSON_SCHEMA_PATH), generated);
    // To regenerate after changing datasetSchema.ts: TAGWERK_UPDATE_SCHEMA=1 npx vitest run tests/unit/shared/formats/datasetJsonSchema.test.ts
    expect(readFileSync(repoPath(DATASET_JSON_SCHEMA_PATH), 'utf8')).toBe(generated);
  });

  const missing = pythonMissing(['jsonschema']);
  it.skipIf(missing !== undefined)(
    `validates exports with Debian's python jsonschema and rejects a broken one${missing === undefined ? '' : ` — SKIPPED: ${missing}`}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'tagwerk-schema-'));
      const good = join(dir, 'mixed.tagwerk.json');
      writeFileSync(good, serializeTagwerkDataset(loadDataset(MIXED_FIXTURE)));
      const broken = JSON.parse(readFileSync(good, 'utf8')) as { documents: Array<Record<string, unknown>>; annotator?: string };
      delete broken.annotator;
      (broken.documents[0] as Record<string, unknown>).source = '/home/kim/a.txt';
      const bad = join(dir, 'broken.json');
      writeFileSync(bad, JSON.stringify(broken));
      const jonas = repoPath('tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json');
      const out = runPython(VALIDATE, [repoPath(DATASET_JSON_SCHEMA_PATH), good, jonas, bad]).trim().split('\n');
      expect(out[0]).toBe('[]');
      expect(out[1]).toBe('[]');
      expect(JSON.parse(out[2] ?? '[]')).toEqual([
        "'/home/kim/a.txt' does not match '^(?:builtin:)?(?!\\\\.{1,2}$)[^/\\\\\\\\:\\\\u0000]+$'",
        "'annotator' is a required property",
      ]);
    },
  );
});

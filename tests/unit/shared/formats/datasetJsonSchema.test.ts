import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_JSON_SCHEMA_PATH, DATASET_JSON_SCHEMA_PATHS, tagwerkDatasetJsonSchema } from '@shared/formats/datasetJsonSchema';
import { serializeTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { MIXED_FIXTURE, RELATIONS_FIXTURE, loadDataset, pythonMissing, repoPath, runPython } from './formatTestSupport';

const VALIDATE = `
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
for path in sys.argv[2:]:
    errors = sorted(e.message for e in validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    print(json.dumps(errors))
`;

describe('tagwerk.dataset JSON Schemas (v1 as published, v2 written now)', () => {
  it.each([1, 2] as const)('v%i is committed exactly as generated from the zod schema', (version) => {
    const path = DATASET_JSON_SCHEMA_PATHS[version];
    const generated = tagwerkDatasetJsonSchema(version);
    if (process.env.TAGWERK_UPDATE_SCHEMA === '1') writeFileSync(repoPath(path), generated);
    // To regenerate after changing datasetSchema.ts: TAGWERK_UPDATE_SCHEMA=1 npx vitest run tests/unit/shared/formats/datasetJsonSchema.test.ts
    expect(readFileSync(repoPath(path), 'utf8')).toBe(generated);
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
      const relations = repoPath(RELATIONS_FIXTURE);
      const out = runPython(VALIDATE, [repoPath(DATASET_JSON_SCHEMA_PATH), good, relations, bad]).trim().split('\n');
      expect(out[0]).toBe('[]');
      expect(out[1]).toBe('[]');
      expect(JSON.parse(out[2] ?? '[]')).toEqual([
        "'/home/kim/a.txt' does not match '^(?:builtin:)?(?!\\\\.{1,2}$)[^/\\\\\\\\:\\\\u0000]+$'",
        "'annotator' is a required property",
      ]);
      const v1 = runPython(VALIDATE, [repoPath(DATASET_JSON_SCHEMA_PATHS[1]), repoPath('tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json'), good]).trim().split('\n');
      expect(v1[0]).toBe('[]');
      expect(JSON.parse(v1[1] ?? '[]')).toEqual(['1 was expected']);
    },
  );
});

import { z } from 'zod';
import { TagwerkDatasetV1ShapeSchema, TagwerkDatasetV2ShapeSchema } from './datasetSchema';

/** Where the published schemas live in the repository, by dataset version. */
export const DATASET_JSON_SCHEMA_PATHS = {
  1: 'schemas/tagwerk.dataset.v1.schema.json',
  2: 'schemas/tagwerk.dataset.v2.schema.json',
} as const;

/** Where the schema of the version this build writes lives. */
export const DATASET_JSON_SCHEMA_PATH = DATASET_JSON_SCHEMA_PATHS[2];

const V1_RULES =
  'Annotated documents exported by Tagwerk. Offsets are Unicode code points, start inclusive, end exclusive. ' +
  'Beyond this schema, a valid file has unique document and annotation ids, each document id equal to ' +
  'sha256:<hex of the UTF-8 bytes of its text>, 0 <= start < end <= the text length, each annotation text equal to ' +
  'the code-point slice text[start:end], and every annotation label listed in labels.';

const V2_RULES =
  ' Version 2 adds relations: relation type ids are unique and name only labels listed in labels; relation ids are ' +
  'unique in the file; each relation links two annotations of its own document that its annotator made, is not a ' +
  'self-relation, has a type listed in relationTypes whose from/to allow the two annotations\' labels, and no ' +
  '(type, from, to) occurs twice in a document.';

/**
 * The published JSON Schema (draft 2020-12) of tagwerk.dataset version 1 or 2, generated from
 * the zod shape so the two cannot drift (a test compares it with the committed file). It states
 * the shape and allows unknown keys; the cross-field rules are checked by `TagwerkDatasetSchema`
 * only, which the schema's description says.
 */
export function tagwerkDatasetJsonSchema(version: 1 | 2 = 2): string {
  const shape = version === 1 ? TagwerkDatasetV1ShapeSchema : TagwerkDatasetV2ShapeSchema;
  const generated = z.toJSONSchema(shape, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: `urn:tagwerk:schema:tagwerk.dataset:${version}`,
    title: `Tagwerk dataset, version ${version}`,
    description: version === 1 ? V1_RULES : V1_RULES + V2_RULES,
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

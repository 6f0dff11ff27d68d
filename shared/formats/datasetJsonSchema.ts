import { z } from 'zod';
import { TagwerkDatasetShapeSchema } from './datasetSchema';

/** Where the published schema lives in the repository. */
export const DATASET_JSON_SCHEMA_PATH = 'schemas/tagwerk.dataset.v1.schema.json';

/**
 * The published JSON Schema (draft 2020-12) of tagwerk.dataset v1, generated from the zod
 * schema so the two cannot drift (a test compares it with the committed file). It states the
 * shape and allows unknown keys; unique ids, document id = sha256(text) and quote = slice are
 * checked by `TagwerkDatasetSchema` only, which the schema's description says.
 */
export function tagwerkDatasetJsonSchema(): string {
  const generated = z.toJSONSchema(TagwerkDatasetShapeSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: 'urn:tagwerk:schema:tagwerk.dataset:1',
    title: 'Tagwerk dataset, version 1',
    description:
      'Annotated documents exported by Tagwerk. Offsets are Unicode code points, start inclusive, end exclusive. ' +
      'Beyond this schema, a valid file has unique document and annotation ids, each document id equal to ' +
      'sha256:<hex of the UTF-8 bytes of its text>, 0 <= start < end <= the text length, each annotation text equal to ' +
      'the code-point slice text[start:end], and every annotation label listed in labels.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

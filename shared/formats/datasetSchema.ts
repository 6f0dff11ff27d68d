import { z } from 'zod';
import { AnnotationSchema } from '../annotation/annotation';
import { RelationSchema } from '../relation/relation';
import { RelationTypeSchema } from '../relation/relationType';
import { DocumentIdSchema } from '../text/documentId';
import { checkDatasetConsistency } from './datasetConsistency';
import { checkDatasetRelations } from './datasetRelations';
import { hasLoneSurrogate, loneSurrogateProblem } from './loneSurrogateProblems';
import { LIMITS } from '../limits/limits';
import { issueFacts } from './problemFacts';

/** The `format` value that marks a Tagwerk dataset file. */
export const TAGWERK_DATASET_FORMAT = 'tagwerk.dataset';

/** The dataset version this build writes (version 2 adds relations); versions 1 and 2 are read. */
export const TAGWERK_DATASET_VERSION = 2;

/** Every dataset version this build reads. */
export const TAGWERK_DATASET_VERSIONS = [1, 2] as const;

/** A base file name (no `/`, `\`, `:` or NUL, not `.`/`..`) or `builtin:<name>`; never a path. */
// eslint-disable-next-line no-control-regex -- a NUL must never reach a file name
const SOURCE_PATTERN = /^(?:builtin:)?(?!\.{1,2}$)[^/\\:\u0000]+$/;

const timestamp = () =>
  z.iso.datetime({
    offset: true,
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be an ISO 8601 date-time such as 2026-11-20T10:00:00.000Z'),
  });

/** One label of the dataset's label set (id as used in annotations, visible name). */
export const DatasetLabelSchema = z.object({
  id: z.string().min(1).max(LIMITS.labelIdLength),
  name: z.string().min(1).max(LIMITS.nameLength),
});

/**
 * One annotation in a dataset: the fields of `AnnotationSchema` (code-point offsets), with
 * timestamps required to be ISO date-times; unknown extra keys are accepted and dropped.
 */
export const DatasetAnnotationSchema = z.object({
  ...AnnotationSchema.shape,
  createdAt: timestamp().optional(),
  updatedAt: timestamp().optional(),
}).omit({ origin: true });

/** A version 2 annotation: a version 1 annotation plus its optional `origin` ("assist" when accepted from a suggestion). */
export const DatasetAnnotationV2Schema = DatasetAnnotationSchema.extend({
  origin: AnnotationSchema.shape.origin,
});

/** Refuses a text holding an unpaired surrogate, naming where (in code points). */
function refuseUnpairedSurrogate(text: string, ctx: z.RefinementCtx): void {
  if (!hasLoneSurrogate(text)) return;
  const { message, path: _path, ...facts } = loneSurrogateProblem(text, '');
  ctx.addIssue({ code: 'custom', message, params: issueFacts(facts) });
}

/** One document: its id (sha256 of the text), metadata, canonical text and annotations. */
export const DatasetDocumentSchema = z.object({
  id: DocumentIdSchema.describe('sha256:<hex of the UTF-8 bytes of text>'),
  title: z.string().max(LIMITS.titleLength),
  language: z.string().min(1).max(LIMITS.languageLength),
  source: z.string().max(LIMITS.sourceLength).regex(SOURCE_PATTERN, {
    error: 'must be a base file name or builtin:<name>, never a path (no /, \\ or :)',
  }),
  // A lone surrogate would be stored as U+FFFD (UTF-8 has no encoding for it): the stored text
  // would differ from the one the offsets and quotes were checked against.
  text: z
    .string()
    .min(1, { error: 'must not be empty' })
    .superRefine(refuseUnpairedSurrogate),
  annotations: z.array(DatasetAnnotationSchema),
});

/** One relation in a dataset (version 2): `from`/`to` are annotation ids of the same document; extra keys dropped. */
export const DatasetRelationSchema = z.object(RelationSchema.shape);

/** One declared relation type: id, name and the label ids allowed at each end. */
export const DatasetRelationTypeSchema = RelationTypeSchema;

/** The version 1 shape, kept as published in `schemas/tagwerk.dataset.v1.schema.json`. */
export const TagwerkDatasetV1ShapeSchema = z.object({
  format: z.literal(TAGWERK_DATASET_FORMAT),
  version: z.literal(1),
  exportedAt: timestamp(),
  annotator: z.string().min(1, { error: 'must not be empty' }).max(LIMITS.nameLength),
  offsetUnit: z.literal('codepoint'),
  labels: z.array(DatasetLabelSchema),
  documents: z.array(DatasetDocumentSchema).min(1, { error: 'must hold at least one document' }),
});

/** A version 2 document: a version 1 document plus its relations (absent reads as none) and annotation origins. */
export const DatasetDocumentV2Schema = DatasetDocumentSchema.extend({
  annotations: z.array(DatasetAnnotationV2Schema),
  relations: z.array(DatasetRelationSchema).optional(),
});

/** The version 2 shape (published as `schemas/tagwerk.dataset.v2.schema.json`): version 1 plus relation types and relations. */
export const TagwerkDatasetV2ShapeSchema = TagwerkDatasetV1ShapeSchema.extend({
  version: z.literal(2),
  relationTypes: z.array(DatasetRelationTypeSchema).optional(),
  documents: z.array(DatasetDocumentV2Schema).min(1, { error: 'must hold at least one document' }),
});

/**
 * The fields of a dataset of any readable version whose shape a JSON Schema can express (see
 * `TagwerkDatasetSchema`); relations in a version 1 file are refused by `checkDatasetRelations`.
 */
export const TagwerkDatasetShapeSchema = TagwerkDatasetV2ShapeSchema.extend({
  version: z.literal(TAGWERK_DATASET_VERSIONS),
});

/**
 * THE validation of a tagwerk.dataset import, version 1 or 2: the shape above
 * plus what a JSON Schema cannot say — unique document, label and annotation ids, each document id
 * equal to the sha256 of its text, 0 <= start < end <= length and `text` equal to the code-point
 * slice, labels from the label set, and relations between existing tags of the same document and
 * annotator with a declared type that allows their label pair. Unknown extra keys are dropped.
 */
export const TagwerkDatasetSchema = TagwerkDatasetShapeSchema.superRefine(checkDatasetConsistency).superRefine(checkDatasetRelations);

/** The in-memory dataset every format adapter reads into and writes from. */
export type TagwerkDataset = z.output<typeof TagwerkDatasetSchema>;
/** One document of a dataset. */
export type DatasetDocument = TagwerkDataset['documents'][number];
/** One annotation of a dataset document (same fields as `Annotation`). */
export type DatasetAnnotation = DatasetDocument['annotations'][number];
/** One label of a dataset's label set. */
export type DatasetLabel = TagwerkDataset['labels'][number];
/** One relation of a dataset document. */
export type DatasetRelation = z.output<typeof DatasetRelationSchema>;
/** One relation type of a dataset. */
export type DatasetRelationType = z.output<typeof DatasetRelationTypeSchema>;

import { z } from 'zod';
import { DatasetNoteSchema } from '../../formats/noteFacts';
import { LOSS_KINDS } from '../../formats/formatLoss';
import { FORMAT_IDS } from '../../formats/formatRegistry';
import { ProblemFactsSchema } from '../../formats/problemFacts';
import { DocumentIdField, NoRequest } from '../schemas';

/** Most problems an import answer lists; the rest are counted in `total`. */
export const MAX_LISTED_PROBLEMS = 500;

/** What to export: this document or the whole corpus, in which format, with or without colleagues' imported sets. */
export const ExportRequestSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('document'), documentId: DocumentIdField, format: z.enum(FORMAT_IDS), colleagueSets: z.boolean() }),
  z.strictObject({ scope: z.literal('corpus'), format: z.enum(FORMAT_IDS), colleagueSets: z.boolean() }),
]);
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

/** The end of an export: cancelled in the save dialog, or written, with what the summary shows. */
export const ExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('exported'),
    format: z.enum(FORMAT_IDS),
    documents: z.number().int().nonnegative(),
    annotations: z.number().int().nonnegative(),
    /** Bytes written (all files of a brat folder together). */
    bytes: z.number().int().nonnegative(),
    /** Files written: 1, or a .txt and an .ann per document for brat. */
    files: z.number().int().nonnegative(),
    /** The base name of the file or folder written (never the full path). */
    name: z.string(),
    /** Things the user should know (a renamed duplicate id, a read-only set). */
    warnings: z.array(DatasetNoteSchema),
  }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

/**
 * One import problem: its code and values (the window words it from its catalogs), the English
 * message (logs, CLI) and where it is — the document and annotation it names, as far as the file says.
 */
export const ImportProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  document: z.object({ index: z.number().int().nonnegative(), title: z.string().optional() }).optional(),
  annotation: z
    .object({
      index: z.number().int().nonnegative(),
      id: z.string().optional(),
      label: z.string().optional(),
      start: z.number().optional(),
      end: z.number().optional(),
      text: z.string().optional(),
    })
    .optional(),
}).and(ProblemFactsSchema);
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What an import did with a colleague's set: a first import, a replaced older one, the same set again, or a later export kept (never rolled back). */
export const ColleagueSetOutcomeSchema = z.enum(['stored', 'replaced', 'unchanged', 'kept-newer']);
export type ColleagueSetOutcome = z.infer<typeof ColleagueSetOutcomeSchema>;

/** One document of a successful import: new or already stored, my annotations added, colleague sets stored. */
export const ImportedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  created: z.boolean(),
  mine: z
    .object({
      annotator: z.string(),
      imported: z.number().int().nonnegative(),
      added: z.number().int().nonnegative(),
      conflicts: z.number().int().nonnegative(),
      relationsAdded: z.number().int().nonnegative(),
      relationsKept: z.number().int().nonnegative(),
      relationsDropped: z.number().int().nonnegative(),
      refused: z.boolean(),
    })
    .nullable(),
  colleagues: z.array(
    z.object({
      annotator: z.string(),
      annotations: z.number().int().nonnegative(),
      relations: z.number().int().nonnegative(),
      relationsDropped: z.number().int().nonnegative(),
      outcome: ColleagueSetOutcomeSchema,
    }),
  ),
});
export type ImportedDocument = z.infer<typeof ImportedDocumentSchema>;

/**
 * One row of a migration list: the colleague's span as it was on their text (`old*`), how it
 * was re-anchored onto my text (exact / moved / fuzzy with score / orphaned) and where it lands
 * (code points of my text; absent for an orphan).
 */
export const MigrationRowSchema = z.object({
  index: z.number().int().nonnegative(),
  label: z.string(),
  status: z.enum(['exact', 'moved', 'fuzzy', 'orphaned']),
  score: z.number().optional(),
  oldStart: z.number().int().nonnegative(),
  oldEnd: z.number().int().nonnegative(),
  oldText: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  text: z.string().optional(),
});
export type MigrationRow = z.infer<typeof MigrationRowSchema>;

/**
 * A colleague's spans made on a different text than my stored document of the same title or
 * source, re-anchored and waiting for the user to accept or reject rows; main keeps the rows
 * under `migrationId` so the renderer only sends back which rows it accepts.
 */
export const MigrationSchema = z.object({
  migrationId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  annotator: z.string(),
  theirTitle: z.string(),
  theirSource: z.string(),
  matchedBy: z.enum(['title', 'source']),
  rows: z.array(MigrationRowSchema),
});
export type Migration = z.infer<typeof MigrationSchema>;

/** What the user said a file is for: tags to add to my own, or a colleague's tags to review. */
export const ImportPurposeSchema = z.enum(['mine', 'colleague']);
export type ImportPurpose = z.infer<typeof ImportPurposeSchema>;

/** An import from the window: what the file is for and, for a colleague's file that names no one, whose tags they are. */
export const ImportRequestSchema = z
  .strictObject({ purpose: ImportPurposeSchema, colleague: z.string().trim().max(200).optional() })
  .optional();
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** What a file held that Tagwerk could not represent, by kind, as the CLI counts it. */
export const ImportLossSchema = z.object({ kind: z.enum(LOSS_KINDS), count: z.number().int().positive(), first: z.string() });

/** The end of an import: cancelled, refused with its problems (nothing stored), or stored. */
export const ImportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('invalid'),
    name: z.string(),
    /** The format the file was read as, when it was recognised. */
    format: z.enum(FORMAT_IDS).optional(),
    problems: z.array(ImportProblemSchema).max(MAX_LISTED_PROBLEMS),
    total: z.number().int().nonnegative(),
  }),
  z.object({
    status: z.literal('imported'),
    name: z.string(),
    /** The format the file was recognised as. */
    format: z.enum(FORMAT_IDS),
    purpose: ImportPurposeSchema,
    /** What the file held that was not imported, by kind. */
    losses: z.array(ImportLossSchema),
    /** The file's top-level annotator (who exported it). */
    annotator: z.string(),
    exportedAt: z.string(),
    documents: z.array(ImportedDocumentSchema),
    warnings: z.array(DatasetNoteSchema),
    /** A colleague's tags made on an edited copy of a stored document: re-anchored onto my text, waiting for the user in review. */
    migrations: z.array(MigrationSchema).optional(),
  }),
]);
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** Export to and import from dataset files; main shows the file dialogs, the renderer never sends a path. */
export const datasetMethods = {
  exportDataset: { kind: 'invoke', request: ExportRequestSchema, response: ExportResultSchema },
  importDataset: { kind: 'invoke', request: ImportRequestSchema, response: ImportResultSchema },
  /** Stops the running import's re-anchoring; `cancelled` is false when no import was running. */
  cancelReanchor: { kind: 'invoke', request: NoRequest, response: z.strictObject({ cancelled: z.boolean() }) },
} as const;

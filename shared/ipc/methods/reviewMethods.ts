import { z } from 'zod';
import { AgreementCountsSchema } from '../../agreement/agreementCountsSchema';
import { AnnotationSchema } from '../../annotation/annotation';
import { RelationSchema } from '../../relation/relation';
import { ColleagueSetOutcomeSchema } from './datasetMethods';
import { DocumentIdField, DocumentIdRequest, NoticeSchema } from '../schemas';

/** A colleague's imported set of one document, as the review shows it (never changed by review), with the relations between its tags. */
export const ColleagueSetViewSchema = z.object({
  annotator: z.string(),
  savedAt: z.string(),
  annotations: z.array(AnnotationSchema),
  relations: z.array(RelationSchema).max(200_000).default([]),
});
export type ColleagueSetView = z.infer<typeof ColleagueSetViewSchema>;

/** A colleague set met by an import: for which document, whose, how many spans, and what the import did with it. */
export const StoredColleagueSetSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  annotator: z.string(),
  count: z.number().int().nonnegative(),
  outcome: ColleagueSetOutcomeSchema,
  addedDocument: z.boolean(),
});
export type StoredColleagueSet = z.infer<typeof StoredColleagueSetSchema>;

export { MigrationRowSchema, MigrationSchema, type Migration, type MigrationRow } from './datasetMethods';

/** A colleague's relation a migration did not store because one of its tags was not stored: its type and the two tags' quotes. */
export const OrphanedRelationSchema = z.object({ type: z.string(), fromText: z.string(), toText: z.string() });
export type OrphanedRelation = z.infer<typeof OrphanedRelationSchema>;

/**
 * What resolving a migration stored: the accepted rows as the colleague's set, with the relations
 * whose two tags were stored; rejected and orphaned rows are not stored, and the relations they
 * take along are listed, so re-anchoring never drops a relation unseen.
 */
export const MigrationOutcomeSchema = z.object({
  documentId: z.string(),
  annotator: z.string(),
  stored: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  orphanedRelations: z.array(OrphanedRelationSchema),
});
export type MigrationOutcome = z.infer<typeof MigrationOutcomeSchema>;

/** The review: resolving migrations opened by Import… (re-anchored colleague tags), colleagues' stored sets, and corpus agreement counts. */
export const reviewMethods = {
  resolveMigration: {
    kind: 'invoke',
    request: z.strictObject({ migrationId: z.string().min(1).max(100), accept: z.array(z.number().int().nonnegative()).max(200_000) }),
    response: MigrationOutcomeSchema,
  },
  listColleagueSets: {
    kind: 'invoke',
    request: DocumentIdRequest,
    response: z.object({ sets: z.array(ColleagueSetViewSchema), notices: z.array(NoticeSchema) }),
  },
  corpusAgreementCounts: {
    kind: 'invoke',
    request: z.strictObject({ annotator: z.string().min(1).max(200), labelIds: z.array(z.string().min(1).max(64)).min(1).max(64) }),
    response: z.object({ documents: z.array(z.object({ documentId: DocumentIdField, title: z.string(), counts: AgreementCountsSchema })) }),
  },
} as const;

import { z } from 'zod';
import { DocumentIdSchema } from '../text/documentId';
import { RelationSchema } from '../relation/relation';
import { relationEnds, relationListProblems } from '../relation/relationProblems';
import { DEFAULT_RELATION_TYPES } from '../relation/relationType';
import { AnnotationSchema } from './annotation';
import { LIMITS } from '../limits/limits';

/** The set-file schema version this build writes (2 adds relations); files with a higher one open read-only. */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * Content of one annotation set file (`annotations.json`, or a colleague's imported set):
 * whose annotations over which text, in which offset unit, at which revision. Strict, so a
 * file with unknown fields is noticed instead of silently losing them on the next save;
 * annotation ids must be unique within a set.
 */
export const AnnotationSetSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documentId: DocumentIdSchema,
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'textSha256 must be 64 lowercase hex digits'),
  offsetUnit: z.literal('codepoint'),
  rev: z.number().int().nonnegative(),
  savedAt: z.iso.datetime({ offset: true }),
  annotator: z.string().min(1).max(LIMITS.nameLength),
  annotations: z.array(AnnotationSchema),
  relations: z.array(RelationSchema),
}).superRefine((set, ctx) => {
  const seen = new Set<string>();
  set.annotations.forEach((a, index) => {
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['annotations', index, 'id'], message: `duplicate annotation id ${a.id}` });
    seen.add(a.id);
  });
  for (const problem of relationListProblems(set.relations, relationEnds(set.annotations), DEFAULT_RELATION_TYPES)) {
    ctx.addIssue({ code: 'custom', path: ['relations', problem.index, problem.field], message: problem.message });
  }
});

export type AnnotationSet = z.infer<typeof AnnotationSetSchema>;

/** Turns a parsed file of version `from` into version `from + 1` (a plain object in, plain data out). */
export type AnnotationSetMigration = (raw: Record<string, unknown>) => unknown;

/** Migrations keyed by the version they upgrade from: 1 -> 2 adds an empty relation list. */
export const ANNOTATION_SET_MIGRATIONS: Readonly<Record<number, AnnotationSetMigration>> = {
  1: (raw) => ({ ...raw, schemaVersion: 2, relations: [] }),
};

export type MigrateAnnotationSetResult =
  | { ok: true; set: AnnotationSet; fromVersion: number }
  | { ok: false; reason: 'future-version' | 'invalid'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings parsed JSON of any known version up to `CURRENT_SCHEMA_VERSION` through the registry,
 * one version at a time, then validates it. A newer version is reported as 'future-version'
 * (open read-only, never overwrite); anything unreadable as 'invalid' (quarantine). A result
 * with `fromVersion < CURRENT_SCHEMA_VERSION` tells the store the file should be rewritten.
 */
export function migrateAnnotationSet(
  raw: unknown,
  migrations: Readonly<Record<number, AnnotationSetMigration>> = ANNOTATION_SET_MIGRATIONS,
): MigrateAnnotationSetResult {
  if (!isRecord(raw)) return { ok: false, reason: 'invalid', message: 'annotation set is not a JSON object' };
  const fromVersion = raw.schemaVersion;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 0) {
    return { ok: false, reason: 'invalid', message: 'schemaVersion is missing or not a non-negative integer' };
  }
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'future-version',
      message: `schemaVersion ${fromVersion} is newer than this app understands (${CURRENT_SCHEMA_VERSION})`,
    };
  }
  let data: Record<string, unknown> = raw;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const migrate = migrations[version];
    if (migrate === undefined) return { ok: false, reason: 'invalid', message: `no migration from schemaVersion ${version}` };
    let next: unknown;
    try {
      next = migrate(data);
    } catch (error) {
      return { ok: false, reason: 'invalid', message: `migration from schemaVersion ${version} failed: ${String(error)}` };
    }
    if (!isRecord(next) || next.schemaVersion !== version + 1) {
      return { ok: false, reason: 'invalid', message: `migration from schemaVersion ${version} did not produce version ${version + 1}` };
    }
    data = next;
  }
  const parsed = AnnotationSetSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: z.prettifyError(parsed.error) };
  return { ok: true, set: parsed.data, fromVersion };
}

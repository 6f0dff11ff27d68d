import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_SET_MIGRATIONS,
  AnnotationSetSchema,
  CURRENT_SCHEMA_VERSION,
  migrateAnnotationSet,
  type AnnotationSetMigration,
} from '@shared/annotation/annotationSet';
import { MIXED, annotate } from './fixtures';

const HEX = 'ab'.repeat(32);
const putin = annotate(MIXED, 'Putin', 'actor', 'p');
const claim = annotate(MIXED, 'Putin traf Mu\u0308ller', 'claim', 'c');
const valid = {
  schemaVersion: 2,
  documentId: `sha256:${HEX}`,
  textSha256: HEX,
  offsetUnit: 'codepoint',
  rev: 3,
  savedAt: '2025-01-01T10:00:00.000Z',
  annotator: 'anna',
  annotations: [putin, claim, annotate(MIXED, 'Mu\u0308ller', 'actor', 'm')],
  relations: [{ id: 'r1', type: 'source', from: 'c', to: 'p', annotator: 'tester', note: 'laut 👍🏽' }],
};
/** The same set as schema version 1 wrote it: no relations. */
const { relations: _none, ...v1Fields } = valid;
const v1 = { ...v1Fields, schemaVersion: 1 };

describe('AnnotationSetSchema', () => {
  it('accepts a set file and round-trips it through JSON', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    const parsed = AnnotationSetSchema.parse(JSON.parse(JSON.stringify(valid)));
    expect(parsed).toEqual(valid);
  });

  it.each([
    { name: 'UTF-16 offsets', patch: { offsetUnit: 'utf16' } },
    { name: 'a negative rev', patch: { rev: -1 } },
    { name: 'a fractional rev', patch: { rev: 1.5 } },
    { name: 'a documentId that is no sha256 id (could reach a path)', patch: { documentId: '../etc' } },
    { name: 'an upper-case textSha256', patch: { textSha256: HEX.toUpperCase() } },
    { name: 'savedAt that is no ISO timestamp', patch: { savedAt: 'yesterday' } },
    { name: 'an empty annotator', patch: { annotator: '' } },
    { name: 'an unknown field', patch: { extra: true } },
    { name: 'duplicate annotation ids', patch: { annotations: [valid.annotations[0], valid.annotations[0]] } },
    { name: 'an annotation with end <= start', patch: { annotations: [{ ...valid.annotations[0], end: 3, start: 3 }] } },
    { name: 'no relation list', patch: { relations: undefined } },
    { name: 'a relation to a missing tag', patch: { relations: [{ ...valid.relations[0], to: 'gone-😀' }] } },
    { name: 'a relation whose pair its type does not allow', patch: { relations: [{ ...valid.relations[0], type: 'time' }] } },
    { name: 'the same relation twice', patch: { relations: [valid.relations[0], { ...valid.relations[0], id: 'r2' }] } },
  ])('rejects $name', ({ patch }) => {
    expect(AnnotationSetSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

describe('migrateAnnotationSet', () => {
  it('passes a current-version set through with fromVersion 2', () => {
    expect(migrateAnnotationSet(valid)).toEqual({ ok: true, set: valid, fromVersion: 2 });
  });

  it('migrates a version 1 file (no relations) to version 2 with an empty relation list, telling the store to rewrite it', () => {
    expect(migrateAnnotationSet(v1)).toEqual({ ok: true, set: { ...valid, relations: [] }, fromVersion: 1 });
    expect(ANNOTATION_SET_MIGRATIONS[1]?.(v1)).toEqual({ ...v1, schemaVersion: 2, relations: [] });
  });

  it('reports a newer schemaVersion as future-version (open read-only, never overwrite)', () => {
    const result = migrateAnnotationSet({ ...valid, schemaVersion: 3, somethingNew: [] });
    expect(result).toMatchObject({ ok: false, reason: 'future-version' });
  });

  it.each([
    { name: 'null', raw: null },
    { name: 'an array', raw: [valid] },
    { name: 'a string', raw: '{}' },
    { name: 'a missing schemaVersion', raw: { ...valid, schemaVersion: undefined } },
    { name: 'a string schemaVersion', raw: { ...valid, schemaVersion: '1' } },
    { name: 'a version without migration', raw: { ...valid, schemaVersion: 0 } },
    { name: 'a schema violation', raw: { ...valid, rev: 'x' } },
  ])('reports $name as invalid with a message', ({ raw }) => {
    const result = migrateAnnotationSet(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) expect(result.message).not.toBe('');
  });

  /** A fake v0 format: offsets under `spans`, no offsetUnit. */
  const v0 = {
    schemaVersion: 0,
    documentId: valid.documentId,
    textSha256: HEX,
    rev: 3,
    savedAt: valid.savedAt,
    annotator: 'anna',
    spans: valid.annotations,
  };
  const v0to1: AnnotationSetMigration = ({ spans, ...rest }) => ({ ...rest, schemaVersion: 1, offsetUnit: 'codepoint', annotations: spans });

  it('runs an injected v0 -> v1 migration, then the registered v1 -> v2, and validates the result', () => {
    expect(migrateAnnotationSet(v0, { ...ANNOTATION_SET_MIGRATIONS, 0: v0to1 })).toEqual({ ok: true, set: { ...valid, relations: [] }, fromVersion: 0 });
  });

  it('reports a migration that throws or produces the wrong version as invalid', () => {
    const throwing: AnnotationSetMigration = () => { throw new Error('boom'); };
    expect(migrateAnnotationSet(v0, { 0: throwing })).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('boom') });
    const stuck: AnnotationSetMigration = (raw) => raw;
    expect(migrateAnnotationSet(v0, { 0: stuck })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('validates what a migration returns', () => {
    const sloppy: AnnotationSetMigration = (raw) => ({ ...raw, schemaVersion: 1 });
    expect(migrateAnnotationSet(v0, { ...ANNOTATION_SET_MIGRATIONS, 0: sloppy })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

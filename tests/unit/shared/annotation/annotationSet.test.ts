import { describe, expect, it } from 'vitest';
import {
  AnnotationSetSchema,
  CURRENT_SCHEMA_VERSION,
  migrateAnnotationSet,
  type AnnotationSetMigration,
} from '../../../../shared/annotation/annotationSet';
import { MIXED, annotate } from './fixtures';

const HEX = 'ab'.repeat(32);
const valid = {
  schemaVersion: 1,
  documentId: `sha256:${HEX}`,
  textSha256: HEX,
  offsetUnit: 'codepoint',
  rev: 3,
  savedAt: '2025-01-01T10:00:00.000Z',
  annotator: 'anna',
  annotations: [annotate(MIXED, 'Putin', 'actor', 'p'), annotate(MIXED, 'Mu\u0308ller', 'actor', 'm')],
};

describe('AnnotationSetSchema', () => {
  it('accepts a set file and round-trips it through JSON', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
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
  ])('rejects $name', ({ patch }) => {
    expect(AnnotationSetSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

describe('migrateAnnotationSet', () => {
  it('passes a current-version set through with fromVersion 1', () => {
    expect(migrateAnnotationSet(valid)).toEqual({ ok: true, set: valid, fromVersion: 1 });
  });

  it('reports a newer schemaVersion as future-version (open read-only, never overwrite)', () => {
    const result = migrateAnnotationSet({ ...valid, schemaVersion: 2, somethingNew: [] });
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

  it('runs an injected v0 -> v1 migration and validates the result', () => {
    expect(migrateAnnotationSet(v0, { 0: v0to1 })).toEqual({ ok: true, set: valid, fromVersion: 0 });
  });

  it('reports a migration that throws or produces the wrong version as invalid', () => {
    const throwing: AnnotationSetMigration = () => { throw new Error('boom'); };
    expect(migrateAnnotationSet(v0, { 0: throwing })).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('boom') });
    const stuck: AnnotationSetMigration = (raw) => raw;
    expect(migrateAnnotationSet(v0, { 0: stuck })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('validates what a migration returns', () => {
    const sloppy: AnnotationSetMigration = (raw) => ({ ...raw, schemaVersion: 1 });
    expect(migrateAnnotationSet(v0, { 0: sloppy })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

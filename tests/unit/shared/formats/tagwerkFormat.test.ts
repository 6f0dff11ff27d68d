import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTagwerkDataset, serializeTagwerkDataset, tagwerkFormat } from '@shared/formats/tagwerkFormat';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { MIXED_FIXTURE, RELATIONS_FIXTURE, loadDataset, repoPath } from './formatTestSupport';

const JONAS = 'tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json';

describe('serializeTagwerkDataset', () => {
  it('gives back the exact bytes of the version 2 relations fixture after parse (exportedAt kept)', () => {
    const bytes = readFileSync(repoPath(RELATIONS_FIXTURE), 'utf8');
    const parsed = parseTagwerkDataset(bytes);
    expect(parsed.ok && serializeTagwerkDataset(parsed.dataset)).toBe(bytes);
  });

  it.each([MIXED_FIXTURE, JONAS])('writes version 1 file %s as version 2: same annotations, default relation types, no relations', (file) => {
    const v1 = loadDataset(file);
    expect(v1.version).toBe(1);
    const out = serializeTagwerkDataset(v1);
    const v2 = parseTagwerkDataset(out);
    if (!v2.ok) throw new Error(JSON.stringify(v2.problems));
    expect(v2.dataset.version).toBe(2);
    expect(v2.dataset.relationTypes).toEqual(DEFAULT_RELATION_TYPES);
    expect(v2.dataset.documents.map((d) => d.annotations)).toEqual(v1.documents.map((d) => d.annotations));
    expect(v2.dataset.documents.map((d) => d.relations)).toEqual(v1.documents.map(() => []));
    expect(serializeTagwerkDataset(v2.dataset)).toBe(out);
  });

  it('writes the DESIGN key order, two-space indent, LF, a trailing newline and no BOM', () => {
    const out = serializeTagwerkDataset(loadDataset(MIXED_FIXTURE));
    expect(out.startsWith('{\n  "format": "tagwerk.dataset",\n  "version": 2,\n  "exportedAt": "2026-11-20T12:00:00.000Z",\n  "annotator": "kim",\n  "offsetUnit": "codepoint",\n  "labels": [')).toBe(true);
    expect(out).toContain('\n  ],\n  "relationTypes": [\n    {\n      "id": "source",\n      "name": "Source",\n      "from": [\n        "quote",');
    expect(out.endsWith('}\n') && !out.endsWith('\n\n')).toBe(true);
    expect(out).not.toMatch(/\r|^\uFEFF/);
    const json = JSON.parse(out) as { documents: Array<Record<string, unknown> & { annotations: Array<Record<string, unknown>> }> };
    expect(Object.keys(json.documents[0] ?? {})).toEqual(['id', 'title', 'language', 'source', 'text', 'annotations', 'relations']);
    expect(Object.keys(json.documents[0]?.annotations[1] ?? {})).toEqual(['id', 'label', 'start', 'end', 'text', 'prefix', 'suffix', 'annotator', 'createdAt', 'updatedAt', 'note']);
  });

  it('keeps an accepted suggestion\'s origin "assist" last in the annotation and reads it back; an unknown origin is refused', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const [doc] = dataset.documents;
    if (!doc) throw new Error('fixture has no document');
    const withOrigin = { ...dataset, documents: [{ ...doc, annotations: doc.annotations.map((a, k) => (k === 0 ? { ...a, origin: 'assist' as const } : a)) }] };
    const out = serializeTagwerkDataset(withOrigin);
    const json = JSON.parse(out) as { documents: Array<{ annotations: Array<Record<string, unknown>> }> };
    const keys = Object.keys(json.documents[0]?.annotations.find((a) => a.origin !== undefined) ?? {});
    expect(keys[keys.length - 1]).toBe('origin');
    const back = parseTagwerkDataset(out);
    expect(back.ok && back.dataset.documents[0]?.annotations.filter((a) => a.origin === 'assist').length).toBe(1);
    expect(parseTagwerkDataset(out.replace('"origin": "assist"', '"origin": "robot"')).ok).toBe(false);
  });

  it('sorts annotations by (start, end, label) whatever order they are held in', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const shuffled = { ...dataset, documents: dataset.documents.map((d) => ({ ...d, annotations: [...d.annotations].reverse() })) };
    expect(serializeTagwerkDataset(shuffled)).toBe(serializeTagwerkDataset(dataset));
    const order = dataset.documents[0]?.annotations.map((a) => `${a.start}-${a.end}-${a.label}`);
    expect(order?.slice(0, 3)).toEqual(['17-30-actor', '17-140-claim', '38-50-date']);
  });

  it('sorts relations by (from, to, type, id) and writes their keys in DESIGN order', () => {
    const dataset = loadDataset(RELATIONS_FIXTURE);
    const shuffled = { ...dataset, documents: dataset.documents.map((d) => ({ ...d, relations: [...(d.relations ?? [])].reverse() })) };
    const out = serializeTagwerkDataset(shuffled);
    expect(out).toBe(serializeTagwerkDataset(dataset));
    const json = JSON.parse(out) as { documents: Array<{ relations: Array<Record<string, unknown>> }> };
    expect(json.documents[1]?.relations[1]).toEqual({ id: 'kim-r101', type: 'source', from: 'kim-103', to: 'kim-104', annotator: 'kim', note: 'laut Protokoll 📋,\nS. 2' });
    expect(Object.keys(json.documents[1]?.relations[1] ?? {})).toEqual(['id', 'type', 'from', 'to', 'annotator', 'note']);
  });

  it('is the adapter registered as "tagwerk", in code points', () => {
    expect(tagwerkFormat.id).toBe('tagwerk');
    expect(tagwerkFormat.offsetUnit).toBe('codepoint');
  });
});

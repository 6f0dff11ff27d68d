import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTagwerkDataset, serializeTagwerkDataset, tagwerkFormat } from '../../../../shared/formats/tagwerkFormat';
import { MIXED_FIXTURE, loadDataset, repoPath } from './formatTestSupport';

const JONAS = 'tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json';

describe('serializeTagwerkDataset', () => {
  it.each([MIXED_FIXTURE, JONAS])('gives back the exact bytes of %s after parse (exportedAt kept)', (file) => {
    const bytes = readFileSync(repoPath(file), 'utf8');
    const parsed = parseTagwerkDataset(bytes);
    expect(parsed.ok && serializeTagwerkDataset(parsed.dataset)).toBe(bytes);
  });

  it('writes the DESIGN key order, two-space indent, LF, a trailing newline and no BOM', () => {
    const out = serializeTagwerkDataset(loadDataset(MIXED_FIXTURE));
    expect(out.startsWith('{\n  "format": "tagwerk.dataset",\n  "version": 1,\n  "exportedAt": "2026-11-20T12:00:00.000Z",\n  "annotator": "kim",\n  "offsetUnit": "codepoint",\n  "labels": [')).toBe(true);
    expect(out.endsWith('}\n') && !out.endsWith('\n\n')).toBe(true);
    expect(out).not.toMatch(/\r|^\uFEFF/);
    const json = JSON.parse(out) as { documents: Array<Record<string, unknown> & { annotations: Array<Record<string, unknown>> }> };
    expect(Object.keys(json.documents[0] ?? {})).toEqual(['id', 'title', 'language', 'source', 'text', 'annotations']);
    expect(Object.keys(json.documents[0]?.annotations[1] ?? {})).toEqual(['id', 'label', 'start', 'end', 'text', 'prefix', 'suffix', 'annotator', 'createdAt', 'updatedAt', 'note']);
  });

  it('sorts annotations by (start, end, label) whatever order they are held in', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const shuffled = { ...dataset, documents: dataset.documents.map((d) => ({ ...d, annotations: [...d.annotations].reverse() })) };
    expect(serializeTagwerkDataset(shuffled)).toBe(serializeTagwerkDataset(dataset));
    const order = dataset.documents[0]?.annotations.map((a) => `${a.start}-${a.end}-${a.label}`);
    expect(order?.slice(0, 3)).toEqual(['17-30-actor', '17-140-claim', '38-50-date']);
  });

  it('is the adapter registered as "tagwerk", in code points', () => {
    expect(tagwerkFormat.id).toBe('tagwerk');
    expect(tagwerkFormat.offsetUnit).toBe('codepoint');
  });
});

import { describe, expect, it } from 'vitest';
import { selectDocuments } from '../../../../../electron/node/datasets/selectDocuments';
import type { DocumentMeta } from '../../../../../electron/node/store/documentMeta';

const meta = (hex: string, source: string): DocumentMeta => ({
  schemaVersion: 1,
  id: `sha256:${hex.padEnd(64, '0')}`,
  title: source,
  source,
  encoding: 'utf-8',
  language: 'de',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
});

describe('selectDocuments', () => {
  const docs = [meta('abcd1', 'b.txt'), meta('abcd2', 'a.txt'), meta('ff', 'a.txt')];

  it('without selectors returns every document ordered by source, then id', () => {
    expect(selectDocuments(docs, []).selected.map((d) => d.id.slice(7, 12))).toEqual(['abcd2', 'ff000', 'abcd1']);
  });

  it('accepts a full id or a unique hex prefix, with or without sha256:, in any case', () => {
    const { selected, problems } = selectDocuments(docs, ['ABCD1', `sha256:${'ff'.padEnd(64, '0')}`]);
    expect(problems).toEqual([]);
    expect(selected.map((d) => d.source)).toEqual(['a.txt', 'b.txt']);
  });

  it('reports an ambiguous, unknown or malformed selector', () => {
    const { selected, problems } = selectDocuments(docs, ['abcd', 'eeee', 'abc', 'sha256:xyz1']);
    expect(selected).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^--document abcd: matches 2 documents/);
    expect(problems[1]).toBe('--document eeee: no such document in the store');
    expect(problems[2]).toMatch(/^--document abc: not a document id/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { OpenedDocumentSchema, type OpenedDocument } from '@shared/ipc/contract';
import { decodeOpenedDocument, encodeOpenedDocument } from '@shared/ipc/openedDocumentCodec';
import { OpenedDocumentWireSchema } from '@shared/ipc/openedDocumentWire';

const TEXT = 'Jörg Mu\u0308ller sagte: „Wir schaffen das 😀.“ Am 3. Mai.';
const mine = 'jürgen 😀';

/** Tags as the store reads them: plain, with context and dates, a colleague's accepted one, an NFD note, an assist origin. */
const ANNOTATIONS: Annotation[] = [
  { id: 'a1', label: 'actor', start: 0, end: 12, text: 'Jörg Mu\u0308ller', annotator: mine },
  { id: 'a2', label: 'quote', start: 21, end: 42, text: 'Wir schaffen das 😀.', prefix: 'Mu\u0308ller sagte: „', suffix: '“ Am 3. Mai.', annotator: mine, createdAt: '2026-12-07T10:00:00.000Z', updatedAt: '2026-12-07T10:01:00.000Z', note: 'laut Mu\u0308ller 😀' },
  { id: 'a3', label: 'date', start: 45, end: 51, text: '3. Mai', annotator: 'jonas', origin: 'assist' },
];

function opened(over: Partial<OpenedDocument> = {}): OpenedDocument {
  return {
    document: { id: 'sha256:' + 'ab'.repeat(32), title: 'Gipfel 😀 Mu\u0308ller', source: 'bericht.txt', text: TEXT },
    annotations: ANNOTATIONS,
    relations: [
      { id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator: mine },
      { id: 'r2', type: 'time', from: 'a2', to: 'a3', annotator: mine, note: 'Mu\u0308ller 😀' },
      { id: 'r3', type: 'time', from: 'a2', to: 'a3', annotator: 'jonas' },
    ],
    rev: 7,
    readOnly: false,
    notices: [{ code: 'recovered-from-backup', severity: 'warning', message: 'Restored 😀', documentId: 'sha256:' + 'ab'.repeat(32), file: 'documents/x/annotations.json.bak' }],
    scrollTop: 120,
    scrollAnchor: { codePoint: 21, offset: 4 },
    ...over,
  };
}

describe('the opened document on the wire', () => {
  it('decodes to exactly what main read, field for field and in the same key order (a tag saved again is written byte for byte as before)', () => {
    const original = opened();
    const wire = encodeOpenedDocument(original);
    const back = decodeOpenedDocument(JSON.parse(JSON.stringify(wire)) as typeof wire);
    expect(back).toStrictEqual(original);
    expect(JSON.stringify(back.annotations)).toBe(JSON.stringify(original.annotations));
    expect(JSON.stringify(back.relations)).toBe(JSON.stringify(original.relations));
  });

  it('sends plain tags and relations as bare tuples with their shared annotator once, and the rest only where it differs', () => {
    const wire = encodeOpenedDocument(opened());
    expect(OpenedDocumentWireSchema.safeParse(wire).success).toBe(true);
    expect(wire.annotator).toBe(mine);
    expect(wire.annotations[0]).toEqual(['a1', 'actor', 0, 12, 'Jörg Mu\u0308ller']);
    expect(wire.annotations[2]).toEqual(['a3', 'date', 45, 51, '3. Mai', { annotator: 'jonas', origin: 'assist' }]);
    expect(wire.relations).toEqual([
      ['r1', 'source', 'a2', 'a1'],
      ['r2', 'time', 'a2', 'a3', { note: 'Mu\u0308ller 😀' }],
      ['r3', 'time', 'a2', 'a3', { annotator: 'jonas' }],
    ]);
    // 2,000 plain relations: the tuples are well under half the JSON of the objects.
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `rel${i}`, type: 'source', from: 'a2', to: 'a1', annotator: mine }));
    expect(JSON.stringify(encodeOpenedDocument(opened({ relations: many })).relations).length).toBeLessThan(JSON.stringify(many).length / 2);
  });

  it('round-trips a document with no tags, no relations (a set from before relations) and nothing optional', () => {
    const bare = opened({ annotations: [], notices: [] });
    delete bare.relations;
    delete bare.scrollTop;
    delete bare.scrollAnchor;
    const wire = encodeOpenedDocument(bare);
    expect(wire).toMatchObject({ annotator: '', annotations: [], relations: [] });
    expect(OpenedDocumentSchema.parse(decodeOpenedDocument(wire))).toEqual({ ...bare, relations: [] });
  });

  it('refuses a wire answer that is not one (an object where a tuple belongs, an unknown field)', () => {
    const wire = encodeOpenedDocument(opened());
    expect(OpenedDocumentWireSchema.safeParse({ ...wire, annotations: ANNOTATIONS }).success).toBe(false);
    expect(OpenedDocumentWireSchema.safeParse({ ...wire, relations: [['r1', 'source', 'a2', 'a1', { colour: 'red' }]] }).success).toBe(false);
  });
});

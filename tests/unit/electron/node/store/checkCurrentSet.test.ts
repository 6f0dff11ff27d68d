import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnnotationSetSchema } from '@shared/annotation/annotationSet';
import { AnnotationSchema } from '@shared/annotation/annotation';
import { RelationSchema } from '@shared/relation/relation';
import { checkCurrentSet } from '../../../../../electron/node/store/checkCurrentSet';

const hex = 'ab'.repeat(32);
// Emoji (two UTF-16 units) and an NFD umlaut (u + combining diaeresis) in texts, context, notes and names.
const tags = [
  { id: 'a1', label: 'quote', start: 0, end: 9, text: 'Mu\u0308ller 😀', annotator: 'jörg' },
  { id: 'a2', label: 'actor', start: 10, end: 14, text: 'Jörg', prefix: 'sagte „', suffix: '“ 😀', annotator: 'jörg', createdAt: '2026-12-07T10:00:00.000Z', updatedAt: '2026-12-07T11:00:00.000Z', note: 'Notiz Mu\u0308ller 😀', origin: 'assist' },
  { id: 'a3', label: 'place', start: 20, end: 25, text: 'Köln', annotator: 'colleague 😀', note: '' },
];
const relations = [
  { id: 'r1', type: 'source', from: 'a1', to: 'a2', annotator: 'jörg' },
  { id: 'r2', type: 'source', from: 'a1', to: 'a2', annotator: 'jörg', note: 'Mu\u0308ller 😀' },
];
const set = () => ({ schemaVersion: 2, documentId: `sha256:${hex}`, textSha256: hex, offsetUnit: 'codepoint', rev: 4, savedAt: '2026-12-07T10:00:00.000+01:00', annotator: 'jörg', annotations: structuredClone(tags), relations: structuredClone(relations.slice(0, 1)) });

/** Every way a file may differ from what we write: each must either be judged by zod (null) or give zod's very value. */
const variants: [string, (s: ReturnType<typeof set>) => void][] = [
  ['as written', () => undefined],
  ['keys in another order', (s) => void (s.annotations[1] = Object.fromEntries(Object.entries(s.annotations[1] as object).reverse()) as (typeof tags)[number])],
  ['version 1', (s) => void (s.schemaVersion = 1)],
  ['a future version', (s) => void (s.schemaVersion = 3)],
  ['an unknown tag field', (s) => void Object.assign(s.annotations[0] as object, { colour: 'red' })],
  ['an unknown set field', (s) => void Object.assign(s, { extra: true })],
  ['a null prefix', (s) => void Object.assign(s.annotations[0] as object, { prefix: null })],
  ['end before start', (s) => void Object.assign(s.annotations[0] as object, { start: 9, end: 9 })],
  ['a fractional offset', (s) => void Object.assign(s.annotations[0] as object, { end: 9.5 })],
  ['a negative offset', (s) => void Object.assign(s.annotations[0] as object, { start: -1 })],
  ['an offset as text', (s) => void Object.assign(s.annotations[0] as object, { start: '0' })],
  ['an empty id', (s) => void Object.assign(s.annotations[0] as object, { id: '' })],
  ['a too long label', (s) => void Object.assign(s.annotations[0] as object, { label: 'x'.repeat(65) })],
  ['a too long prefix', (s) => void Object.assign(s.annotations[1] as object, { prefix: '😀'.repeat(129) })],
  ['a too long note', (s) => void Object.assign(s.annotations[1] as object, { note: 'x'.repeat(2001) })],
  ['another origin', (s) => void Object.assign(s.annotations[1] as object, { origin: 'model' })],
  ['a duplicate tag id', (s) => void Object.assign(s.annotations[2] as object, { id: 'a1' })],
  ['a tag that is a list', (s) => void ((s.annotations as unknown[])[0] = ['a1'])],
  ['a __proto__ key', (s) => void (s.annotations[0] = JSON.parse('{"id":"a1","label":"quote","start":0,"end":9,"text":"x","annotator":"jörg","__proto__":{}}') as (typeof tags)[number])],
  ['a relation with a note', (s) => void (s.relations = structuredClone(relations.slice(1)))],
  ['a duplicate relation', (s) => void (s.relations = structuredClone(relations))],
  ['a relation to no tag', (s) => void Object.assign(s.relations[0] as object, { to: 'zz' })],
  ['a relation by someone else', (s) => void Object.assign(s.relations[0] as object, { annotator: 'colleague 😀' })],
  ['an unknown relation field', (s) => void Object.assign(s.relations[0] as object, { weight: 1 })],
  ['a bad savedAt', (s) => void (s.savedAt = 'yesterday')],
  ['an upper-case hash', (s) => void (s.textSha256 = hex.toUpperCase())],
  ['no relations', (s) => void Reflect.deleteProperty(s, 'relations')],
];

describe('checkCurrentSet', () => {
  it.each(variants)('%s: null, or exactly what zod returns (same value, same key order)', (_name, change) => {
    const raw = set();
    change(raw);
    const fast = checkCurrentSet(JSON.parse(JSON.stringify(raw)));
    const judged = AnnotationSetSchema.safeParse(JSON.parse(JSON.stringify(raw)));
    if (fast === null) return;
    expect(judged.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(judged.data));
  });

  it('takes a set as we write it (every optional field, an emoji, an NFD umlaut) without zod on its tags, and leaves the rest to zod', () => {
    const accepted = variants.filter(([, change]) => {
      const raw = set();
      change(raw);
      return checkCurrentSet(JSON.parse(JSON.stringify(raw))) !== null;
    });
    expect(accepted.map(([name]) => name)).toEqual(['as written', 'keys in another order', 'a relation with a note']);
  });

  it('agrees with zod on a tag or relation with any of its fields set to an edge value: what it takes, zod takes with the same value', () => {
    // Drift guard: a field added to the schemas must be added to the hand check (or it sends every such file to zod).
    expect(Object.keys(AnnotationSchema.shape).sort()).toEqual(['annotator', 'createdAt', 'end', 'id', 'label', 'note', 'origin', 'prefix', 'start', 'suffix', 'text', 'updatedAt']);
    expect(Object.keys(RelationSchema.shape).sort()).toEqual(['annotator', 'from', 'id', 'note', 'to', 'type']);
    // Values at and past every limit (as UTF-16 lengths: an emoji counts two), wrong types, and the words the rules know.
    const edges: unknown[] = [undefined, null, true, [], {}, -1, 0, 3, 1.5, 2 ** 53 + 2, '4', '', 'a1', 'a2', 'assist', 'model', 'source', 'time', 'Mu\u0308ller 😀'];
    for (const max of [64, 200, 256, 2000]) edges.push('x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(max / 2), `${'😀'.repeat(max / 2)}x`);
    const edits = (keys: string[]) => fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), fc.constantFrom(...edges)), { maxLength: 2 });
    const edited = (template: Record<string, unknown>, changes: [string, unknown][]) => {
      const value: Record<string, unknown> = { ...template };
      for (const [key, to] of changes) if (to === undefined) delete value[key]; else value[key] = to;
      return value;
    };
    const tagTemplate = { id: 'a3', label: 'claim', start: 2, end: 5, text: 'Mu\u0308ller 😀', annotator: 'jörg' };
    const relationTemplate = { id: 'r9', type: 'source', from: 'a1', to: 'a2', annotator: 'jörg' };
    let taken = 0;
    fc.assert(
      fc.property(edits(Object.keys(AnnotationSchema.shape)), fc.option(edits(Object.keys(RelationSchema.shape))), (tagEdits, relationEdits) => {
        const raw = JSON.stringify({ ...set(), annotations: [...tags.slice(0, 2), edited(tagTemplate, tagEdits)], relations: relationEdits === null ? [] : [edited(relationTemplate, relationEdits)] });
        const fast = checkCurrentSet(JSON.parse(raw));
        if (fast === null) return;
        taken += 1;
        const judged = AnnotationSetSchema.safeParse(JSON.parse(raw));
        expect(judged.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(judged.data));
      }),
      { numRuns: 2000 },
    );
    // The property must reach the fast path, not only the sets it hands to zod.
    expect(taken).toBeGreaterThan(100);
  });
});

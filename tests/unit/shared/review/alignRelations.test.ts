import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { alignRelations } from '@shared/review/alignRelations';
import { applyRelationDecision, relationChoices } from '@shared/review/applyRelationDecision';

// Code points: the emoji speaker and the NFD umlaut make them differ from UTF-16 indices.
const tag = (who: string, id: string, label: string, start: number, text: string): Annotation => ({ id: `${who}-${id}`, label, start, end: start + Array.from(text).length, text, annotator: who });
const tags = (who: string) => [tag(who, 'actor', 'actor', 0, '😀 Anna'), tag(who, 'quote', 'quote', 8, '„Mu\u0308ller kommt“'), tag(who, 'claim', 'claim', 30, 'es sei gut'), tag(who, 'date', 'date', 45, 'am Montag')];
const rel = (who: string, id: string, type: string, from: string, to: string): Relation => ({ id: `${who}-${id}`, type, from: `${who}-${from}`, to: `${who}-${to}`, annotator: who });
const tools = () => {
  let n = 0;
  return { newId: () => `new${++n}`, annotator: 'me', now: '2026-12-06T08:00:00.000Z', types: DEFAULT_RELATION_TYPES };
};

const MINE = { annotations: tags('me'), relations: [rel('me', 'r1', 'source', 'quote', 'actor'), rel('me', 'r2', 'source', 'claim', 'actor'), rel('me', 'r3', 'time', 'claim', 'date')] };
const THEIRS = { annotations: tags('jo'), relations: [rel('jo', 'r1', 'source', 'quote', 'actor'), rel('jo', 'r2', 'target', 'claim', 'actor'), rel('jo', 'r4', 'time', 'quote', 'date')] };

describe('alignRelations', () => {
  it('lists a type difference, only mine and only theirs; agreeing relations (same type and ends, other ids) are not differences', () => {
    const rows = alignRelations(MINE, THEIRS);
    expect(rows.map((r) => [r.kind, r.mine?.id ?? null, r.theirs?.id ?? null])).toEqual([
      ['relation-only-theirs', null, 'jo-r4'],
      ['relation-type', 'me-r2', 'jo-r2'],
      ['relation-only-mine', 'me-r3', null],
    ]);
    expect(rows[0]?.from).toEqual({ start: 8, end: 23, label: 'quote', text: '„Mu\u0308ller kommt“' });
  });

  it('an end with another span or label is another relation', () => {
    const moved = { ...THEIRS, annotations: THEIRS.annotations.map((a) => (a.label === 'actor' ? { ...a, start: 2 } : a)) };
    expect(alignRelations({ ...MINE, relations: MINE.relations.slice(0, 1) }, { ...moved, relations: moved.relations.slice(0, 1) }).map((r) => r.kind)).toEqual(['relation-only-mine', 'relation-only-theirs']);
  });
});

describe('applyRelationDecision', () => {
  const rows = alignRelations(MINE, THEIRS);
  const row = (kind: string) => rows.find((r) => r.kind === kind)!;

  it('offers the decisions that mean something for each kind', () => {
    expect(relationChoices('relation-only-mine')).toEqual(['keep-mine', 'reject']);
    expect(relationChoices('relation-only-theirs')).toEqual(['accept-theirs', 'reject']);
    expect(relationChoices('relation-type')).toEqual(['accept-theirs', 'keep-mine', 'reject']);
  });

  it('accepting theirs adds their relation between my tags, retypes mine, and rejecting removes mine', () => {
    const added = applyRelationDecision(MINE, THEIRS.annotations, row('relation-only-theirs'), 'accept-theirs', tools());
    expect(added?.relations.at(-1)).toEqual({ id: 'new1', type: 'time', from: 'me-quote', to: 'me-date', annotator: 'me' });
    expect(added?.annotations).toBe(MINE.annotations);
    const retyped = applyRelationDecision(MINE, THEIRS.annotations, row('relation-type'), 'accept-theirs', tools());
    expect(retyped?.relations.find((r) => r.id === 'me-r2')?.type).toBe('target');
    const removed = applyRelationDecision(MINE, THEIRS.annotations, row('relation-only-mine'), 'reject', tools());
    expect(removed?.relations.map((r) => r.id)).toEqual(['me-r1', 'me-r2']);
  });

  it('keeping mine or rejecting theirs changes nothing', () => {
    expect(applyRelationDecision(MINE, THEIRS.annotations, row('relation-only-mine'), 'keep-mine', tools())).toBe(MINE);
    expect(applyRelationDecision(MINE, THEIRS.annotations, row('relation-only-theirs'), 'reject', tools())).toBe(MINE);
  });

  it('accepting a relation whose end I have not tagged copies their tag as mine first', () => {
    const noDate = { annotations: MINE.annotations.filter((a) => a.label !== 'date'), relations: MINE.relations.slice(0, 2) };
    const onlyTheirs = alignRelations(noDate, THEIRS).find((r) => r.kind === 'relation-only-theirs' && r.theirs.type === 'time')!;
    const next = applyRelationDecision(noDate, THEIRS.annotations, onlyTheirs, 'accept-theirs', tools());
    const copied = next?.annotations.find((a) => a.label === 'date');
    expect(copied).toMatchObject({ id: 'new1', annotator: 'me', start: 45, text: 'am Montag' });
    expect(next?.relations.at(-1)).toMatchObject({ type: 'time', from: 'me-quote', to: 'new1', annotator: 'me' });
  });
});

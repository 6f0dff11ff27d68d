import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { RelationRow } from '@shared/review/alignRelations';
import { mergeRelationsFrom } from '@shared/review/mergeRelationsFrom';

// Code points: the emoji speaker and the NFD umlaut make them differ from UTF-16 indices.
const tag = (who: string, id: string, label: string, start: number, text: string): Annotation => ({ id: `${who}-${id}`, label, start, end: start + Array.from(text).length, text, annotator: who });
const tags = (who: string) => [tag(who, 'actor', 'actor', 0, '😀 Anna'), tag(who, 'quote', 'quote', 8, '„Mu\u0308ller kommt“'), tag(who, 'claim', 'claim', 30, 'es sei gut'), tag(who, 'date', 'date', 45, 'am Montag')];
const rel = (who: string, id: string, type: string, from: string, to: string, note?: string): Relation => ({ id: `${who}-${id}`, type, from: `${who}-${from}`, to: `${who}-${to}`, annotator: who, ...(note === undefined ? {} : { note }) });
const tools = (types = DEFAULT_RELATION_TYPES) => {
  let n = 0;
  return { newId: () => `new${++n}`, annotator: 'me', types };
};
const open = () => true;

const THEIRS = {
  annotations: tags('jo'),
  relations: [rel('jo', 'r1', 'source', 'quote', 'actor', 'sagt sie 😀'), rel('jo', 'r2', 'target', 'claim', 'actor'), rel('jo', 'r3', 'time', 'quote', 'date')],
};

describe('mergeRelationsFrom', () => {
  it('adds every open only-theirs relation between my tags at the same spans and labels (in text order): my tag ids, their type and note, a new id, my name', () => {
    const mine = { annotations: tags('me'), relations: [] };
    const merge = mergeRelationsFrom(mine, THEIRS, open, tools());
    expect(merge.relations).toEqual([
      { id: 'new1', type: 'source', from: 'me-quote', to: 'me-actor', annotator: 'me', note: 'sagt sie 😀' },
      { id: 'new2', type: 'time', from: 'me-quote', to: 'me-date', annotator: 'me' },
      { id: 'new3', type: 'target', from: 'me-claim', to: 'me-actor', annotator: 'me' },
    ]);
    expect(merge.merged.map((row) => row.theirs?.id)).toEqual(['jo-r1', 'jo-r3', 'jo-r2']);
    expect([merge.missingEnd, merge.refused]).toEqual([0, 0]);
  });

  it('leaves a relation out when an end is not my tag — missing, another label (a label conflict), other bounds (a boundary conflict) — and counts it', () => {
    const [actor, quote, claim] = tags('me') as [Annotation, Annotation, Annotation, Annotation];
    const mine = { annotations: [actor, { ...quote, label: 'claim' }, { ...claim, end: claim.end - 1, text: 'es sei gu' }], relations: [] };
    const merge = mergeRelationsFrom(mine, THEIRS, open, tools());
    expect(merge.relations).toEqual([]);
    expect(merge.relations).toBe(mine.relations);
    expect(merge.missingEnd).toBe(3);
  });

  it('takes only the open rows (a rejected one stays rejected, uncounted), and never an agreeing one or a type difference', () => {
    const mine = { annotations: tags('me'), relations: [rel('me', 'r1', 'source', 'quote', 'actor'), rel('me', 'r2', 'source', 'claim', 'actor')] };
    const merge = mergeRelationsFrom(mine, THEIRS, (row: RelationRow) => row.theirs?.id !== 'jo-r3', tools());
    expect(merge.relations).toBe(mine.relations);
    expect(merge.merged).toEqual([]);
    expect([merge.missingEnd, merge.refused]).toEqual([0, 0]);
  });

  it('refuses a relation the types do not allow between my tags, and counts it', () => {
    const mine = { annotations: tags('me'), relations: [] };
    const merge = mergeRelationsFrom(mine, THEIRS, open, tools(DEFAULT_RELATION_TYPES.filter((t) => t.id !== 'time')));
    expect(merge.relations.map((r) => r.type)).toEqual(['source', 'target']);
    expect(merge.refused).toBe(1);
  });

  it('with two tags of mine on the same span and label, relates the first', () => {
    const twin = { ...tag('me', 'actor2', 'actor', 0, '😀 Anna') };
    const mine = { annotations: [...tags('me'), twin], relations: [] };
    expect(mergeRelationsFrom(mine, { ...THEIRS, relations: THEIRS.relations.slice(0, 1) }, open, tools()).relations).toMatchObject([{ from: 'me-quote', to: 'me-actor' }]);
  });
});

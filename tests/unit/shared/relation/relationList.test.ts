import { describe, expect, it } from 'vitest';
import type { Relation } from '@shared/relation/relation';
import {
  addRelation,
  keepAnchoredRelations,
  keepFittingRelations,
  relationIndex,
  relationsOf,
  removeRelations,
  removeTagsWithRelations,
  retypeRelation,
  setRelationNote,
  sortRelations,
} from '@shared/relation/relationList';
import { allowsPair, DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { Annotation } from '@shared/annotation/annotation';
import { ANNOTATIONS, ENDS, rel } from './relationFixtures';

const TYPES = DEFAULT_RELATION_TYPES;
const said = rel('r-said', 'source', 'e-quote', 'a-putin');
const about = rel('r-about', 'target', 'c-claim', 'b-mueller');
const when = rel('r-when', 'time', 'c-claim', 'd-date');
const base: readonly Relation[] = Object.freeze([said, about, when].map((r) => Object.freeze(r)));
const ids = (list: readonly Relation[]) => list.map((r) => r.id);

describe('addRelation', () => {
  it('appends a relation that breaks no rule and leaves the input alone', () => {
    const added = addRelation(base, rel('r-new', 'source', 'c-claim', 'a-putin'), ENDS, TYPES);
    expect(added.ok && ids(added.relations)).toEqual(['r-said', 'r-about', 'r-when', 'r-new']);
    expect(ids(base)).toEqual(['r-said', 'r-about', 'r-when']);
  });

  it.each([
    ['a duplicate (type, from, to) under another id', rel('r-x', 'source', 'e-quote', 'a-putin'), 'duplicate'],
    ['an id already used', rel('r-said', 'time', 'e-quote', 'd-date'), 'duplicate-id'],
    ['a self-relation', rel('r-x', 'time', 'd-date', 'd-date'), 'self'],
    ["a colleague's tag as target", rel('r-x', 'source', 'e-quote', 'f-theirs'), 'other-annotator'],
    ['a tag of another document', rel('r-x', 'source', 'other-doc-😀', 'a-putin'), 'unknown-from'],
    ['a pair the type does not allow', rel('r-x', 'time', 'e-quote', 'b-mueller'), 'pair-not-allowed'],
    ['an undeclared type', rel('r-x', 'said-by', 'e-quote', 'b-mueller'), 'unknown-type'],
  ])('refuses %s and changes nothing', (_name, relation, kind) => {
    const added = addRelation(base, relation, ENDS, TYPES);
    expect(added.ok ? 'ok' : added.problem.kind).toBe(kind);
  });
});

describe('retypeRelation', () => {
  it('changes the type in place when the pair allows it (claim → NFD actor: target → source)', () => {
    const out = retypeRelation(base, 'r-about', 'source', ENDS, TYPES);
    expect(out.ok && out.relations.map((r) => `${r.id}:${r.type}`)).toEqual(['r-said:source', 'r-about:source', 'r-when:time']);
  });

  it('refuses a type the pair does not allow, or one that would duplicate a relation', () => {
    const notAllowed = retypeRelation(base, 'r-said', 'target', ENDS, TYPES);
    expect(notAllowed.ok ? 'ok' : notAllowed.problem.kind).toBe('pair-not-allowed');
    const twin = [...base, rel('r-twin', 'source', 'c-claim', 'b-mueller')];
    const duplicate = retypeRelation(twin, 'r-about', 'source', ENDS, TYPES);
    expect(duplicate.ok ? 'ok' : duplicate.problem.kind).toBe('duplicate');
  });

  it('returns the list itself for an unknown id or the same type (no undo step)', () => {
    expect(retypeRelation(base, 'nope', 'source', ENDS, TYPES)).toEqual({ ok: true, relations: base });
    const same = retypeRelation(base, 'r-said', 'source', ENDS, TYPES);
    expect(same.ok && same.relations).toBe(base);
  });
});

describe('removeRelations, setRelationNote, relationsOf, sortRelations', () => {
  it('removes by id and returns the list itself when nothing matched', () => {
    expect(ids(removeRelations(base, ['r-about', 'nope']))).toEqual(['r-said', 'r-when']);
    expect(removeRelations(base, ['nope'])).toBe(base);
  });

  it('sets, trims and clears a note (an emoji kept, an NFD umlaut stored NFC as texts are)', () => {
    const noted = setRelationNote(base, 'r-said', '  laut Mu\u0308ller 👍🏽 ');
    expect(noted.find((r) => r.id === 'r-said')?.note).toBe('laut M\u00fcller 👍🏽');
    expect(setRelationNote(noted, 'r-said', 'laut Mu\u0308ller 👍🏽')).toBe(noted);
    expect(setRelationNote(noted, 'r-said', '  ').find((r) => r.id === 'r-said')).toEqual(said);
  });

  it('lists a tag’s relations in both directions', () => {
    expect(relationsOf(base, 'c-claim')).toEqual({ outgoing: [about, when], incoming: [] });
    expect(relationsOf(base, 'a-putin')).toEqual({ outgoing: [], incoming: [said] });
  });

  it('indexes every tag’s relations in one pass, the same lists relationsOf gives', () => {
    const index = relationIndex(base);
    for (const id of ['c-claim', 'a-putin', 'e-quote', 'b-mueller', 'd-date']) expect(index.get(id), id).toEqual(relationsOf(base, id));
    expect(index.has('nobody')).toBe(false);
  });

  it('sorts by from, to, type, id', () => {
    expect(ids(sortRelations([when, said, about]))).toEqual(['r-about', 'r-when', 'r-said']);
  });
});

describe('removeTagsWithRelations', () => {
  const document = { annotations: ANNOTATIONS, relations: base };

  it('deletes a tag and every relation touching it in one change, counting them', () => {
    const { document: next, removedRelations } = removeTagsWithRelations(document, ['c-claim']);
    expect(removedRelations).toBe(2);
    expect(next.annotations.map((a) => a.id)).not.toContain('c-claim');
    expect(ids(next.relations)).toEqual(['r-said']);
  });

  it('keeps the relation list itself when the deleted tag had none, and the document itself for an unknown id', () => {
    const { document: next, removedRelations } = removeTagsWithRelations(document, ['f-theirs']);
    expect(removedRelations).toBe(0);
    expect(next.relations).toBe(base);
    expect(removeTagsWithRelations(document, ['nope']).document).toBe(document);
  });
});

describe('keepAnchoredRelations', () => {
  it('keeps relations whose ends are both still there and lists the others as orphaned', () => {
    const kept = ANNOTATIONS.filter((a) => a.id !== 'd-date' && a.id !== 'e-quote');
    const { kept: stay, orphaned } = keepAnchoredRelations(base, kept);
    expect(ids(stay)).toEqual(['r-about']);
    expect(ids(orphaned)).toEqual(['r-said', 'r-when']);
    expect(keepAnchoredRelations(base, ANNOTATIONS).kept).toBe(base);
  });
});

describe('keepFittingRelations', () => {
  it('also drops a relation whose type no longer allows its labels (the NFD Mu\u0308ller claim retagged as a date)', () => {
    const retagged = ANNOTATIONS.map((a) => (a.id === 'c-claim' ? { ...a, label: 'date' } : a));
    const { kept, orphaned } = keepFittingRelations(base, retagged, TYPES);
    expect(ids(kept)).toEqual(['r-said']);
    expect(ids(orphaned)).toEqual(['r-about', 'r-when']);
    expect(keepFittingRelations(base, ANNOTATIONS, TYPES).kept).toBe(base);
    expect(ids(keepFittingRelations(base, ANNOTATIONS.filter((a) => a.id !== 'a-putin'), TYPES).orphaned)).toEqual(['r-said']);
  });
});

describe('keepFittingRelations after a change (only the changed tags are looked at)', () => {
  /** What a full check keeps: both ends present and the pair allowed by the type. */
  const reference = (relations: readonly Relation[], annotations: readonly Annotation[]) => {
    const byId = new Map(annotations.map((a) => [a.id, a]));
    return relations.filter((r) => {
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      const type = TYPES.find((t) => t.id === r.type);
      return from !== undefined && to !== undefined && type !== undefined && allowsPair(type, from.label, to.label);
    });
  };
  const LABELS = ['claim', 'quote', 'actor', 'date'];
  // Ids with an emoji and an NFD umlaut among them, as a user's import may bring.
  const idOf = (n: number) => (n % 5 === 0 ? `😀${n}` : n % 7 === 0 ? `Mu\u0308ller${n}` : `t${n}`);
  const tag = (n: number, label: string): Annotation => ({ id: idOf(n), label, start: n * 10, end: n * 10 + 5, text: 'Wort', annotator: 'me' });

  it('keeps exactly what a full check keeps over 300 random adds (one, or five across the list as tag all makes), deletes, retags and whole-list replacements', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let next = 60;
    let annotations: readonly Annotation[] = Array.from({ length: 60 }, (_, n) => tag(n, LABELS[n % 4]!));
    const typeFor = (from: string, to: string) => TYPES.find((t) => allowsPair(t, from, to));
    const all: Relation[] = [];
    for (const from of annotations) {
      for (const to of annotations) {
        const type = typeFor(from.label, to.label);
        if (type && random() < 0.08) all.push(rel(`r${all.length}`, type.id, from.id, to.id));
      }
    }
    let relations: readonly Relation[] = keepFittingRelations(all, annotations, TYPES).kept;
    expect(relations.length).toBeGreaterThan(50);
    for (let step = 0; step < 300 && relations.length > 0; step++) {
      const at = Math.floor(random() * annotations.length);
      const change = random();
      const list = [...annotations];
      if (change < 0.2) list.splice(at, 0, tag(next++, LABELS[step % 4]!));
      else if (change < 0.3) for (let k = 0; k < 5; k++) list.splice(Math.floor(random() * list.length), 0, tag(next++, LABELS[k % 4]!)); // tag all: hits across the text
      else if (change < 0.6) list.splice(at, 1);
      else if (change < 0.95) list[at] = { ...list[at]!, label: LABELS[Math.floor(random() * 4)]! };
      else list.splice(0, list.length, ...list.map((a) => ({ ...a })));
      const { kept, orphaned } = keepFittingRelations(relations, list, TYPES);
      expect(kept).toEqual(reference(relations, list));
      expect(orphaned).toEqual(relations.filter((r) => !kept.includes(r)));
      if (orphaned.length === 0) expect(kept).toBe(relations);
      [relations, annotations] = [kept, list];
    }
  });
});

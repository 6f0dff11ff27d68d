import { describe, expect, it } from 'vitest';
import { RelationSchema } from '@shared/relation/relation';
import { relationKey, relationListProblems, relationProblems } from '@shared/relation/relationProblems';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { ENDS, rel } from './relationFixtures';

describe('relationProblems', () => {
  it.each([
    ['quote → actor (source)', rel('r', 'source', 'e-quote', 'a-putin'), []],
    ['claim → NFD actor (target)', rel('r', 'target', 'c-claim', 'b-mueller'), []],
    ['claim → date after the emoji (time)', rel('r', 'time', 'c-claim', 'd-date'), []],
    ['self-relation', rel('r', 'source', 'c-claim', 'c-claim'), ['self']],
    ['from is not a tag of this document', rel('r', 'source', 'nope', 'a-putin'), ['unknown-from']],
    ['to is not a tag of this document', rel('r', 'source', 'c-claim', '😀'), ['unknown-to']],
    ["to is a colleague's tag", rel('r', 'source', 'c-claim', 'f-theirs'), ['other-annotator']],
    ['undeclared type', rel('r', 'said-by', 'e-quote', 'a-putin'), ['unknown-type']],
    ['pair not allowed (quote → actor as target)', rel('r', 'target', 'e-quote', 'a-putin'), ['pair-not-allowed']],
    ['reversed pair (actor → quote)', rel('r', 'source', 'a-putin', 'e-quote'), ['pair-not-allowed']],
  ])('%s', (_name, relation, kinds) => {
    expect(relationProblems(relation, ENDS, DEFAULT_RELATION_TYPES).map((p) => p.kind)).toEqual(kinds);
  });

  it('names the ends and the allowed pair in its message', () => {
    const [problem] = relationProblems(rel('r', 'target', 'e-quote', 'a-putin'), ENDS, DEFAULT_RELATION_TYPES);
    expect(problem?.message).toBe('relation type target does not allow quote → actor (it allows claim → actor)');
  });

  it('reports repeated ids and repeated (type, from, to) at the later relation of a list', () => {
    const list = [
      rel('r1', 'source', 'e-quote', 'a-putin'),
      rel('r1', 'time', 'e-quote', 'd-date'),
      rel('r3', 'source', 'e-quote', 'a-putin', { note: 'zweimal 👍🏽' }),
      rel('r4', 'target', 'c-claim', 'a-putin'),
    ];
    expect(relationListProblems(list, ENDS, DEFAULT_RELATION_TYPES).map((p) => [p.index, p.kind])).toEqual([
      [1, 'duplicate-id'],
      [2, 'duplicate'],
    ]);
  });

  it('the schema refuses a relation without an end or with unknown fields', () => {
    expect(RelationSchema.safeParse(rel('r', 'source', '', 'a')).success).toBe(false);
    expect(RelationSchema.safeParse({ ...rel('r', 'source', 'a', 'b'), weight: 1 }).success).toBe(false);
    expect(RelationSchema.parse(rel('r', 'source', 'a', 'b', { note: 'Mu\u0308ller 😀' })).note).toBe('Mu\u0308ller 😀');
  });
});

describe('relationKey', () => {
  // Triples whose parts run together alike must still differ; ids may hold any character.
  const triples: Array<[string, string, string]> = [
    ['source', 'a1', '2b'],
    ['source', 'a12', 'b'],
    ['source1', '', 'a2b'],
    ['source', '1:a', 'b'],
    ['source', 'J\u00f6rg', 'x'],
    ['source', 'Jo\u0308rg', 'x'],
    ['source', '\u{1F600}', '1:x'],
    ['source', '\u{1F600}1', ':x'],
    ['time', 'a\u0000b', 'c'],
    ['time', 'a', '\u0000bc'],
  ];

  it('gives every distinct (type, from, to) its own key, the same triple the same key', () => {
    const keys = triples.map(([type, from, to]) => relationKey({ type, from, to }));
    expect(new Set(keys).size).toBe(triples.length);
    expect(relationKey({ type: 'source', from: 'J\u00f6rg', to: 'x' })).toBe(keys[4]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATION_TYPES, RelationTypeSchema, allowsPair, relationTypesForLabels, typeFor, typesFor } from '@shared/relation/relationType';

describe('relation types as data', () => {
  it('declares source, target and time with their allowed label pairs, each valid by its own schema', () => {
    expect(DEFAULT_RELATION_TYPES.map((t) => `${t.id}: ${t.from.join('|')} → ${t.to.join('|')}`)).toEqual([
      'source: quote|claim → actor',
      'target: claim → actor',
      'time: claim|quote → date',
    ]);
    for (const type of DEFAULT_RELATION_TYPES) expect(RelationTypeSchema.parse(type)).toEqual(type);
  });

  it.each([
    // from, to, every fitting type, the one chosen without asking
    ['quote', 'actor', ['source'], 'source'],
    ['claim', 'actor', ['source', 'target'], undefined],
    ['claim', 'date', ['time'], 'time'],
    ['quote', 'date', ['time'], 'time'],
    ['actor', 'quote', [], undefined],
    ['date', 'claim', [], undefined],
    ['actor', 'actor', [], undefined],
    ['quote', 'quote', [], undefined],
    ['🙂', 'actor', [], undefined],
    ['Zitat\u0308', 'actor', [], undefined],
  ])('%s → %s fits %j, chosen: %s', (from, to, fitting, chosen) => {
    expect(typesFor(DEFAULT_RELATION_TYPES, from, to).map((t) => t.id)).toEqual(fitting);
    expect(typeFor(DEFAULT_RELATION_TYPES, from, to)?.id).toBe(chosen);
    for (const type of DEFAULT_RELATION_TYPES) expect(allowsPair(type, from, to)).toBe(fitting.includes(type.id));
  });

  it('follows the types it is given (a label set with an emoji label and an NFD label)', () => {
    const types = [{ id: 'says', name: 'Sagt', from: ['🗣'], to: ['Sprecher\u0308'] }];
    expect(typeFor(types, '🗣', 'Sprecher\u0308')?.id).toBe('says');
    expect(typeFor(types, '🗣', 'Sprecher\u00e4')).toBeUndefined();
  });
});

describe('relationTypesForLabels', () => {
  it('keeps only declared labels at each end and drops a type left without one', () => {
    expect(relationTypesForLabels(DEFAULT_RELATION_TYPES, ['quote', 'actor', 'Datum\u0308'])).toEqual([
      { id: 'source', name: 'Source', from: ['quote'], to: ['actor'] },
    ]);
    expect(relationTypesForLabels(DEFAULT_RELATION_TYPES, ['claim', 'quote', 'date', 'actor'])).toEqual(DEFAULT_RELATION_TYPES);
    expect(relationTypesForLabels(DEFAULT_RELATION_TYPES, ['PER', '😀'])).toEqual([]);
  });
});

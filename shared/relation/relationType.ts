import { z } from 'zod';
import { LIMITS } from '../limits/limits';

/**
 * One relation type as data, like a label: stable id, visible name and the label ids allowed at
 * each end, so the UI, the formats and agreement never hard-code which pairs make sense.
 */
export const RelationTypeSchema = z.object({
  id: z.string().min(1).max(LIMITS.labelIdLength),
  name: z.string().min(1).max(LIMITS.nameLength),
  from: z.array(z.string().min(1).max(LIMITS.labelIdLength)).min(1),
  to: z.array(z.string().min(1).max(LIMITS.labelIdLength)).min(1),
});

export type RelationType = z.infer<typeof RelationTypeSchema>;

/**
 * The default relation types: who says or claims it (`source`), whom a claim is about
 * (`target`) and when it was said or applies (`time`).
 */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  { id: 'source', name: 'Source', from: ['quote', 'claim'], to: ['actor'] },
  { id: 'target', name: 'Target', from: ['claim'], to: ['actor'] },
  { id: 'time', name: 'Time', from: ['claim', 'quote'], to: ['date'] },
];

/** True when `type` allows a relation from a `fromLabel` tag to a `toLabel` tag. */
export function allowsPair(type: RelationType, fromLabel: string, toLabel: string): boolean {
  return type.from.includes(fromLabel) && type.to.includes(toLabel);
}

/** Every type that allows the label pair, in the order of `types` (the order 1/2/3 offers them). */
export function typesFor(types: readonly RelationType[], fromLabel: string, toLabel: string): RelationType[] {
  return types.filter((type) => allowsPair(type, fromLabel, toLabel));
}

/**
 * The type to use without asking: the one type that allows the label pair, else `undefined`
 * (none fits, or several do and the analyst must choose, e.g. claim → actor: source or target).
 */
export function typeFor(types: readonly RelationType[], fromLabel: string, toLabel: string): RelationType | undefined {
  const fitting = typesFor(types, fromLabel, toLabel);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * `types` cut to a label set: each keeps only the declared labels at its ends, and a type left
 * without a label at either end is dropped, so a dataset never declares a pair it cannot hold.
 */
export function relationTypesForLabels(types: readonly RelationType[], labelIds: readonly string[]): RelationType[] {
  const declared = new Set(labelIds);
  return types
    .map((type) => ({ ...type, from: type.from.filter((l) => declared.has(l)), to: type.to.filter((l) => declared.has(l)) }))
    .filter((type) => type.from.length > 0 && type.to.length > 0);
}

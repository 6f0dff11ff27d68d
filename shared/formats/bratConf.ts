import { DEFAULT_RELATION_TYPES, relationTypesForLabels } from '../relation/relationType';
import type { TagwerkDataset } from './datasetSchema';

/** brat entity types cannot hold white space; it becomes `_`. */
export function bratType(label: string): string {
  return label.replace(/\s/g, '_');
}

/** The relation types a brat export declares: the dataset's own, else Tagwerk's cut to its labels. */
function relationTypesOf(dataset: TagwerkDataset) {
  return dataset.relationTypes ?? relationTypesForLabels(DEFAULT_RELATION_TYPES, dataset.labels.map((l) => l.id));
}

/**
 * The `annotation.conf` of a brat export: every label of the dataset (declared or used) as an
 * entity type; every relation type with the labels allowed as `Arg1` and `Arg2`; and one
 * `<OVERLAP>` rule letting any two entities be equal, nested or crossing (Tagwerk allows
 * overlapping tags), so brat's verifier reports neither unknown types, disallowed relation
 * arguments nor overlaps; the events and attributes sections are present but empty.
 */
export function bratConf(dataset: TagwerkDataset): string {
  const types = new Set(dataset.labels.map((l) => bratType(l.id)));
  for (const a of dataset.documents.flatMap((d) => d.annotations)) types.add(bratType(a.label));
  return [
    '# Written by Tagwerk: the labels of this export.',
    '[entities]',
    ...types,
    '',
    '[relations]',
    ...relationTypesOf(dataset).map((t) => `${bratType(t.id)}\tArg1:${t.from.map(bratType).join('|')}, Arg2:${t.to.map(bratType).join('|')}`),
    '# Tagwerk allows overlapping tags: any two may be equal, nested or crossing.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    '',
  ].join('\n');
}

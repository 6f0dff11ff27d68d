import { relationKey } from '../relation/relationProblems';
import { allowsPair, type RelationType } from '../relation/relationType';
import type { DatasetAnnotation, DatasetRelation } from './datasetSchema';
import type { createLossTally } from './formatLoss';

/** A relation as a foreign format gives it: its two ends named by the `ref`s of spans of the same document. */
export interface ImportedRelation {
  /** Where the relation is in the input, for loss messages (e.g. `doc.ann line 7`). */
  readonly path: string;
  /** The `ref` of the span the relation starts at (a brat `T3`, a doccano entity id…). */
  readonly from: string;
  /** The `ref` of the span the relation points to. */
  readonly to: string;
  readonly type: string;
  readonly id?: string;
  readonly note?: string;
}

/** What resolving relations needs across a file: the declared types (grown by foreign ones), taken ids and the loss tally. */
export interface RelationReading {
  readonly types: RelationType[];
  /** Ids of the types this file brought (declared with the label pairs they link). */
  readonly foreign: Set<string>;
  readonly takenIds: Set<string>;
  readonly losses: ReturnType<typeof createLossTally>;
}

/** A new reading that starts from `types` (copied: foreign types are added to the copy). */
export function createRelationReading(types: readonly RelationType[], losses: ReturnType<typeof createLossTally>): RelationReading {
  return { types: types.map((t) => ({ ...t, from: [...t.from], to: [...t.to] })), foreign: new Set(), takenIds: new Set(), losses };
}

/** The declared type for a relation from a `from`-labelled to a `to`-labelled tag, or undefined when its known type does not allow the pair. */
function declaredType(reading: RelationReading, type: string, from: string, to: string): RelationType | undefined {
  const known = reading.types.find((t) => t.id === type);
  if (known !== undefined && !reading.foreign.has(type)) return allowsPair(known, from, to) ? known : undefined;
  // A type Tagwerk does not know (brat's "Origin", a doccano project's own) is declared with the labels it links.
  const declared = known ?? { id: type, name: type, from: [], to: [] };
  if (known === undefined) {
    reading.types.push(declared);
    reading.foreign.add(type);
  }
  if (!declared.from.includes(from)) declared.from.push(from);
  if (!declared.to.includes(to)) declared.to.push(to);
  return declared;
}

/**
 * Turns a document's imported relations into dataset relations between its annotations (`byRef`:
 * span ref -> annotation): the annotator is that of the start tag; the id is the file's if free,
 * else derived from (from, type, to). A relation with an end that was not imported (an event, a
 * discontinuous span) or that is another annotator's tag is counted as `danglingRelation`; one
 * linking a tag to itself or whose known type does not allow the label pair as
 * `invalidRelation`; a repeated (type, from, to) is the same relation and kept once. Types
 * Tagwerk does not know are declared (name = id) with the label pairs they link.
 */
export function resolveRelations(relations: readonly ImportedRelation[], byRef: ReadonlyMap<string, DatasetAnnotation>, reading: RelationReading): DatasetRelation[] {
  const out: DatasetRelation[] = [];
  const keys = new Set<string>();
  for (const r of relations) {
    const from = byRef.get(r.from);
    const to = byRef.get(r.to);
    if (from === undefined || to === undefined || from.annotator !== to.annotator) {
      reading.losses.add('danglingRelation', r.path);
      continue;
    }
    const type = from.id === to.id ? undefined : declaredType(reading, r.type, from.label, to.label);
    if (type === undefined) {
      reading.losses.add('invalidRelation', r.path);
      continue;
    }
    const key = relationKey({ type: type.id, from: from.id, to: to.id });
    if (keys.has(key)) continue;
    keys.add(key);
    let id = r.id !== undefined && !reading.takenIds.has(r.id) ? r.id : `${from.id}>${type.id}>${to.id}`;
    for (let n = 2; reading.takenIds.has(id); n++) id = `${from.id}>${type.id}>${to.id}:${n}`;
    reading.takenIds.add(id);
    out.push({ id, type: type.id, from: from.id, to: to.id, annotator: from.annotator, ...(r.note !== undefined && r.note !== '' && { note: r.note }) });
  }
  return out;
}

import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { typeFor, DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';

/**
 * About `count` relations between a bench document's tags (deterministic): each claim or quote
 * in text order relates to the next actors and dates after it (source / time), round-robin over
 * the sources until `count` are made, so arcs start and end all over the document.
 */
export function benchRelations(annotations: readonly Annotation[], count: number, annotator = 'bench'): Relation[] {
  const sources = annotations.filter((a) => a.label === 'claim' || a.label === 'quote');
  const targets = annotations.filter((a) => a.label === 'actor' || a.label === 'date');
  const out: Relation[] = [];
  for (let round = 0; out.length < count && round < targets.length; round++) {
    for (const from of sources) {
      if (out.length >= count) break;
      const after = targets.findIndex((t) => t.start >= from.end);
      const to = targets[((after === -1 ? 0 : after) + round) % targets.length];
      const type = to && (to.label === 'actor' ? DEFAULT_RELATION_TYPES.find((t) => t.id === 'source') : typeFor(DEFAULT_RELATION_TYPES, from.label, to.label));
      if (!to || !type) continue;
      out.push({ id: `rel${out.length}`, type: type.id, from: from.id, to: to.id, annotator });
    }
  }
  return out;
}

/** Stores `count` bench relations with a document's stored tags (the CLI's import keeps no relations of a version 1 file). */
export async function storeBenchRelations(dataDir: string, documentId: string, count: number): Promise<number> {
  const store = createDocumentStore({ dataDir });
  const { annotations, rev } = await store.loadAnnotations(documentId);
  const relations = benchRelations(annotations, count);
  await store.saveAnnotations(documentId, { annotations, relations, annotator: 'bench', baseRev: rev });
  return relations.length;
}

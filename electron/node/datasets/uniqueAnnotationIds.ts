import type { Annotation } from '@shared/annotation/annotation';

/** Result of taking one annotation into an export: the annotation to write (none for an exact duplicate) and its new id if renamed. */
export interface TakenAnnotation {
  readonly annotation: Annotation | undefined;
  readonly renamed?: string;
}

/** One string per (document, id, span, label, annotator, note): each text field length-prefixed, so no two differ only in where one ends. */
function fingerprint(documentId: string, a: Annotation): string {
  const field = (value: string) => `${value.length}:${value}`;
  return `${field(documentId)}${field(a.id)}${a.start},${a.end},${field(a.label)}${field(a.annotator)}${a.note === undefined ? '-' : field(a.note)}`;
}

/**
 * Makes annotation ids unique across one export file (the dataset requires it) while keeping
 * every annotation: an exact duplicate (same id, span, label, annotator and note in the same
 * document, e.g. one set holding a copy of another's) is written once; a different annotation
 * that reuses a taken id — colleagues' tools may all count "a1", "a2"… — gets
 * `<id>~<annotator>` (then `~2`, `~3`…), reported in `renamed`. Deterministic for a given order.
 */
export function createUniqueIds(): { take(documentId: string, a: Annotation): TakenAnnotation } {
  const taken = new Set<string>();
  const written = new Set<string>();
  return {
    take(documentId, a) {
      const print = fingerprint(documentId, a);
      if (written.has(print)) return { annotation: undefined };
      written.add(print);
      if (!taken.has(a.id)) {
        taken.add(a.id);
        return { annotation: a };
      }
      let id = `${a.id}~${a.annotator}`;
      for (let n = 2; taken.has(id); n++) id = `${a.id}~${a.annotator}~${n}`;
      taken.add(id);
      return { annotation: { ...a, id }, renamed: id };
    },
  };
}

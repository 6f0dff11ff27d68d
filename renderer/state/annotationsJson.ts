import type { Annotation } from '@shared/annotation/annotation';

/** Each annotation's JSON, made once per annotation object (ops copy what they change, never edit in place). */
const cache = new WeakMap<Annotation, string>();

/**
 * The annotations as one JSON array string, for autosave: only new or changed annotations are
 * serialized, so saving ten thousand tags after one edit costs a join, not a deep copy.
 */
export function annotationsJson(annotations: readonly Annotation[]): string {
  const parts: string[] = new Array<string>(annotations.length);
  annotations.forEach((a, i) => {
    let json = cache.get(a);
    if (json === undefined) {
      json = JSON.stringify(a);
      cache.set(a, json);
    }
    parts[i] = json;
  });
  return `[${parts.join(',')}]`;
}

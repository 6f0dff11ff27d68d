import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';

/** The relation type that names who said a quote or made a claim. */
export const SPEAKER_TYPE = 'source';

/**
 * Who said each quote or made each claim, by the tag's id: the text of the actors its `source`
 * relations point to, joined in text order ("Wassili Nebensja", or "A, B" for a joint statement),
 * so the annotation list can show the speaker beside the quote.
 */
export function speakersOf(relations: readonly Relation[], annotations: readonly Annotation[]): Map<string, string> {
  // Recomputed on every tag: only the tags source relations name are looked up (no map of every tag).
  const named = new Set<string>();
  for (const r of relations) if (r.type === SPEAKER_TYPE) named.add(r.from).add(r.to);
  if (named.size === 0) return new Map();
  const byId = new Map<string, Annotation>();
  for (const a of annotations) if (named.has(a.id)) byId.set(a.id, a);
  const actors = new Map<string, Annotation[]>();
  for (const r of relations) {
    const to = r.type === SPEAKER_TYPE ? byId.get(r.to) : undefined;
    if (to === undefined || !byId.has(r.from)) continue;
    const list = actors.get(r.from) ?? [];
    list.push(to);
    actors.set(r.from, list);
  }
  const out = new Map<string, string>();
  for (const [id, list] of actors) {
    const names = [...new Set(list.sort((a, b) => a.start - b.start).map((a) => a.text.replace(/\s+/g, ' ').trim()))];
    out.set(id, names.join(', '));
  }
  return out;
}

import type { Annotation } from '@shared/annotation/annotation';
import { byIdOnce } from '@shared/annotation/byIdOnce';
import type { Relation } from '@shared/relation/relation';
import { replacedTags } from '@shared/relation/replacedTags';

/** The relation type that names who said a quote or made a claim. */
export const SPEAKER_TYPE = 'source';

interface SpeakerCache {
  readonly named: ReadonlySet<string>;
  /** The named tags found in the list the result was made from, by id. */
  readonly ends: ReadonlyMap<string, Annotation>;
  readonly speakers: Map<string, string>;
  /** The tag list the result was last found to hold for. */
  annotations: readonly Annotation[];
}

/** The last result per relation list (lists never change in place): a tag change elsewhere reuses it. */
const CACHE = new WeakMap<readonly Relation[], SpeakerCache>();

/** The tags of `annotations` that `named` holds, by id, looked up in the list's shared index (no scan of every tag). */
function tagsNamed(annotations: readonly Annotation[], named: ReadonlySet<string>): Map<string, Annotation> {
  const byId = new Map<string, Annotation>();
  // No source relation names a tag: no index of every tag is made (10,000 entries a change at 1M).
  if (named.size === 0) return byId;
  const index = byIdOnce(annotations);
  for (const id of named) {
    const tag = index.get(id);
    if (tag !== undefined) byId.set(id, tag);
  }
  return byId;
}

/** True when both maps hold the same tag objects under the same ids. */
function sameEnds(a: ReadonlyMap<string, Annotation>, b: ReadonlyMap<string, Annotation>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, tag] of a) if (b.get(id) !== tag) return false;
  return true;
}

/**
 * Who said each quote or made each claim, by the tag's id: the text of the actors its `source`
 * relations point to, joined in text order ("Wassili Nebensja", or "A, B" for a joint statement),
 * so the annotation list can show the speaker beside the quote. While the relations and the tags
 * they name are unchanged (a tag added, retagged or deleted elsewhere), the same map comes back:
 * nothing is sorted or joined again, no tag is indexed, and the list's rows see an unchanged prop.
 */
export function speakersOf(relations: readonly Relation[], annotations: readonly Annotation[]): Map<string, string> {
  const cached = CACHE.get(relations);
  if (cached !== undefined) {
    // No named tag changed or went since (a tag added, or changed away from every source relation): the same speakers.
    if (!replacedTags(cached.annotations, annotations).some((a) => cached.named.has(a.id))) {
      cached.annotations = annotations;
      return cached.speakers;
    }
    const ends = tagsNamed(annotations, cached.named);
    if (sameEnds(ends, cached.ends)) {
      cached.annotations = annotations;
      return cached.speakers;
    }
    return remember(relations, cached.named, ends, annotations);
  }
  const named = new Set<string>();
  for (const r of relations) if (r.type === SPEAKER_TYPE) named.add(r.from).add(r.to);
  return remember(relations, named, tagsNamed(annotations, named), annotations);
}

/** Makes the speakers of `relations` from the named tags found and keeps them for the next call. */
function remember(relations: readonly Relation[], named: ReadonlySet<string>, byId: ReadonlyMap<string, Annotation>, annotations: readonly Annotation[]): Map<string, string> {
  const actors = new Map<string, Annotation[]>();
  for (const r of relations) {
    const to = r.type === SPEAKER_TYPE ? byId.get(r.to) : undefined;
    if (to === undefined || !byId.has(r.from)) continue;
    const list = actors.get(r.from) ?? [];
    list.push(to);
    actors.set(r.from, list);
  }
  const speakers = new Map<string, string>();
  for (const [id, list] of actors) {
    const names = [...new Set(list.sort((a, b) => a.start - b.start).map((a) => a.text.replace(/\s+/g, ' ').trim()))];
    speakers.set(id, names.join(', '));
  }
  CACHE.set(relations, { named, ends: byId, speakers, annotations });
  return speakers;
}

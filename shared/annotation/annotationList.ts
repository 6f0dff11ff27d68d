import type { Annotation } from './annotation';
import { LIMITS } from '../limits/limits';

/** Longest note kept, in UTF-16 code units (the limit `AnnotationSchema` enforces on `note`). */
export const NOTE_MAX_LENGTH = LIMITS.noteLength;

/**
 * Total text order (start, end, label, id; strings by code unit, not locale) so every list,
 * file and export lists the same annotations in the same order on every machine.
 */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** Returns a new array in text order (see `compareAnnotations`); the input is left untouched. */
export function sortAnnotations(list: readonly Annotation[]): Annotation[] {
  return [...list].sort(compareAnnotations);
}

/** Where `item` goes in the sorted `list` (after equal ones), searched from index `from` on. */
function insertionIndex(list: readonly Annotation[], item: Annotation, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAnnotations(list[mid] as Annotation, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Inserts `added` into the sorted `list` (one copy, a binary search per added one) and returns a new sorted array;
 * an added annotation whose id is already present replaces the old one, so ids stay unique.
 * Returns `list` itself when `added` is empty, so callers can skip no-op history steps.
 */
export function addAnnotations(list: readonly Annotation[], added: readonly Annotation[]): readonly Annotation[] {
  if (added.length === 0) return list;
  const incoming = new Map<string, Annotation>();
  for (const a of added) incoming.set(a.id, a);
  const fresh = sortAnnotations([...incoming.values()]);
  const kept = list.some((a) => incoming.has(a.id)) ? list.filter((a) => !incoming.has(a.id)) : list;
  const only = fresh.length === 1 ? fresh[0] : undefined;
  if (only !== undefined) {
    // One new tag (a key press): the engine's own copy and move, not a loop over 10,000 in script.
    const out = kept.slice();
    out.splice(insertionIndex(kept, only), 0, only);
    return out;
  }
  // Many (tag all): the list is copied once, into an array of the final length, each new tag where
  // a binary search puts it.
  const out = new Array<Annotation>(kept.length + fresh.length);
  let k = 0;
  let from = 0;
  for (const b of fresh) {
    const lo = insertionIndex(kept, b, from);
    while (from < lo) out[k++] = kept[from++] as Annotation;
    out[k++] = b;
  }
  while (from < kept.length) out[k++] = kept[from++] as Annotation;
  return out;
}

/**
 * Removes every annotation whose id is in `ids`; unknown ids are ignored.
 * Returns `list` itself when nothing was removed (no history step for a no-op).
 */
export function removeAnnotations(list: readonly Annotation[], ids: readonly string[]): readonly Annotation[] {
  if (ids.length === 0) return list;
  if (ids.length === 1) {
    // One tag (the Delete key): ids are unique in a list, so one engine-side copy and move.
    const index = list.findIndex((a) => a.id === ids[0]);
    if (index < 0) return list;
    const out = list.slice();
    out.splice(index, 1);
    return out;
  }
  const doomed = new Set(ids);
  const out = list.filter((a) => !doomed.has(a.id));
  return out.length === list.length ? list : out;
}

/** Replaces one annotation by `update(old)` and keeps text order (one copy); `list` itself if the id is unknown. */
function replaceAnnotation(
  list: readonly Annotation[],
  id: string,
  update: (old: Annotation) => Annotation | undefined,
): readonly Annotation[] {
  const index = list.findIndex((a) => a.id === id);
  const old = list[index];
  if (old === undefined) return list;
  const next = update(old);
  if (next === undefined) return list;
  const out = list.slice();
  out.splice(index, 1);
  out.splice(insertionIndex(out, next), 0, next);
  return out;
}

/**
 * Gives annotation `id` the label `label` and `updatedAt = now`, keeping text order (the label
 * is a sort key). Returns `list` itself when the id is unknown or the label is unchanged.
 */
export function retagAnnotation(list: readonly Annotation[], id: string, label: string, now: string): readonly Annotation[] {
  return replaceAnnotation(list, id, (old) => (old.label === label ? undefined : { ...old, label, updatedAt: now }));
}

/**
 * A note's one stored spelling: NFC, as document texts are (so an "ö" typed decomposed is the "ö"
 * exports and search see), cut to `NOTE_MAX_LENGTH` code units without splitting a surrogate pair.
 */
export function canonicalNote(note: string): string {
  const nfc = note.normalize('NFC');
  if (nfc.length <= NOTE_MAX_LENGTH) return nfc;
  const last = nfc.charCodeAt(NOTE_MAX_LENGTH - 1);
  return nfc.slice(0, last >= 0xd800 && last <= 0xdbff ? NOTE_MAX_LENGTH - 1 : NOTE_MAX_LENGTH);
}

/** A typed note as it is stored: trimmed and canonical (NFC, cut to `NOTE_MAX_LENGTH` code units, see canonicalNote). */
export function cleanNote(note: string): string {
  return canonicalNote(note.trim()).trimEnd();
}

/**
 * Sets the note of annotation `id` (trimmed, NFC, at most `NOTE_MAX_LENGTH` code units) and
 * `updatedAt = now`; a note that is empty after trimming removes the field. Returns `list`
 * itself when the id is unknown or the cleaned note equals the current one.
 */
export function setAnnotationNote(list: readonly Annotation[], id: string, note: string, now: string): readonly Annotation[] {
  const cleaned = cleanNote(note);
  return replaceAnnotation(list, id, (old) => {
    if ((old.note ?? '') === cleaned) return undefined;
    const next: Annotation = { ...old, note: cleaned, updatedAt: now };
    if (cleaned === '') delete next.note;
    return next;
  });
}

import type { Annotation } from '@shared/annotation/annotation';
import { typesFor, type RelationType } from '@shared/relation/relationType';

/**
 * The relation-picking mode as plain data: off, or picking a target for tag `fromId` among
 * `candidates` (ids in text order), with `choices` set once Enter found several fitting types.
 */
export type RelationPick =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'picking';
      readonly fromId: string;
      readonly candidates: readonly string[];
      readonly targetId: string | null;
      readonly choices: readonly RelationType[] | null;
    };

export const PICK_OFF: RelationPick = Object.freeze({ kind: 'off' });

/** Why picking could not start or go on; doubles as the `relations.status.*` catalog key. */
export type PickRefusal = 'noSelection' | 'noTypeFrom' | 'noCandidates' | 'notCandidate' | 'noTarget';

/** The outcome of a step of the mode: the next state, or a refusal that leaves the state as it was. */
export type PickStep = { readonly ok: true; readonly pick: RelationPick } | { readonly ok: false; readonly refusal: PickRefusal };

/** What Enter or a type key came to: relate with `type`, or show `pick` (types to choose), or a refusal. */
export type PickConfirm =
  | { readonly kind: 'relate'; readonly fromId: string; readonly toId: string; readonly type: RelationType }
  | { readonly kind: 'choose'; readonly pick: RelationPick }
  | { readonly kind: 'refused'; readonly refusal: PickRefusal };

/**
 * The tags a relation from `from` may point to: shown, not `from` itself, and with a label that
 * some type allows after `from`'s label — so the mode never offers a pair the model refuses.
 */
export function relationCandidates(
  from: Annotation,
  annotations: readonly Annotation[],
  types: readonly RelationType[],
  isShown: (a: Annotation) => boolean,
): string[] {
  return annotations.filter((a) => a.id !== from.id && isShown(a) && typesFor(types, from.label, a.label).length > 0).map((a) => a.id);
}

/** Starts picking from the selected tag, refusing when nothing is selected or no tag may be its target. */
export function startPicking(
  from: Annotation | undefined,
  annotations: readonly Annotation[],
  types: readonly RelationType[],
  isShown: (a: Annotation) => boolean,
): PickStep {
  if (from === undefined) return { ok: false, refusal: 'noSelection' };
  if (!types.some((t) => t.from.includes(from.label))) return { ok: false, refusal: 'noTypeFrom' };
  const candidates = relationCandidates(from, annotations, types, isShown);
  if (candidates.length === 0) return { ok: false, refusal: 'noCandidates' };
  return { ok: true, pick: { kind: 'picking', fromId: from.id, candidates, targetId: null, choices: null } };
}

/**
 * Moves the target to the next (1) or previous (-1) candidate in text order, wrapping around;
 * the first step goes from the source tag's place, so J reaches the nearest tag after it.
 */
export function stepTarget(pick: RelationPick, annotations: readonly Annotation[], direction: 1 | -1): RelationPick {
  if (pick.kind !== 'picking') return pick;
  const { candidates } = pick;
  let index: number;
  if (pick.targetId !== null && candidates.includes(pick.targetId)) {
    index = (candidates.indexOf(pick.targetId) + direction + candidates.length) % candidates.length;
  } else {
    // Candidates are in the list's text order; the source's own index splits them into after and before.
    const order = new Map(annotations.map((a, i) => [a.id, i]));
    const at = order.get(pick.fromId) ?? -1;
    const after = candidates.findIndex((id) => (order.get(id) ?? -1) > at);
    if (direction === 1) index = after === -1 ? 0 : after;
    else index = (after === -1 ? candidates.length : after) - 1;
    if (index < 0) index = candidates.length - 1;
  }
  return { ...pick, targetId: candidates[index] ?? null, choices: null };
}

/** Makes tag `id` the target (a click); a tag no allowed pair permits is refused. */
export function pickTarget(pick: RelationPick, id: string): PickStep {
  if (pick.kind !== 'picking') return { ok: true, pick };
  if (!pick.candidates.includes(id)) return { ok: false, refusal: 'notCandidate' };
  return { ok: true, pick: { ...pick, targetId: id, choices: null } };
}

/**
 * Enter: relates source and target with the one type their labels allow, or asks to choose
 * (1/2/3) when several fit, e.g. claim → actor may be source or target.
 */
export function confirmTarget(pick: RelationPick, annotations: readonly Annotation[], types: readonly RelationType[]): PickConfirm {
  if (pick.kind !== 'picking' || pick.targetId === null) return { kind: 'refused', refusal: 'noTarget' };
  const from = annotations.find((a) => a.id === pick.fromId);
  const to = annotations.find((a) => a.id === pick.targetId);
  if (from === undefined || to === undefined) return { kind: 'refused', refusal: 'noTarget' };
  const fitting = typesFor(types, from.label, to.label);
  const only = fitting.length === 1 ? fitting[0] : undefined;
  if (only !== undefined) return { kind: 'relate', fromId: from.id, toId: to.id, type: only };
  if (fitting.length === 0) return { kind: 'refused', refusal: 'notCandidate' };
  return { kind: 'choose', pick: { ...pick, choices: fitting } };
}

/** A type key (1-based `n`) while choosing: the relation to make, or undefined when `n` offers nothing. */
export function chooseType(pick: RelationPick, n: number): { fromId: string; toId: string; type: RelationType } | undefined {
  if (pick.kind !== 'picking' || pick.choices === null || pick.targetId === null) return undefined;
  const type = pick.choices[n - 1];
  return type === undefined ? undefined : { fromId: pick.fromId, toId: pick.targetId, type };
}

import type { Annotation } from '@shared/annotation/annotation';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { Relation } from '@shared/relation/relation';
import type { RelationType } from '@shared/relation/relationType';
import { createStore, type Store } from '../../state/createStore';
import { annotationsById } from './arcPicture';
import { relationsByTag } from './relationsByTag';
import { chooseType, confirmTarget, pickTarget, PICK_OFF, startPicking, stepTarget, type PickRefusal, type RelationPick } from './relationPicking';

/** A status-line message: catalog key, values and severity, as the session shows it. */
interface ModeMessage {
  key: string;
  values?: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
}

/** What the mode needs from the open document's session: its tags, relations and the changes it may ask for. */
export interface RelationModeSession {
  annotations(): readonly Annotation[];
  relations(): readonly Relation[];
  selectedId(): string | null;
  isShown(annotation: Annotation): boolean;
  select(id: string | null): void;
  say(message: ModeMessage | null): void;
  /** Adds one relation as one undo step; false when refused (the session says why). */
  addRelation(fromId: string, toId: string, typeId: string): boolean;
  deleteRelation(id: string): boolean;
  /** Subscribes to every change of the session's state. */
  subscribe(listener: () => void): () => void;
}

/** The mode's observable state: the picking mode, and the relation selected for Delete (or null). */
export interface RelationModeState {
  readonly pick: RelationPick;
  readonly selectedRelationId: string | null;
}

/** The relation-picking mode and the relation selection of one session, as actions for keys, clicks and panels. */
export interface RelationMode {
  readonly store: Store<RelationModeState>;
  /** R: starts picking a target for the selected tag (the status line says why not). */
  start(): boolean;
  /** J/K while picking: the next or previous allowed target; returns its id to reveal it. */
  step(direction: 1 | -1): string | null;
  /** A click on a tag while picking; a tag no allowed pair permits is refused. */
  pick(annotationId: string): boolean;
  /** Enter: relates, or offers the fitting types as 1/2/3. */
  confirm(): void;
  /** 1/2/3 while choosing a type. */
  choose(n: number): void;
  /** Escape: leaves picking without a change. */
  cancel(): void;
  selectRelation(id: string | null): void;
  /**
   * Tab / Shift+Tab with a tag selected: selects its next / previous relation (outgoing, then
   * incoming, each in text order of the other end; the tag itself is the stop between the last
   * and the first); false when there is none to select, so Tab moves focus as usual.
   */
  cycle(direction: 1 | -1): boolean;
  /** Delete while a relation is selected: deletes it (one undo step). */
  deleteSelectedRelation(): boolean;
  dispose(): void;
}

const REFUSAL_SEVERITY = 'warning' as const;

/**
 * Creates the relation mode over a session: the picking rules are `relationPicking`'s pure
 * steps, every made change goes through the session (one undo step each), and a relation
 * selection disappears when its relation does or another tag is selected.
 */
export function createRelationMode(session: RelationModeSession, types: readonly RelationType[]): RelationMode {
  const store = createStore<RelationModeState>({ pick: PICK_OFF, selectedRelationId: null });
  const byId = (id: string | null) => (id === null ? undefined : session.annotations().find((a) => a.id === id));
  const text = (id: string | null) => quoteForMessage(byId(id)?.text ?? '');
  const setPick = (pick: RelationPick) => store.set((s) => (s.pick === pick ? s : { ...s, pick }));
  const refuse = (refusal: PickRefusal, values: Record<string, string> = {}) =>
    session.say({ key: `relations.status.${refusal}`, values, severity: REFUSAL_SEVERITY });

  const relate = (fromId: string, toId: string, type: RelationType) => {
    if (session.addRelation(fromId, toId, type.id)) setPick(PICK_OFF);
  };

  let lastSelected = session.selectedId();
  const unsubscribe = session.subscribe(() => {
    const selected = session.selectedId();
    const { selectedRelationId, pick } = store.get();
    // Another tag selected ends a relation selection; a relation gone (undo, its tag deleted) ends it too.
    const relationGone = selectedRelationId !== null && !session.relations().some((r) => r.id === selectedRelationId);
    // Only when a relation is selected: a new state object would re-render the relation frame inside every J/K press.
    if (selectedRelationId !== null && (relationGone || (selected !== lastSelected && selected !== null))) store.set((s) => ({ ...s, selectedRelationId: null }));
    if (pick.kind === 'picking' && byId(pick.fromId) === undefined) setPick(PICK_OFF);
    lastSelected = selected;
  });

  return {
    store,
    start() {
      const from = byId(session.selectedId());
      const step = startPicking(from, session.annotations(), types, session.isShown);
      if (!step.ok) {
        refuse(step.refusal, { text: text(from?.id ?? null), label: from?.label ?? '' });
        return false;
      }
      store.set(() => ({ pick: step.pick, selectedRelationId: null }));
      session.say(null);
      return true;
    },
    step(direction) {
      const pick = stepTarget(store.get().pick, session.annotations(), direction);
      setPick(pick);
      return pick.kind === 'picking' ? pick.targetId : null;
    },
    pick(annotationId) {
      const current = store.get().pick;
      const step = pickTarget(current, annotationId);
      if (!step.ok) {
        const from = current.kind === 'picking' ? byId(current.fromId) : undefined;
        refuse(step.refusal, { from: from?.label ?? '', to: byId(annotationId)?.label ?? '' });
        return false;
      }
      setPick(step.pick);
      session.say(null);
      return true;
    },
    confirm() {
      const outcome = confirmTarget(store.get().pick, session.annotations(), types);
      if (outcome.kind === 'refused') refuse(outcome.refusal);
      else if (outcome.kind === 'choose') setPick(outcome.pick);
      else relate(outcome.fromId, outcome.toId, outcome.type);
    },
    choose(n) {
      const chosen = chooseType(store.get().pick, n);
      if (chosen) relate(chosen.fromId, chosen.toId, chosen.type);
    },
    cancel() {
      if (store.get().pick.kind === 'off') return;
      setPick(PICK_OFF);
      session.say({ key: 'relations.status.cancelled', severity: 'info' });
    },
    selectRelation(id) {
      store.set((s) => (s.selectedRelationId === id && s.pick.kind === 'off' ? s : { pick: PICK_OFF, selectedRelationId: id }));
    },
    cycle(direction) {
      const tagId = session.selectedId();
      if (tagId === null || store.get().pick.kind !== 'off') return false;
      const byId = annotationsById(session.annotations());
      const { outgoing, incoming } = relationsByTag(session.relations(), tagId);
      const shown = (id: string) => {
        const a = byId.get(id);
        return a !== undefined && session.isShown(a);
      };
      const byOtherEnd = (end: 'from' | 'to') => (a: Relation, b: Relation) => (byId.get(a[end])?.start ?? 0) - (byId.get(b[end])?.start ?? 0);
      const list = [...[...outgoing].sort(byOtherEnd('to')), ...[...incoming].sort(byOtherEnd('from'))].filter((r) => shown(r.from) && shown(r.to));
      if (list.length === 0) return false;
      const at = list.findIndex((r) => r.id === store.get().selectedRelationId);
      const next = at === -1 ? (direction === 1 ? 0 : list.length - 1) : at + direction;
      store.set((s) => ({ ...s, selectedRelationId: list[next]?.id ?? null }));
      return true;
    },
    deleteSelectedRelation() {
      const id = store.get().selectedRelationId;
      if (id === null || !session.deleteRelation(id)) return false;
      store.set((s) => ({ ...s, selectedRelationId: null }));
      return true;
    },
    dispose: unsubscribe,
  };
}

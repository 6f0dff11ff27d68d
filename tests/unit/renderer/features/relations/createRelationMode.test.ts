import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { createRelationMode, type RelationModeSession } from '../../../../../renderer/features/relations/createRelationMode';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'me' });

/** A session double holding tags, relations, the selection and the last message, with change notification. */
function fakeSession(annotations: Annotation[]) {
  let relations: Relation[] = [];
  let selected: string | null = null;
  let n = 0;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const messages: Array<string | null> = [];
  const session: RelationModeSession = {
    annotations: () => annotations,
    relations: () => relations,
    selectedId: () => selected,
    isShown: () => true,
    select: (id) => ((selected = id), changed()),
    say: (m) => messages.push(m?.key ?? null),
    addRelation(from, to, type) {
      if (relations.some((r) => r.from === from && r.to === to && r.type === type)) return false;
      relations = [...relations, { id: `r${++n}`, type, from, to, annotator: 'me' }];
      changed();
      return true;
    },
    deleteRelation(id) {
      relations = relations.filter((r) => r.id !== id);
      changed();
      return true;
    },
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return { session, messages, relations: () => relations, setRelations: (r: Relation[]) => ((relations = r), changed()) };
}

// "die sicherheitspolitische Kooperation …" → source → "Wassili Nebensja", with an emoji and an NFD umlaut around.
const LIST = [tag('a0', 'actor', 0, '😀 Mu\u0308ller'), tag('a1', 'actor', 10, 'Wassili Nebensja'), tag('c1', 'claim', 30, 'die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei'), tag('d1', 'date', 120, 'am Montag')];

describe('createRelationMode', () => {
  it('R, K to the speaker, Enter asks for the type (claim → actor), 1 makes a source relation and ends the mode', () => {
    const { session, relations } = fakeSession(LIST);
    const mode = createRelationMode(session, DEFAULT_RELATION_TYPES);
    session.select('c1');
    expect(mode.start()).toBe(true);
    expect(mode.step(-1)).toBe('a1');
    mode.confirm();
    const pick = mode.store.get().pick;
    expect(pick.kind === 'picking' && pick.choices?.map((t) => t.id)).toEqual(['source', 'target']);
    mode.choose(1);
    expect(relations()).toEqual([{ id: 'r1', type: 'source', from: 'c1', to: 'a1', annotator: 'me' }]);
    expect(mode.store.get().pick.kind).toBe('off');
  });

  it('a click on the date relates at once with the one fitting type (time)', () => {
    const { session, relations } = fakeSession(LIST);
    const mode = createRelationMode(session, DEFAULT_RELATION_TYPES);
    session.select('c1');
    mode.start();
    expect(mode.pick('d1')).toBe(true);
    mode.confirm();
    expect(relations().map((r) => r.type)).toEqual(['time']);
  });

  it('refusals say why and keep the mode as it was; Escape cancels without a change', () => {
    const { session, messages, relations } = fakeSession(LIST);
    const mode = createRelationMode(session, DEFAULT_RELATION_TYPES);
    expect(mode.start()).toBe(false);
    expect(messages.at(-1)).toBe('relations.status.noSelection');
    session.select('a1');
    expect(mode.start()).toBe(false);
    expect(messages.at(-1)).toBe('relations.status.noTypeFrom');
    session.select('c1');
    mode.start();
    mode.confirm();
    expect(messages.at(-1)).toBe('relations.status.noTarget');
    expect(mode.pick('c1')).toBe(false);
    expect(messages.at(-1)).toBe('relations.status.notCandidate');
    expect(mode.store.get().pick.kind).toBe('picking');
    mode.cancel();
    expect(mode.store.get().pick.kind).toBe('off');
    expect(messages.at(-1)).toBe('relations.status.cancelled');
    expect(relations()).toEqual([]);
  });

  it('a selected relation is deleted with Delete, and the selection ends when another tag is selected or the relation goes', () => {
    const { session, relations, setRelations } = fakeSession(LIST);
    const mode = createRelationMode(session, DEFAULT_RELATION_TYPES);
    setRelations([{ id: 'x', type: 'source', from: 'c1', to: 'a1', annotator: 'me' }, { id: 'y', type: 'time', from: 'c1', to: 'd1', annotator: 'me' }]);
    mode.selectRelation('x');
    expect(mode.deleteSelectedRelation()).toBe(true);
    expect(relations().map((r) => r.id)).toEqual(['y']);
    expect(mode.store.get().selectedRelationId).toBeNull();
    mode.selectRelation('y');
    session.select('a0');
    expect(mode.store.get().selectedRelationId).toBeNull();
    mode.selectRelation('y');
    setRelations([]);
    expect(mode.store.get().selectedRelationId).toBeNull();
    expect(mode.deleteSelectedRelation()).toBe(false);
  });

  it('Tab goes through the selected tag\'s relations, outgoing then incoming, back to the tag after the last; Shift+Tab backwards; none: the key is passed on', () => {
    const { session, setRelations } = fakeSession([...LIST, tag('q1', 'quote', 200, '„Ja 😀“')]);
    const mode = createRelationMode(session, DEFAULT_RELATION_TYPES);
    // The claim's outgoing relations come in text order of their targets (the date after the speaker), then its incoming ones.
    setRelations([
      { id: 'time', type: 'time', from: 'c1', to: 'd1', annotator: 'me' },
      { id: 'source', type: 'source', from: 'c1', to: 'a1', annotator: 'me' },
      { id: 'other', type: 'source', from: 'q1', to: 'a0', annotator: 'me' },
    ]);
    const selected = () => mode.store.get().selectedRelationId;
    expect(mode.cycle(1)).toBe(false);
    session.select('a0');
    expect([mode.cycle(1), selected()]).toEqual([true, 'other']);
    session.select('c1');
    expect(selected()).toBeNull();
    const forward = [1, 2, 3, 4].map(() => (mode.cycle(1), selected()));
    expect(forward).toEqual(['source', 'time', null, 'source']);
    const backward = [1, 2, 3].map(() => (mode.cycle(-1), selected()));
    expect(backward).toEqual([null, 'time', 'source']);
    // The date's one (incoming) relation; while picking a target, Tab is not the mode's.
    session.select('d1');
    expect([mode.cycle(1), selected()]).toEqual([true, 'time']);
    session.select('c1');
    expect(mode.start()).toBe(true);
    expect(mode.cycle(1)).toBe(false);
  });

  it('Tab skips relations whose other end the label filter hides', () => {
    const { session, setRelations } = fakeSession(LIST);
    const mode = createRelationMode({ ...session, isShown: (a) => a.label !== 'date' }, DEFAULT_RELATION_TYPES);
    setRelations([{ id: 'time', type: 'time', from: 'c1', to: 'd1', annotator: 'me' }]);
    session.select('c1');
    expect(mode.cycle(1)).toBe(false);
  });
});

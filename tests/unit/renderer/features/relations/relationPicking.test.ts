import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import { chooseType, confirmTarget, pickTarget, PICK_OFF, startPicking, stepTarget, type RelationPick } from '../../../../../renderer/features/relations/relationPicking';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'jonas' });

// Text order as the session keeps it: an emoji speaker, an NFD umlaut quote, a date, a claim, a second actor.
const LIST: Annotation[] = [
  tag('a1', 'actor', 0, '😀 Anna'),
  tag('q1', 'quote', 10, 'Mu\u0308ller sagt'),
  tag('d1', 'date', 30, 'am Montag'),
  tag('c1', 'claim', 40, 'es sei gut'),
  tag('a2', 'actor', 60, 'Wassili Nebensja'),
];
const T = DEFAULT_RELATION_TYPES;
const all = () => true;
const find = (id: string) => LIST.find((a) => a.id === id);

function picking(fromId: string): RelationPick {
  const step = startPicking(find(fromId), LIST, T, all);
  if (!step.ok) throw new Error(step.refusal);
  return step.pick;
}

describe('startPicking', () => {
  it.each([
    ['a quote 📣 may point to actors and dates', 'q1', ['a1', 'd1', 'a2']],
    ['a claim with an NFD umlaut (Mu\u0308ller) may point to actors and dates', 'c1', ['a1', 'd1', 'a2']],
  ])('%s', (_name, fromId, candidates) => {
    expect(picking(fromId)).toMatchObject({ kind: 'picking', fromId, targetId: null, choices: null, candidates });
  });

  it('refuses without a selected tag, from a label no type starts at, and when nothing fits', () => {
    expect(startPicking(undefined, LIST, T, all)).toEqual({ ok: false, refusal: 'noSelection' });
    expect(startPicking(find('a1'), LIST, T, all)).toEqual({ ok: false, refusal: 'noTypeFrom' });
    expect(startPicking(find('q1'), [find('q1')!], T, all)).toEqual({ ok: false, refusal: 'noCandidates' });
  });

  it('never offers tags the label filter hides', () => {
    const step = startPicking(find('q1'), LIST, T, (a) => a.label !== 'date');
    expect(step.ok && step.pick.kind === 'picking' && step.pick.candidates).toEqual(['a1', 'a2']);
  });
});

describe('stepTarget', () => {
  it('J starts at the nearest candidate after the source and wraps; K goes back', () => {
    let pick = stepTarget(picking('c1'), LIST, 1);
    expect(pick).toMatchObject({ targetId: 'a2' });
    pick = stepTarget(pick, LIST, 1);
    expect(pick).toMatchObject({ targetId: 'a1' });
    pick = stepTarget(pick, LIST, -1);
    expect(pick).toMatchObject({ targetId: 'a2' });
  });

  it('K starts at the nearest candidate before the source', () => {
    expect(stepTarget(picking('c1'), LIST, -1)).toMatchObject({ targetId: 'd1' });
    expect(stepTarget(picking('q1'), LIST, -1)).toMatchObject({ targetId: 'a1' });
  });

  it('does nothing while the mode is off', () => {
    expect(stepTarget(PICK_OFF, LIST, 1)).toBe(PICK_OFF);
  });
});

describe('pickTarget, confirmTarget and chooseType', () => {
  it('a click on a candidate picks it; a click on a tag no pair permits is refused', () => {
    expect(pickTarget(picking('q1'), 'a2')).toMatchObject({ ok: true, pick: { targetId: 'a2' } });
    expect(pickTarget(picking('q1'), 'c1')).toEqual({ ok: false, refusal: 'notCandidate' });
  });

  it('Enter relates with the one type that fits (quote → actor: source; claim → date: time)', () => {
    const q = pickTarget(picking('q1'), 'a1');
    expect(q.ok && confirmTarget(q.pick, LIST, T)).toMatchObject({ kind: 'relate', fromId: 'q1', toId: 'a1', type: { id: 'source' } });
    const c = pickTarget(picking('c1'), 'd1');
    expect(c.ok && confirmTarget(c.pick, LIST, T)).toMatchObject({ kind: 'relate', type: { id: 'time' } });
  });

  it('Enter on claim → actor offers source and target, and 1/2 choose between them', () => {
    const step = pickTarget(picking('c1'), 'a2');
    const confirmed = step.ok ? confirmTarget(step.pick, LIST, T) : null;
    expect(confirmed?.kind).toBe('choose');
    const pick = confirmed?.kind === 'choose' ? confirmed.pick : PICK_OFF;
    expect(pick.kind === 'picking' && pick.choices?.map((t) => t.id)).toEqual(['source', 'target']);
    expect(chooseType(pick, 2)).toMatchObject({ fromId: 'c1', toId: 'a2', type: { id: 'target' } });
    expect(chooseType(pick, 3)).toBeUndefined();
  });

  it('Enter without a target is refused, and a type key before Enter chooses nothing', () => {
    expect(confirmTarget(picking('q1'), LIST, T)).toEqual({ kind: 'refused', refusal: 'noTarget' });
    expect(chooseType(stepTarget(picking('c1'), LIST, 1), 1)).toBeUndefined();
  });
});

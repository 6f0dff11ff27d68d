import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { addAnnotations, removeAnnotations, retagAnnotation } from '@shared/annotation/annotationList';
import {
  canRedo,
  canUndo,
  commitHistory,
  createHistory,
  redoHistory,
  redoLabel,
  undoHistory,
  undoLabel,
} from '@shared/annotation/history';
import { LATER, MIXED, annotate } from './fixtures';

const putin = annotate(MIXED, 'Putin', 'actor', 'putin');
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'mueller');
const date = annotate(MIXED, '3. März', 'date', 'date');

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory<readonly Annotation[]>([]);
    expect([canUndo(h), canRedo(h)]).toEqual([false, false]);
    expect(undoHistory(h)).toBe(h);
    expect(redoHistory(h)).toBe(h);
  });

  it('undoes a bulk change (tag all, delete many) as exactly one step, and redoes it', () => {
    const empty: readonly Annotation[] = [];
    let h = createHistory(empty);
    h = commitHistory(h, addAnnotations(h.present, [putin]), 'Tag');
    const bulk = addAnnotations(h.present, [mueller, date]);
    h = commitHistory(h, bulk, 'Tag all hits');
    expect(undoLabel(h)).toBe('Tag all hits');
    h = undoHistory(h);
    expect(h.present.map((a) => a.id)).toEqual(['putin']);
    expect([canUndo(h), canRedo(h), redoLabel(h)]).toEqual([true, true, 'Tag all hits']);
    h = redoHistory(h);
    expect(h.present).toBe(bulk);
    h = commitHistory(h, removeAnnotations(h.present, ['putin', 'mueller', 'date']), 'Delete');
    expect(h.present).toEqual([]);
    h = undoHistory(h);
    expect(h.present).toBe(bulk);
  });

  it('clears redo on a new commit', () => {
    let h = createHistory(0);
    h = commitHistory(h, 1);
    h = commitHistory(h, 2);
    h = undoHistory(h);
    h = commitHistory(h, 3);
    expect(canRedo(h)).toBe(false);
    expect(h.present).toBe(3);
    expect(undoHistory(h).present).toBe(1);
  });

  it('does not record a step for a no-op change (the ops return the same list)', () => {
    const list = [putin];
    const h = commitHistory(createHistory<readonly Annotation[]>(list), retagAnnotation(list, 'putin', 'actor', LATER));
    expect(canUndo(h)).toBe(false);
  });

  it('keeps at most `limit` undo steps, dropping the oldest', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 10; i++) h = commitHistory(h, i);
    expect(h.past.map((s) => s.state)).toEqual([7, 8, 9]);
    while (canUndo(h)) h = undoHistory(h);
    expect(h.present).toBe(7);
    while (canRedo(h)) h = redoHistory(h);
    expect(h.present).toBe(10);
    expect(h.past).toHaveLength(3);
  });

  it('is bounded by 500 steps by default and accepts limit 0 (no undo)', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 600; i++) h = commitHistory(h, i);
    expect(h.past).toHaveLength(500);
    expect(canUndo(commitHistory(createHistory(0, 0), 1))).toBe(false);
    expect(() => createHistory(0, -1)).toThrow(RangeError);
  });

  it('never mutates a history value (old values stay usable)', () => {
    const h0 = createHistory('a');
    const h1 = commitHistory(h0, 'b');
    const h2 = undoHistory(h1);
    expect([h0.present, h1.present, h2.present]).toEqual(['a', 'b', 'a']);
    expect(h1.future).toEqual([]);
    expect(h0.past).toEqual([]);
  });

  it('undo then redo of any commit sequence returns to the same present (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.nat(40), (values, undos) => {
      let h = createHistory<number | null>(null, 20);
      for (const v of values) h = commitHistory(h, v);
      const top = h.present;
      let n = 0;
      while (n < undos && canUndo(h)) { h = undoHistory(h); n += 1; }
      for (let i = 0; i < n; i++) h = redoHistory(h);
      expect(h.present).toBe(top);
      expect(canRedo(h)).toBe(false);
    }));
  });
});

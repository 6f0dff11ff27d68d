import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { addAnnotations, removeAnnotations, retagAnnotation, setAnnotationNote, sortAnnotations } from '@shared/annotation/annotationList';
import { commitHistory, createHistory, redoHistory, undoHistory, type History } from '@shared/annotation/history';
import { selectionAfterStep } from '@shared/annotation/selectionAfterStep';
import { LATER, MIXED, annotate, frozen } from './fixtures';

// The tags sit after an emoji with a skin tone and around an NFD "Mu\u0308ller", so ids, not offsets, are compared.
const putin = annotate(MIXED, 'Putin', 'actor', 'putin');
const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'mueller');
const date = annotate(MIXED, '3. März', 'date', 'date');
const moskau = annotate(MIXED, 'Moskau', 'actor', 'moskau');
const start = frozen(sortAnnotations([putin, mueller, date]));

type Edit = (list: readonly Annotation[]) => readonly Annotation[];

/** Commits `edit` on `start`, then undoes (and with `redo`, redoes) it: the selection each step leaves, as the session computes it. */
function stepThrough(edit: Edit, selectedAfterEdit: string | null, redo = false): { undone: string | null; redone: string | null } {
  let h: History<readonly Annotation[]> = commitHistory(createHistory(start), edit(start));
  const undoneHistory = undoHistory(h);
  const undone = selectionAfterStep(h.present, undoneHistory.present, selectedAfterEdit);
  h = undoneHistory;
  const redone = redo ? selectionAfterStep(h.present, redoHistory(h).present, undone) : null;
  return { undone, redone };
}

describe('selectionAfterStep', () => {
  it.each<[string, Edit, string | null, string | null, string | null]>([
    // [what the user did, the edit, selected after it, selected after undo, selected after redo]
    ['🗑 delete "Mu\u0308ller" (the date selected next)', (l) => removeAnnotations(l, ['mueller']), 'date', 'mueller', null],
    ['🗑 delete the first tag, "Putin" after 👍🏽', (l) => removeAnnotations(l, ['putin']), 'mueller', 'putin', null],
    ['🏷 retag "3. März" as claim', (l) => retagAnnotation(l, 'date', 'claim', LATER), 'date', 'date', 'date'],
    ['✎ a note on "Mu\u0308ller"', (l) => setAnnotationNote(l, 'mueller', 'prüfen 👀', LATER), 'mueller', 'mueller', 'mueller'],
    ['➕ tag "Moskau" (undo removes it)', (l) => addAnnotations(l, [moskau]), 'moskau', null, 'moskau'],
  ])('%s', (_, edit, selectedAfterEdit, afterUndo, afterRedo) => {
    expect(stepThrough(edit, selectedAfterEdit, true)).toEqual({ undone: afterUndo, redone: afterRedo });
  });

  it('an undone delete of several tags selects the first restored one in text order', () => {
    expect(stepThrough((l) => removeAnnotations(l, ['date', 'putin']), 'mueller').undone).toBe('putin');
  });

  it('a step that only removes tags keeps a selection that is still there', () => {
    const withMoskau = sortAnnotations([...start, moskau]);
    expect(selectionAfterStep(withMoskau, start, 'putin')).toBe('putin');
    expect(selectionAfterStep(withMoskau, start, 'moskau')).toBeNull();
    expect(selectionAfterStep(withMoskau, start, null)).toBeNull();
  });

  it('a step that changes no tag (a relation, say) keeps the selection as it is', () => {
    expect(selectionAfterStep(start, start, 'date')).toBe('date');
    expect(selectionAfterStep(start, start, null)).toBeNull();
  });
});

describe('selectionAfterStep (property: looking at the changed middle only equals indexing every tag)', () => {
  /** What the session did before: every tag of `before` in a set, the first of `after` not in it. */
  const fromScratch = (before: readonly Annotation[], after: readonly Annotation[], selectedId: string | null): string | null => {
    const untouched = new Set(before);
    const touched = after.find((a) => !untouched.has(a));
    if (touched !== undefined) return touched.id;
    return selectedId !== null && after.some((a) => a.id === selectedId) ? selectedId : null;
  };
  const pool = [putin, mueller, date, moskau, annotate(MIXED, '😀', 'claim', 'emoji'), annotate(MIXED, 'traf', 'claim', 'traf')];
  // A step keeps some tags (the same objects), drops some and brings some back as new objects (an undone retag).
  const step = fc.record({
    before: fc.subarray(pool),
    keep: fc.array(fc.boolean(), { minLength: pool.length, maxLength: pool.length }),
    fresh: fc.subarray(pool),
    selected: fc.constantFrom(null, 'putin', 'mueller', 'moskau', 'emoji', 'nobody'),
  });

  it('gives what a full scan gives for any step', () => {
    fc.assert(fc.property(step, ({ before, keep, fresh, selected }) => {
      const kept = before.filter((_, i) => keep[i]);
      const after = sortAnnotations([...kept, ...fresh.filter((f) => !kept.some((k) => k.id === f.id)).map((f) => ({ ...f, updatedAt: LATER }))]);
      const sortedBefore = sortAnnotations(before);
      expect(selectionAfterStep(sortedBefore, after, selected)).toBe(fromScratch(sortedBefore, after, selected));
    }));
  });
});

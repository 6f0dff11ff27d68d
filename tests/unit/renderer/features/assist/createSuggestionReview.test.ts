import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { suggestAll } from '@shared/assist/suggestAll';
import { createRejectedStrings, createSuggestionReview } from '../../../../../renderer/features/assist/createSuggestionReview';

/** A session double with the three calls the review uses; each replaceAnnotations is one undo step. */
function fakeSession() {
  let annotations: Annotation[] = [];
  const steps: string[] = [];
  let n = 0;
  return {
    steps,
    annotations: () => annotations,
    replaceAnnotations(update: (current: readonly Annotation[], tools: { annotator: string; now: string; newId(): string }) => readonly Annotation[] | null, label: string) {
      const next = update(annotations, { annotator: 'me', now: '2026-01-01T00:00:00.000Z', newId: () => `a${++n}` });
      if (next === null) return false;
      annotations = [...next];
      steps.push(label);
      return true;
    },
    say: () => undefined,
  };
}

const TEXT = '😀 „Wir bleiben dabei“, sagte Anna Krüger am Dienstag. Am Mittwoch kam Mo\u0308rike.';

describe('createSuggestionReview', () => {
  it('accepts the current suggestion as my tag with origin "assist" and moves on; suggestions never count as tags before', () => {
    const session = fakeSession();
    const review = createSuggestionReview(session, createRejectedStrings());
    review.setSuggestions(suggestAll({ text: TEXT }));
    expect(session.annotations()).toEqual([]);
    const first = review.move(1);
    expect(first?.text).toBe('„Wir bleiben dabei“');
    expect(review.accept()).toBe(true);
    expect(session.annotations()).toEqual([{ id: 'a1', label: 'quote', start: 2, end: 21, text: '„Wir bleiben dabei“', annotator: 'me', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', origin: 'assist' }]);
    expect(review.visible().map((s) => s.text)).not.toContain('„Wir bleiben dabei“');
    expect(review.current()?.text).toBe('Anna Krüger');
  });

  it('rejects a string for good: not in this review, and left out by the rejected list of later ones', () => {
    const session = fakeSession();
    const rejected = createRejectedStrings();
    const review = createSuggestionReview(session, rejected);
    review.setSuggestions(suggestAll({ text: TEXT }));
    review.move(1);
    review.move(1);
    expect(review.reject()).toBe(true);
    expect(session.annotations()).toEqual([]);
    expect(rejected.list()).toEqual([{ label: 'actor', text: 'Anna Krüger' }]);
    expect(review.visible().some((s) => s.text === 'Anna Krüger')).toBe(false);
    const again = createSuggestionReview(session, rejected);
    again.setSuggestions(suggestAll({ text: `${TEXT} Anna Krüger kam.`, rejected: rejected.list() }));
    expect(again.visible().some((s) => s.text === 'Anna Krüger')).toBe(false);
  });

  it('accepts all of one label as ONE undo step, and J/K wrap around', () => {
    const session = fakeSession();
    const review = createSuggestionReview(session, createRejectedStrings());
    review.setSuggestions(suggestAll({ text: TEXT }));
    expect(review.move(-1)?.label).toBe('date');
    expect(review.acceptAll('date')).toBe(2);
    expect(session.steps).toEqual(['assist.acceptAll']);
    expect(session.annotations().map((a) => [a.text, a.origin])).toEqual([['am Dienstag', 'assist'], ['Am Mittwoch', 'assist']]);
    expect(review.acceptAll('date')).toBe(0);
    expect(review.visible().map((s) => s.label)).not.toContain('date');
  });
});

import type { LoadSlices } from './suggestionReviewTypes';

/** Starts a slice: its test for one more part — within the budget, and no key or click waiting to be handled. */
export function sliceClock(slices: LoadSlices): () => boolean {
  const until = slices.now() + slices.budgetMs;
  return () => slices.now() < until && !(slices.inputPending?.() ?? false);
}

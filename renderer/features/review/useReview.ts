import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { bindReviewToView } from './bindReviewToView';
import { createReviewStore, type ReviewState, type ReviewStore } from './createReviewStore';

/** The review of the open document and its current state, bound to the editor while it exists. */
export function useReview(api: ApiClient, session: DocumentSession, view: EditorView | null): { review: ReviewStore; state: ReviewState } {
  const review = useMemo(() => createReviewStore(api, session), [api, session]);
  useEffect(() => review.connect(), [review]);
  useEffect(() => (view ? bindReviewToView(view, review) : undefined), [view, review]);
  const state = useSyncExternalStore(review.store.subscribe, review.store.get);
  return { review, state };
}

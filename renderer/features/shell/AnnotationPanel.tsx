import { memo, useCallback, useMemo, type RefObject } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { Label } from '@shared/annotation/labelSet';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { cachedLabelCounts } from '../../state/cachedLabelCounts';
import { useSessionSlice } from '../../state/useSession';
import { speakersOf } from '../relations/speakersOf';
import type { SuggestionReview } from '../assist/createSuggestionReview';
import { SuggestionMode } from '../assist/SuggestionMode';
import { AnnotationList } from '../annotations/AnnotationList';
import type { RelationMode } from '../relations/createRelationMode';
import type { ReviewState, ReviewStore } from '../review/createReviewStore';
import { ReviewPanel } from '../review/ReviewPanel';
import { SelectedTagDetails } from './SelectedTagDetails';

/** Props of the workbench's right column; every callback is stable, so it re-renders only when what it shows changed. */
export interface AnnotationPanelProps {
  api: ApiClient;
  session: DocumentSession;
  relationMode: RelationMode;
  view: EditorView | null;
  labels: readonly Label[];
  annotator: string;
  hidden: boolean;
  review: ReviewStore;
  reviewState: ReviewState;
  /** Review's "Import colleague's tags…" (the app's Import… dialog). */
  onImportColleague(): void;
  /** Suggestion review: its panel follows whether it is open itself. */
  suggestions: SuggestionReview;
  onCloseSuggestions(): void;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onNoteDraft(pending: boolean): void;
  /** Returns the keyboard to the text. */
  onDone(): void;
  /** Selects a tag picked in the list and shows it in the text. */
  onActivate(id: string): void;
}

/**
 * The right column: suggestion review, then either the review panel or the selected tag's details
 * above the annotation list; memoized, so a save status or message leaves it alone.
 */
export const AnnotationPanel = memo(function AnnotationPanel(props: AnnotationPanelProps) {
  const { session, reviewState } = props;
  // My tags and the selection are followed here, not in the workbench: a key press re-renders this column, not the window.
  const { annotations, relations } = useSessionSlice(session, (s) => s.history.present);
  const hiddenLabels = useSessionSlice(session, (s) => s.hiddenLabels);
  const selectedId = useSessionSlice(session, (s) => s.selectedId);
  const speakers = useMemo(() => speakersOf(relations, annotations), [relations, annotations]);
  const selected = useMemo(() => (selectedId === null ? null : (annotations.find((a) => a.id === selectedId) ?? null)), [annotations, selectedId]);
  const toggleLabel = useCallback((labelId: string) => session.toggleLabel(labelId), [session]);
  // A list key pressed within the frame of a change acts on the rows as they are now, not as last painted.
  const catchUp = useCallback(() => session.publishNow(), [session]);
  return (
    <aside className="annotation-panel" id="annotation-panel" hidden={props.hidden}>
      <SuggestionMode review={props.suggestions} labels={props.labels} onClose={props.onCloseSuggestions} />
      {reviewState.open && (
        <ReviewPanel
          api={props.api}
          review={props.review}
          state={reviewState}
          session={session}
          annotations={annotations}
          relations={relations}
          annotator={props.annotator}
          labels={props.labels}
          view={props.view}
          onImport={props.onImportColleague}
        />
      )}
      {!reviewState.open && selected && (
        <SelectedTagDetails
          session={session}
          relationMode={props.relationMode}
          selected={selected}
          annotations={annotations}
          relations={relations}
          noteRef={props.noteRef}
          onDraft={props.onNoteDraft}
          onDone={props.onDone}
        />
      )}
      {!reviewState.open && (
        <AnnotationList
          annotations={annotations}
          labels={props.labels}
          selectedId={selectedId}
          hiddenLabels={hiddenLabels}
          counts={cachedLabelCounts(annotations)}
          onToggleLabel={toggleLabel}
          onActivate={props.onActivate}
          catchUp={catchUp}
          speakers={speakers}
        />
      )}
    </aside>
  );
});

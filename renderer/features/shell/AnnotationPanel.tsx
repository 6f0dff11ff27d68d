import { memo, useCallback, useMemo, type RefObject } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { LabelCounts } from '@shared/annotation/countLabels';
import type { Label } from '@shared/annotation/labelSet';
import type { Relation } from '@shared/relation/relation';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { useSessionSlice } from '../../state/useSession';
import type { SuggestionReview } from '../assist/createSuggestionReview';
import { SuggestionPanel } from '../assist/SuggestionPanel';
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
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  hiddenLabels: readonly string[];
  /** Tags per label (the filter chips' counts), counted once per list by the workbench. */
  counts: LabelCounts;
  speakers: ReadonlyMap<string, string>;
  hidden: boolean;
  review: ReviewStore;
  reviewState: ReviewState;
  /** Review's "Import colleague's tags…" (the app's Import… dialog). */
  onImportColleague(): void;
  suggestions: SuggestionReview;
  suggestionsOpen: boolean;
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
  const { session, annotations, relations, reviewState } = props;
  // The selection is followed here, not in the workbench: J, K or a click re-render this column only.
  const selectedId = useSessionSlice(session, (s) => s.selectedId);
  const selected = useMemo(() => (selectedId === null ? null : (annotations.find((a) => a.id === selectedId) ?? null)), [annotations, selectedId]);
  const toggleLabel = useCallback((labelId: string) => session.toggleLabel(labelId), [session]);
  return (
    <aside className="annotation-panel" id="annotation-panel" hidden={props.hidden}>
      {props.suggestionsOpen && <SuggestionPanel review={props.suggestions} labels={props.labels} onClose={props.onCloseSuggestions} />}
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
          hiddenLabels={props.hiddenLabels}
          counts={props.counts}
          onToggleLabel={toggleLabel}
          onActivate={props.onActivate}
          speakers={props.speakers}
        />
      )}
    </aside>
  );
});

import { useSyncExternalStore, type RefObject } from 'react';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { DocumentSession } from '../../state/createDocumentSession';
import { AnnotationDetails } from '../annotations/AnnotationDetails';
import type { RelationMode } from '../relations/createRelationMode';
import { RelationDetails } from '../relations/RelationDetails';

/** Props of the details column's part for the selected tag. */
export interface SelectedTagDetailsProps {
  session: DocumentSession;
  relationMode: RelationMode;
  selected: Annotation;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  /** The note field, so the note key can focus it from anywhere in the window. */
  noteRef: RefObject<HTMLTextAreaElement | null>;
  /** Told whether the note holds text not yet committed (the status line and closing ask for it). */
  onDraft(pending: boolean): void;
  /** Returns the keyboard to the text (Escape or Ctrl+Enter in the note). */
  onDone(): void;
}

/**
 * The selected tag's details (label, quote, offsets, note, delete) above its relations in both
 * directions; the session does the edits and relation mode the relation picking.
 */
export function SelectedTagDetails({ session, relationMode, selected, annotations, relations, noteRef, onDraft, onDone }: SelectedTagDetailsProps) {
  const selectedRelationId = useSyncExternalStore(relationMode.store.subscribe, () => relationMode.store.get().selectedRelationId);
  return (
    <>
      <AnnotationDetails
        annotation={selected}
        readOnly={session.readOnly}
        noteFieldRef={noteRef}
        onNote={(note) => session.setNote(selected.id, note)}
        onDraft={onDraft}
        onDelete={() => session.deleteSelected()}
        onDone={onDone}
      />
      <RelationDetails
        annotation={selected}
        relations={relations}
        annotations={annotations}
        types={DEFAULT_RELATION_TYPES}
        selectedRelationId={selectedRelationId}
        readOnly={session.readOnly}
        onSelect={(id) => relationMode.selectRelation(id)}
        onRetype={(id, typeId) => session.retypeRelation(id, typeId)}
        onDelete={(id) => session.deleteRelation(id)}
        onStart={() => relationMode.start()}
      />
    </>
  );
}

import type { ReactNode } from 'react';
import type { TaggedDocument } from '@shared/relation/relationList';
import type { DocumentSession } from '../../state/createDocumentSession';
import { useSessionSlice } from '../../state/useSession';

/** Props of a part of the workbench that shows my tags: the session and what to draw from them. */
export interface WithDocumentProps {
  session: DocumentSession;
  children(document: TaggedDocument, hiddenLabels: readonly string[]): ReactNode;
}

/**
 * Follows my tags, relations and the label filter for one part of the workbench, so a tag, retag,
 * delete or undo re-renders that part (the list, the counts, the arcs) and never the workbench around it.
 */
export function WithDocument({ session, children }: WithDocumentProps) {
  const present = useSessionSlice(session, (s) => s.history.present);
  const hiddenLabels = useSessionSlice(session, (s) => s.hiddenLabels);
  return children(present, hiddenLabels);
}

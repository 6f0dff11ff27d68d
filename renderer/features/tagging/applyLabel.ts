import type { EditorView } from '@tiptap/pm/view';
import { domSelectionRange } from '../../editor/domSelectionRange';
import type { DocumentSession } from '../../state/createDocumentSession';

/**
 * What a label key or palette button does: a non-empty text selection always becomes a new span
 * (then collapses, leaving the new annotation selected); with a collapsed selection the selected
 * annotation is retagged; otherwise the status line says why nothing happened.
 */
export function applyLabel(view: EditorView, session: DocumentSession, labelId: string): void {
  const range = domSelectionRange(view, session.textIndex);
  if (range && !range.collapsed) {
    const created = session.tagRange(range.start, range.end, labelId);
    if (created) view.dom.ownerDocument.getSelection()?.collapseToEnd();
    return;
  }
  if (session.store.get().selectedId !== null) {
    session.retagSelected(labelId);
    return;
  }
  session.say({ key: 'status.emptySelection', severity: 'warning' });
}

import type { EditorView } from '@tiptap/pm/view';
import { clearTextSelection } from '../../editor/clearTextSelection';
import { visibleTextSelection } from '../../editor/visibleTextSelection';
import type { DocumentSession } from '../../state/createDocumentSession';

/**
 * What a label key or palette button does: the session applies the one rule (`labelKeyAction`)
 * to the text selection the user can see; when a tag was made, retagged or found, the text
 * selection is cleared in the editor and the page, leaving that tag selected.
 */
export function applyLabel(view: EditorView, session: DocumentSession, labelId: string): void {
  const action = session.applyLabel(visibleTextSelection(view, session.textIndex), labelId);
  if (action.kind !== 'refuse') clearTextSelection(view);
}

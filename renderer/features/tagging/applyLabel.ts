import type { EditorView } from '@tiptap/pm/view';
import { clearTextSelection } from '../../editor/clearTextSelection';
import { caretToSelectedEnd } from '../../editor/sessionExtension';
import { visibleTextSelection } from '../../editor/visibleTextSelection';
import type { DocumentSession } from '../../state/createDocumentSession';

/**
 * What a label key or palette button does: the session applies the one rule (`labelKeyAction`)
 * to the text selection the user can see; when a tag was made, retagged or found, the text
 * selection is cleared in the editor and the page and the caret put at that tag's end, leaving
 * the tag selected. The caret is placed from the tag, not read back from the page: the redraw
 * the new highlight causes may already have written ProseMirror's older selection into the page.
 */
export function applyLabel(view: EditorView, session: DocumentSession, labelId: string): void {
  const selection = visibleTextSelection(view, session.textIndex);
  // The editor's update for the tag puts the caret at its end in the same transaction; the clear below then finds it there.
  const action = caretToSelectedEnd(view, () => session.applyLabel(selection, labelId));
  if (action.kind === 'refuse') return;
  const utf16End = action.kind === 'create' ? action.span.utf16End : session.converter.codePointToUtf16(action.target.end);
  clearTextSelection(view, session.textIndex.offsetToPos(utf16End));
}

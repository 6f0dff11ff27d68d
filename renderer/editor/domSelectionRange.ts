import type { EditorView } from '@tiptap/pm/view';
import type { TextIndex } from '@shared/text/textIndex';
import { flushLateSelection, pendingSelection } from './dispatchWithLateSelection';

/** A DOM selection inside the editor as UTF-16 offsets of the canonical text. */
export interface TextSelection {
  start: number;
  end: number;
  collapsed: boolean;
}

/**
 * The page's selection when both of its ends lie in the editor, else null. Reads only its nodes and
 * offsets: Blink answers `rangeCount`, `isCollapsed` and `getRangeAt` from a layout, which after a
 * redraw would force one.
 */
export function editorPageSelection(view: EditorView): Selection | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  return view.dom.contains(selection.anchorNode) && view.dom.contains(selection.focusNode) ? selection : null;
}

/**
 * Reads the page's DOM selection (mouse, Shift+arrows or the selection API, focused or not) and
 * maps it to text offsets; null when it does not lie inside the editor's text. While the editor's
 * caret waits for the frame (`dispatchWithLateSelection`) that caret is the answer; a waiting range
 * is written first, as callers then measure it.
 */
export function domSelectionRange(view: EditorView, index: TextIndex): TextSelection | null {
  const late = pendingSelection(view);
  if (late && late.anchor === late.head) {
    const at = index.posToOffset(late.head);
    return { start: at, end: at, collapsed: true };
  }
  if (late) flushLateSelection(view);
  const selection = editorPageSelection(view);
  if (!selection?.anchorNode || !selection.focusNode) return null;
  try {
    const anchor = index.posToOffset(view.posAtDOM(selection.anchorNode, selection.anchorOffset));
    const focus = index.posToOffset(view.posAtDOM(selection.focusNode, selection.focusOffset));
    return { start: Math.min(anchor, focus), end: Math.max(anchor, focus), collapsed: anchor === focus };
  } catch {
    return null;
  }
}

import type { EditorView } from '@tiptap/pm/view';
import type { TextIndex } from '@shared/text/textIndex';

/** A DOM selection inside the editor as UTF-16 offsets of the canonical text. */
export interface TextSelection {
  start: number;
  end: number;
  collapsed: boolean;
}

/**
 * Reads the page's DOM selection (mouse, Shift+arrows or the selection API, focused or not) and
 * maps it to text offsets; null when it does not lie inside the editor's text.
 */
export function domSelectionRange(view: EditorView, index: TextIndex): TextSelection | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = index.posToOffset(view.posAtDOM(selection.anchorNode, selection.anchorOffset));
    const focus = index.posToOffset(view.posAtDOM(selection.focusNode, selection.focusOffset));
    return { start: Math.min(anchor, focus), end: Math.max(anchor, focus), collapsed: anchor === focus };
  } catch {
    return null;
  }
}

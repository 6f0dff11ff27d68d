import type { EditorView } from '@tiptap/pm/view';
import type { DocumentSession } from '../../state/createDocumentSession';
import { scrollParentOf } from './scrollParentOf';

/** The code-point range of the text visible in the pane (from the top line's start to the bottom line's end), widened by `margin` on each side; `pane`, when the caller knows it, saves looking for it. */
export function nearVisibleText(view: EditorView, session: Pick<DocumentSession, 'converter' | 'textIndex'>, margin: number, pane = scrollParentOf(view.dom)): { start: number; end: number } {
  const box = (pane ?? view.dom).getBoundingClientRect();
  const text = view.dom.getBoundingClientRect();
  const left = Math.max(text.left, box.left) + 4;
  const right = Math.min(text.right, box.right) - 4;
  const top = view.posAtCoords({ left, top: Math.max(text.top, box.top) + 2 })?.pos;
  const bottom = view.posAtCoords({ left: right, top: Math.min(text.bottom, box.bottom) - 2 })?.pos;
  const length = session.converter.codePointLength;
  if (top === undefined || bottom === undefined) return { start: 0, end: length };
  const at = (pos: number) => session.converter.utf16ToCodePoint(session.textIndex.posToOffset(pos));
  const [from, to] = [at(Math.min(top, bottom)), at(Math.max(top, bottom))];
  return { start: Math.max(0, from - margin), end: Math.min(length, to + margin) };
}

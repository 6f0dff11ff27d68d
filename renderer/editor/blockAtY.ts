import type { EditorView } from '@tiptap/pm/view';

/** The block of the text at a client height: a paragraph of a drawn chunk, or a chunk not drawn yet; its editor positions and its box. */
export interface BlockAtY {
  readonly element: Element;
  /** Whether it is a paragraph (else a chunk's placeholder, whose text is not in the page). */
  readonly paragraph: boolean;
  /** The editor positions just before and just after it. */
  readonly from: number;
  readonly to: number;
  readonly box: DOMRect;
}

/**
 * The index of the first of `parent`'s child elements whose box reaches down to client height
 * `y` (the children stack down the page), found by binary search over their boxes; the last
 * child when every one ends above `y`, -1 when there is none.
 */
function childAtY(parent: Element, y: number): number {
  const children = parent.children;
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((children[mid] as Element).getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, children.length - 1);
}

/**
 * The block at client height `y`: its chunk, and in a drawn chunk its paragraph. Reads a few
 * boxes (binary search over chunks, then paragraphs) instead of hit-testing the text, which
 * walks every text node of a paragraph; null for an empty editor.
 */
export function blockAtY(view: EditorView, y: number): BlockAtY | null {
  let parent: Element = view.dom;
  let index = childAtY(parent, y);
  if (index === -1) return null;
  const chunk = parent.children[index] as Element;
  const inner = childAtY(chunk, y);
  if (inner !== -1) [parent, index] = [chunk, inner];
  const element = parent.children[index] as Element;
  const offset = Array.prototype.indexOf.call(parent.childNodes, element);
  return { element, paragraph: inner !== -1, from: view.posAtDOM(parent, offset), to: view.posAtDOM(parent, offset + 1), box: element.getBoundingClientRect() };
}

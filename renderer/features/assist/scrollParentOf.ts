/** The element that scrolls `element` (the document pane for the editor's text), or null. */
export function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (/(auto|scroll)/u.test(getComputedStyle(at).overflowY)) return at;
  }
  return null;
}

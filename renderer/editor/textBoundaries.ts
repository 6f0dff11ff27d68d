import type { EditorView } from '@tiptap/pm/view';

/** A DOM point (node and offset) as a Range boundary takes it. */
export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

/** The text nodes of one drawn paragraph in order, with where each starts in the paragraph's text. */
interface ParagraphText {
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

/** A widget (ProseMirror wraps each in `.ProseMirror-widget`, `contenteditable=false`) draws no text of the paragraph. */
function isWidget(element: Element): boolean {
  return element.classList.contains('ProseMirror-widget') || element.getAttribute('contenteditable') === 'false';
}

/** The paragraph's text nodes, widgets skipped; null when they do not add up to the paragraph's text (then ProseMirror's own lookup answers). */
function paragraphText(p: Element, size: number): ParagraphText | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node.nodeType === 3 ? NodeFilter.FILTER_ACCEPT : isWidget(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(at);
    at += text.data.length;
  }
  return at === size ? { nodes, starts } : null;
}

/** The text node holding paragraph offset `offset` (the earlier one at a boundary), by binary search. */
function pointIn(text: ParagraphText, offset: number): DomPoint | null {
  let lo = 0;
  let hi = text.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((text.starts[mid] as number) < offset) lo = mid;
    else hi = mid - 1;
  }
  const node = text.nodes[lo];
  return node ? { node, offset: offset - (text.starts[lo] as number) } : null;
}

/**
 * Maps editor positions in drawn text to DOM points for ranges, reading each paragraph's text
 * nodes once per instance (make one per batch of lookups: the DOM changes between updates).
 * Positions in a chunk that is not drawn yet give null, and nothing is built to answer them; a
 * paragraph whose DOM text does not match its text falls back on ProseMirror's `domAtPos`.
 */
export function textBoundaries(view: EditorView): (pos: number) => DomPoint | null {
  const paragraphs = new Map<number, { p: Element; text: ParagraphText | null } | null>();
  const paragraphAt = (start: number, size: number) => {
    if (paragraphs.has(start)) return paragraphs.get(start) ?? null;
    const dom = view.nodeDOM(start - 1);
    const found = dom instanceof Element && dom.isConnected ? { p: dom, text: paragraphText(dom, size) } : null;
    paragraphs.set(start, found);
    return found;
  };
  return (pos) => {
    const $pos = view.state.doc.resolve(pos);
    if (!$pos.parent.isTextblock) return null;
    const paragraph = paragraphAt($pos.start(), $pos.parent.content.size);
    if (!paragraph) return null;
    if (paragraph.text) return pointIn(paragraph.text, $pos.parentOffset);
    const { node, offset } = view.domAtPos(pos);
    return { node, offset };
  };
}

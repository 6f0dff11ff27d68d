import { Schema, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';

/** ProseMirror's view of one text node (internal to prosemirror-view): what its redraw calls. */
interface TextViewDesc {
  node: PMNode;
  update(node: PMNode, outerDeco: unknown, innerDeco: unknown, view: EditorView): boolean;
}

/** The views whose text never changes (see keepTextViews). */
const fixedTextViews = new WeakSet<EditorView>();
let patched = false;

/** ProseMirror's text view class's prototype, read from a one-paragraph view drawn off the page. */
function textViewPrototype(): TextViewDesc | null {
  const schema = new Schema({ nodes: { doc: { content: 'paragraph' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });
  const view = new EditorView(document.createElement('div'), { state: EditorState.create({ doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text('a')])]) }) });
  try {
    const paragraph = (view as unknown as { docView?: { children?: { children?: unknown[] }[] } }).docView?.children?.[0];
    const text = paragraph?.children?.[0] as Partial<TextViewDesc> | undefined;
    return text && typeof text.update === 'function' && text.node?.isText ? (Object.getPrototypeOf(text) as TextViewDesc) : null;
  } finally {
    view.destroy();
  }
}

/**
 * Makes `view` draw a changed decoration without redrawing the text after it: ProseMirror gives
 * each decorated piece of a text node its own DOM text, and when a new tag cuts a piece in three it
 * reuses the following pieces' views one place on (rewriting each one's text and attributes up to
 * the paragraph's end) instead of inserting — a tag at 200k rewrote ~9 texts and ~4 highlight
 * elements (16 attributes). In a view whose text never changes, a text view now refuses a node of
 * other text, so ProseMirror inserts the new pieces and matches the rest exactly. Patches
 * ProseMirror's text view once (other views keep its behaviour: their typing reuses text views).
 */
export function keepTextViews(view: EditorView): void {
  fixedTextViews.add(view);
  if (patched) return;
  patched = true;
  const proto = textViewPrototype();
  if (!proto) return;
  const update = proto.update;
  proto.update = function (this: TextViewDesc, node, outerDeco, innerDeco, editorView) {
    if (fixedTextViews.has(editorView) && node.text !== this.node.text) return false;
    return update.call(this, node, outerDeco, innerDeco, editorView);
  };
}

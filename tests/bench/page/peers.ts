// The comparison pages of the benchmark, bundled for the browser by pageScripts.ts: the floor
// (plain paragraphs, no editor; "1" wraps the selected word in a span), a naive TipTap mount that rebuilds every highlight decoration
// per change, and Recogito's text annotator. Each mounts the same text and spans, marks itself
// ready with [data-peer-ready] two frames after, and tags the selected text on the key "1".
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Editor, Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { createTextAnnotator } from '@recogito/text-annotator';
import type { Annotation } from '@shared/annotation/annotation';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { createTextIndex, toEditorParagraphs } from '@shared/text/textIndex';

type Peer = 'floor' | 'tiptap' | 'recogito';

const STYLE = `
  body { margin: 0; font: 16px/1.6 system-ui, sans-serif; }
  .peer-host { height: 100vh; overflow: auto; padding: 0 2rem; }
  .peer-host p { max-width: 46rem; margin: 0 0 .6rem; }
  .hl { border-bottom: 2px solid #c0392b; background: rgb(192 57 43 / 12%); }`;

function paragraphs(host: HTMLElement, text: string): void {
  const fragment = document.createDocumentFragment();
  for (const line of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    fragment.append(p);
  }
  host.append(fragment);
}

function ready(host: HTMLElement, t0: number): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        host.setAttribute('data-peer-ready', '');
        resolve(performance.now() - t0);
      }),
    ),
  );
}

/** The DOM selection as UTF-16 offsets of the text, from the paragraph it starts and ends in. */
function selectedOffsets(host: HTMLElement, lineStarts: readonly number[]): [number, number] | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number) => {
    const p = (node instanceof HTMLElement ? node : node.parentElement)?.closest('p');
    if (!p || !host.contains(p)) return null;
    const index = Array.prototype.indexOf.call(p.parentElement?.children ?? [], p);
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(node, offset);
    return (lineStarts[index] ?? 0) + before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null ? null : [start, end];
}

/** Positions in a flat document of paragraphs, as a naive mount has (no chunks): offset o on line i is at o + i + 1. */
function flatPositions(text: string): { offsetToPos(offset: number): number; posToOffset(pos: number): number } {
  const lines = createTextIndex(text);
  return {
    offsetToPos: (offset) => offset + lines.lineOfOffset(offset) + 1,
    posToOffset(pos) {
      // The last paragraph opening (at lineStart(k) + k) before the position holds it.
      let lo = 0;
      let hi = lines.lineCount - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (lines.lineStart(mid) + mid < pos) lo = mid;
        else hi = mid - 1;
      }
      return Math.min(Math.max(pos - lo - 1, lines.lineStart(lo)), lines.lineEnd(lo));
    },
  };
}

function mountTiptap(host: HTMLElement, text: string, spans: Annotation[]): void {
  const converter = createOffsetConverter(text);
  const index = flatPositions(text);
  const toPos = (cp: number) => index.offsetToPos(converter.codePointToUtf16(cp));
  const key = new PluginKey<DecorationSet>('naive');
  let list = spans;
  const build = (doc: Parameters<typeof DecorationSet.create>[0]) =>
    DecorationSet.create(doc, list.map((a) => Decoration.inline(toPos(a.start), toPos(a.end), { class: `hl label-${a.label}`, 'data-ann': a.id })));
  const editor = new Editor({
    element: host,
    injectCSS: false,
    content: { type: 'doc', content: toEditorParagraphs(text) },
    extensions: [
      Document,
      Paragraph,
      Text,
      Extension.create({
        name: 'naive',
        addProseMirrorPlugins: () => [
          new Plugin<DecorationSet>({
            key,
            state: { init: (_c, state) => build(state.doc), apply: (tr, value, _o, state) => (tr.getMeta(key) ? build(state.doc) : value) },
            props: { decorations: (state) => key.getState(state) },
          }),
        ],
      }),
    ],
  });
  window.addEventListener('keydown', (event) => {
    if (event.key !== '1') return;
    event.preventDefault();
    const { from, to } = editor.state.selection;
    if (from === to) return;
    const start = converter.utf16ToCodePoint(index.posToOffset(from));
    const end = converter.utf16ToCodePoint(index.posToOffset(to));
    list = [...list, { id: `n${list.length}`, label: 'claim', start, end, text: '', annotator: 'peer' }];
    editor.view.dispatch(editor.state.tr.setMeta(key, true));
  });
}

function mountRecogito(host: HTMLElement, text: string, spans: Annotation[]): void {
  const converter = createOffsetConverter(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Recogito counts offsets in the container's text content, where line breaks between paragraphs are absent.
  const lineOf = (u: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((lineStarts[mid] as number) <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const flat = (u: number) => u - lineOf(u);
  const toW3c = (id: string, label: string, start16: number, end16: number) => ({
    id,
    bodies: [{ id: `${id}-b`, annotation: id, purpose: 'tagging', value: label }],
    target: { annotation: id, selector: [{ quote: text.slice(start16, end16), start: flat(start16), end: flat(end16) }] },
  });
  paragraphs(host, text);
  const anno = createTextAnnotator(host, { annotatingEnabled: false });
  anno.setAnnotations(spans.map((a) => toW3c(a.id, a.label, converter.codePointToUtf16(a.start), converter.codePointToUtf16(a.end))) as never);
  let n = 0;
  window.addEventListener('keydown', (event) => {
    if (event.key !== '1') return;
    event.preventDefault();
    const offsets = selectedOffsets(host, lineStarts);
    if (offsets) anno.addAnnotation(toW3c(`n${n++}`, 'claim', offsets[0], offsets[1]) as never);
  });
}

/**
 * The floor of a key press: "1" wraps the selected text in a highlight span and puts the caret
 * after it, with no editor, framework or store around it — what the browser itself needs to
 * show a tag (the DOM change, its style, layout and paint, and the wait for the frame).
 */
function mountFloor(host: HTMLElement, text: string): void {
  paragraphs(host, text);
  let n = 0;
  window.addEventListener('keydown', (event) => {
    if (event.key !== '1') return;
    event.preventDefault();
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!host.contains(range.commonAncestorContainer)) return;
    const span = document.createElement('span');
    span.className = 'hl label-claim';
    span.dataset.ann = `n${n++}`;
    // A double-clicked word lies in one text node; across elements the floor keeps it simple and only wraps the start's node part.
    if (range.startContainer !== range.endContainer) range.setEnd(range.startContainer, range.startContainer.textContent?.length ?? range.startOffset);
    range.surroundContents(span);
    selection.collapse(span.parentNode, Array.prototype.indexOf.call(span.parentNode?.childNodes ?? [], span) + 1);
  });
}

/** Mounts one peer on the text with its spans (and the peer's own CSS); resolves with ms from start to two frames after. */
async function mount(peer: Peer, text: string, spans: Annotation[], css = ''): Promise<number> {
  document.body.replaceChildren();
  const style = document.createElement('style');
  style.textContent = STYLE + css;
  document.head.append(style);
  const host = document.createElement('div');
  host.className = 'peer-host';
  host.setAttribute('data-peer-text', '');
  document.body.append(host);
  const t0 = performance.now();
  if (peer === 'floor') mountFloor(host, text);
  else if (peer === 'tiptap') mountTiptap(host, text, spans);
  else mountRecogito(host, text, spans);
  return ready(host, t0);
}

(window as unknown as { mountPeer: typeof mount }).mountPeer = mount;

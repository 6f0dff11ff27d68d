import { Extension } from '@tiptap/core';
import { DOMSerializer, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { BUILT_SPEC, LazyChunkView, type PlaceholderWatch } from './lazyChunkView';

/** Which chunks (by index in the document) are drawn with their paragraphs, and the marks that say so. */
interface LazyState {
  built: ReadonlySet<number>;
  decorations: DecorationSet;
}

export const lazyChunksKey = new PluginKey<LazyState>('lazyChunks');

/** How far around the visible part chunks are built before they scroll in: a screen and a half above and below. */
const NEAR_MARGIN = '150% 0px';

/** The chunk a position lies inside, or null for a position between chunks (or at the document's ends). */
export function chunkIndexAt(doc: PMNode, pos: number): number | null {
  if (pos <= 0 || pos >= doc.content.size) return null;
  const $pos = doc.resolve(pos);
  return $pos.depth >= 1 ? $pos.index(0) : null;
}

function marksFor(doc: PMNode, built: ReadonlySet<number>): DecorationSet {
  const marks: Decoration[] = [];
  doc.forEach((chunk, offset, index) => {
    if (built.has(index)) marks.push(Decoration.node(offset, offset + chunk.nodeSize, {}, { [BUILT_SPEC]: true }));
  });
  return DecorationSet.create(doc, marks);
}

/** The chunks of `positions` not built yet (empty when all are). */
function unbuiltAt(state: EditorState, positions: readonly number[]): number[] {
  const built = lazyChunksKey.getState(state)?.built;
  if (!built) return [];
  const wanted = new Set<number>();
  for (const pos of positions) {
    const index = chunkIndexAt(state.doc, pos);
    if (index !== null && !built.has(index)) wanted.add(index);
  }
  return [...wanted];
}

function buildTransaction(state: EditorState, chunks: readonly number[]): Transaction {
  return state.tr.setMeta(lazyChunksKey, chunks).setMeta('addToHistory', false);
}

/** Set while a build is dispatched: a position read during that update is drawn by the next one. */
let building = false;

/**
 * Builds the chunks that hold these positions now (one transaction), so what needs the DOM or
 * the coordinates inside them (a reveal by id, a measurement) finds the text drawn.
 */
export function buildChunksAt(view: EditorView, positions: readonly number[]): void {
  if (view.isDestroyed || building) return;
  const chunks = unbuiltAt(view.state, positions);
  if (chunks.length === 0) return;
  building = true;
  try {
    view.dispatch(buildTransaction(view.state, chunks));
  } finally {
    building = false;
  }
}

/** The nearest ancestor that scrolls vertically: what "near the view" is measured against (null: the window). */
function scrollParent(dom: HTMLElement): HTMLElement | null {
  for (let el = dom.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return null;
}

/**
 * Watches the placeholders of one view and builds the chunks whose placeholder comes within
 * NEAR_MARGIN of the scrolling area. Node views register before the plugin's view exists (the
 * first draw), so the observer starts once the editor is in the page.
 */
class PlaceholderObserver implements PlaceholderWatch {
  private readonly positions = new Map<Element, () => number | undefined>();
  private observer: IntersectionObserver | null = null;
  view: EditorView | null = null;

  watch(dom: HTMLElement, getPos: () => number | undefined): void {
    this.positions.set(dom, getPos);
    this.observer?.observe(dom);
  }

  unwatch(dom: HTMLElement): void {
    this.positions.delete(dom);
    this.observer?.unobserve(dom);
  }

  /** Starts observing once the editor is attached to the page (idempotent). */
  connect(view: EditorView): void {
    this.view = view;
    if (this.observer || !view.dom.isConnected) return;
    this.observer = new IntersectionObserver((entries) => this.near(entries), { root: scrollParent(view.dom), rootMargin: NEAR_MARGIN });
    for (const dom of this.positions.keys()) this.observer.observe(dom);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.view = null;
  }

  private near(entries: IntersectionObserverEntry[]): void {
    const view = this.view;
    if (!view || view.isDestroyed) return;
    const positions: number[] = [];
    for (const entry of entries) {
      const pos = entry.isIntersecting ? this.positions.get(entry.target)?.() : undefined;
      // A chunk's position is just before it; one step in is inside it.
      if (pos !== undefined) positions.push(pos + 1);
    }
    buildChunksAt(view, positions);
  }
}

const observers = new WeakMap<EditorView, PlaceholderObserver>();

function observerOf(view: EditorView): PlaceholderObserver {
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new PlaceholderObserver()));
  return observer;
}

/** The clipboard's HTML writes chunks as plain blocks with their paragraphs (the schema's own chunk has none: it is the placeholder). */
function clipboardSerializerFor(schema: Schema): DOMSerializer {
  const base = DOMSerializer.fromSchema(schema);
  return new DOMSerializer({ ...base.nodes, textChunk: () => ['div', 0] }, base.marks);
}

/**
 * The plugin behind `LazyChunks`: which chunks are built (chunk 0 and the selection's at first),
 * the marks that tell the chunk views, the node view, and the watch on the placeholders.
 */
export function lazyChunksPlugin(schema: Schema): Plugin<LazyState> {
  const clipboardSerializer = clipboardSerializerFor(schema);
  return new Plugin<LazyState>({
    key: lazyChunksKey,
    state: {
      init: (_config, state) => {
        const built = new Set<number>([0]);
        for (const index of [chunkIndexAt(state.doc, state.selection.from), chunkIndexAt(state.doc, state.selection.to)]) if (index !== null) built.add(index);
        return { built, decorations: marksFor(state.doc, built) };
      },
      apply: (tr, value, _old, state) => {
        const chunks = tr.getMeta(lazyChunksKey) as readonly number[] | undefined;
        if (!chunks || chunks.every((c) => value.built.has(c))) return value;
        const built = new Set([...value.built, ...chunks]);
        return { built, decorations: marksFor(state.doc, built) };
      },
    },
    appendTransaction: (_trs, old, state) => {
      if (state.selection.eq(old.selection)) return null;
      const chunks = unbuiltAt(state, [state.selection.from, state.selection.to]);
      return chunks.length > 0 ? buildTransaction(state, chunks) : null;
    },
    props: {
      decorations: (state) => lazyChunksKey.getState(state)?.decorations ?? null,
      nodeViews: {
        textChunk: (node, view, getPos, decorations) => new LazyChunkView(node, decorations, observerOf(view), getPos),
      },
      clipboardSerializer,
      // The text copied is the canonical text: one '\n' between lines, as stored (not ProseMirror's blank line per paragraph).
      clipboardTextSerializer: (slice) => slice.content.textBetween(0, slice.content.size, '\n'),
    },
    view: (view) => {
      const observer = observerOf(view);
      observer.connect(view);
      const { domAtPos, coordsAtPos } = view;
      // What reads the DOM at a position gets it drawn first (a search jump, a suggestion, an arc's end).
      view.domAtPos = (pos, side) => (buildChunksAt(view, [pos]), domAtPos.call(view, pos, side));
      view.coordsAtPos = (pos, side) => (buildChunksAt(view, [pos]), coordsAtPos.call(view, pos, side));
      const frame = requestAnimationFrame(() => observer.connect(view));
      return {
        update: () => observer.connect(view),
        destroy: () => {
          cancelAnimationFrame(frame);
          observer.disconnect();
          Object.assign(view, { domAtPos, coordsAtPos });
        },
      };
    },
  });
}

/** The indices of the chunks drawn with their paragraphs (sorted). */
export function builtChunks(state: EditorState): number[] {
  return [...(lazyChunksKey.getState(state)?.built ?? [])].sort((a, b) => a - b);
}

/**
 * Draws only the chunks near the view: every other chunk is a placeholder of its guessed height
 * until it scrolls near (IntersectionObserver), the selection lands in it, or something asks for
 * the DOM or coordinates of a position inside it (`domAtPos`, `coordsAtPos`, `buildChunksAt`).
 * Opening a 1M-character text thus builds the DOM of a screenful or two instead of all of it.
 */
export const LazyChunks = Extension.create({
  name: 'lazyChunks',
  addProseMirrorPlugins() {
    return [lazyChunksPlugin(this.editor.schema)];
  },
});

import type { Node as PMNode } from '@tiptap/pm/model';
import type { Decoration, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { chunkHeightEm } from './textChunk';

/** The spec key of the node decoration that marks a chunk to be drawn with its paragraphs. */
export const BUILT_SPEC = 'tagwerkChunkBuilt';

/** Whether a chunk's outer decorations ask for its paragraphs to be drawn. */
export function isMarkedBuilt(decorations: readonly Decoration[]): boolean {
  return decorations.some((d) => (d.spec as Record<string, unknown>)[BUILT_SPEC] === true);
}

/** Where an unbuilt chunk reports its placeholder, so it is built once it comes near the view. */
export interface PlaceholderWatch {
  watch(dom: HTMLElement, getPos: () => number | undefined): void;
  unwatch(dom: HTMLElement): void;
}

/**
 * One chunk of paragraphs in the editor: drawn with its paragraphs (a `content-visibility: auto`
 * block) once marked built, else an empty block of the chunk's guessed height, so opening a long
 * text builds the DOM of the few chunks near the view only. ProseMirror recreates the view when
 * the mark changes (`update` answers false), which draws or drops the paragraphs.
 */
export class LazyChunkView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement | null;
  private readonly built: boolean;

  constructor(
    private node: PMNode,
    decorations: readonly Decoration[],
    private readonly placeholders: PlaceholderWatch,
    getPos: () => number | undefined,
  ) {
    this.built = isMarkedBuilt(decorations);
    this.dom = document.createElement('div');
    this.dom.className = this.built ? 'text-chunk' : 'text-chunk text-chunk-placeholder';
    const em = chunkHeightEm(node).toFixed(0);
    this.dom.setAttribute('data-height', em);
    if (this.built) this.contentDOM = this.dom;
    else {
      this.contentDOM = null;
      placeholders.watch(this.dom, getPos);
    }
  }

  /**
   * Keeps this view for the same chunk only: the text never changes, so another node is another
   * document's chunk (the window's editor shows one after another), drawn in a new element — the
   * browser keeps a drawn chunk's last height for `contain-intrinsic-size: auto`, which would size
   * the next document's chunk by this one's until it is drawn (and clamp a restored scroll).
   */
  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type || isMarkedBuilt(decorations) !== this.built || !node.eq(this.node)) return false;
    this.node = node;
    return true;
  }

  /** A placeholder has no content of its own; a built chunk's own attributes are ours, its content ProseMirror's. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (!this.built) return mutation.type !== 'selection';
    return mutation.type === 'attributes' && mutation.target === this.dom;
  }

  destroy(): void {
    if (!this.built) this.placeholders.unwatch(this.dom);
  }
}

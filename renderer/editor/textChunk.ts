import Document from '@tiptap/extension-document';
import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

/** Characters per line the size estimate assumes: the text column is at most 46rem of a 1.08rem serif. */
const CHARS_PER_LINE = 90;
/** The text's line height and paragraph gap in em (app.css: `.text-editor` line-height, `p` margin). */
const LINE_EM = 2.3;
const GAP_EM = 1.1;

/**
 * The height a chunk is guessed to have (em) until the browser has laid it out once: lines of
 * its paragraphs at full width, so the scrollbar and a restored scroll position are near right
 * while the chunks above stay skipped. Its `data-height` feeds `contain-intrinsic-size` (editor.css).
 */
export function chunkHeightEm(chunk: PMNode): number {
  let em = 0;
  chunk.forEach((paragraph) => (em += Math.max(1, Math.ceil(paragraph.content.size / CHARS_PER_LINE)) * LINE_EM + GAP_EM));
  return em;
}

/**
 * A run of paragraphs (`CHUNK_LINES` of them, see shared/text/textIndex) drawn as one
 * `content-visibility: auto` block: a change walks the chunks and then one chunk's paragraphs
 * instead of every paragraph. Its own rendering is the placeholder, an empty block of the guessed
 * height (the view's first draw, before the plugins exist); `LazyChunks` (lazyChunks.ts) draws the
 * paragraphs of the chunks near the view.
 */
export const TextChunk = Node.create({
  name: 'textChunk',
  content: 'paragraph+',
  selectable: false,
  parseHTML: () => [{ tag: 'div.text-chunk' }],
  renderHTML: ({ node }) => {
    const em = chunkHeightEm(node).toFixed(0);
    return ['div', { class: 'text-chunk text-chunk-placeholder', 'data-height': em }];
  },
});

/** The editor document: chunks of paragraphs (the positions shared/text/textIndex maps to). */
export const ChunkedDocument = Document.extend({ content: 'textChunk+' });

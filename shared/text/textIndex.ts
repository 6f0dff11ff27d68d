/**
 * Maps between ProseMirror positions in the editor document (one paragraph per line of the
 * canonical text, paragraphs grouped in chunks of `linesPerChunk`) and UTF-16 offsets into that
 * text. Line i lies in chunk c = floor(i / linesPerChunk); its paragraph opens at position
 * lineStart(i) + i + 2c + 1 and its text starts one position later, so offset o on line i is at
 * position o + i + 2c + 2; each paragraph boundary stands for one '\n'.
 */
export interface TextIndex {
  /** The editor position of a UTF-16 offset in 0..text.length (a '\n' offset is its line's end). */
  offsetToPos(offset: number): number;
  /**
   * The UTF-16 offset of an editor position. A position outside text content clamps to the
   * nearest offset: a paragraph's opening position to its first offset, its closing position to
   * its end offset, positions before 0 or past the document end to 0 or text.length.
   */
  posToOffset(pos: number): number;
  /** The number of lines (paragraphs): the number of '\n' plus one. */
  readonly lineCount: number;
  /** The size of the document content in ProseMirror positions (text.length + lineCount + 1 + 2 · chunks). */
  readonly docSize: number;
  /** The UTF-16 offset where line i starts. */
  lineStart(i: number): number;
  /** The UTF-16 offset where line i ends (its '\n', or text.length for the last line). */
  lineEnd(i: number): number;
  /** The line that holds a UTF-16 offset in 0..text.length (a '\n' belongs to the line it ends). */
  lineOfOffset(offset: number): number;
}

/** The ProseMirror JSON of one editor paragraph; empty lines have no content. */
export interface EditorParagraphJSON {
  type: 'paragraph';
  content?: [{ type: 'text'; text: string }];
}

/** The ProseMirror JSON of a run of `linesPerChunk` editor paragraphs (the last chunk may be shorter). */
export interface EditorChunkJSON {
  type: 'textChunk';
  content: EditorParagraphJSON[];
}

/** The ProseMirror JSON of the editor document. */
export interface EditorDocJSON {
  type: 'doc';
  content: EditorChunkJSON[];
}

/**
 * Paragraphs per chunk of the editor document. On a change ProseMirror walks the children of
 * every node whose decorations changed, so one level of chunks turns a walk over thousands of
 * paragraphs into one over about √n nodes, and the browser skips whole chunks off screen.
 */
export const CHUNK_LINES = 32;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The largest k with key(k) <= target, given key ascending and key(0) <= target. */
function lastAtOrBelow(count: number, target: number, key: (k: number) => number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (key(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Builds the index for one canonical text: line starts are found once, then every lookup is a
 * binary search, so mapping selections stays instant on 1M characters and 10k lines.
 */
export function createTextIndex(text: string, linesPerChunk = CHUNK_LINES): TextIndex {
  const starts = lineStartsOf(text);
  const lineCount = starts.length;
  const at = (i: number): number => starts[i] as number;
  /** Positions the chunk tokens before line i's text take: 2 per earlier chunk, 1 for its own. */
  const chunkShift = (i: number): number => 2 * Math.floor(i / linesPerChunk) + 1;
  const checkLine = (i: number): void => {
    if (!Number.isInteger(i) || i < 0 || i >= lineCount) throw new RangeError(`line ${i} is outside 0..${lineCount - 1}`);
  };
  const lineEnd = (i: number): number => (i + 1 < lineCount ? at(i + 1) - 1 : text.length);
  const lineOfOffset = (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`offset ${offset} is outside 0..${text.length}`);
    }
    return lastAtOrBelow(lineCount, offset, at);
  };
  const docSize = text.length + lineCount + 1 + 2 * Math.ceil(lineCount / linesPerChunk);
  return {
    lineCount,
    docSize,
    lineStart(i) {
      checkLine(i);
      return at(i);
    },
    lineEnd(i) {
      checkLine(i);
      return lineEnd(i);
    },
    lineOfOffset,
    offsetToPos(offset) {
      const line = lineOfOffset(offset);
      return offset + line + chunkShift(line) + 1;
    },
    posToOffset(pos) {
      if (Number.isNaN(pos)) throw new RangeError('position is NaN');
      const clamped = Math.min(Math.max(Math.floor(pos), 0), docSize);
      // Paragraph i opens at at(i) + i + chunkShift(i); find the last one opening at or before the position.
      const line = lastAtOrBelow(lineCount, clamped, (k) => at(k) + k + chunkShift(k));
      const offset = clamped - line - chunkShift(line) - 1;
      return Math.min(Math.max(offset, at(line)), lineEnd(line));
    },
  };
}

/**
 * The editor paragraphs for a canonical text as ProseMirror JSON: one paragraph per line (split
 * on '\n'), built from the text rather than HTML so no whitespace is collapsed.
 */
export function toEditorParagraphs(text: string): EditorParagraphJSON[] {
  return text.split('\n').map((line): EditorParagraphJSON => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] }));
}

/** The editor document for a canonical text as ProseMirror JSON: its paragraphs in chunks of `linesPerChunk`. */
export function toEditorDoc(text: string, linesPerChunk = CHUNK_LINES): EditorDocJSON {
  const paragraphs = toEditorParagraphs(text);
  const content: EditorChunkJSON[] = [];
  for (let i = 0; i < paragraphs.length; i += linesPerChunk) content.push({ type: 'textChunk', content: paragraphs.slice(i, i + linesPerChunk) });
  return { type: 'doc', content };
}

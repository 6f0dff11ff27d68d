import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_LINES, createTextIndex, toEditorDoc, toEditorParagraphs, type EditorDocJSON } from '@shared/text/textIndex';
import { trickyText } from './textArbitraries';

const ARTICLE = fileURLToPath(new URL('../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url));

/** Rebuilds the text from the editor JSON: paragraph texts joined by '\n'. */
function textOf(doc: EditorDocJSON): string {
  return doc.content.flatMap((chunk) => chunk.content.map((p) => (p.content ?? []).map((n) => n.text).join(''))).join('\n');
}

/**
 * Reference positions computed the way ProseMirror counts them: each chunk and each paragraph is
 * an opening token, its content, a closing token. Returns the position of every text offset and
 * the document's content size.
 */
function referencePositions(text: string, linesPerChunk = CHUNK_LINES): { positions: number[]; size: number } {
  const positions: number[] = [];
  let pos = 0;
  text.split('\n').forEach((line, i) => {
    if (i % linesPerChunk === 0) pos += i === 0 ? 1 : 2; // the previous chunk's closing token, this one's opening
    pos += 1; // the paragraph's opening token
    for (let k = 0; k <= line.length; k++) positions.push(pos + k);
    pos += line.length + 1; // characters and closing token
  });
  return { positions, size: pos + 1 };
}

/** Texts with plenty of line structure: blank lines, leading and trailing newlines. */
const linedText = fc.oneof(
  trickyText(80),
  fc.array(fc.oneof(fc.constant(''), trickyText(12)), { maxLength: 8 }).map((lines) => lines.join('\n')),
);

describe('createTextIndex', () => {
  it.each([
    // text, offset, position (one chunk: its opening token comes first)
    ['Putin', 0, 2],
    ['Putin', 5, 7],
    ['Kim\nJong-un', 3, 5],
    ['Kim\nJong-un', 4, 7],
    ['Kim\nJong-un', 11, 14],
    ['a\n\nb', 2, 5],
    ['a\n\nb', 3, 7],
    ['Straße\n', 7, 10],
    ['😀\nMu\u0308ller', 2, 4],
    ['😀\nMu\u0308ller', 5, 8],
    ['„Wladimir Putin“\n👍🏽', 21, 24],
    ['', 0, 2],
  ])('%j: offset %i <-> position %i', (text, offset, pos) => {
    const index = createTextIndex(text);
    expect(index.offsetToPos(offset)).toBe(pos);
    expect(index.posToOffset(pos)).toBe(offset);
  });

  it.each([
    // text, offset, position with two lines per chunk: each chunk boundary adds two tokens
    ['a\nb\nc', 2, 5],
    ['a\nb\nc', 3, 6],
    ['a\nb\nc', 4, 10],
    ['😀\nMu\u0308\nx', 7, 13],
    ['😀\nMu\u0308\nx', 8, 14],
    ['a\nb\n\n\n👍🏽', 6, 16],
  ])('%j in chunks of two: offset %i <-> position %i', (text, offset, pos) => {
    const index = createTextIndex(text, 2);
    expect(index.offsetToPos(offset)).toBe(pos);
    expect(index.posToOffset(pos)).toBe(offset);
  });

  it.each([
    // text, position outside text content, clamped offset
    ['Kim\nJong-un', 0, 0],
    ['Kim\nJong-un', 1, 0],
    ['Kim\nJong-un', 6, 4],
    ['Kim\nJong-un', 15, 11],
    ['Kim\nJong-un', 16, 11],
    ['Kim\nJong-un', 99, 11],
    ['Kim\nJong-un', -3, 0],
    ['a\n\nb', 4, 2],
    ['a\n\nb', 6, 3],
    ['Straße\n', 9, 7],
    ['', 3, 0],
  ])('%j: position %i clamps to offset %i', (text, pos, offset) => {
    expect(createTextIndex(text).posToOffset(pos)).toBe(offset);
  });

  it.each([
    // text, position between paragraphs or chunks (two lines per chunk), clamped offset
    ['a\nb\nc', 7, 3],
    ['a\nb\nc', 8, 3],
    ['a\nb\nc', 9, 4],
    ['😀\nMu\u0308\nx', 11, 6],
    ['😀\nMu\u0308\nx', 12, 7],
  ])('%j in chunks of two: position %i clamps to offset %i', (text, pos, offset) => {
    expect(createTextIndex(text, 2).posToOffset(pos)).toBe(offset);
  });

  it('describes lines', () => {
    const index = createTextIndex('Kim\n\nJong-un\n');
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((i) => index.lineStart(i))).toEqual([0, 4, 5, 13]);
    expect([0, 1, 2, 3].map((i) => index.lineEnd(i))).toEqual([3, 4, 12, 13]);
    expect(index.lineOfOffset(3)).toBe(0);
    expect(index.lineOfOffset(4)).toBe(1);
    expect(index.lineOfOffset(13)).toBe(3);
    expect(index.docSize).toBe(13 + 4 + 1 + 2);
    expect(createTextIndex('Kim\n\nJong-un\n', 3).docSize).toBe(13 + 4 + 1 + 4);
    expect(() => index.lineStart(4)).toThrow(RangeError);
    expect(() => index.offsetToPos(14)).toThrow(RangeError);
  });

  it('maps the built-in article: 8 paragraphs, last offset at the document end', () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const index = createTextIndex(text);
    expect(index.lineCount).toBe(toEditorParagraphs(text).length);
    // Only the last paragraph's and the last chunk's closing tokens follow the last offset.
    expect(index.offsetToPos(text.length)).toBe(index.docSize - 2);
    const putin = text.indexOf('Wladimir Putin');
    expect(index.posToOffset(index.offsetToPos(putin))).toBe(putin);
  });

  it('round-trips every offset and agrees with ProseMirror position counting, for any chunk size', () => {
    fc.assert(
      fc.property(linedText, fc.integer({ min: 1, max: 4 }), (text, linesPerChunk) => {
        const index = createTextIndex(text, linesPerChunk);
        const { positions, size } = referencePositions(text, linesPerChunk);
        expect(index.docSize).toBe(size);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(index.offsetToPos(offset)).toBe(positions[offset]);
          expect(index.posToOffset(index.offsetToPos(offset))).toBe(offset);
        }
      }),
    );
  });

  it('maps every position to an offset whose position is a nearest text position', () => {
    fc.assert(
      fc.property(linedText, fc.integer({ min: 1, max: 4 }), (text, linesPerChunk) => {
        const index = createTextIndex(text, linesPerChunk);
        const { positions } = referencePositions(text, linesPerChunk);
        for (let pos = 0; pos <= index.docSize; pos++) {
          const offset = index.posToOffset(pos);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          const nearest = Math.min(...positions.map((p) => Math.abs(p - pos)));
          expect(Math.abs(index.offsetToPos(offset) - pos)).toBe(nearest);
        }
      }),
    );
  });

  it('stays fast on 1M characters in 10k lines', () => {
    const line = 'Straße 😀 „Wladimir Putin“ sagte Kim Jong-un, Mu\u0308ller und 👍🏽 ... '.repeat(2);
    const text = Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? '' : line)).join('\n');
    const index = createTextIndex(text);
    const { positions } = referencePositions(text);
    for (let k = 0; k < 20_000; k++) {
      const offset = (k * 7919) % (text.length + 1);
      expect(index.offsetToPos(offset)).toBe(positions[offset]);
      expect(index.posToOffset(positions[offset] as number)).toBe(offset);
    }
  });
});

describe('toEditorDoc', () => {
  it('makes one paragraph per line, empty lines without content, in chunks', () => {
    expect(toEditorDoc('„Wladimir Putin“\n\nKim Jong-un\n', 3)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'textChunk',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '„Wladimir Putin“' }] }, { type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'Kim Jong-un' }] }],
        },
        { type: 'textChunk', content: [{ type: 'paragraph' }] },
      ],
    });
  });

  it.each([
    ['', 1, 1],
    ['Straße', 1, 1],
    ['\n', 2, 1],
    ['😀\nMu\u0308ller\n\n', 4, 1],
    [Array.from({ length: CHUNK_LINES + 1 }, () => 'Straße 😀').join('\n'), CHUNK_LINES + 1, 2],
  ])('%j has %i paragraphs in %i chunks and keeps its text exactly', (text, count, chunks) => {
    const doc = toEditorDoc(text);
    expect(doc.content.flatMap((chunk) => chunk.content)).toHaveLength(count);
    expect(doc.content).toHaveLength(chunks);
    expect(textOf(doc)).toBe(text);
  });

  it('rebuilds any text in chunks of any size, with no empty text nodes and no empty chunks', () => {
    fc.assert(
      fc.property(linedText, fc.integer({ min: 1, max: 4 }), (text, linesPerChunk) => {
        const doc = toEditorDoc(text, linesPerChunk);
        expect(textOf(doc)).toBe(text);
        expect(doc.content.flatMap((chunk) => chunk.content)).toHaveLength(createTextIndex(text).lineCount);
        for (const chunk of doc.content) {
          expect(chunk.content.length).toBeGreaterThan(0);
          expect(chunk.content.length).toBeLessThanOrEqual(linesPerChunk);
          for (const paragraph of chunk.content) for (const node of paragraph.content ?? []) expect(node.text).not.toBe('');
        }
      }),
    );
  });
});

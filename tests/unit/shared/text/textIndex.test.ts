import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextIndex, toEditorDoc, type EditorDocJSON } from '@shared/text/textIndex';
import { trickyText } from './textArbitraries';

const ARTICLE = fileURLToPath(new URL('../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url));

/** Rebuilds the text from the editor JSON: paragraph texts joined by '\n'. */
function textOf(doc: EditorDocJSON): string {
  return doc.content.map((p) => (p.content ?? []).map((n) => n.text).join('')).join('\n');
}

/**
 * Reference positions computed the way ProseMirror counts them: each paragraph is an opening
 * token, its characters, a closing token. Returns the position of every text offset.
 */
function referencePositions(text: string): number[] {
  const positions: number[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    pos += 1; // opening token
    for (let i = 0; i <= line.length; i++) positions.push(pos + i);
    pos += line.length + 1; // characters and closing token
  }
  return positions;
}

/** Texts with plenty of line structure: blank lines, leading and trailing newlines. */
const linedText = fc.oneof(
  trickyText(80),
  fc.array(fc.oneof(fc.constant(''), trickyText(12)), { maxLength: 8 }).map((lines) => lines.join('\n')),
);

describe('createTextIndex', () => {
  it.each([
    // text, offset, position
    ['Putin', 0, 1],
    ['Putin', 5, 6],
    ['Kim\nJong-un', 3, 4],
    ['Kim\nJong-un', 4, 6],
    ['Kim\nJong-un', 11, 13],
    ['a\n\nb', 2, 4],
    ['a\n\nb', 3, 6],
    ['Straße\n', 7, 9],
    ['😀\nMu\u0308ller', 2, 3],
    ['😀\nMu\u0308ller', 5, 7],
    ['„Wladimir Putin“\n👍🏽', 21, 23],
    ['', 0, 1],
  ])('%j: offset %i <-> position %i', (text, offset, pos) => {
    const index = createTextIndex(text);
    expect(index.offsetToPos(offset)).toBe(pos);
    expect(index.posToOffset(pos)).toBe(offset);
  });

  it.each([
    // text, position outside text content, clamped offset
    ['Kim\nJong-un', 0, 0],
    ['Kim\nJong-un', 5, 4],
    ['Kim\nJong-un', 14, 11],
    ['Kim\nJong-un', 99, 11],
    ['Kim\nJong-un', -3, 0],
    ['a\n\nb', 3, 2],
    ['a\n\nb', 5, 3],
    ['Straße\n', 8, 7],
    ['', 2, 0],
  ])('%j: position %i clamps to offset %i', (text, pos, offset) => {
    expect(createTextIndex(text).posToOffset(pos)).toBe(offset);
  });

  it('describes lines', () => {
    const index = createTextIndex('Kim\n\nJong-un\n');
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((i) => index.lineStart(i))).toEqual([0, 4, 5, 13]);
    expect([0, 1, 2, 3].map((i) => index.lineEnd(i))).toEqual([3, 4, 12, 13]);
    expect(index.lineOfOffset(3)).toBe(0);
    expect(index.lineOfOffset(4)).toBe(1);
    expect(index.lineOfOffset(13)).toBe(3);
    expect(index.docSize).toBe(13 + 4 + 1);
    expect(() => index.lineStart(4)).toThrow(RangeError);
    expect(() => index.offsetToPos(14)).toThrow(RangeError);
  });

  it('maps the built-in article: 8 paragraphs, last offset at the document end', () => {
    const text = readFileSync(ARTICLE, 'utf8');
    const index = createTextIndex(text);
    expect(index.lineCount).toBe(toEditorDoc(text).content.length);
    expect(index.offsetToPos(text.length)).toBe(index.docSize - 1);
    const putin = text.indexOf('Wladimir Putin');
    expect(index.posToOffset(index.offsetToPos(putin))).toBe(putin);
  });

  it('round-trips every offset and agrees with ProseMirror position counting', () => {
    fc.assert(
      fc.property(linedText, (text) => {
        const index = createTextIndex(text);
        const positions = referencePositions(text);
        expect(index.docSize).toBe((positions.at(-1) as number) + 1);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(index.offsetToPos(offset)).toBe(positions[offset]);
          expect(index.posToOffset(index.offsetToPos(offset))).toBe(offset);
        }
      }),
    );
  });

  it('maps every position to an offset whose position is the nearest text position', () => {
    fc.assert(
      fc.property(linedText, (text) => {
        const index = createTextIndex(text);
        for (let pos = 0; pos <= index.docSize; pos++) {
          const offset = index.posToOffset(pos);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          expect(Math.abs(index.offsetToPos(offset) - pos)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('stays fast on 1M characters in 10k lines', () => {
    const line = 'Straße 😀 „Wladimir Putin“ sagte Kim Jong-un, Mu\u0308ller und 👍🏽 ... '.repeat(2);
    const text = Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? '' : line)).join('\n');
    const index = createTextIndex(text);
    const positions = referencePositions(text);
    for (let k = 0; k < 20_000; k++) {
      const offset = (k * 7919) % (text.length + 1);
      expect(index.offsetToPos(offset)).toBe(positions[offset]);
      expect(index.posToOffset(positions[offset] as number)).toBe(offset);
    }
  });
});

describe('toEditorDoc', () => {
  it('makes one paragraph per line, empty lines without content', () => {
    expect(toEditorDoc('„Wladimir Putin“\n\nKim Jong-un\n')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '„Wladimir Putin“' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Kim Jong-un' }] },
        { type: 'paragraph' },
      ],
    });
  });

  it.each([
    ['', 1],
    ['Straße', 1],
    ['\n', 2],
    ['😀\nMu\u0308ller\n\n', 4],
  ])('%j has %i paragraphs and keeps its text exactly', (text, count) => {
    const doc = toEditorDoc(text);
    expect(doc.content).toHaveLength(count);
    expect(textOf(doc)).toBe(text);
  });

  it('rebuilds any text, with no empty text nodes', () => {
    fc.assert(
      fc.property(linedText, (text) => {
        const doc = toEditorDoc(text);
        expect(textOf(doc)).toBe(text);
        expect(doc.content).toHaveLength(createTextIndex(text).lineCount);
        for (const paragraph of doc.content) {
          for (const node of paragraph.content ?? []) expect(node.text).not.toBe('');
        }
      }),
    );
  });
});

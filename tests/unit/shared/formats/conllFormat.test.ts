import { describe, expect, it } from 'vitest';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { conllLevels } from '@shared/formats/conllLevels';
import { conllFormat, writeConll } from '@shared/formats/conllFormat';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { tokenizeGerman } from '@shared/text/germanTokenizer';
import { documentIdOf } from '@shared/text/documentId';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { PARSE_OPTIONS } from './formatTestData';
import { loadDataset, MIXED_FIXTURE } from './formatTestSupport';

/** A document block as the test reader sees it: tokens and, per column, spans over token indices. */
interface ReadBlock {
  readonly tokens: string[];
  readonly spans: string[];
}

/**
 * A small CoNLL reader, independent of the writer: splits at `-DOCSTART-`, takes one token per
 * non-blank line (token, outer, inner), and rebuilds every span of both columns from B-/I- runs.
 */
function readConll(content: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const line of content.split('\n')) {
    const cells = line.split('\t');
    if (cells[0] === '-DOCSTART-') {
      blocks.push({ tokens: [], spans: [] });
      continue;
    }
    if (line === '') continue;
    expect(cells).toHaveLength(3);
    const block = blocks[blocks.length - 1] as ReadBlock;
    block.tokens.push(cells[0] as string);
  }
  // Second pass per column: B- opens a span, I- continues the open one of the same label, anything else closes it.
  let b = -1;
  const open: Array<{ first: number; label: string } | undefined> = [undefined, undefined];
  let index = 0;
  const close = (block: ReadBlock, column: number, last: number): void => {
    const span = open[column];
    if (span !== undefined) block.spans.push(`${column === 0 ? 'outer' : 'inner'} ${span.label} ${block.tokens.slice(span.first, last + 1).join(' ')}`);
    open[column] = undefined;
  };
  for (const line of content.split('\n')) {
    const cells = line.split('\t');
    if (cells[0] === '-DOCSTART-' || line === '') {
      const block = blocks[b];
      if (block !== undefined) [0, 1].forEach((c) => close(block, c, index - 1));
      if (cells[0] === '-DOCSTART-') {
        b++;
        index = 0;
      }
      continue;
    }
    const block = blocks[b] as ReadBlock;
    [1, 2].forEach((cell, column) => {
      const tag = cells[cell] as string;
      const current = open[column];
      if (tag.startsWith('I-') && current !== undefined && current.label === tag.slice(2)) return;
      close(block, column, index - 1);
      if (tag.startsWith('B-')) open[column] = { first: index, label: tag.slice(2) };
      else expect(tag).toBe('O');
    });
    index++;
  }
  const last = blocks[b];
  if (last !== undefined) [0, 1].forEach((c) => close(last, c, index - 1));
  return blocks;
}

function datasetOf(text: string, spans: ReadonlyArray<[number, number, string]>): TagwerkDataset {
  const cps = Array.from(text);
  const result = validateTagwerkDataset({
    format: 'tagwerk.dataset', version: 1, exportedAt: PARSE_OPTIONS.exportedAt, annotator: 'kim', offsetUnit: 'codepoint',
    labels: [{ id: 'claim', name: 'Claim' }, { id: 'quote', name: 'Quote' }, { id: 'date', name: 'Date' }, { id: 'actor', name: 'Actor' }],
    documents: [{
      id: documentIdOf(text), title: 't', language: 'de', source: 'doc.txt', text,
      annotations: spans.map(([start, end, label], i) => ({ id: `a${i}`, label, start, end, text: cps.slice(start, end).join(''), annotator: 'kim' })),
    }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** Every span of a dataset that lies on whole tokens, as "label token token…", per document and annotator. */
function wholeTokenSpans(dataset: TagwerkDataset): string[][] {
  return dataset.documents.flatMap((d) => {
    const tokens = tokenizeGerman(d.text);
    const converter = createOffsetConverter(d.text);
    const annotators = [...new Set(d.annotations.map((a) => a.annotator))].sort();
    return annotators.map((annotator) =>
      d.annotations.filter((a) => a.annotator === annotator).flatMap((a) => {
        const start = converter.codePointToUtf16(a.start);
        const end = converter.codePointToUtf16(a.end);
        const covered = tokens.filter((t) => t.start >= start && t.end <= end);
        const whole = covered.length > 0 && covered[0]?.start === start && covered[covered.length - 1]?.end === end;
        return whole ? [`${a.label} ${covered.map((t) => d.text.slice(t.start, t.end)).join(' ')}`] : [];
      }).sort(),
    );
  });
}

describe('conll export', () => {
  it('writes -DOCSTART-, one token per line with outer and inner tag, a blank line after each sentence', () => {
    const text = 'Kanzlerin Merkel sagte am 3. März: „Wir schaffen das.“ Dann ging sie.';
    const { content, report } = writeConll(datasetOf(text, [[0, 16, 'actor'], [10, 16, 'actor'], [23, 33, 'date'], [35, 54, 'quote']]));
    expect(content).toBe([
      '-DOCSTART-\tO\tO', '',
      'Kanzlerin\tB-actor\tO', 'Merkel\tI-actor\tB-actor', 'sagte\tO\tO', 'am\tB-date\tO', '3.\tI-date\tO', 'März\tI-date\tO', ':\tO\tO',
      '„\tB-quote\tO', 'Wir\tI-quote\tO', 'schaffen\tI-quote\tO', 'das\tI-quote\tO', '.\tI-quote\tO', '“\tI-quote\tO', '',
      'Dann\tO\tO', 'ging\tO\tO', 'sie\tO\tO', '.\tO\tO', '', '',
    ].join('\n'));
    expect(report).toEqual({ expanded: 0, deeper: 0, crossing: 0, noToken: 0 });
  });

  it('is read back by the test reader with every whole-token span of every annotator (emoji, NFD, nesting)', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const { content, report } = writeConll(dataset);
    const read = readConll(content).map((b) => b.spans.map((s) => s.replace(/^(outer|inner) /, '')).sort());
    const expected = wholeTokenSpans(dataset);
    const dropped = report.deeper + report.crossing;
    expect(read).toHaveLength(expected.length);
    const missing = expected.flatMap((spans, i) => spans.filter((s) => !(read[i] ?? []).includes(s)));
    expect(report).toEqual({ expanded: 0, deeper: 0, crossing: 1, noToken: 0 });
    expect(missing).toHaveLength(dropped);
    expect(content).toContain('📰\tO\tO\n');
    expect(content).toContain('Mu\u0308ller');
  });

  it('reads back every span of the gold article, which nests no deeper than two levels', () => {
    const dataset = loadDataset('tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json');
    const { content, report } = writeConll(dataset);
    expect(report).toEqual({ expanded: 0, deeper: 0, crossing: 0, noToken: 0 });
    expect(readConll(content).map((b) => b.spans.map((s) => s.replace(/^(outer|inner) /, '')).sort())).toEqual(wholeTokenSpans(dataset));
  });

  it('widens a span inside a word to the whole token and counts it', () => {
    const { content, report } = writeConll(datasetOf('Die Bundesregierung tagte.', [[4, 10, 'actor']]));
    expect(content).toContain('Bundesregierung\tB-actor\tO\n');
    expect(report.expanded).toBe(1);
  });

  it('drops a third level and a crossing span and counts each', () => {
    const text = 'a b c d e f';
    const { content, report } = writeConll(datasetOf(text, [[0, 11, 'claim'], [2, 7, 'quote'], [4, 5, 'actor'], [6, 11, 'date']]));
    expect(report).toMatchObject({ deeper: 1, crossing: 1 });
    expect(readConll(content)[0]?.spans.sort()).toEqual(['inner quote b c d', 'outer claim a b c d e f']);
  });

  it('never splits a sentence inside a span', () => {
    const { content } = writeConll(datasetOf('Er sagte: Es kam. Dann ging er.', [[10, 23, 'quote']]));
    expect(content).not.toContain('kam\tI-quote\tO\n.\tI-quote\tO\n\n');
    expect(content).toContain('.\tI-quote\tO\nDann\tI-quote\tO\n');
  });

  it('writes a block per annotator and refuses to import', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    expect(writeConll(dataset).content.match(/^-DOCSTART-/gm)).toHaveLength(4);
    expect(conllFormat.parse('x', PARSE_OPTIONS).ok).toBe(false);
  });
});

describe('conllLevels', () => {
  it('puts the longest span first on the outer column and a nested one on the inner', () => {
    const levels = conllLevels([{ first: 1, last: 1, label: 'actor' }, { first: 0, last: 3, label: 'claim' }]);
    expect(levels.outer.map((s) => s.label)).toEqual(['claim']);
    expect(levels.inner.map((s) => s.label)).toEqual(['actor']);
  });

  it('stacks two spans over the same tokens as outer and inner, a third one is deeper', () => {
    const levels = conllLevels([{ first: 0, last: 1, label: 'quote' }, { first: 0, last: 1, label: 'claim' }, { first: 0, last: 1, label: 'actor' }]);
    expect([levels.outer.map((s) => s.label), levels.inner.map((s) => s.label), levels.deeper]).toEqual([['actor'], ['claim'], 1]);
  });
});

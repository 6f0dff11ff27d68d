import { describe, expect, it } from 'vitest';
import { canonicalDataset, canonicalizedLine } from '@shared/formats/canonicalDataset';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength, codePointSlice } from '@shared/text/offsetConverter';

/** A text as a Windows tool writes it: BOM, CR LF, an emoji and an NFD umlaut before the tags. */
const RAW = '\uFEFFGut 👍🏽 gemacht.\r\nMu\u0308ller sagte: „Wir handeln.“\r\nPutin schwieg.';

interface Span { id: string; label: string; quote: string; annotator?: string; note?: string }

function span(text: string, s: Span) {
  const start = codePointLength(text.slice(0, text.indexOf(s.quote)));
  return { id: s.id, label: s.label, start, end: start + codePointLength(s.quote), text: s.quote, prefix: 'alt', annotator: s.annotator ?? 'jonas', ...(s.note !== undefined && { note: s.note }) };
}

function dataset(documents: { text: string; spans: Span[]; relations?: unknown[] }[], annotator = 'jonas'): TagwerkDataset {
  const result = validateTagwerkDataset({
    format: 'tagwerk.dataset',
    version: 2,
    exportedAt: '2026-11-20T12:00:00.000Z',
    annotator,
    offsetUnit: 'codepoint',
    labels: [{ id: 'quote', name: 'Quote' }, { id: 'actor', name: 'Actor' }],
    relationTypes: [{ id: 'source', name: 'Source', from: ['quote'], to: ['actor'] }],
    documents: documents.map((d, i) => ({
      id: documentIdOf(d.text), title: `Artikel ${i}`, language: 'de', source: `a${i}.txt`, text: d.text,
      annotations: d.spans.map((s) => span(d.text, s)), relations: d.relations ?? [],
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('canonicalDataset', () => {
  it('makes the text canonical, derives the id again and maps every span exactly (emoji and NFD umlaut before them)', () => {
    const input = dataset([{
      text: RAW,
      spans: [{ id: 'm', label: 'actor', quote: 'Mu\u0308ller' }, { id: 'q', label: 'quote', quote: '„Wir handeln.“' }, { id: 'p', label: 'actor', quote: 'Putin' }],
      relations: [{ id: 'r1', type: 'source', from: 'q', to: 'm', annotator: 'jonas' }],
    }]);
    const result = canonicalDataset(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [doc] = result.dataset.documents;
    const text = canonicalizeText(RAW);
    expect(doc!.text).toBe(text);
    expect(doc!.id).toBe(documentIdOf(text));
    for (const a of doc!.annotations) expect(codePointSlice(text, a.start, a.end)).toBe(a.text);
    expect(doc!.annotations.map((a) => a.text)).toEqual(['Müller', '„Wir handeln.“', 'Putin']);
    // Context comes from the canonical text (32 code points), where the file had other context.
    expect(doc!.annotations[2]!.prefix).toBe(text.slice(text.indexOf('Putin') - 32, text.indexOf('Putin')));
    expect(doc!.relations).toEqual(input.documents[0]!.relations);
    // The result is a valid dataset again (ids, quotes, relations).
    expect(validateTagwerkDataset(JSON.parse(JSON.stringify(result.dataset))).ok).toBe(true);
    expect(result.canonicalized).toEqual([{ path: 'documents[0]', title: 'Artikel 0', from: input.documents[0]!.id, to: doc!.id, changes: { bom: true, lineEnds: 2, nfc: true }, spansMapped: 3 }]);
    expect(canonicalizedLine(result.canonicalized[0]!)).toContain('2 CR line ends → LF, NFC, byte-order mark removed');
  });

  it('leaves a canonical dataset as it is and says nothing', () => {
    const input = dataset([{ text: canonicalizeText(RAW), spans: [{ id: 'p', label: 'actor', quote: 'Putin' }] }]);
    const result = canonicalDataset(input);
    expect(result).toEqual({ ok: true, dataset: input, canonicalized: [] });
  });

  it('joins two copies of one article (CR LF and LF) into one document with both sets of tags', () => {
    const lf = canonicalizeText(RAW);
    const result = canonicalDataset(dataset([
      { text: RAW, spans: [{ id: 'p1', label: 'actor', quote: 'Putin' }] },
      { text: lf, spans: [{ id: 'p2', label: 'actor', quote: 'Putin', annotator: 'kim' }] },
    ]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents).toHaveLength(1);
    expect(result.dataset.documents[0]!.annotations.map((a) => [a.id, a.annotator, a.start])).toEqual([['p1', 'jonas', 45], ['p2', 'kim', 45]]);
  });

  it.each([
    ['a span ending between CR and LF', 'eins\r\nzwei', 'eins\r', 'documents[0].annotations[0].end', 'between the CR and the LF'],
    ['a span starting inside an NFD letter', 'Herr Mu\u0308ller', '\u0308ller', 'documents[0].annotations[0].start', 'inside a character that NFC writes as one code point'],
    ['a span over nothing but the BOM', '\uFEFFText', '\uFEFF', 'documents[0].annotations[0]', 'nothing but a byte-order mark'],
  ])('refuses %s with its path, changing nothing', (_name, text, quote, path, words) => {
    const result = canonicalDataset(dataset([{ text, spans: [{ id: 'x', label: 'actor', quote }] }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe(path);
    expect(result.problems[0]!.message).toContain(words);
  });

  it('writes annotator names in NFC, so "Jörg" typed two ways is one colleague', () => {
    const nfd = 'Jo\u0308rg';
    const result = canonicalDataset(dataset([{ text: 'Putin schwieg.', spans: [{ id: 'p', label: 'actor', quote: 'Putin', annotator: nfd }] }], nfd));
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.annotator).toBe('Jörg');
    expect(result.dataset.documents[0]!.annotations[0]!.annotator).toBe('Jörg');
  });

  it('trims annotator names too: "Jörg " (NFD, trailing space) and "Jörg" are one colleague', () => {
    const padded = 'Jo\u0308rg  ';
    const result = canonicalDataset(
      dataset([{ text: 'Putin schwieg. Müller 😀 sprach.', spans: [{ id: 'p', label: 'actor', quote: 'Putin', annotator: padded }, { id: 'm', label: 'actor', quote: 'Müller', annotator: 'Jörg' }] }], padded),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.annotator).toBe('Jörg');
    expect(new Set(result.dataset.documents[0]!.annotations.map((a) => a.annotator))).toEqual(new Set(['Jörg']));
  });

  it('stores notes of tags and relations in NFC, as a typed note is (the text itself already canonical)', () => {
    const text = 'Müller 😀 sagte: „Wir handeln.“';
    const input = dataset([{
      text,
      spans: [{ id: 'q', label: 'quote', quote: '„Wir handeln.“', note: 'Zitat von Mu\u0308ller 😀' }, { id: 'm', label: 'actor', quote: 'Müller', note: 'schon NFC' }],
      relations: [{ id: 'r', type: 'source', from: 'q', to: 'm', annotator: 'jonas', note: 'Quelle: Mu\u0308ller' }],
    }]);
    const result = canonicalDataset(input);
    if (!result.ok) throw new Error('refused');
    const doc = result.dataset.documents[0]!;
    expect(doc.annotations.map((a) => [a.id, a.note])).toEqual([['q', 'Zitat von M\u00fcller 😀'], ['m', 'schon NFC']]);
    expect(doc.relations?.map((r) => r.note)).toEqual(['Quelle: M\u00fcller']);
    // Only the notes changed: offsets and quotes are the file's.
    expect(doc.annotations.map((a) => [a.start, a.end, a.text])).toEqual(input.documents[0]!.annotations.map((a) => [a.start, a.end, a.text]));
    expect(result.canonicalized).toEqual([]);
  });
});

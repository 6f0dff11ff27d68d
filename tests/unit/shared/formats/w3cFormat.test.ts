import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '../../../../shared/formats/formatProblem';
import { serializeW3c, w3cFormat } from '../../../../shared/formats/w3cFormat';
import { annotationIdFromIri, annotationIri } from '../../../../shared/formats/w3cIris';
import { documentIdOf } from '../../../../shared/text/documentId';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';
import { repoPath } from './formatTestSupport';

const SAMPLES = 'tests/conformance/w3c-annotation-model/samples';
const SAMPLE_TEXT = readFileSync(repoPath(`${SAMPLES}/text.txt`), 'utf8');
const SAMPLE_SOURCE = 'urn:sha256:a819d3f4ee2639ccd9363036c780ff5afffd4bd05e817f87083cad4ca2ddef44';
const texts = new Map([[documentIdOf(SMALL_TEXT), SMALL_TEXT], [SAMPLE_SOURCE, SAMPLE_TEXT]]);

describe('W3C Web Annotation export', () => {
  const collection = JSON.parse(serializeW3c(smallDataset())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('is one AnnotationCollection with its first page embedded and the annotations in its items', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:tagwerk:export:2026-11-20T12:00:00.000Z',
      type: 'AnnotationCollection',
      creator: { id: 'urn:tagwerk:annotator:kim', type: 'Person', name: 'kim' },
      created: '2026-11-20T12:00:00.000Z',
      total: 3,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items).toHaveLength(3);
  });

  it('writes each annotation as a tagging TextualBody on a quote + code-point position target of the document id', () => {
    expect(collection.first.items[2]).toEqual({
      id: 'urn:tagwerk:annotation:a3',
      type: 'Annotation',
      motivation: 'tagging',
      creator: { id: 'urn:tagwerk:annotator:jonas', type: 'Person', name: 'jonas' },
      body: { type: 'TextualBody', purpose: 'tagging', value: 'actor' },
      target: {
        source: documentIdOf(SMALL_TEXT),
        selector: [
          { type: 'TextQuoteSelector', exact: 'Mu\u0308ller', prefix: '😀 Kim sagte: „Ja.“\n', suffix: ' schwieg.' },
          { type: 'TextPositionSelector', start: 19, end: 26 },
        ],
      },
    });
  });

  it('adds a note as a second, commenting body', () => {
    expect(collection.first.items[1].body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      { type: 'TextualBody', purpose: 'commenting', value: 'kurz' },
    ]);
  });

  it('gives annotation ids IRIs and reads them back exactly (UUIDs as urn:uuid)', () => {
    expect(annotationIri('0b6c2f0e-6d8a-4c43-9a61-3f1e2d4c5b01')).toBe('urn:uuid:0b6c2f0e-6d8a-4c43-9a61-3f1e2d4c5b01');
    expect(annotationIri('kim 001/ä')).toBe('urn:tagwerk:annotation:kim%20001%2F%C3%A4');
    expect(annotationIri('https://example.org/anno/1')).toBe('https://example.org/anno/1');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.uuid(), fc.webUrl(), fc.string().map((s) => `urn:uuid:${s}`), fc.string().map((s) => `urn:tagwerk:annotation:${s}`)), (id) => {
      expect(annotationIdFromIri(annotationIri(id))).toBe(id);
      expect(annotationIri(id)).not.toMatch(/\s/);
    }));
  });
});

describe('W3C Web Annotation import', () => {
  it.each(['annotation.json', 'annotations-array.json', 'page.json', 'collection.json'])('reads the valid sample %s against its text', (file) => {
    const result = w3cFormat.parse(readFileSync(repoPath(`${SAMPLES}/valid/${file}`), 'utf8'), { ...PARSE_OPTIONS, texts });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [doc] = result.dataset.documents;
    expect(doc?.id).toBe(documentIdOf(SAMPLE_TEXT));
    expect(doc?.annotations.every((a) => a.annotator === 'kim' && a.id.startsWith('5b1c7a1e-'))).toBe(true);
    expect(doc?.annotations.map((a) => a.text)).toContain(file === 'annotation.json' ? 'Umweltministerin Jana Weißgerber' : 'Landesamt für Umwelt');
  });

  it.each([
    ['utf16-offsets.json', /reads .* but the file quotes/],
    ['quote-mismatch.json', /reads .* but the file quotes/],
    ['no-target.json', /not a Web Annotation with an id and a target/],
  ])('rejects the invalid sample %s', (file, message) => {
    const result = w3cFormat.parse(readFileSync(repoPath(`${SAMPLES}/invalid/${file}`), 'utf8'), { ...PARSE_OPTIONS, texts });
    expect(!result.ok && result.problems.map(formatProblemLine).join('\n')).toMatch(message);
  });

  it('needs the text of every document, since the export does not hold it', () => {
    const result = w3cFormat.parse(serializeW3c(smallDataset()), PARSE_OPTIONS);
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual([
      `items[0]: no text given for document ${documentIdOf(SMALL_TEXT)} (a W3C export does not contain the texts)`,
    ]);
  });

  it('reports annotations without a tagging body or a position selector, and an empty collection', () => {
    const base = JSON.parse(serializeW3c(smallDataset())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    base.first.items[0].body = { type: 'TextualBody', purpose: 'commenting', value: 'x' };
    base.first.items[1].target.selector = [base.first.items[1].target.selector[0]];
    const result = w3cFormat.parse(JSON.stringify(base), { texts });
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual([
      'items[0]: annotation urn:tagwerk:annotation:a1 has no TextualBody with purpose "tagging" holding the label',
      'items[1]: annotation urn:tagwerk:annotation:a2 has no TextPositionSelector with start and end',
    ]);
    const empty = w3cFormat.parse(JSON.stringify({ ...base, total: 0, first: { ...base.first, items: [] } }), { texts });
    expect(!empty.ok && empty.problems.map(formatProblemLine)).toEqual(['the file holds no annotation']);
  });

  it("takes annotator and export time from the collection's creator and created", () => {
    const result = w3cFormat.parse(serializeW3c(smallDataset()), { texts });
    expect(result.ok && [result.dataset.annotator, result.dataset.exportedAt]).toEqual(['kim', '2026-11-20T12:00:00.000Z']);
  });
});

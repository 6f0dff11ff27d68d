import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { serializeW3c, w3cFormat } from '@shared/formats/w3cFormat';
import { annotationIdFromIri, annotationIri } from '@shared/formats/w3cIris';
import { documentIdOf } from '@shared/text/documentId';
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
      `items[0]: no text given for document ${documentIdOf(SMALL_TEXT)} (a W3C export does not contain the texts; give it with --text)`,
    ]);
  });

  it('counts annotations without a label as losses, and reports one without a text selector or with a quote that is not in the text', () => {
    const base = JSON.parse(serializeW3c(smallDataset())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    base.first.items[0].body = { type: 'TextualBody', purpose: 'commenting', value: 'x' };
    const commentOnly = w3cFormat.parse(JSON.stringify(base), { texts });
    expect(commentOnly.ok && commentOnly.losses).toEqual([{ kind: 'comment', count: 1, first: 'items[0]' }]);
    base.first.items[1].target.selector = [{ type: 'FragmentSelector', value: 'p=1' }];
    base.first.items[2].target.selector = [{ type: 'TextQuoteSelector', exact: 'Meier' }];
    const result = w3cFormat.parse(JSON.stringify(base), { texts });
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual([
      'items[1]: annotation urn:tagwerk:annotation:a2 has neither a TextPositionSelector (start, end) nor a TextQuoteSelector (exact)',
      `items[2]: the quote "Meier" does not occur in the text of ${documentIdOf(SMALL_TEXT)}`,
    ]);
    const empty = w3cFormat.parse(JSON.stringify({ ...base, total: 0, first: { ...base.first, items: [] } }), { texts });
    expect(!empty.ok && empty.problems.map(formatProblemLine)).toEqual(['the file holds no annotation']);
  });

  it("takes annotator and export time from the collection's creator and created", () => {
    const result = w3cFormat.parse(serializeW3c(smallDataset()), { texts });
    expect(result.ok && [result.dataset.annotator, result.dataset.exportedAt]).toEqual(['kim', '2026-11-20T12:00:00.000Z']);
  });

  it('anchors a TextQuoteSelector alone by exact, prefix and suffix (the occurrence whose context matches, after an emoji and across NFD)', () => {
    const text = 'Kim 😀 sagte Ja. Mu\u0308ller sagte Ja. Kim sagte Nein.';
    const annotation = (exact: string, prefix?: string, suffix?: string) => ({
      id: 'urn:uuid:5b1c7a1e-0000-4000-8000-0000000000aa',
      type: 'Annotation',
      bodyValue: 'quote',
      motivation: 'tagging',
      target: { source: 'https://example.org/artikel', selector: { type: 'TextQuoteSelector', exact, ...(prefix !== undefined && { prefix }), ...(suffix !== undefined && { suffix }) } },
    });
    const read = (a: object) => w3cFormat.parse(JSON.stringify(a), { ...PARSE_OPTIONS, anyTexts: [text] });
    const at = (r: ReturnType<typeof read>) => (r.ok ? r.dataset.documents[0]?.annotations.map((a) => [a.start, a.end, a.text, a.label]) : r.problems);
    expect(at(read(annotation('sagte Ja.')))).toEqual([[6, 15, 'sagte Ja.', 'quote']]);
    expect(at(read(annotation('sagte Ja.', 'Mu\u0308ller ')))).toEqual([[24, 33, 'sagte Ja.', 'quote']]);
    expect(at(read(annotation('Kim', undefined, ' sagte Nein')))).toEqual([[34, 37, 'Kim', 'quote']]);
  });

  it('accepts bodyValue and TextualBody bodies, one span per tagging body, and counts other bodies', () => {
    const one = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/7',
      type: 'Annotation',
      motivation: 'tagging',
      body: [{ type: 'TextualBody', value: 'actor' }, { type: 'TextualBody', purpose: 'tagging', value: 'quote' }, { type: 'TextualBody', purpose: 'commenting', value: 'prüfen' }, { id: 'https://de.wikipedia.org/wiki/Kim', type: 'SpecificResource' }],
      target: { source: documentIdOf(SMALL_TEXT), selector: [{ type: 'TextPositionSelector', start: 2, end: 5 }] },
    };
    const result = w3cFormat.parse(JSON.stringify(one), { ...PARSE_OPTIONS, texts });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents[0]?.annotations.map((a) => [a.label, a.text, a.note])).toEqual([['actor', 'Kim', 'prüfen'], ['quote', 'Kim', 'prüfen']]);
    expect(result.losses).toEqual([{ kind: 'body', count: 1, first: 'items[0]' }]);
    const withBodyValue = w3cFormat.parse(JSON.stringify({ ...one, body: undefined, bodyValue: 'date' }), { ...PARSE_OPTIONS, texts });
    expect(withBodyValue.ok && withBodyValue.dataset.documents[0]?.annotations.map((a) => a.label)).toEqual(['date']);
  });

  it('takes the text of a urn:sha256: or any other source from the given texts (--text), checking a sha256 against the text', () => {
    const sample = readFileSync(repoPath(`${SAMPLES}/valid/annotation.json`), 'utf8');
    const fromAny = w3cFormat.parse(sample, { ...PARSE_OPTIONS, anyTexts: ['Ein anderer Text.', SAMPLE_TEXT] });
    expect(fromAny.ok && fromAny.dataset.documents[0]?.id).toBe(documentIdOf(SAMPLE_TEXT));
    const wrong = w3cFormat.parse(sample, { ...PARSE_OPTIONS, anyTexts: ['Ein anderer Text.'] });
    expect(!wrong.ok && wrong.problems.map(formatProblemLine)[0]).toMatch(/^items\[0\]: no text given for document urn:sha256:a819/);
  });

  it('writes prefix and suffix of at most 32 code points and 32 UTF-16 units, never half an emoji', () => {
    const before = '😀'.repeat(40);
    const text = `${before}Kim${'👍🏽'.repeat(20)}`;
    const dataset = smallDataset();
    const doc = { ...dataset.documents[0], id: documentIdOf(text), text, annotations: [{ id: 'k', label: 'actor', start: 40, end: 43, text: 'Kim', annotator: 'kim' }] };
    const out = JSON.parse(serializeW3c({ ...dataset, documents: [doc] } as typeof dataset)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const quote = out.first.items[0].target.selector[0] as { prefix: string; suffix: string };
    expect([quote.prefix.length, Array.from(quote.prefix).length]).toEqual([32, 16]);
    expect(quote.suffix.length).toBeLessThanOrEqual(32);
    expect(quote.suffix).toBe('👍🏽'.repeat(8));
    expect(w3cFormat.parse(JSON.stringify(out), { texts: new Map([[documentIdOf(text), text]]) }).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { spacyFormat } from '@shared/formats/spacyFormat';
import { documentIdOf } from '@shared/text/documentId';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';

describe('spaCy / Prodigy JSONL', () => {
  it('writes a line per document and annotator: text, code-point spans in text order, meta with the document id and the annotator', () => {
    const meta = `"id":"${documentIdOf(SMALL_TEXT)}","title":"Klein","language":"de","source":"klein.txt"`;
    expect(spacyFormat.serialize(smallDataset())).toBe(
      `{"text":${JSON.stringify(SMALL_TEXT)},"spans":[{"start":19,"end":26,"label":"actor"}],"meta":{${meta},"annotator":"jonas"}}\n` +
        `{"text":${JSON.stringify(SMALL_TEXT)},"spans":[{"start":2,"end":5,"label":"actor"},{"start":13,"end":18,"label":"quote"}],"meta":{${meta},"annotator":"kim"}}\n`,
    );
  });

  it('never writes one span twice for one annotator, and counts accepted choices and Prodigy relations without head_span/child_span as losses', () => {
    const dataset = smallDataset();
    const doc = dataset.documents[0];
    if (doc === undefined) throw new Error('no document');
    const twice = { ...dataset, documents: [{ ...doc, annotations: [...doc.annotations, { ...(doc.annotations[1] as (typeof doc.annotations)[number]), id: 'a1-copy' }] }] };
    expect(spacyFormat.serialize(twice)).toBe(spacyFormat.serialize(dataset));
    const prodigy = { text: 'Kim 😀 kam.', spans: [{ start: 0, end: 3, label: 'PER' }], relations: [{ head: 0, child: 0, label: 'self' }], accept: ['POLITIK'] };
    const result = spacyFormat.parse(JSON.stringify(prodigy), PARSE_OPTIONS);
    expect(result.ok && result.losses.map((l) => [l.kind, l.count])).toEqual([['choice', 1], ['relation', 1]]);
  });

  it('reads Prodigy records without meta or spans, ignoring extra keys', () => {
    const input = `${JSON.stringify({ text: 'Kim 😀 kam.', spans: [{ start: 0, end: 3, label: 'PERSON', token_start: 0, token_end: 0 }], _input_hash: 1, answer: 'accept' })}\n{"text": "Nichts."}\n`;
    const result = spacyFormat.parse(input, PARSE_OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents.map((d) => [d.title, d.source, d.annotations.map((a) => a.text)])).toEqual([
      ['Kim 😀 kam.', 'import.jsonl', ['Kim']],
      ['Nichts.', 'import.jsonl', []],
    ]);
  });

  it('reports spans outside the text with their line, and a meta id that no longer matches the text', () => {
    const input = [
      '{"text": "Kim 😀", "spans": [{"start": 4, "end": 6, "label": "x"}]}',
      `{"text": "abc", "meta": {"id": "${documentIdOf('abd')}"}}`,
    ].join('\n');
    const result = spacyFormat.parse(input, PARSE_OPTIONS);
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual([
      'line 1 spans[0]: span 4..6 is not a non-empty range within 0..5 code points',
      `line 2: document id ${documentIdOf('abd')} is not the sha256 of its text (${documentIdOf('abc')}): the text was changed`,
    ]);
  });
});

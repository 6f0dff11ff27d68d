import { describe, expect, it } from 'vitest';
import { doccanoFormat } from '@shared/formats/doccanoFormat';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { documentIdOf } from '@shared/text/documentId';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';

function problems(input: string, options: object = PARSE_OPTIONS): string[] {
  const result = doccanoFormat.parse(input, options);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblemLine);
}

describe('doccano JSONL', () => {
  it('writes one line per document and annotator, code-point [start, end, label] triples in text order, the annotator as an extra field', () => {
    const id = documentIdOf(SMALL_TEXT);
    expect(doccanoFormat.serialize(smallDataset())).toBe(
      `{"id":"${id}","text":${JSON.stringify(SMALL_TEXT)},"label":[[19,26,"actor"]],"annotator":"jonas"}\n` +
        `{"id":"${id}","text":${JSON.stringify(SMALL_TEXT)},"label":[[2,5,"actor"],[13,18,"quote"]],"annotator":"kim"}\n`,
    );
  });

  it('reads the lines of one text back as one document with each annotator kept', () => {
    const result = doccanoFormat.parse(doccanoFormat.serialize(smallDataset()), { ...PARSE_OPTIONS, annotator: 'someone' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents).toHaveLength(1);
    expect(result.dataset.documents[0]?.annotations.map((a) => [a.text, a.annotator])).toEqual([['Mu\u0308ller', 'jonas'], ['Kim', 'kim'], ['„Ja.“', 'kim']]);
    expect(result.losses).toEqual([]);
  });

  it("keeps the relations of doccano's relation layout (by entity id) and counts categories and comments as losses, by kind", () => {
    const line = { id: 3, text: 'Kim 😀 sagte Ja.', entities: [{ id: 1, label: 'PER', start_offset: 0, end_offset: 3 }, { id: 2, label: 'Q', start_offset: 12, end_offset: 14 }], relations: [{ id: 9, from_id: 2, to_id: 1, type: 'said-by' }], cats: ['politik'], Comments: [{ id: 4, text: 'unsicher' }] };
    const result = doccanoFormat.parse(JSON.stringify(line), PARSE_OPTIONS);
    expect(result.ok && result.losses).toEqual([
      { kind: 'category', count: 1, first: 'line 1 cats' },
      { kind: 'comment', count: 1, first: 'line 1 Comments' },
    ]);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => a.text)).toEqual(['Kim', 'Ja']);
    const doc = result.ok ? result.dataset.documents[0] : undefined;
    const text = new Map(doc?.annotations.map((a) => [a.id, a.text]));
    expect(doc?.relations?.map((r) => [text.get(r.from), r.type, text.get(r.to)])).toEqual([['Ja', 'said-by', 'Kim']]);
  });

  it("reads doccano's own exports: integer ids, the entities form, labels outside the label set", () => {
    const input = [
      JSON.stringify({ id: 7, text: SMALL_TEXT, label: [[2, 5, 'PER']], Comments: [] }),
      '',
      JSON.stringify({ id: 8, text: 'Berlin 😀 ist groß.', entities: [{ id: 1, label: 'LOC', start_offset: 0, end_offset: 6 }], relations: [] }),
    ].join('\r\n');
    const result = doccanoFormat.parse(input, PARSE_OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [first, second] = result.dataset.documents;
    expect(first?.annotations.map((a) => [a.start, a.end, a.label, a.text, a.annotator])).toEqual([[2, 5, 'PER', 'Kim', 'kim']]);
    expect(second?.annotations.map((a) => [a.label, a.text, a.prefix, a.suffix])).toEqual([['LOC', 'Berlin', '', ' 😀 ist groß.']]);
    expect(second).toMatchObject({ id: documentIdOf('Berlin 😀 ist groß.'), title: 'Berlin 😀 ist groß.', language: 'de', source: 'import.jsonl' });
    expect(result.dataset.labels.slice(-2)).toEqual([{ id: 'PER', name: 'PER' }, { id: 'LOC', name: 'LOC' }]);
    expect(result.dataset).toMatchObject({ annotator: 'kim', exportedAt: '2026-11-20T12:00:00.000Z' });
  });

  it('derives the same annotation ids every time, so importing a file twice changes nothing', () => {
    const input = doccanoFormat.serialize(smallDataset());
    const ids = (r: ReturnType<typeof doccanoFormat.parse>) => (r.ok ? r.dataset.documents[0]?.annotations.map((a) => a.id) : []);
    expect(ids(doccanoFormat.parse(input, PARSE_OPTIONS))).toEqual(ids(doccanoFormat.parse(input, PARSE_OPTIONS)));
    expect(ids(doccanoFormat.parse(input, PARSE_OPTIONS))).toEqual([
      `${documentIdOf(SMALL_TEXT).slice(7, 19)}:19-26:actor`,
      `${documentIdOf(SMALL_TEXT).slice(7, 19)}:2-5:actor`,
      `${documentIdOf(SMALL_TEXT).slice(7, 19)}:13-18:quote`,
    ]);
    expect(doccanoFormat.parse(input, PARSE_OPTIONS).ok).toBe(true);
  });

  it.each([
    ['{"text": "abc", "label": [[0, 9, "x"]]}', 'line 1 label[0]: span 0..9 is not a non-empty range within 0..3 code points'],
    ['{"text": "abc", "label": [[2, 1, "x"]]}', 'line 1 label[0]: span 2..1 is not a non-empty range within 0..3 code points'],
    ['{"text": "abc"}\n{"text": ', 'line 2: not valid JSON'],
    ['{"label": []}', 'line 1 text: Invalid input: expected string, received undefined'],
    ['{"text": "abc", "label": [[0, 1]]}', 'line 1 label[0]'],
    ['{"text": "abc", "meta": {"__proto__": 1}}', 'line 1 meta.__proto__: the key "__proto__" is not allowed (it could pollute object prototypes)'],
    ['\n\n', 'the input holds no document'],
    [`{"id": "${documentIdOf('abd')}", "text": "abc"}`, `line 1: document id ${documentIdOf('abd')} is not the sha256 of its text (${documentIdOf('abc')}): the text was changed`],
  ])('reports %j clearly', (input, line) => {
    expect(problems(input).some((p) => p.startsWith(line))).toBe(true);
  });

  it('says that annotator and export time must come from the caller', () => {
    expect(problems('{"text": "abc"}', {})).toEqual([
      'doccano files name no annotator: options.annotator is required',
      'doccano files carry no export time: options.exportedAt is required',
    ]);
  });
});

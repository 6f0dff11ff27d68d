import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { documentIdOf } from '@shared/text/documentId';
import { MIXED_FIXTURE, loadDataset } from './formatTestSupport';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A deep copy of the fixture as plain JSON, to break in one place per case. */
function fixtureJson(): Json {
  return JSON.parse(JSON.stringify(loadDataset(MIXED_FIXTURE))) as Json;
}

function problemLines(value: unknown): string[] {
  const result = validateTagwerkDataset(value);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems.map(formatProblemLine);
}

describe('validateTagwerkDataset', () => {
  it('accepts the fixture and the hand-made example of the built-in article', () => {
    expect(validateTagwerkDataset(fixtureJson()).ok).toBe(true);
    expect(loadDataset('tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json').documents[0]?.annotations).toHaveLength(18);
  });

  it.each([
    ['format', 'format: must be "tagwerk.dataset"'],
    ['version', 'version: must be 1 or 2'],
    ['exportedAt', 'exportedAt: is required'],
    ['annotator', 'annotator: is required'],
    ['offsetUnit', 'offsetUnit: must be "codepoint"'],
    ['labels', 'labels: is required'],
    ['documents', 'documents: is required'],
  ])('names the missing top-level field %s', (field, line) => {
    const json = fixtureJson();
    delete json[field];
    expect(problemLines(json)).toContain(line);
  });

  it.each([
    [(j: Json) => delete j.documents[0].title, 'documents[0].title: is required'],
    [(j: Json) => delete j.documents[1].text, 'documents[1].text: is required'],
    [(j: Json) => delete j.documents[0].annotations[2].annotator, 'documents[0].annotations[2].annotator: is required'],
    [(j: Json) => delete j.documents[0].annotations[0].text, 'documents[0].annotations[0].text: is required'],
    [(j: Json) => (j.annotator = ''), 'annotator: must not be empty'],
    [(j: Json) => (j.documents = []), 'documents: must hold at least one document'],
    [(j: Json) => (j.version = 3), 'version: must be 1 or 2'],
    [(j: Json) => (j.offsetUnit = 'utf16'), 'offsetUnit: must be "codepoint"'],
    [(j: Json) => (j.exportedAt = 'yesterday'), 'exportedAt: must be an ISO 8601 date-time such as 2026-11-20T10:00:00.000Z'],
    [(j: Json) => (j.documents[0].annotations[1].start = '17'), 'documents[0].annotations[1].start: must be of type number'],
  ])('reports a missing or wrong field with its path (%#)', (breakIt, line) => {
    const json = fixtureJson();
    breakIt(json);
    expect(problemLines(json)).toContain(line);
  });

  it('reports a quote that differs from the code-point slice with document, annotation, expected and found', () => {
    const json = fixtureJson();
    const docId = json.documents[0].id as string;
    // "𝔄nna Beispiel" sits after two flags and an emoji: a UTF-16 slice would read other characters.
    json.documents[0].annotations[3].text = 'Anna Beispiel';
    json.documents[1].annotations[0].text = 'Bürgerinitiative in Göttingen'; // NFC quote over NFD text
    const lines = problemLines(json);
    expect(lines).toEqual([
      `documents[0].annotations[3].text: document ${docId} annotation "kim-004": span 91..104 reads "𝔄nna Beispiel" but the annotation quotes "Anna Beispiel"`,
      `documents[1].annotations[0].text: document ${json.documents[1].id as string} annotation "kim-101": span 4..35 reads "${'Bürgerinitiative in Göttingen'.normalize('NFD')}" but the annotation quotes "Bürgerinitiative in Göttingen"`,
    ]);
  });

  it('rejects annotation ids used twice in the file, also across documents', () => {
    const json = fixtureJson();
    json.documents[1].annotations[2].id = 'kim-002';
    expect(problemLines(json)).toEqual([
      `documents[1].annotations[2].id: document ${json.documents[1].id as string} annotation "kim-002": duplicate annotation id (ids must be unique in the file)`,
    ]);
  });

  it.each([
    [0, 0, 'span 0..0 is not a non-empty range within 0..222'],
    [30, 17, 'span 30..17 is not a non-empty range within 0..222'],
    [200, 223, 'span 200..223 is not a non-empty range within 0..222'],
  ])('rejects offsets %i..%i', (start, end, message) => {
    const json = fixtureJson();
    Object.assign(json.documents[0].annotations[0], { start, end });
    expect(problemLines(json).join('\n')).toContain(message);
  });

  it.each([[-1, 'must be at least 0'], [1.5, 'must be an integer']])('rejects the offset %d', (start, message) => {
    const json = fixtureJson();
    json.documents[0].annotations[0].start = start;
    expect(problemLines(json)).toContain(`documents[0].annotations[0].start: ${message}`);
  });

  it.each(['/home/kim/texte/a.txt', 'texte/a.txt', 'C:\\texte\\a.txt', '..\\a.txt', '..', '.', 'c:a.txt', 'builtin:../x', ''])(
    'rejects the source %j (a path, not a base name)',
    (source) => {
      const json = fixtureJson();
      json.documents[0].source = source;
      expect(problemLines(json)).toEqual(['documents[0].source: must be a base file name or builtin:<name>, never a path (no /, \\ or :)']);
    },
  );

  it.each(['a.txt', 'builtin:000_2010653594c6cf10.txt', 'Wahl 2025 (Entwurf).txt', '..hidden.txt'])('accepts the source %j', (source) => {
    const json = fixtureJson();
    json.documents[0].source = source;
    expect(validateTagwerkDataset(json).ok).toBe(true);
  });

  it('rejects a document id that is not the sha256 of its text (the text was edited)', () => {
    const json = fixtureJson();
    json.documents[0].text = `${json.documents[0].text as string} `;
    expect(problemLines(json)).toEqual([
      `documents[0].id: document id ${json.documents[0].id as string} is not the sha256 of its text (${documentIdOf(json.documents[0].text as string)})`,
    ]);
  });

  it('rejects duplicate documents and labels, and labels not in the label set', () => {
    const json = fixtureJson();
    json.documents.push({ ...json.documents[1], annotations: [] });
    json.labels.push({ id: 'date', name: 'Datum' });
    json.documents[0].annotations[0].label = 'person';
    expect(problemLines(json)).toEqual([
      'labels[4].id: duplicate label id "date"',
      `documents[0].annotations[0].label: document ${json.documents[0].id as string} annotation "kim-002": label "person" is not in "labels"`,
      `documents[2].id: duplicate document id ${json.documents[1].id as string}`,
    ]);
  });

  it('accepts unknown extra keys anywhere and drops them', () => {
    const json = fixtureJson();
    json.generator = 'another tool';
    json.documents[0].url = 'https://example.org';
    json.documents[0].annotations[0].confidence = 0.9;
    const result = validateTagwerkDataset(json);
    expect(result.ok && result.dataset).toEqual(loadDataset(MIXED_FIXTURE));
  });
});

describe('parseTagwerkDataset', () => {
  it.each(['{"__proto__": {"polluted": true}}', '{"documents": [{"annotations": [{"constructor": {}}]}]}', '[{"a": {"prototype": 1}}]'])(
    'rejects the prototype-polluting key in %s before validating',
    (input) => {
      const result = parseTagwerkDataset(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.map(formatProblemLine).join('\n')).toMatch(/the key "(__proto__|constructor|prototype)" is not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('finds a forbidden key next to a valid dataset and names its path', () => {
    const json = fixtureJson();
    const text = JSON.stringify(json).replace('"title":', '"__proto__":{"x":1},"title":');
    const result = parseTagwerkDataset(text);
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual([
      'documents[0].__proto__: the key "__proto__" is not allowed (it could pollute object prototypes)',
    ]);
  });

  it('reports text that is not JSON', () => {
    const result = parseTagwerkDataset('{"format": ');
    expect(!result.ok && result.problems[0]?.message).toMatch(/^not valid JSON \(/);
  });

  it('reads any layout: minified, reordered keys, CRLF, a BOM', () => {
    const json = fixtureJson();
    const reordered = { documents: json.documents, labels: json.labels, offsetUnit: 'codepoint', annotator: json.annotator, exportedAt: json.exportedAt, version: 1, format: 'tagwerk.dataset' };
    for (const text of [JSON.stringify(json), JSON.stringify(reordered), `\uFEFF${JSON.stringify(json, null, 4).replace(/\n/g, '\r\n')}`]) {
      const result = parseTagwerkDataset(text);
      expect(result.ok && result.dataset).toEqual(loadDataset(MIXED_FIXTURE));
    }
  });
});

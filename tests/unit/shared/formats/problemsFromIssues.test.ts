import { describe, expect, it } from 'vitest';
import type { ProblemFacts } from '@shared/formats/problemFacts';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { documentIdOf } from '@shared/text/documentId';
import { MIXED_FIXTURE, RELATIONS_FIXTURE, loadDataset } from './formatTestSupport';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fixtureJson(fixture = MIXED_FIXTURE): Json {
  return JSON.parse(JSON.stringify(loadDataset(fixture))) as Json;
}

/** Each problem's path with its code and values (the English message left out). */
function factsOf(value: unknown): Array<{ path: string } & ProblemFacts> {
  const result = validateTagwerkDataset(value);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems.map(({ message: _message, ...rest }) => rest);
}

describe('the code and values of every dataset problem', () => {
  it.each<[string, (j: Json) => unknown, { path: string } & ProblemFacts]>([
    ['a missing field', (j) => delete j.documents[0].title, { path: 'documents[0].title', code: 'required' }],
    ['a wrong type', (j) => (j.documents[0].annotations[1].start = '17'), { path: 'documents[0].annotations[1].start', code: 'wrongType', expected: 'number' }],
    ['a fraction', (j) => (j.documents[0].annotations[1].start = 1.5), { path: 'documents[0].annotations[1].start', code: 'wrongType', expected: 'int' }],
    ['an unknown version', (j) => (j.version = 3), { path: 'version', code: 'notOneOf', values: '1, 2', count: 2 }],
    ['another offset unit', (j) => (j.offsetUnit = 'utf16'), { path: 'offsetUnit', code: 'notOneOf', values: '"codepoint"', count: 1 }],
    ['a negative offset', (j) => (j.documents[0].annotations[0].start = -1), { path: 'documents[0].annotations[0].start', code: 'tooSmall', minimum: 0 }],
    ['an empty annotator', (j) => (j.annotator = ''), { path: 'annotator', code: 'empty' }],
    ['no documents', (j) => (j.documents = []), { path: 'documents', code: 'tooFew', minimum: 1 }],
    ['a date that is not one', (j) => (j.exportedAt = 'gestern'), { path: 'exportedAt', code: 'notDateTime' }],
    ['a path as source', (j) => (j.documents[0].source = 'texte/a.txt'), { path: 'documents[0].source', code: 'notBaseName' }],
    ['a span past the end', (j) => Object.assign(j.documents[0].annotations[0], { start: 146, end: 99999 }), { path: 'documents[0].annotations[0].end', code: 'spanOutOfText', start: 146, end: 99999, length: 222 }],
    ['a label not declared', (j) => (j.documents[0].annotations[0].label = 'person'), { path: 'documents[0].annotations[0].label', code: 'unknownLabel', label: 'person' }],
  ])('%s', (_case, breakIt, expected) => {
    const json = fixtureJson();
    breakIt(json);
    expect(factsOf(json)).toContainEqual(expected);
  });

  it('a quote that differs: what the text reads and what the file quotes, an emoji and an NFD umlaut kept', () => {
    const json = fixtureJson();
    json.documents[0].annotations[3].text = 'Anna Beispiel';
    json.documents[1].annotations[0].text = 'Bürgerinitiative in Göttingen';
    expect(factsOf(json)).toEqual([
      { path: 'documents[0].annotations[3].text', code: 'quoteMismatch', start: 91, end: 104, found: '𝔄nna Beispiel', quote: 'Anna Beispiel' },
      { path: 'documents[1].annotations[0].text', code: 'quoteMismatch', start: 4, end: 35, found: 'Bürgerinitiative in Göttingen'.normalize('NFD'), quote: 'Bürgerinitiative in Göttingen' },
    ]);
  });

  it('ids: an edited text, a document, a label and an annotation twice', () => {
    const json = fixtureJson();
    json.documents[0].text = `${json.documents[0].text as string} `;
    json.documents.push({ ...json.documents[1], annotations: [] });
    json.labels.push({ id: 'date', name: 'Datum' });
    json.documents[1].annotations[2].id = 'kim-002';
    expect(factsOf(json).map(({ path: _path, ...facts }) => facts)).toEqual([
      { code: 'duplicateLabelId', id: 'date' },
      { code: 'documentIdMismatch', id: json.documents[0].id, actual: documentIdOf(json.documents[0].text as string) },
      { code: 'duplicateAnnotationId', id: 'kim-002' },
      { code: 'duplicateDocumentId', id: json.documents[1].id },
    ]);
  });

  it('half a surrogate pair in a text, with where it is', () => {
    const json = fixtureJson();
    json.documents[0].text = `a😀\uD800b`;
    expect(factsOf(json)).toContainEqual({ path: 'documents[0].text', code: 'loneSurrogate', at: 2 });
  });

  it('relations: in a version 1 file, to a tag that is not there, and a pair the type does not allow', () => {
    const v1 = fixtureJson();
    v1.documents[0].relations = [];
    expect(factsOf(v1)).toEqual([{ path: 'documents[0].relations', code: 'relationsNeedV2' }]);
    const json = fixtureJson(RELATIONS_FIXTURE);
    const relations = json.documents[0].relations as Json[];
    const [first] = relations;
    if (first === undefined) throw new Error('the fixture has relations');
    first.to = 'nobody';
    expect(factsOf(json)).toContainEqual({ path: 'documents[0].relations[0].to', code: 'relationEndMissing', end: 'to', id: 'nobody' });
  });

  it('a file that is not JSON, and a forbidden key', () => {
    const broken = parseTagwerkDataset('{"format": ');
    expect(!broken.ok && broken.problems[0]?.code).toBe('notJson');
    const polluted = parseTagwerkDataset('{"a": {"__proto__": 1}}');
    expect(!polluted.ok && polluted.problems[0]).toMatchObject({ code: 'forbiddenKey', key: '__proto__', path: 'a.__proto__' });
  });
});

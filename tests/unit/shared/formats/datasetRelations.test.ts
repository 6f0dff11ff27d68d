import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { RELATIONS_FIXTURE, loadDataset } from './formatTestSupport';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A deep copy of the relations fixture (version 2) as plain JSON, to break in one place per case. */
function fixtureJson(): Json {
  return JSON.parse(JSON.stringify(loadDataset(RELATIONS_FIXTURE))) as Json;
}

function problemLines(json: Json): string[] {
  const result = validateTagwerkDataset(json);
  return result.ok ? [] : result.problems.map(formatProblemLine);
}

const DOC0 = 'document sha256:74b6fc5dc4187783627d00c83fadf964da6c58e1bc6e8579ff1c5302c534e26e';

describe('checkDatasetRelations (tagwerk.dataset version 2)', () => {
  it('accepts the fixture: relations over an emoji text and an NFD text, one note with an emoji and a line break', () => {
    const dataset = loadDataset(RELATIONS_FIXTURE);
    expect(dataset.documents.map((d) => d.relations?.length)).toEqual([5, 2]);
  });

  it.each([
    ['a relation to a tag of the other document', (j: Json) => (j.documents[0].relations[2].to = 'kim-104'), 'documents[0].relations[2].to', 'to kim-104 is not an annotation of this document'],
    ['a relation from a missing tag', (j: Json) => (j.documents[1].relations[0].from = 'gibt-es-nicht-😀'), 'documents[1].relations[0].from', 'is not an annotation of this document'],
    ['an undeclared type', (j: Json) => (j.documents[0].relations[2].type = 'zitiert'), 'documents[0].relations[2].type', 'relation type zitiert is not in "relationTypes"'],
    ['a pair the type does not allow', (j: Json) => (j.documents[0].relations[2].type = 'target'), 'documents[0].relations[2].type', 'does not allow quote → actor'],
    ['a self-relation', (j: Json) => (j.documents[0].relations[4].to = 'kim-009'), 'documents[0].relations[4].to', 'links annotation kim-009 to itself'],
    ["an end tagged by someone else (jonas's quote)", (j: Json) => (j.documents[0].relations[2].from = 'kim-007'), 'documents[0].relations[2].from', 'was tagged by jonas'],
    ['the same (type, from, to) twice', (j: Json) => j.documents[1].relations.push({ ...j.documents[1].relations[0], id: 'kim-r103' }), 'documents[1].relations[2].to', 'is already there'],
    ['a relation id used in another document', (j: Json) => (j.documents[1].relations[0].id = j.documents[0].relations[2].id), 'documents[1].relations[0].id', 'duplicate relation id (ids must be unique in the file)'],
    ['a relation type naming an undeclared label', (j: Json) => j.relationTypes[2].to.push('Mu\u0308ller'), 'relationTypes[2].to[1]', 'label "Mu\u0308ller" is not in "labels"'],
    ['a relation type declared twice', (j: Json) => j.relationTypes.push(j.relationTypes[0]), 'relationTypes[3].id', 'duplicate relation type id "source"'],
    ['a relation without an end', (j: Json) => delete j.documents[0].relations[1].to, 'documents[0].relations[1].to', 'is required'],
  ])('reports %s once, at its JSON path', (_name, breakIt, path, message) => {
    const json = fixtureJson();
    breakIt(json);
    const lines = problemLines(json);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${path}: `)).toBe(true);
    expect(lines[0]).toContain(message);
  });

  it('names the document and the relation in the message', () => {
    const json = fixtureJson();
    json.documents[0].relations[2].type = 'zitiert';
    expect(problemLines(json)[0]).toBe(`documents[0].relations[2].type: ${DOC0} relation "kim-r1": relation type zitiert is not in "relationTypes"`);
  });

  it('refuses relations and relation types in a version 1 file, and reads a version 2 file without them', () => {
    const json = fixtureJson();
    json.version = 1;
    expect(problemLines(json)).toEqual([
      'relationTypes: relation types need "version": 2',
      'documents[0].relations: relations need "version": 2',
      'documents[1].relations: relations need "version": 2',
    ]);
    const bare = fixtureJson();
    delete bare.relationTypes;
    for (const d of bare.documents) delete d.relations;
    expect(problemLines(bare)).toEqual([]);
  });
});

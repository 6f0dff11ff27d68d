import { describe, expect, it } from 'vitest';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { readWebanno, webannoExportNotes, webannoFormat, writeWebanno } from '@shared/formats/webannoFormat';
import { serializeWebannoDocument } from '@shared/formats/webannoWrite';
import { documentIdOf } from '@shared/text/documentId';
import { PARSE_OPTIONS } from './formatTestData';
import { loadDataset, RELATIONS_FIXTURE } from './formatTestSupport';
import { readFixture, readFixtureFolder } from './webannoTestSupport';

const INCEPTION = 'tests/fixtures/formats/webanno/inception/relations';
const TAG = { type: 'webanno.custom.Tag', features: ['label', 'note'] } as const;
const RELATION = { type: 'webanno.custom.Relation', features: ['label', 'note'], base: 0 } as const;

function parsed(files: Parameters<typeof webannoFormat.parse>[0]): TagwerkDataset {
  const result = webannoFormat.parse(files, PARSE_OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** The relations of a dataset's first document as `from label "text" -type-> to label "text" (note)`, in file order. */
function relationsOf(dataset: TagwerkDataset): string[] {
  const doc = dataset.documents[0];
  const tag = (id: string) => {
    const a = doc?.annotations.find((x) => x.id === id);
    return `${a?.label} ${JSON.stringify(a?.text)}@${a?.start}`;
  };
  return (doc?.relations ?? []).map((r) => `${tag(r.from)} -${r.type}-> ${tag(r.to)}${r.note === undefined ? '' : ` (${r.note})`}`);
}

/** A one-document dataset of `text` with code-point tags and relations between them (annotator kim). */
function datasetOf(text: string, tags: ReadonlyArray<{ start: number; end: number; label: string }>, relations: ReadonlyArray<[number, string, number]>): TagwerkDataset {
  const cps = Array.from(text);
  const result = validateTagwerkDataset({
    format: 'tagwerk.dataset', version: 2, exportedAt: PARSE_OPTIONS.exportedAt, annotator: 'kim', offsetUnit: 'codepoint',
    labels: ['claim', 'quote', 'date', 'actor'].map((id) => ({ id, name: id })),
    relationTypes: [{ id: 'source', name: 'Source', from: ['quote', 'claim'], to: ['actor'] }, { id: 'time', name: 'Time', from: ['claim', 'quote'], to: ['date'] }],
    documents: [{
      id: documentIdOf(text), title: 't', language: 'de', source: 'doc.txt', text,
      annotations: tags.map((s, i) => ({ id: `a${i}`, label: s.label, start: s.start, end: s.end, text: cps.slice(s.start, s.end).join(''), annotator: 'kim' })),
      relations: relations.map(([from, type, to], i) => ({ id: `r${i}`, type, from: `a${from}`, to: `a${to}`, annotator: 'kim' })),
    }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('webanno relation columns: written as INCEpTION writes them', () => {
  it('puts a relation on the dependent\'s first row and names the governor\'s first row, with [governor_dependent] ids only where an end has one', () => {
    const { content } = serializeWebannoDocument('😀 Kim sagte „Ja“ heute.', [{ ...TAG, spans: [
      { start: 3, end: 6, values: ['actor', undefined] },
      { start: 13, end: 17, values: ['quote', undefined] },
      { start: 18, end: 23, values: ['date', undefined] },
    ] }], [{ ...RELATION, relations: [{ from: 1, to: 0, values: ['source', undefined] }, { from: 1, to: 2, values: ['time', 'laut 📋'] }] }]);
    expect(content.split('\n').slice(0, 4)).toEqual(['#FORMAT=WebAnno TSV 3.3', '#T_SP=webanno.custom.Tag|label|note', '#T_RL=webanno.custom.Relation|label|note|BT_webanno.custom.Tag', '']);
    expect(content).toContain('1-2\t3-6\tKim\tactor\t*\tsource\t*\t1-4[1_0]\t\n');
    expect(content).toContain('1-4\t13-14\t„\tquote[1]\t*[1]\t_\t_\t_\t\n');
    expect(content).toContain('1-7\t18-23\theute\tdate\t*\ttime\tlaut 📋\t1-4[1_0]\t\n');
  });

  it('writes no ids in a reference between two single-token tags (INCEpTION\'s testSingleNonTokenRelationWithoutFeatureValue)', () => {
    const { content } = serializeWebannoDocument('Kim siegte heute.', [{ ...TAG, spans: [{ start: 4, end: 10, values: ['claim', undefined] }, { start: 11, end: 16, values: ['date', undefined] }] }], [{ ...RELATION, relations: [{ from: 0, to: 1, values: ['time', undefined] }] }]);
    expect(content).toContain('1-3\t11-16\theute\tdate\t*\ttime\t*\t1-2\t\n');
  });

  it('stacks two relations on one row in a fixed order whatever order they come in (testStackedNonMultiTokenRelationWithMultipleFeatureValues)', () => {
    const spans = [{ start: 0, end: 14, values: ['claim', undefined] }, { start: 23, end: 42, values: ['actor', undefined] }];
    const write = (order: number[]) => {
      const relations = [{ from: 0, to: 1, values: ['target', undefined] }, { from: 0, to: 1, values: ['source', 'laut Überschrift'] }];
      return serializeWebannoDocument('Höhere Steuern schaden der Bundesregierung.', [{ ...TAG, spans }], [{ ...RELATION, relations: order.map((i) => relations[i]!) }]).content;
    };
    expect(write([0, 1])).toContain('1-4\t23-26\tder\tactor[2]\t*[2]\tsource|target\tlaut Überschrift|*\t1-1[1_2]|1-1[1_2]\t\n');
    expect(write([1, 0])).toBe(write([0, 1]));
  });

  it('drops a relation whose end covers white space only and says so in the export notes; relations are no longer reported as not written', () => {
    const written = serializeWebannoDocument('Kim  kam.', [{ ...TAG, spans: [{ start: 0, end: 3, values: ['actor', undefined] }, { start: 3, end: 5, values: ['claim', undefined] }] }], [{ ...RELATION, relations: [{ from: 1, to: 0, values: ['source', undefined] }] }]);
    expect(written.droppedRelations).toBe(1);
    expect(webannoExportNotes(datasetOf('Kim  kam.', [{ start: 0, end: 3, label: 'actor' }, { start: 3, end: 5, label: 'claim' }], [[1, 'source', 0]]))).toEqual([
      { message: 'webanno: 1 tag covers white space only and was not written', facts: { code: 'webannoDropped', count: 1 } },
      { message: 'webanno: 1 relation was not written because its tag covers white space only', facts: { code: 'webannoDroppedRelations', count: 1 } },
    ]);
    expect(webannoExportNotes(loadDataset(RELATIONS_FIXTURE))).toEqual([]);
  });

  it('a document without relations gets no relation layer, so files without relations are as before', () => {
    const files = writeWebanno(datasetOf('Kim kam.', [{ start: 0, end: 3, label: 'actor' }], [])).files;
    expect(files[0]?.content).not.toContain('#T_RL=');
  });
});

describe('webanno relation columns: our files round-trip byte for byte', () => {
  it('the relations fixture (emoji, NFD, stacked and nested tags, a note with an emoji and a line break) exports to the committed folder, and that folder imports and exports to itself', () => {
    const files = readFixtureFolder('tests/fixtures/formats/webanno/relations');
    expect(writeWebanno(loadDataset(RELATIONS_FIXTURE)).files).toEqual(files);
    const back = parsed(files);
    expect(back.documents.flatMap((d) => d.relations ?? [])).toHaveLength(7);
    expect(webannoFormat.serialize(back)).toEqual(files);
  });

  it('identical tags (same label, same words) are stacked with [n] ids, and a relation from each keeps its own end', () => {
    const dataset = datasetOf('Sieg heute.', [
      { start: 0, end: 4, label: 'claim' }, { start: 0, end: 4, label: 'claim' },
      { start: 5, end: 10, label: 'date' }, { start: 5, end: 10, label: 'date' },
    ], [[0, 'time', 2], [1, 'time', 3]]);
    const files = writeWebanno(dataset).files;
    expect(files[0]?.content).toContain('1-1\t0-4\tSieg\tclaim[1]|claim[2]\t*[1]|*[2]\t_\t_\t_\t\n1-2\t5-10\theute\tdate[3]|date[4]\t*[3]|*[4]\ttime|time\t*|*\t1-1[1_3]|1-1[2_4]\t\n');
    const back = parsed(files);
    expect(back.documents[0]?.annotations).toHaveLength(4);
    const ends = (d: TagwerkDataset) => (d.documents[0]?.relations ?? []).map((r) => [r.from, r.to].map((id) => d.documents[0]?.annotations.findIndex((a) => a.id === id)));
    expect(ends(back).sort()).toEqual([[0, 2], [1, 3]]);
    expect(webannoFormat.serialize(back)).toEqual(files);
  });
});

describe('webanno relation columns: INCEpTION-style files', () => {
  const read = (name: string) => readWebanno([{ name: `annotation/doc.txt/anna.tsv`, content: readFixture(`${INCEPTION}/${name}`) }]);
  const relationsIn = (name: string) => relationsOf(parsed([{ name: 'annotation/doc.txt/anna.tsv', content: readFixture(`${INCEPTION}/${name}`) }]));

  it('single-token ends without ids, after an emoji and in NFD (testSingleNonTokenRelationWithoutFeatureValue)', () => {
    expect(relationsIn('single-token.tsv')).toEqual(['claim "siegte"@10 -source-> actor "Mu\u0308ller"@2', 'claim "siegte"@10 -time-> date "2024"@17']);
  });

  it('identical stacked tags on both ends, each related by its own [governor_dependent] ids (testSingleStackedNonTokenRelationWithoutFeatureValue)', () => {
    expect(relationsIn('stacked-identical.tsv')).toEqual(['claim "Sieg"@0 -time-> date "heute"@5', 'claim "Sieg"@0 -time-> date "heute"@5']);
    const doc = parsed([{ name: 'a.tsv', content: readFixture(`${INCEPTION}/stacked-identical.tsv`) }]).documents[0];
    expect(new Set(doc?.relations?.flatMap((r) => [r.from, r.to]))).toHaveProperty('size', 4);
  });

  it('two relations stacked on one row between multi-token tags, with a note (testStackedNonMultiTokenRelationWithMultipleFeatureValues)', () => {
    expect(relationsIn('stacked-relations.tsv')).toEqual([
      'claim "Höhere Steuern"@0 -source-> actor "der Bundesregierung"@23 (laut Überschrift)',
      'claim "Höhere Steuern"@0 -target-> actor "der Bundesregierung"@23',
    ]);
  });

  it('the older shape without ids on unambiguous multi-token ends (reference-explained.txt of testSingleNonMultiTokenRelationWithoutFeatureValue)', () => {
    expect(relationsIn('legacy-no-ids.tsv')).toEqual(['quote "„ nein “"@10 -time-> date "gestern"@19']);
  });

  it('ends on sub-token rows, with the governor further down the file', () => {
    expect(relationsIn('sub-tokens.tsv')).toEqual(['claim "Vorschlag"@21 -source-> actor "Kommission"@3']);
  });

  it('counts what it cannot keep: a relation to a zero-width tag, one without a type, one its type does not allow in that direction', () => {
    const result = webannoFormat.parse([{ name: 'f.tsv', content: readFixture(`${INCEPTION}/not-imported.tsv`) }], PARSE_OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(relationsOf(result.dataset)).toEqual(['quote "„ Ja “"@10 -source-> actor "Kim"@0']);
    expect(result.losses).toEqual([
      { kind: 'empty', count: 1, first: 'f.tsv line 8' },
      { kind: 'relation', count: 1, first: 'f.tsv line 13' },
      { kind: 'danglingRelation', count: 1, first: 'f.tsv line 8' },
      { kind: 'invalidRelation', count: 1, first: 'f.tsv line 10' },
    ]);
  });

  it('counts the relations of a relation layer it does not read (INCEpTION\'s ComplexRelation shape)', () => {
    expect(read('other-relation-layer.tsv').losses).toEqual([{ kind: 'relation', count: 1, first: 'annotation/doc.txt/anna.tsv line 8' }]);
  });
});

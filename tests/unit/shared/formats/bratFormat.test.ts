import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bratFormat, parseBratDocument, serializeBrat } from '@shared/formats/bratFormat';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { formatLossLine } from '@shared/formats/formatLoss';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { documentIdOf } from '@shared/text/documentId';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';
import { MIXED_FIXTURE, loadDataset, repoPath } from './formatTestSupport';

/** smallDataset with kim's annotations only (one annotator: files at the top of the folder). */
function kimOnly(): TagwerkDataset {
  const dataset = smallDataset();
  return { ...dataset, documents: dataset.documents.map((d) => ({ ...d, annotations: d.annotations.filter((a) => a.annotator === 'kim') })) };
}

/** A one-document dataset over `text` with one span per [start, end] (code points), all by kim. */
function spansOver(text: string, ranges: ReadonlyArray<[number, number]>): TagwerkDataset {
  const chars = Array.from(text);
  const dataset = smallDataset();
  return {
    ...dataset,
    documents: [{
      id: documentIdOf(text), title: 't', language: 'de', source: 't.txt', text,
      annotations: ranges.map(([start, end], i) => ({ id: `s${i}`, label: 'quote', start, end, text: chars.slice(start, end).join(''), annotator: 'kim' })),
    }],
  };
}

function problems(ann: string, txt = SMALL_TEXT): string[] {
  const result = parseBratDocument({ name: 'klein', txt, ann }, PARSE_OPTIONS);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblemLine);
}

describe('brat standoff', () => {
  it('writes annotation.conf, a .txt and an .ann per document, code points, notes as AnnotatorNotes', () => {
    const files = serializeBrat(kimOnly());
    expect(files.map((f) => f.name)).toEqual(['annotation.conf', 'klein.txt', 'klein.ann']);
    expect(files.slice(1)).toEqual([
      { name: 'klein.txt', content: SMALL_TEXT },
      { name: 'klein.ann', content: 'T1\tactor 2 5\tKim\nT2\tquote 13 18\t„Ja.“\n#1\tAnnotatorNotes T2\tkurz\n' },
    ]);
  });

  it('declares every label and allows any overlap in annotation.conf', () => {
    const conf = serializeBrat(kimOnly())[0]?.content ?? '';
    expect(conf.split('\n[relations]')[0]?.split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('['))).toEqual(['quote', 'actor']);
    expect(conf).toContain('\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n');
    expect(conf).toMatch(/\[events\][\s\S]*\[attributes\]/);
  });

  it('gives each annotator a folder with every document, so two people are never merged, and reads the folders back as their annotators', () => {
    const files = serializeBrat(smallDataset());
    expect(files.map((f) => f.name)).toEqual(['jonas/annotation.conf', 'jonas/klein.txt', 'jonas/klein.ann', 'kim/annotation.conf', 'kim/klein.txt', 'kim/klein.ann']);
    expect(files[2]?.content).toBe('T1\tactor 19 26\tMu\u0308ller\n');
    const back = bratFormat.parse(files, { ...PARSE_OPTIONS, annotator: 'someone' });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.dataset.documents).toHaveLength(1);
    expect(back.dataset.documents[0]?.annotations.map((a) => [a.annotator, a.text, a.note ?? null])).toEqual([
      ['jonas', 'Mu\u0308ller', null],
      ['kim', 'Kim', null],
      ['kim', '„Ja.“', 'kurz'],
    ]);
  });

  it.each([
    ['a span ending in a line break', 'Wien.\nDanach', [0, 6], 'T1\tquote 0 6\tWien. '],
    ['a span starting with a line break', 'a\nWien 😀', [1, 8], 'T1\tquote 1 8\t Wien 😀'],
    ['a span across two line breaks, ending in one', 'x\n\nMu\u0308ller\n', [0, 11], 'T1\tquote 0 1;3 11\tx Mu\u0308ller '],
    ['a span of line breaks only', 'a\n\nb', [1, 3], 'T1\tquote 1 3\t  '],
  ] as const)('keeps the exact range of %s (line breaks at an edge stay in the edge fragment)', (_name, text, range, line) => {
    const dataset = spansOver(text, [range as unknown as [number, number]]);
    const files = serializeBrat(dataset);
    expect(files[2]?.content).toBe(`${line}\n`);
    const back = bratFormat.parse(files, PARSE_OPTIONS);
    expect(back.ok && back.dataset.documents[0]?.annotations.map((a) => [a.start, a.end, a.text])).toEqual([[range[0], range[1], Array.from(text).slice(range[0], range[1]).join('')]]);
  });

  it('writes a line break inside a note as a space (brat has no way to hold one)', () => {
    const dataset = spansOver('Kim sagte Ja.', [[0, 3]]);
    const doc = dataset.documents[0];
    const withNote = { ...dataset, documents: [{ ...doc, annotations: [{ ...doc?.annotations[0], note: 'zwei\nZeilen' }] }] } as TagwerkDataset;
    expect(serializeBrat(withNote)[2]?.content).toBe('T1\tquote 0 3\tKim\n#1\tAnnotatorNotes T1\tzwei Zeilen\n');
  });

  it('reads a brat corpus file with events, relations, attributes, normalizations and an equivalence: keeps the relation, counts each kind it cannot keep', () => {
    const dir = repoPath('tests/fixtures/formats/peers/brat-news');
    const files = readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
    const result = bratFormat.parse(files, PARSE_OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents[0]?.annotations.map((a) => [a.label, a.text])).toEqual([
      ['GPE', 'Berlin'], ['Person', 'Anna Beispiel'], ['Marry', 'heiratete'], ['Person', 'Jonas Muster'],
      ['Organization', 'Der Konzern'], ['Money', '5 Mio. Euro'], ['GPE', 'Wien'], ['Transfer-money', 'zahlte'],
    ]);
    expect(result.dataset.documents[0]?.annotations[1]?.note).toBe('Ministerin seit 2024');
    const byId = new Map(result.dataset.documents[0]?.annotations.map((a) => [a.id, a.text]));
    expect(result.dataset.documents[0]?.relations?.map((r) => [byId.get(r.from), r.type, byId.get(r.to), r.annotator])).toEqual([['Anna Beispiel', 'Located', 'Berlin', 'kim']]);
    expect(result.dataset.relationTypes?.find((t) => t.id === 'Located')).toEqual({ id: 'Located', name: 'Located', from: ['Person'], to: ['GPE'] });
    expect(result.losses.map(formatLossLine)).toEqual([
      '1 discontinuous span not imported (first at dpa-meldung.ann line 8)',
      '2 events not imported (first at dpa-meldung.ann line 10)',
      '1 equivalence not imported (first at dpa-meldung.ann line 13)',
      '3 attributes not imported (first at dpa-meldung.ann line 14)',
      '1 normalization not imported (first at dpa-meldung.ann line 17)',
      '1 note on something else not imported (first at dpa-meldung.ann line 19)',
    ]);
  });

  it('splits a span containing line breaks into fragments at the newlines', () => {
    const ann = serializeBrat(loadDataset(MIXED_FIXTURE)).find((f) => f.name === 'kim/emoji-astral.ann');
    expect(ann?.content.split('\n')[1]).toBe(
      'T2\tclaim 17 74;75 140\tDer Bundestag hat am 3. Juli 2025 das Gesetz beschlossen. Die Abgeordnete 𝔄nna Beispiel 😀 nannte das Ergebnis „historisch“.',
    );
    expect(ann?.content).toContain('#1\tAnnotatorNotes T2\tZwei Sätze, zwei Zeilen\n');
  });

  it('names files after the source (no builtin:, unique), and writes white space in labels as _', () => {
    const dataset = kimOnly();
    const doc = dataset.documents[0];
    if (doc === undefined) throw new Error('no document');
    const twice = {
      ...dataset,
      labels: [...dataset.labels, { id: 'named entity', name: 'NE' }],
      documents: [
        { ...doc, source: 'builtin:000_2010653594c6cf10.txt', annotations: [{ ...doc.annotations[0], label: 'named entity' } as typeof doc.annotations[0]] },
        { ...doc, source: '000_2010653594c6cf10.md' },
      ],
    };
    const files = serializeBrat(twice);
    expect(files.map((f) => f.name)).toEqual(['annotation.conf', '000_2010653594c6cf10.txt', '000_2010653594c6cf10.ann', '000_2010653594c6cf10-2.txt', '000_2010653594c6cf10-2.ann']);
    expect(files[2]?.content).toBe('T1\tnamed_entity 13 18\t„Ja.“\n#1\tAnnotatorNotes T1\tkurz\n');
    expect(files[0]?.content).toContain('\nnamed_entity\n');
  });

  it('reads a folder: pairs .txt with .ann by name, ignores configuration files, counts attributes and a relation of a tag to itself', () => {
    const result = bratFormat.parse(
      [
        { name: 'annotation.conf', content: '[entities]\nactor\n' },
        { name: 'a.ann', content: 'T1\tactor 2 5\tKim\nR1\tsays Arg1:T1 Arg2:T1\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tprüfen\n' },
        { name: 'a.txt', content: SMALL_TEXT },
        { name: 'b.txt', content: 'Ohne Annotationen.' },
      ],
      PARSE_OPTIONS,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents.map((d) => [d.title, d.source, d.annotations.map((a) => [a.start, a.end, a.label, a.text, a.note])])).toEqual([
      ['a', 'a.txt', [[2, 5, 'actor', 'Kim', 'prüfen']]],
      ['b', 'b.txt', []],
    ]);
    expect(result.losses.map((l) => [l.kind, l.count, l.first])).toEqual([['attribute', 1, 'a.ann line 3'], ['invalidRelation', 1, 'a.ann line 2']]);
  });

  it('joins fragments separated only by line breaks back into one span', () => {
    const result = parseBratDocument({ name: 'x', txt: 'ab\n\ncd ef', ann: 'T1\tclaim 0 2;4 6\tab cd\n' }, PARSE_OPTIONS);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => [a.start, a.end, a.text])).toEqual([[0, 6, 'ab\n\ncd']]);
  });

  it.each([
    ['T1\tactor 2 5\tKin', SMALL_TEXT, 'klein.ann line 1: T1: offsets 2 5 read "Kim" but the file quotes "Kin"'],
    ['T1\tactor 2 99\tKim', SMALL_TEXT, 'klein.ann line 1: T1: fragment 2 99 is not a non-empty range within 0..35 code points'],
    ['T1\tactor two five\tKim', SMALL_TEXT, 'klein.ann line 1: not a brat annotation line (e.g. a text-bound "Tn<TAB>label start end<TAB>text")'],
    ['T1\tactor 2 5\tKim\n#1\tAnnotatorNotes T7\tx', SMALL_TEXT, 'klein.ann line 2: AnnotatorNotes refer to T7, which is not an annotation of this file'],
  ])('reports %j clearly', (ann, txt, line) => {
    expect(problems(ann, txt)).toEqual([line]);
  });

  it('reports an .ann file without its .txt', () => {
    const result = bratFormat.parse([{ name: 'lost.ann', content: '' }], PARSE_OPTIONS);
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual(['lost.ann: has no .txt file of the same name']);
  });
});

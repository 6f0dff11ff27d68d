import { describe, expect, it } from 'vitest';
import { bratFormat, parseBratDocument, serializeBrat } from '../../../../shared/formats/bratFormat';
import { formatProblemLine } from '../../../../shared/formats/formatProblem';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';
import { MIXED_FIXTURE, loadDataset } from './formatTestSupport';

function problems(ann: string, txt = SMALL_TEXT): string[] {
  const result = parseBratDocument({ name: 'klein', txt, ann }, PARSE_OPTIONS);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblemLine);
}

describe('brat standoff', () => {
  it('writes a .txt and an .ann per document, code points, notes as AnnotatorNotes', () => {
    expect(serializeBrat(smallDataset())).toEqual([
      { name: 'klein.txt', content: SMALL_TEXT },
      { name: 'klein.ann', content: 'T1\tactor 2 5\tKim\nT2\tquote 13 18\t„Ja.“\nT3\tactor 19 26\tMu\u0308ller\n#1\tAnnotatorNotes T2\tkurz\n' },
    ]);
  });

  it('splits a span containing line breaks into fragments at the newlines', () => {
    const [, ann] = serializeBrat(loadDataset(MIXED_FIXTURE));
    expect(ann?.content.split('\n')[1]).toBe(
      'T2\tclaim 17 74;75 140\tDer Bundestag hat am 3. Juli 2025 das Gesetz beschlossen. Die Abgeordnete 𝔄nna Beispiel 😀 nannte das Ergebnis „historisch“.',
    );
    expect(ann?.content).toContain('#1\tAnnotatorNotes T2\tZwei Sätze, zwei Zeilen\n');
  });

  it('names files after the source (no builtin:, unique), and writes white space in labels as _', () => {
    const dataset = smallDataset();
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
    expect(files.map((f) => f.name)).toEqual(['000_2010653594c6cf10.txt', '000_2010653594c6cf10.ann', '000_2010653594c6cf10-2.txt', '000_2010653594c6cf10-2.ann']);
    expect(files[1]?.content).toBe('T1\tnamed_entity 13 18\t„Ja.“\n#1\tAnnotatorNotes T1\tkurz\n');
  });

  it('reads a folder: pairs .txt with .ann by name, ignores configuration files, relations and attributes', () => {
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
  });

  it('joins fragments separated only by line breaks back into one span', () => {
    const result = parseBratDocument({ name: 'x', txt: 'ab\n\ncd ef', ann: 'T1\tclaim 0 2;4 6\tab cd\n' }, PARSE_OPTIONS);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => [a.start, a.end, a.text])).toEqual([[0, 6, 'ab\n\ncd']]);
  });

  it.each([
    ['T1\tclaim 0 2;3 5\tab d', 'ab cd ef', 'klein.ann line 1: T1: discontinuous span (fragments separated by " ", not only line breaks) cannot be represented'],
    ['T1\tactor 2 5\tKin', SMALL_TEXT, 'klein.ann line 1: T1: offsets 2 5 read "Kim" but the file quotes "Kin"'],
    ['T1\tactor 2 99\tKim', SMALL_TEXT, 'klein.ann line 1: T1: fragment 2 99 is not a non-empty range within 0..35 code points'],
    ['T1\tactor two five\tKim', SMALL_TEXT, 'klein.ann line 1: not a brat text-bound annotation "Tn<TAB>label start end<TAB>text"'],
    ['T1\tactor 2 5\tKim\n#1\tAnnotatorNotes T7\tx', SMALL_TEXT, 'klein.ann line 2: AnnotatorNotes refer to T7, which is not a text-bound annotation'],
  ])('reports %j clearly', (ann, txt, line) => {
    expect(problems(ann, txt)).toEqual([line]);
  });

  it('reports an .ann file without its .txt', () => {
    const result = bratFormat.parse([{ name: 'lost.ann', content: '' }], PARSE_OPTIONS);
    expect(!result.ok && result.problems.map(formatProblemLine)).toEqual(['lost.ann: has no .txt file of the same name']);
  });
});

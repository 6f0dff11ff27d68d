import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { readWebanno, webannoExportNotes, webannoFormat, writeWebanno } from '@shared/formats/webannoFormat';
import { serializeWebannoDocument } from '@shared/formats/webannoWrite';
import { parseWebannoDocument } from '@shared/formats/webannoParse';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength } from '@shared/text/offsetConverter';
import { PARSE_OPTIONS, smallDataset } from './formatTestData';
import { loadDataset, MIXED_FIXTURE } from './formatTestSupport';
import { readFixture, readFixtureFolder } from './webannoTestSupport';

/** A one-document dataset of `text` with the given code-point spans (annotator kim). */
function datasetOf(text: string, spans: ReadonlyArray<{ start: number; end: number; label: string; note?: string }>): TagwerkDataset {
  const cps = Array.from(text);
  const result = validateTagwerkDataset({
    format: 'tagwerk.dataset', version: 1, exportedAt: PARSE_OPTIONS.exportedAt, annotator: 'kim', offsetUnit: 'codepoint',
    labels: [...new Set(spans.map((s) => s.label))].map((id) => ({ id, name: id })),
    documents: [{
      id: documentIdOf(text), title: 't', language: 'de', source: 'doc.txt', text,
      annotations: spans.map((s, i) => ({ id: `a${i}`, label: s.label, start: s.start, end: s.end, text: cps.slice(s.start, s.end).join(''), annotator: 'kim', ...(s.note !== undefined && { note: s.note }) })),
    }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** The spans of a dataset as comparable tuples. */
function spansOf(dataset: TagwerkDataset): string[] {
  return dataset.documents.flatMap((d) => d.annotations.map((a) => JSON.stringify([d.id, a.start, a.end, a.label, a.annotator, a.note ?? null]))).sort();
}

function parsed(files: Parameters<typeof webannoFormat.parse>[0]): TagwerkDataset {
  const result = webannoFormat.parse(files, PARSE_OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('webanno: our own files round-trip byte for byte', () => {
  it.each(['tests/fixtures/formats/webanno/mixed', 'tests/fixtures/formats/webanno/article'])('%s: import -> export gives the same files', (folder) => {
    const files = readFixtureFolder(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(webannoFormat.serialize(parsed(files))).toEqual(files);
  });

  it('a dataset survives export -> import with its texts (same document ids), spans, labels, notes and annotators', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const back = parsed(writeWebanno(dataset).files);
    expect(back.documents.map((d) => d.id).sort()).toEqual(dataset.documents.map((d) => d.id).sort());
    expect(spansOf(back)).toEqual(spansOf(dataset));
  });

  it('writes one file per document and annotator in INCEpTION project layout', () => {
    expect(writeWebanno(loadDataset(MIXED_FIXTURE)).files.map((f) => f.name)).toEqual([
      'emoji-astral.txt/jonas.tsv', 'emoji-astral.txt/kim.tsv', 'nfd-umlaute.txt/jonas.tsv', 'nfd-umlaute.txt/kim.tsv',
    ]);
  });
});

describe('webanno: offsets are UTF-16 code units in the file, code points in Tagwerk', () => {
  it('writes "Kim" after an emoji at 3-6 and reads it back at code points 2..5', () => {
    const dataset = smallDataset();
    const files = writeWebanno(dataset).files;
    const kim = files.find((f) => f.name === 'klein.txt/kim.tsv')?.content ?? '';
    expect(kim).toContain('1-1\t0-2\t😀\t_\t_\t\n1-2\t3-6\tKim\tactor\t*\t\n');
    expect(kim).toContain('\t„\tquote[1]\tkurz[1]\t\n');
    const back = parsed(files);
    expect(back.documents[0]?.annotations.find((a) => a.label === 'actor' && a.annotator === 'kim')).toMatchObject({ start: 2, end: 5, text: 'Kim' });
    expect(back.documents[0]?.annotations.find((a) => a.annotator === 'jonas')).toMatchObject({ text: 'Mu\u0308ller', start: 19, end: 26 });
  });

  it('refuses a file that counts code points instead, naming the row', () => {
    const result = webannoFormat.parse([{ name: 'cp.tsv', content: readFixture('tests/fixtures/formats/webanno/inception/code-point-offsets.tsv') }], PARSE_OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toEqual({ path: 'cp.tsv line 6', code: 'webannoTokenMismatch', offsets: '0-1', found: '\\ud83d', token: '😊', message: '1-1: offsets 0-1 read "\\ud83d", not the token "😊" (offsets must count UTF-16 code units)' });
  });
});

describe('webanno: INCEpTION-style files', () => {
  const layers = readFixture('tests/fixtures/formats/webanno/inception/layers-emoji.tsv');

  it('reads the Tag layer of a file with POS, named entities, a coreference chain and dependencies', () => {
    const dataset = parsed([{ name: 'annotation/merkel.txt/anna.tsv', content: layers }]);
    const doc = dataset.documents[0];
    expect(doc?.text).toBe('😊 Merkel traf am 3. März Macron.\nSie sprachen über die EU-Kommission.');
    expect(doc?.source).toBe('merkel.txt');
    expect(doc?.annotations.map((a) => [a.label, a.start, a.end, a.text, a.annotator, a.note ?? null])).toEqual([
      ['actor', 2, 8, 'Merkel', 'anna', null],
      ['date', 14, 24, 'am 3. März', 'anna', null],
      ['actor', 25, 31, 'Macron', 'anna', 'Präsident_Frankreichs [FR]'],
      ['claim', 37, 69, 'sprachen über die EU-Kommission.', 'anna', null],
      ['actor', 55, 57, 'EU', 'anna', null],
    ]);
  });

  it('counts what it does not import, by kind: other layers\' annotations, chain links and relations', () => {
    const read = readWebanno([{ name: 'merkel.tsv', content: layers }]);
    expect(read.problems).toEqual([]);
    expect(read.losses).toEqual([
      { kind: 'layer', count: 14 + 4, first: 'merkel.tsv line 11' },
      { kind: 'chain', count: 3, first: 'merkel.tsv line 12' },
      { kind: 'relation', count: 3, first: 'merkel.tsv line 11' },
    ]);
  });

  it('joins multi-token spans by their [n] ids, takes partial tokens from sub-token rows and counts zero-width spans as lost', () => {
    const content = readFixture('tests/fixtures/formats/webanno/inception/sub-tokens.tsv');
    const read = readWebanno([{ name: 'sub.tsv', content }]);
    expect(read.losses).toEqual([{ kind: 'empty', count: 1, first: 'sub.tsv line 10' }]);
    const spans = read.documents[0]?.spans.map((s) => [s.label, s.start, s.end]);
    expect(spans).toEqual([['claim', 0, 13], ['quote', 0, 10], ['actor', 0, 6], ['date', 3, 17], ['actor', 3, 13]]);
  });

  it('reads the same document from several annotators as one document with each annotator\'s tags', () => {
    const files = writeWebanno(loadDataset(MIXED_FIXTURE)).files;
    const back = parsed(files);
    expect(back.documents).toHaveLength(2);
    expect(new Set(back.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))).toEqual(new Set(['jonas', 'kim']));
  });

  it.each([
    ['a wrong header', '#FORMAT=WebAnno TSV 2\n', 'x.tsv line 1'],
    ['a row with too few columns', '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Tag|label|note\n\n\n#Text=Ja\n1-1\t0-2\tJa\n', 'x.tsv line 6'],
    ['a row before any #Text=', '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Tag|label\n\n\n1-1\t0-2\tJa\t_\t\n', 'x.tsv line 5'],
  ])('reports %s and imports nothing', (_name, content, path) => {
    const result = webannoFormat.parse([{ name: 'x.tsv', content }], PARSE_OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe(path);
  });
});

describe('webanno: writing', () => {
  it('stacks tags on one token with [n] ids and writes a partial token as a sub-token row', () => {
    const text = 'Die Bundesregierung tagte.';
    const { content } = serializeWebannoDocument(text, [{ type: 'webanno.custom.Tag', features: ['label', 'note'], spans: [
      { start: 4, end: 19, values: ['actor', undefined] },
      { start: 4, end: 10, values: ['actor', 'nur der Bund'] },
      { start: 4, end: 19, values: ['claim', undefined] },
    ] }] );
    expect(content).toBe([
      '#FORMAT=WebAnno TSV 3.3', '#T_SP=webanno.custom.Tag|label|note', '', '',
      '#Text=Die Bundesregierung tagte.',
      '1-1\t0-3\tDie\t_\t_\t',
      '1-2\t4-19\tBundesregierung\tactor[1]|claim[2]\t*[1]|*[2]\t',
      '1-2.1\t4-10\tBundes\tactor\tnur der Bund\t',
      '1-3\t20-25\ttagte\t_\t_\t',
      '1-4\t25-26\t.\t_\t_\t',
      '',
    ].join('\n'));
  });

  it('escapes reserved characters in labels and notes and reads them back', () => {
    const note = 'a|b [c] d_e -> f; g* \\ h\tTab\nneue Zeile';
    const dataset = datasetOf('Er kam.', [{ start: 0, end: 2, label: 'act|or', note }]);
    const content = writeWebanno(dataset).files[0]?.content ?? '';
    expect(content).toContain('\tact\\|or\ta\\|b \\[c\\] d\\_e \\-> f\\; g\\* \\\\ h\\tTab\\nneue Zeile\t\n');
    expect(parsed(writeWebanno(dataset).files).documents[0]?.annotations[0]).toMatchObject({ label: 'act|or', note });
  });

  it('counts spans that start or end in white space (written trimmed) and spans over white space only (dropped)', () => {
    const written = serializeWebannoDocument('Ja  nein', [{ type: 'webanno.custom.Tag', features: ['label'], spans: [
      { start: 1, end: 3, values: ['a'] },
      { start: 2, end: 4, values: ['b'] },
      { start: 0, end: 8, values: ['c'] },
    ] }]);
    expect([written.trimmed, written.dropped]).toEqual([1, 1]);
  });

  it('says in its export notes what TSV cannot hold: white space at a tag\'s edge or before the first word', () => {
    expect(webannoExportNotes(datasetOf('Er kam.', [{ start: 0, end: 2, label: 'actor' }]))).toEqual([]);
    expect(webannoExportNotes(datasetOf('\nEr  kam.', [{ start: 1, end: 4, label: 'actor' }, { start: 3, end: 5, label: 'date' }])).map((n) => [n.message, n.facts])).toEqual([
      ['webanno: 1 document begins with line breaks or tabs before the first word (or has no word at all); TSV has no place for them, so it reads back as another text', { code: 'webannoChangedTexts', count: 1 }],
      ['webanno: 1 tag starts or ends in white space between tokens and was written trimmed to its tokens', { code: 'webannoTrimmed', count: 1 }],
      ['webanno: 1 tag covers white space only and was not written', { code: 'webannoDropped', count: 1 }],
    ]);
  });

  it('keeps every text with a token at its start exactly, and every span not starting or ending in white space', () => {
    const unit = fc.constantFrom('Wort', 'Dr.', 'z. B.', '4,5', '„', '“', '.', ' ', ' ', '  ', '\n', '\n\n', '😀', '👍🏽', 'Mu\u0308ller', '\t', '\\', '#', '\r', '|');
    const arb = fc.tuple(fc.constantFrom('A', 'Ö', '😀', '„'), fc.array(unit, { maxLength: 25 })).chain(([first, rest]) => {
      const text = first + rest.join('');
      const n = codePointLength(text);
      const span = fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 }));
      return fc.record({ text: fc.constant(text), spans: fc.array(span, { maxLength: 6 }) });
    });
    fc.assert(
      fc.property(arb, ({ text, spans }) => {
        const cps = Array.from(text);
        const kept = spans.filter((s) => !/\s/u.test(cps[s.start] as string) && !/\s/u.test(cps[s.end - 1] as string));
        const unique = [...new Map(kept.map((s) => [`${s.start}-${s.end}`, s])).values()];
        const dataset = datasetOf(text, unique.map((s, i) => ({ ...s, label: i % 2 === 0 ? 'claim' : 'actor' })));
        const back = parsed(writeWebanno(dataset).files);
        expect(back.documents[0]?.text).toBe(text);
        expect(spansOf(back)).toEqual(spansOf(dataset));
        expect(parseWebannoDocument(writeWebanno(back).files[0]?.content ?? '', 'x').problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

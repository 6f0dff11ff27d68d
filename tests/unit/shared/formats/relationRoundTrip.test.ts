import { describe, expect, it } from 'vitest';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import type { NamedFile, ParseOptions, ParseResult } from '@shared/formats/formatAdapter';
import { formatLossLine } from '@shared/formats/formatLoss';
import { FORMAT_REGISTRY, formatEntry } from '@shared/formats/formatRegistry';
import { RELATIONS_FIXTURE, loadDataset, optionsFor } from './formatTestSupport';

/** Every readable format as serialize-to-string + parse (brat and WebAnno as their file lists). */
const ADAPTERS: ReadonlyArray<[string, (d: TagwerkDataset) => string, (s: string, o: ParseOptions) => ParseResult]> = FORMAT_REGISTRY.filter((entry) => !('exportOnly' in entry)).map((entry) => {
  if (entry.output === 'file') return [entry.id, (d: TagwerkDataset) => entry.adapter.serialize(d), (s: string, o: ParseOptions) => entry.adapter.parse(s, o)];
  return [entry.id, (d: TagwerkDataset) => JSON.stringify(entry.adapter.serialize(d)), (s: string, o: ParseOptions) => entry.adapter.parse(JSON.parse(s) as NamedFile[], o)];
});

function parsedOrThrow(result: ParseResult): TagwerkDataset & { losses: string[] } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return { ...result.dataset, losses: result.losses.map(formatLossLine) };
}

/**
 * Each relation as the formats must keep it, independent of ids: its type, annotator, note and
 * both ends by (start, end, label, quote) — the quote of the fixture holds an emoji and an NFD umlaut.
 */
function relationsOf(dataset: TagwerkDataset, withNotes: boolean): string[][] {
  return dataset.documents.map((d) => {
    const byId = new Map(d.annotations.map((a) => [a.id, `${a.start}-${a.end}-${a.label}-${a.text}`]));
    return (d.relations ?? []).map((r) => `${byId.get(r.from) ?? '?'} =${r.type}/${r.annotator}=> ${byId.get(r.to) ?? '?'}${withNotes ? ` (${r.note ?? ''})` : ''}`).sort();
  });
}

/** Formats that keep a relation's note (W3C's commenting body, WebAnno's `note` feature; brat writes its line break as a space). */
const KEEPS_NOTES = new Set(['tagwerk', 'w3c', 'webanno']);

describe.each(ADAPTERS)('%s keeps relations', (id, serialize, parse) => {
  const dataset = loadDataset(RELATIONS_FIXTURE);

  it('export -> import gives back every relation (type, annotator, both ends), with nothing reported lost', () => {
    const back = parsedOrThrow(parse(serialize(dataset), optionsFor(dataset)));
    expect(relationsOf(back, KEEPS_NOTES.has(id))).toEqual(relationsOf(dataset, KEEPS_NOTES.has(id)));
    expect(back.losses).toEqual([]);
    expect(relationsOf(dataset, false).flat()).toHaveLength(7);
  });

  it('export -> import -> export gives identical output', () => {
    const first = serialize(dataset);
    expect(serialize(parsedOrThrow(parse(first, optionsFor(dataset))))).toBe(first);
  });
});

describe('relations where a format has no place for them', () => {
  it('the CoNLL export says how many relations it dropped', () => {
    expect(formatEntry('conll').exportNotes?.(loadDataset(RELATIONS_FIXTURE))).toContainEqual({ message: 'conll: 7 relations dropped (CoNLL columns hold tags only)', facts: { code: 'conllRelations', count: 7 } });
  });

  it.each(['doccano', 'labelstudio', 'spacy'] as const)('the %s export says it left out the note on a relation', (format) => {
    expect(formatEntry(format).exportNotes?.(loadDataset(RELATIONS_FIXTURE))).toEqual([{ message: `${format}: 1 note on a relation not written (the format has no place for them)`, facts: { code: 'relationNotesNotWritten', format, count: 1 } }]);
  });
});

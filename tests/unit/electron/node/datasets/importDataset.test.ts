import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength } from '@shared/text/offsetConverter';
import { importDataset } from '../../../../../electron/node/datasets/importDataset';
import { storeOn } from '../store/storeTestKit';
import { tempDir } from '../../cli/cliTestKit';

/** A text with an emoji and an NFD umlaut before its tags, unique per `n`. */
const textOf = (n: number) => `Meldung ${n}: 📰 Gu\u0308lşen sagte „nein“ am Montag.`;

function tag(text: string, id: string, label: string, quote: string, annotator = 'jonas'): Annotation {
  const start = codePointLength(text.slice(0, text.indexOf(quote)));
  return { id, label, start, end: start + codePointLength(quote), text: quote, annotator };
}

function dataset(documents: TagwerkDataset['documents']): TagwerkDataset {
  return { format: 'tagwerk.dataset', version: 2, exportedAt: '2026-12-01T00:00:00.000Z', annotator: 'jonas', offsetUnit: 'codepoint', labels: ['claim', 'quote', 'date', 'actor'].map((id) => ({ id, name: id })), documents };
}

describe('importDataset', () => {
  it('imports many documents at once and reports them in the file order, each with its tags', async () => {
    const store = storeOn(tempDir('tagwerk-import-'));
    const documents = Array.from({ length: 40 }, (_, n) => {
      const text = textOf(n);
      return { id: documentIdOf(text), title: `Meldung ${n}`, language: 'de', source: `m${n}.txt`, text, annotations: [tag(text, `a${n}`, 'actor', 'Gu\u0308lşen'), tag(text, `q${n}`, 'quote', '„nein“', 'kim')], relations: [] };
    });
    const reports = await importDataset(store, dataset(documents), 'jonas');
    expect(reports.map((r) => r.meta.title)).toEqual(documents.map((d) => d.title));
    expect(reports.every((r) => r.created && r.mine?.added === 1 && r.colleagues.length === 1)).toBe(true);
    expect((await store.loadAnnotations(documents[39]?.id ?? '')).annotations.map((a) => a.text)).toEqual(['Gu\u0308lşen']);
  });

  it('merges two entries of one text one after the other (no conflict between their saves)', async () => {
    const store = storeOn(tempDir('tagwerk-import-'));
    const text = textOf(1);
    const entry = (annotations: Annotation[]) => ({ id: documentIdOf(text), title: 'Eins', language: 'de', source: 'eins.txt', text, annotations, relations: [] });
    const reports = await importDataset(store, dataset([entry([tag(text, 'a', 'actor', 'Gu\u0308lşen')]), entry([tag(text, 'd', 'date', 'am Montag')])]), 'jonas');
    expect(reports.map((r) => r.mine?.added)).toEqual([1, 1]);
    expect((await store.loadAnnotations(documentIdOf(text))).annotations.map((a) => a.label).sort()).toEqual(['actor', 'date']);
  });
});

import type { Annotation } from '@shared/annotation/annotation';
import { TagwerkDatasetSchema, type TagwerkDataset } from '@shared/formats/datasetSchema';
import { documentIdOf } from '@shared/text/documentId';
import { CRASH_TEXT } from './crashFixture';

/** The texts the mixed writer's imports cycle through (each import brings three of them). */
export const MIXED_TEXTS = Array.from({ length: 6 }, (_, i) => `Artikel ${i} 👍🏽 – Mu\u0308ller sagte am 3. Mai: „Wir handeln.“\n${CRASH_TEXT.slice(0, 4000 + i * 500)}`.normalize('NFC'));

/** The document every round saves my tags and jonas's set on. */
export const MIXED_HOME = MIXED_TEXTS[0] as string;

/** A quote and an actor of `annotator` (ids numbered by `n`) on one of the texts. */
export function mixedTags(text: string, annotator: string, n: number): Annotation[] {
  const at = (quote: string) => {
    const start = [...text.slice(0, text.indexOf(quote))].length;
    return { start, end: start + [...quote].length };
  };
  return [
    { id: `${annotator}-q${n}`, label: 'quote', ...at('„Wir handeln.“'), text: '„Wir handeln.“', annotator },
    { id: `${annotator}-a${n}`, label: 'actor', ...at('Müller'), text: 'Müller', annotator },
  ];
}

/** When the files of write `n` were exported (later for every n, so each import replaces the last). */
export const mixedExportedAt = (n: number): string => new Date(Date.parse('2026-11-20T10:00:00.000Z') + n * 1000).toISOString();

/** The texts import `n` brings. */
export const mixedImportTexts = (n: number): string[] => [0, 1, 2].map((k) => MIXED_TEXTS[(n + k) % MIXED_TEXTS.length] as string);

/** The document moved to the trash and back in round `n`. */
export const mixedVictim = (n: number): string => documentIdOf(MIXED_TEXTS[1 + (n % (MIXED_TEXTS.length - 1))] as string);

/** Import `n`: three documents, each with a colleague's two tags and a relation between them. */
export function mixedDataset(n: number): TagwerkDataset {
  return TagwerkDatasetSchema.parse({
    format: 'tagwerk.dataset', version: 2, exportedAt: mixedExportedAt(n), annotator: 'mara', offsetUnit: 'codepoint',
    labels: [{ id: 'quote', name: 'Quote' }, { id: 'actor', name: 'Actor' }],
    relationTypes: [{ id: 'source', name: 'Source', from: ['quote'], to: ['actor'] }],
    documents: mixedImportTexts(n).map((text, k) => {
      const annotations = mixedTags(text, `mara${k}`, n);
      return {
        id: documentIdOf(text), title: `Artikel ${k}`, language: 'de', source: `artikel-${k}.txt`, text, annotations,
        relations: [{ id: `r${n}-${k}`, type: 'source', from: annotations[0]!.id, to: annotations[1]!.id, annotator: annotations[0]!.annotator }],
      };
    }),
  });
}

/** The assist rejection write `n` adds (a new pair each time, so every write changes the file). */
export const mixedRejection = (n: number): { label: string; text: string } => ({ label: 'actor', text: `Mu\u0308ller ${n} 👍🏽`.normalize('NFC') });

import { z } from 'zod';

const text = z.string().max(2_000);
const count = z.number().int().nonnegative();

/** A note counting what a format left out or changed. */
const counted = <C extends string>(code: C) => z.object({ code: z.literal(code), count });

/**
 * What an import or export tells the user besides its result (a text made canonical, a damaged
 * document skipped, what a format could not hold), as a code and the values a sentence needs, so
 * the window words it from its catalogs (`datasetNotes.<code>`) while the CLI prints the English
 * `message` next to it.
 */
export const NoteFactsSchema = z.discriminatedUnion('code', [
  // Import
  z.object({ code: z.literal('canonicalized'), title: text, from: text, to: text, spans: count, lineEnds: count, nfc: z.boolean(), bom: z.boolean() }),
  z.object({ code: z.literal('storeNotice'), notice: text, file: text, movedTo: text.optional() }),
  // Export: what was read from the store
  z.object({ code: z.literal('documentSkipped'), title: text, id: text }),
  z.object({ code: z.literal('mineReadOnly'), id: text }),
  z.object({ code: z.literal('idRenamed'), id: text, annotator: text, original: text, renamed: text }),
  // Export: what a format could not hold
  z.object({ code: z.literal('relationNotesNotWritten'), format: text, count }),
  counted('webannoChangedTexts'),
  counted('webannoTrimmed'),
  counted('webannoDropped'),
  counted('webannoDroppedRelations'),
  counted('conllRelations'),
  counted('conllExpanded'),
  counted('conllDeeper'),
  counted('conllCrossing'),
  counted('conllNoToken'),
]);
export type NoteFacts = z.infer<typeof NoteFactsSchema>;

/** Every note code, for the catalogs test. */
export const NOTE_CODES = NoteFactsSchema.options.map((option) => option.shape.code.value);

/** A note of an import or export: main's English line (the CLI's, and the window's hover detail) and the facts the window words. */
export const DatasetNoteSchema = z.object({ message: z.string(), facts: NoteFactsSchema.optional() });
export type DatasetNote = z.infer<typeof DatasetNoteSchema>;

/** The codes of notes that only count something. */
type CountedCode = Extract<NoteFacts, { code: `webanno${string}` | `conll${string}` }>['code'];

/** A format's counted note, or none when nothing was counted: one line the CLI prints, one sentence the window shows. */
export function countedNote(code: CountedCode, count: number, message: string): DatasetNote[] {
  return count > 0 ? [{ message, facts: { code, count } }] : [];
}

import type { TagwerkDataset } from './datasetSchema';
import type { DatasetNote } from './noteFacts';

/**
 * The export note of a format that writes relations but has no place for a relation's note
 * (doccano, spaCy/Prodigy, Label Studio): how many notes were left out, or nothing.
 */
export function relationNoteNotes(format: string): (dataset: TagwerkDataset) => DatasetNote[] {
  return (dataset) => {
    const notes = dataset.documents.reduce((sum, d) => sum + (d.relations ?? []).filter((r) => r.note !== undefined).length, 0);
    return notes === 0
      ? []
      : [{ message: `${format}: ${notes} ${notes === 1 ? 'note on a relation' : 'notes on relations'} not written (the format has no place for them)`, facts: { code: 'relationNotesNotWritten', format, count: notes } }];
  };
}

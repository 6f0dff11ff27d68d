import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { documentIdOf } from '@shared/text/documentId';

/** A small text with an emoji before its spans: "Kim" is code points 2..5, UTF-16 3..6. */
export const SMALL_TEXT = '😀 Kim sagte: „Ja.“\nMu\u0308ller schwieg.';

/** Options every lossy parse gets in these tests (the CLI passes the user and its clock). */
export const PARSE_OPTIONS = { annotator: 'kim', exportedAt: '2026-11-20T12:00:00.000Z', source: 'import.jsonl' } as const;

/** A one-document dataset over SMALL_TEXT: actor "Kim", quote "„Ja.“", actor "Müller" (NFD). */
export function smallDataset(): TagwerkDataset {
  const result = validateTagwerkDataset({
    format: 'tagwerk.dataset',
    version: 1,
    exportedAt: '2026-11-20T12:00:00.000Z',
    annotator: 'kim',
    offsetUnit: 'codepoint',
    labels: [{ id: 'quote', name: 'Quote' }, { id: 'actor', name: 'Actor' }],
    documents: [{
      id: documentIdOf(SMALL_TEXT),
      title: 'Klein',
      language: 'de',
      source: 'klein.txt',
      text: SMALL_TEXT,
      annotations: [
        { id: 'a2', label: 'quote', start: 13, end: 18, text: '„Ja.“', annotator: 'kim', note: 'kurz' },
        { id: 'a1', label: 'actor', start: 2, end: 5, text: 'Kim', annotator: 'kim' },
        { id: 'a3', label: 'actor', start: 19, end: 26, text: 'Mu\u0308ller', annotator: 'jonas' },
      ],
    }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/**
 * The one set of limits every reader and writer of Tagwerk checks against — the CLI, the
 * window's handlers, the IPC contract and the format readers — so nothing can be imported that
 * cannot be saved again, and every refusal names the same number. Sizes are bytes, lengths UTF-16
 * units (what zod's `max` counts), counts per set or per document.
 */
export const LIMITS = {
  /** Largest dataset file read (Tagwerk JSON, a JSONL or JSON export, one file of a brat or WebAnno folder). */
  datasetBytes: 200 * 1024 * 1024,
  /** Largest text file opened or imported (.txt, .md, .html). */
  textBytes: 20 * 1024 * 1024,
  /** Files dropped on the window or opened at once. */
  openedFiles: 50,
  /** Annotations in one document's set (mine, or one colleague's): imports and saves refuse more. */
  annotationsPerSet: 200_000,
  /** Relations in one document's set. */
  relationsPerSet: 200_000,
  /** Annotation, relation and other ids. */
  idLength: 200,
  /** Label and relation type ids. */
  labelIdLength: 64,
  /** Label and relation type names, annotator names. */
  nameLength: 200,
  /** Document titles. */
  titleLength: 1000,
  /** A document's `source` (a base file name). */
  sourceLength: 255,
  /** Language tags (BCP 47). */
  languageLength: 35,
  /** A note on a tag or a relation. */
  noteLength: 2000,
  /** A tag's stored prefix or suffix context. */
  contextLength: 256,
  /** Nesting of arrays and objects in a JSON file: Tagwerk's own files need 5 levels, other tools' under 10. */
  jsonDepth: 64,
  /** Re-anchoring compares approximately only quotes up to this length; longer ones are placed only where they occur exactly. */
  fuzzyQuoteLength: 10_000,
  /** Time one colleague set's re-anchoring may take before the rest is listed as not placed. */
  reanchorBudgetMs: 60_000,
} as const;

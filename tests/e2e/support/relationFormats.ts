import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The export formats that hold relations, as the export dialog names them, with the output each
 * writes for the built-in article: [radio name, file or folder name, is a folder]. One list, so a
 * format added to the dialog is added to every round-trip spec at once.
 */
export const RELATION_FORMATS: ReadonlyArray<[name: string, out: string, folder: boolean]> = [
  ['Tagwerk JSON', 'article.tagwerk.json', false],
  ['doccano JSONL', 'article.doccano.jsonl', false],
  ['W3C Web Annotation', 'article.w3c.jsonld', false],
  ['brat standoff', 'article-brat', true],
  ['Label Studio', 'article.labelstudio.json', false],
  ['spaCy / Prodigy JSONL', 'article.spacy.jsonl', false],
  ['WebAnno TSV 3.3 (INCEpTION)', 'article-webanno', true],
];

/** The file a format's export is read back from: the file itself, or for a folder its first `.ann` / `.tsv` (WebAnno writes one sub-folder per annotator). */
export async function fileToImport(written: string, folder: boolean): Promise<string> {
  if (!folder) return written;
  const names = (await readdir(written, { recursive: true })).sort();
  const chosen = names.find((n) => n.endsWith('.ann') || n.endsWith('.tsv'));
  if (chosen === undefined) throw new Error(`no .ann or .tsv in ${names.join(', ')}`);
  return path.join(written, chosen);
}

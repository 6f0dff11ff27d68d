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

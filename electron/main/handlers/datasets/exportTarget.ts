import type { FormatId } from '../../../../shared/formats/formatAdapter';
import type { SaveDialogRequest } from '../handlerDeps';

/** File name ending and save-dialog filter of each format; brat writes a folder and has none. */
const ENDINGS: Record<Exclude<FormatId, 'brat'>, { suffix: string; filter: string; extensions: string[] }> = {
  tagwerk: { suffix: '.tagwerk.json', filter: 'Tagwerk dataset (JSON)', extensions: ['json'] },
  doccano: { suffix: '.doccano.jsonl', filter: 'doccano (JSONL)', extensions: ['jsonl'] },
  w3c: { suffix: '.w3c.jsonld', filter: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
  labelstudio: { suffix: '.labelstudio.json', filter: 'Label Studio (JSON)', extensions: ['json'] },
  spacy: { suffix: '.spacy.jsonl', filter: 'spaCy / Prodigy (JSONL)', extensions: ['jsonl'] },
};

/** A title as a file name: no path or reserved characters, no control characters, at most 60 characters. */
export function fileNameBase(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
  const cleaned = title.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = Array.from(cleaned).slice(0, 60).join('').trim().replace(/^\.+/, '');
  return cut === '' ? 'tagwerk' : cut;
}

/**
 * The save dialog request for an export: a default name from the document title (or
 * `tagwerk-corpus`) with the format's ending, and its filter; for brat a folder name, since
 * brat writes a .txt and an .ann per document into a folder that is created if missing.
 */
export function exportSaveRequest(format: FormatId, base: string): SaveDialogRequest {
  if (format === 'brat') return { title: 'Export as brat: name the folder to write', defaultName: `${fileNameBase(base)}-brat`, filters: [] };
  const ending = ENDINGS[format];
  return {
    title: `Export as ${format}`,
    defaultName: `${fileNameBase(base)}${ending.suffix}`,
    filters: [{ name: ending.filter, extensions: ending.extensions }],
  };
}

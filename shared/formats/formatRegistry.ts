import type { DatasetNote } from './noteFacts';
import { bratFormat } from './bratFormat';
import { conllExportNotes, conllFormat } from './conllFormat';
import { doccanoFormat } from './doccanoFormat';
import type { TagwerkDataset } from './datasetSchema';
import type { FolderFormatAdapter, OffsetUnit, TextFormatAdapter } from './formatAdapter';
import { labelStudioFormat } from './labelStudioFormat';
import { relationNoteNotes } from './relationNoteNotes';
import { spacyFormat } from './spacyFormat';
import { tagwerkFormat } from './tagwerkFormat';
import { w3cFormat } from './w3cFormat';
import { webannoExportNotes, webannoFormat } from './webannoFormat';

/** What every format entry says besides its adapter: how its output is named and offered in dialogs. */
interface FormatTraits {
  /** The unit of offsets in the format's files. */
  readonly offsetUnit: OffsetUnit;
  /** Ending of a default output name: `.doccano.jsonl` for a file, `-brat` for a folder. */
  readonly suffix: string;
  /** File name extensions (no dot) the save dialog's filter shows; a folder format lists what it holds. */
  readonly extensions: readonly string[];
  /** The save dialog's filter name. */
  readonly filter: string;
  /** True for a format Tagwerk writes but cannot read back (CoNLL: tokens, no text or offsets). */
  readonly exportOnly?: boolean;
  /** What an export in this format changes or leaves out (one line each), for stderr and the export summary. */
  readonly exportNotes?: (dataset: TagwerkDataset) => DatasetNote[];
}

/** A format written as one file. */
export interface FileFormatEntry extends FormatTraits {
  readonly id: string;
  readonly output: 'file';
  readonly adapter: TextFormatAdapter;
}

/** A format written as a folder of files (created if missing). */
export interface FolderFormatEntry extends FormatTraits {
  readonly id: string;
  readonly output: 'folder';
  readonly adapter: FolderFormatAdapter;
}

/** One registry entry: id, adapter, offset unit, file or folder, name ending, extensions, dialog filter. */
export type FormatEntry = FileFormatEntry | FolderFormatEntry;

/**
 * Every format Tagwerk reads and writes, in the order the export dialog and `--help` list them
 * (Tagwerk's lossless format first). The CLI's help and `--format` choices, the export dialog
 * with its unit badge, the IPC schema and the save dialog's name and filter all derive from this
 * list, so a new format is its adapter, one line here, its two catalog lines and the README row.
 */
export const FORMAT_REGISTRY = [
  { id: 'tagwerk', output: 'file', adapter: tagwerkFormat, offsetUnit: tagwerkFormat.offsetUnit, suffix: '.tagwerk.json', extensions: ['json'], filter: 'Tagwerk dataset (JSON)' },
  { id: 'doccano', output: 'file', adapter: doccanoFormat, offsetUnit: doccanoFormat.offsetUnit, suffix: '.doccano.jsonl', extensions: ['jsonl'], filter: 'doccano (JSONL)', exportNotes: relationNoteNotes('doccano') },
  { id: 'w3c', output: 'file', adapter: w3cFormat, offsetUnit: w3cFormat.offsetUnit, suffix: '.w3c.jsonld', extensions: ['jsonld', 'json'], filter: 'W3C Web Annotation (JSON-LD)' },
  { id: 'brat', output: 'folder', adapter: bratFormat, offsetUnit: bratFormat.offsetUnit, suffix: '-brat', extensions: ['ann', 'txt', 'conf'], filter: 'brat standoff (folder)' },
  { id: 'labelstudio', output: 'file', adapter: labelStudioFormat, offsetUnit: labelStudioFormat.offsetUnit, suffix: '.labelstudio.json', extensions: ['json'], filter: 'Label Studio (JSON)', exportNotes: relationNoteNotes('labelstudio') },
  { id: 'spacy', output: 'file', adapter: spacyFormat, offsetUnit: spacyFormat.offsetUnit, suffix: '.spacy.jsonl', extensions: ['jsonl'], filter: 'spaCy / Prodigy (JSONL)', exportNotes: relationNoteNotes('spacy') },
  { id: 'webanno', output: 'folder', adapter: webannoFormat, offsetUnit: webannoFormat.offsetUnit, suffix: '-webanno', extensions: ['tsv'], filter: 'WebAnno TSV 3.3 (folder)', exportNotes: webannoExportNotes },
  { id: 'conll', output: 'file', adapter: conllFormat, offsetUnit: conllFormat.offsetUnit, suffix: '.conll', extensions: ['conll', 'txt'], filter: 'CoNLL BIO (text)', exportOnly: true, exportNotes: conllExportNotes },
] as const satisfies readonly FormatEntry[];

/** One of the registered format ids. */
export type FormatId = (typeof FORMAT_REGISTRY)[number]['id'];

/** The registered format ids in registry order, as a non-empty tuple (zod's `z.enum` takes it). */
export const FORMAT_IDS = FORMAT_REGISTRY.map((entry) => entry.id) as [FormatId, ...FormatId[]];

/** The registry entry of a format id. */
export function formatEntry(id: FormatId): FormatEntry {
  return FORMAT_REGISTRY.find((entry) => entry.id === id) as FormatEntry;
}

/** The format id a user typed (any case), or undefined when no format has that name. */
export function findFormatId(name: string): FormatId | undefined {
  return FORMAT_IDS.find((id) => id === name.toLowerCase());
}

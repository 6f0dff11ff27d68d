import type { DatasetLabel, TagwerkDataset } from './datasetSchema';
import type { FormatLoss } from './formatLoss';
import type { FormatProblem } from './formatProblem';

/**
 * What a parse needs that some formats do not carry. doccano, spaCy, brat, Label Studio and
 * W3C have no dataset-level annotator or export time, most have no title, language, source or
 * label names; those come from here (the CLI or import dialog passes the user and its clock).
 */
export interface ParseOptions {
  /** Annotator of the dataset and of every annotation whose format has none. Required by lossy formats. */
  readonly annotator?: string;
  /** `exportedAt` for formats without one (an injected clock upstream). Required by lossy formats. */
  readonly exportedAt?: string;
  /** Language of documents whose format does not say; default `de`. */
  readonly language?: string;
  /** Base name of the file read, used as `source` where the format has none. */
  readonly source?: string;
  /** Label set (id, name) to start from; labels used but not listed are added with name = id. Default: Tagwerk's labels. */
  readonly labels?: readonly DatasetLabel[];
  /** W3C only: the canonical text of each document id (the export holds offsets and quotes, not texts). */
  readonly texts?: ReadonlyMap<string, string>;
  /** W3C only: texts given for sources named otherwise (a URL, a `urn:…`); each such source takes the one its annotations anchor in. */
  readonly anyTexts?: readonly string[];
}

/** What a format's positions count: code points, UTF-16 code units, or whole tokens (CoNLL, no offsets). */
export type OffsetUnit = 'codepoint' | 'utf16' | 'token';

/**
 * A format adapter: `parse` reads the format into a validated dataset (or problems), `serialize`
 * writes a dataset deterministically, so serialize -> parse -> serialize gives the same output.
 */
export interface FormatAdapter<In, Out> {
  /** The format's id, as its registry entry names it. */
  readonly id: string;
  /** The unit of offsets in this format's files. */
  readonly offsetUnit: OffsetUnit;
  parse(input: In, options?: ParseOptions): ParseResult;
  serialize(dataset: TagwerkDataset): Out;
}

/** An adapter whose files are one text each (every format except brat). */
export type TextFormatAdapter = FormatAdapter<string, string>;

/** An adapter that reads and writes a folder of named files (brat). */
export type FolderFormatAdapter = FormatAdapter<readonly NamedFile[], NamedFile[]>;

/** A named file produced by or given to a multi-file format (brat). */
export interface NamedFile {
  /** A path inside the folder, `/`-separated (e.g. `jonas/article.ann`). */
  readonly name: string;
  readonly content: string;
}

/**
 * What every `parse` returns: the dataset and what it could not represent (`losses`, empty for
 * a lossless read), or every problem found (never a half-read dataset), so imports and
 * `tagwerk validate` print one line per problem and never drop anything without a word.
 */
export type ParseResult =
  | { readonly ok: true; readonly dataset: TagwerkDataset; readonly losses: readonly FormatLoss[] }
  | { readonly ok: false; readonly problems: readonly FormatProblem[] };

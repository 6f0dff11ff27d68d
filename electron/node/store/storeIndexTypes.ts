import type { LabelCounts } from '@shared/annotation/countLabels';
import type { DocumentMeta } from './documentMeta';

/** What identifies one state of a file: a rewrite (atomic: new inode) or an edit in place changes it. */
export interface FileStamp {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

/** The stamps of the files a summary was read from; null where the file was missing. */
export interface DocumentStamps {
  meta: FileStamp | null;
  text: FileStamp | null;
  annotations: FileStamp | null;
}

/**
 * Why a document folder cannot be listed as a plain document (the list shows it as a damaged
 * row): meta.json missing or unreadable, text.txt missing or not the text its id names, my
 * annotations.json unreadable as a set (opening the document repairs that from the backup).
 */
export const DOCUMENT_DAMAGE_CODES = ['meta-missing', 'meta-damaged', 'text-damaged', 'annotations-damaged'] as const;

/** A damage code and its detail (the reader's own words, at most 2,000 characters). */
export interface DocumentDamage {
  readonly code: (typeof DOCUMENT_DAMAGE_CODES)[number];
  readonly detail: string;
}

/**
 * What the document list needs of one document folder, without opening it: its meta (null when
 * damaged, see `damage`), text length in code points (null: text.txt unreadable), my tags per
 * label in a prototype-free object (null: annotations.json unreadable) and my relation count,
 * plus the stamps of the files it was read from, so a stale entry is noticed by `stat` alone.
 * `keptMeta` is the last good meta the index held for a folder whose meta.json is now damaged;
 * `aside` names the copies a damaged folder holds (`annotations.json.bak`, `*.corrupt-*.json`).
 */
export interface IndexedDocument {
  readonly id: string;
  readonly meta: DocumentMeta | null;
  readonly characters: number | null;
  readonly labelCounts: LabelCounts | null;
  readonly relations: number | null;
  readonly stamps: DocumentStamps;
  readonly damage: DocumentDamage | null;
  readonly keptMeta?: DocumentMeta | null;
  readonly aside?: readonly string[];
}

import type { LabelCounts } from '@shared/annotation/countLabels';
import { isDocumentId } from '@shared/text/documentId';
import { LIMITS } from '@shared/limits/limits';
import { DOCUMENT_STATUSES, META_SCHEMA_VERSION, type DocumentMeta } from './documentMeta';
import { DOCUMENT_DAMAGE_CODES, type DocumentDamage, type DocumentStamps, type FileStamp, type IndexedDocument } from './storeIndexTypes';

/**
 * One document in index.json (version 2), a flat array so ten thousand of them parse fast:
 * `[id, meta, characters, counts, relations, stamps, damage, keptMeta, aside]` where meta is
 * `[title, source, encoding, language, createdAt, updatedAt, status]` (status null: absent),
 * counts is `[labelIndex, count, …]` into the file's label table, stamps is nine numbers
 * (ino, size, mtimeMs of meta.json, text.txt, annotations.json; null ×3 for a missing file),
 * damage is `[code, detail]` and aside a list of file names; every nullable field is null when unknown.
 */
export type StoreIndexRow = [string, MetaRow | null, number | null, number[] | null, number | null, (number | null)[], [string, string] | null, MetaRow | null, string[]];
type MetaRow = [string, string, string, string, string, string, string | null];

/** What is wrong with a row: the reason a whole index.json is rebuilt rather than trusted. */
export class BadRow extends Error {}

/** Most names of files kept aside a row lists (a folder of thousands of quarantined copies lists the first ones). */
export const MAX_ASIDE = 20;

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const STATUSES: ReadonlySet<string> = new Set(DOCUMENT_STATUSES);
const DAMAGES: ReadonlySet<string> = new Set(DOCUMENT_DAMAGE_CODES);

function fail(what: string): never {
  throw new BadRow(what);
}
function str(value: unknown, max: number, what: string, min = 0): string {
  return typeof value === 'string' && value.length >= min && value.length <= max ? value : fail(what);
}
function count(value: unknown, what: string): number | null {
  return value === null || (Number.isSafeInteger(value) && (value as number) >= 0) ? (value as number | null) : fail(what);
}

/** The meta of a row, checked field by field as DocumentMetaSchema would (no zod object per row: start-up parses thousands). */
function metaOf(id: string, row: unknown): DocumentMeta | null {
  if (row === null) return null;
  if (!Array.isArray(row) || row.length !== 7) fail('a meta that is not a list of 7');
  const [title, source, encoding, language, createdAt, updatedAt, status] = row as unknown[];
  const meta: DocumentMeta = {
    schemaVersion: META_SCHEMA_VERSION,
    id,
    title: str(title, LIMITS.titleLength, 'a title'),
    source: str(source, 500, 'a source'),
    encoding: str(encoding, 64, 'an encoding'),
    language: str(language, 35, 'a language', 1),
    createdAt: DATETIME.test(str(createdAt, 40, 'a time')) ? (createdAt as string) : fail('a time'),
    updatedAt: DATETIME.test(str(updatedAt, 40, 'a time')) ? (updatedAt as string) : fail('a time'),
  };
  if (status === null) return meta;
  return STATUSES.has(status as string) ? { ...meta, status: status as DocumentMeta['status'] & string } : fail('a status');
}

function stampAt(stamps: readonly unknown[], at: number): FileStamp | null {
  const [ino, size, mtimeMs] = [stamps[at], stamps[at + 1], stamps[at + 2]];
  if (ino === null && size === null && mtimeMs === null) return null;
  if (typeof ino !== 'number' || typeof mtimeMs !== 'number' || !Number.isFinite(ino) || !Number.isFinite(mtimeMs)) fail('a stamp');
  return { ino, size: count(size, 'a size') ?? fail('a size'), mtimeMs };
}

/** Decodes and checks one row against the file's label table; throws BadRow. */
export function decodeRow(row: unknown, labels: readonly string[]): IndexedDocument {
  if (!Array.isArray(row) || row.length !== 9) fail('a document that is not a list of 9');
  const [id, meta, characters, counts, relations, stamps, damage, kept, aside] = row as unknown[];
  if (!isDocumentId(id)) fail('a document id');
  let labelCounts: LabelCounts | null = null;
  if (counts !== null) {
    if (!Array.isArray(counts) || counts.length % 2 !== 0) fail('label counts');
    const into = Object.create(null) as Record<string, number>;
    for (let at = 0; at < counts.length; at += 2) {
      const label = labels[counts[at] as number];
      const n = count(counts[at + 1], 'a label count');
      if (!Number.isInteger(counts[at]) || label === undefined || n === null) fail('a label index');
      into[label] = (into[label] ?? 0) + n;
    }
    labelCounts = into;
  }
  if (!Array.isArray(stamps) || stamps.length !== 9) fail('stamps');
  const documentStamps: DocumentStamps = { meta: stampAt(stamps, 0), text: stampAt(stamps, 3), annotations: stampAt(stamps, 6) };
  let documentDamage: DocumentDamage | null = null;
  if (damage !== null) {
    if (!Array.isArray(damage) || damage.length !== 2 || !DAMAGES.has(damage[0] as string)) fail('a damage');
    documentDamage = { code: damage[0] as DocumentDamage['code'], detail: str(damage[1], 2000, 'a damage detail') };
  }
  return {
    id,
    meta: metaOf(id, meta),
    characters: count(characters, 'a character count'),
    labelCounts,
    relations: count(relations, 'a relation count'),
    stamps: documentStamps,
    damage: documentDamage,
    keptMeta: metaOf(id, kept),
    aside: Array.isArray(aside) && aside.length <= MAX_ASIDE ? aside.map((name) => str(name, 255, 'a file name')) : fail('files kept aside'),
  };
}

const metaRow = (m: DocumentMeta | null): MetaRow | null => m && [m.title, m.source, m.encoding, m.language, m.createdAt, m.updatedAt, m.status ?? null];
const stampRow = (s: FileStamp | null): (number | null)[] => (s === null ? [null, null, null] : [s.ino, s.size, s.mtimeMs]);

/** Encodes an entry as a row, adding its labels to the table (`labelIndex` maps a label to its place in `labels`). */
export function encodeRow(d: IndexedDocument, labels: string[], labelIndex: Map<string, number>): StoreIndexRow {
  let counts: number[] | null = null;
  if (d.labelCounts !== null) {
    counts = [];
    for (const [label, n] of Object.entries(d.labelCounts)) {
      let at = labelIndex.get(label);
      if (at === undefined) labelIndex.set(label, (at = labels.push(label) - 1));
      counts.push(at, n);
    }
  }
  const stamps = [...stampRow(d.stamps.meta), ...stampRow(d.stamps.text), ...stampRow(d.stamps.annotations)];
  return [d.id, metaRow(d.meta), d.characters, counts, d.relations, stamps, d.damage && [d.damage.code, d.damage.detail], metaRow(d.keptMeta ?? null), [...(d.aside ?? [])]];
}

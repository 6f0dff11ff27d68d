import { createHash } from 'node:crypto';
import { countLabels, type LabelCounts } from '@shared/annotation/countLabels';
import { unlessMissing } from './atomicWrite';
import { readMeta } from './documentFiles';
import { documentPaths } from './documentPaths';
import type { StoreContext } from './storeContext';
import type { DocumentDamage, DocumentStamps, FileStamp, IndexedDocument } from './storeIndexFile';
import { MAX_ASIDE } from './storeIndexRow';

/** The stamp of a file, or null when it is missing or cannot be inspected (then it is read as missing too). */
async function stampOf(ctx: StoreContext, file: string): Promise<FileStamp | null> {
  try {
    const stat = await unlessMissing('inspect', file, () => ctx.io.fs.stat(file));
    return stat === undefined ? null : { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** The stamps of the three files a document's summary comes from (three `stat` calls, no reads). */
export async function stampsOf(ctx: StoreContext, id: string): Promise<DocumentStamps> {
  const paths = documentPaths(ctx.dataDir, id);
  const [meta, text, annotations] = await Promise.all([stampOf(ctx, paths.meta), stampOf(ctx, paths.text), stampOf(ctx, paths.annotations)]);
  return { meta, text, annotations };
}

/** True when both stamps describe the same state of one file (or both say it is missing). */
function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** True when no file behind a summary changed since its stamps were taken. */
export function sameStamps(a: DocumentStamps, b: DocumentStamps): boolean {
  return sameStamp(a.meta, b.meta) && sameStamp(a.text, b.text) && sameStamp(a.annotations, b.annotations);
}

/** The latest modification time among the stamps (0 when every file is missing). */
export function latestChange(stamps: DocumentStamps): number {
  return Math.max(0, stamps.meta?.mtimeMs ?? 0, stamps.text?.mtimeMs ?? 0, stamps.annotations?.mtimeMs ?? 0);
}

/** Code points of UTF-8 bytes: every byte that is not a continuation byte starts one. */
export function codePointsOfUtf8(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if ((byte & 0xc0) !== 0x80) count += 1;
  return count;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** My tags per label and my relation count as annotations.json holds them, or nulls when it cannot be read as a set. */
export function countsOfAnnotationBytes(bytes: Uint8Array): { labelCounts: LabelCounts | null; relations: number | null } {
  const unreadable = { labelCounts: null, relations: null };
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch {
    return unreadable;
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as { annotations?: unknown; relations?: unknown }) : {};
  if (!Array.isArray(record.annotations)) return unreadable;
  const labelled: { label: string }[] = [];
  for (const annotation of record.annotations) {
    const label = typeof annotation === 'object' && annotation !== null ? (annotation as { label?: unknown }).label : undefined;
    if (typeof label !== 'string') return unreadable;
    labelled.push({ label });
  }
  const relations = record.relations === undefined ? 0 : Array.isArray(record.relations) ? record.relations.length : null;
  return { labelCounts: countLabels(labelled), relations };
}

/**
 * Reads a document folder's summary straight from its files, without validating or repairing
 * anything (opening the document does that): meta.json validated as the list shows it, the text's
 * length and my counts. `stamps` must be taken before the reads, so a write racing with them
 * leaves a stale stamp (summarized again next time) rather than a stale summary under a fresh one.
 */
export async function summarizeFolder(ctx: StoreContext, id: string, stamps: DocumentStamps): Promise<IndexedDocument> {
  const paths = documentPaths(ctx.dataDir, id);
  const quietly = async (file: string): Promise<Uint8Array | null | undefined> => {
    try {
      return await unlessMissing('read', file, () => ctx.io.fs.readFile(file));
    } catch {
      return null;
    }
  };
  const [meta, text, annotations] = await Promise.all([readMeta(ctx, id).catch((error: unknown) => ({ corrupt: String(error) })), quietly(paths.text), quietly(paths.annotations)]);
  const counts = annotations === undefined ? { labelCounts: countLabels([]), relations: 0 } : annotations === null ? { labelCounts: null, relations: null } : countsOfAnnotationBytes(annotations);
  const textOk = text !== undefined && text !== null && sha256Id(text) === id;
  const base = { id, characters: textOk ? codePointsOfUtf8(text) : null, ...counts, stamps };
  const damage: DocumentDamage | null =
    meta === 'missing'
      ? { code: 'meta-missing', detail: 'has no meta.json' }
      : 'corrupt' in meta
        ? { code: 'meta-damaged', detail: meta.corrupt.slice(0, 2000) }
        : !textOk
          ? { code: 'text-damaged', detail: text === undefined ? 'has no text.txt' : 'text.txt is not the text the document id names' }
          : counts.labelCounts === null
            ? { code: 'annotations-damaged', detail: 'annotations.json cannot be read as a set of annotations' }
            : null;
  const listed = { ...base, meta: meta === 'missing' || 'corrupt' in meta ? null : meta, damage };
  return damage === null ? listed : { ...listed, aside: await keptAside(ctx, paths.dir) };
}

/** The id a text file's bytes name: the sha256 of them (the text is stored as its canonical UTF-8). */
function sha256Id(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Names of the copies a damaged folder holds: the annotations' backup and files moved aside as damaged (sorted, at most MAX_ASIDE). */
async function keptAside(ctx: StoreContext, dir: string): Promise<string[]> {
  try {
    const names = await ctx.io.fs.readdir(dir);
    return names.filter((name) => name === 'annotations.json.bak' || /\.corrupt-[^/\\]*\.json$/.test(name)).sort().slice(0, MAX_ASIDE);
  } catch {
    return [];
  }
}

/**
 * The entry of a folder summarized again, keeping the last good meta it had (`keptMeta`) while
 * meta.json is damaged or missing, so the list can still name the document and restore its meta.
 */
export function withKeptMeta(previous: IndexedDocument | undefined, fresh: IndexedDocument): IndexedDocument {
  if (fresh.meta !== null) return fresh;
  const kept = previous?.meta ?? previous?.keptMeta ?? null;
  return kept === null ? fresh : { ...fresh, keptMeta: kept };
}

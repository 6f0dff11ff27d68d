import path from 'node:path';
import { isTempFileName, removeQuietly, unlessMissing } from './atomicWrite';
import { readMeta } from './documentFiles';
import type { DocumentMeta } from './documentMeta';
import { documentIdOfFolder, documentPaths, documentsRoot } from './documentPaths';
import { errorCode } from './fsPort';
import { relativeToData, type StoreContext } from './storeContext';
import { mapInBatches, READ_BATCH } from './mapInBatches';
import type { StoreNotice } from './storeNotice';
import { countLabels } from '@shared/annotation/countLabels';

async function listOrEmpty(ctx: StoreContext, dir: string): Promise<string[]> {
  try {
    return await ctx.io.fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}

/** The ids of all document folders (folder names that are not `<64 hex>` are ignored). */
export async function documentIds(ctx: StoreContext): Promise<string[]> {
  const names = await listOrEmpty(ctx, documentsRoot(ctx.dataDir));
  return names.map(documentIdOfFolder).filter((id): id is string => id !== undefined).sort();
}

/**
 * Removes temp files left by saves that were interrupted (crash, kill, power loss). Only the
 * store's own `<name>.<hex>.tmp` files in document and colleague folders are touched; run it
 * only while holding the store lock, since another writer's temp file is not stale.
 */
export async function removeStaleTempFiles(ctx: StoreContext): Promise<StoreNotice[]> {
  const notices: StoreNotice[] = [];
  const dirs = (await documentIds(ctx)).flatMap((id) => {
    const paths = documentPaths(ctx.dataDir, id);
    return [paths.dir, paths.colleaguesDir].map((dir) => ({ id, dir }));
  });
  const listed = await mapInBatches(dirs, READ_BATCH, async ({ id, dir }) => ({ id, dir, names: await listOrEmpty(ctx, dir) }));
  for (const { id, dir, names } of listed) {
    const stale = names.filter(isTempFileName);
    for (const name of stale) await removeQuietly(ctx.io.fs, path.join(dir, name));
    if (stale.length > 0) {
      notices.push({
        code: 'stale-temp-removed',
        severity: 'info',
        documentId: id,
        file: relativeToData(ctx, dir),
        message: `Removed ${stale.length} temporary file(s) of an interrupted save in ${relativeToData(ctx, dir)}; the saved annotations are unaffected.`,
      });
    }
  }
  return notices;
}

/** Every readable document's meta, newest change first; unreadable folders are reported and left alone. */
export async function listDocumentMetas(ctx: StoreContext): Promise<{ documents: DocumentMeta[]; notices: StoreNotice[] }> {
  const documents: DocumentMeta[] = [];
  const notices: StoreNotice[] = [];
  const ids = await documentIds(ctx);
  const metas = await mapInBatches(ids, READ_BATCH, (id) => readMeta(ctx, id));
  for (const [index, id] of ids.entries()) {
    const meta = metas[index] ?? 'missing';
    if (typeof meta === 'object' && !('corrupt' in meta)) {
      documents.push(meta);
      continue;
    }
    const why = meta === 'missing' ? 'has no meta.json' : `has a damaged meta.json (${meta.corrupt})`;
    const file = relativeToData(ctx, documentPaths(ctx.dataDir, id).dir);
    notices.push({ code: 'document-skipped', severity: 'warning', documentId: id, file, message: `The document folder ${file} ${why}; it is not listed and was left untouched.` });
  }
  documents.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return { documents, notices };
}

/** What the corpus list shows of a document besides its meta: its length and how many tags per label. */
export interface DocumentSummary {
  /** Length of the canonical text in code points; null when text.txt cannot be read. */
  readonly characters: number | null;
  /** My annotations per label id; null when annotations.json cannot be read (opening the document repairs or reports it). */
  readonly labelCounts: Readonly<Record<string, number>> | null;
}

/** Code points of UTF-8 bytes: every byte that is not a continuation byte starts one. */
function codePointsOfUtf8(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if ((byte & 0xc0) !== 0x80) count += 1;
  return count;
}

function labelCountsOf(bytes: Uint8Array): Record<string, number> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const annotations = typeof raw === 'object' && raw !== null ? (raw as { annotations?: unknown }).annotations : undefined;
  if (!Array.isArray(annotations)) return null;
  const labelled: { label: string }[] = [];
  for (const annotation of annotations) {
    const label = typeof annotation === 'object' && annotation !== null ? (annotation as { label?: unknown }).label : undefined;
    if (typeof label !== 'string') return null;
    labelled.push({ label });
  }
  return countLabels(labelled);
}

/**
 * A quick, read-only look at a document for the corpus list: text length and tags per label,
 * read straight from the files without validating or repairing them (opening the document does that).
 */
export async function summarizeDocument(ctx: StoreContext, id: string): Promise<DocumentSummary> {
  const paths = documentPaths(ctx.dataDir, id);
  const quietly = async (file: string) => {
    try {
      return await unlessMissing('read', file, () => ctx.io.fs.readFile(file));
    } catch {
      return null;
    }
  };
  const text = await quietly(paths.text);
  const annotations = await quietly(paths.annotations);
  return {
    characters: text ? codePointsOfUtf8(text) : null,
    labelCounts: annotations === undefined ? countLabels([]) : annotations === null ? null : labelCountsOf(annotations),
  };
}

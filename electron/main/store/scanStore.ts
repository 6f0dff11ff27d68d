import path from 'node:path';
import { isTempFileName, removeQuietly } from './atomicWrite';
import { readMeta } from './documentFiles';
import type { DocumentMeta } from './documentMeta';
import { documentIdOfFolder, documentPaths, documentsRoot } from './documentPaths';
import { errorCode } from './fsPort';
import { relativeToData, type StoreContext } from './storeContext';
import type { StoreNotice } from './storeNotice';

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
  for (const id of await documentIds(ctx)) {
    const paths = documentPaths(ctx.dataDir, id);
    for (const dir of [paths.dir, paths.colleaguesDir]) {
      const stale = (await listOrEmpty(ctx, dir)).filter(isTempFileName);
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
  }
  return notices;
}

/** Every readable document's meta, newest change first; unreadable folders are reported and left alone. */
export async function listDocumentMetas(ctx: StoreContext): Promise<{ documents: DocumentMeta[]; notices: StoreNotice[] }> {
  const documents: DocumentMeta[] = [];
  const notices: StoreNotice[] = [];
  for (const id of await documentIds(ctx)) {
    const meta = await readMeta(ctx, id);
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

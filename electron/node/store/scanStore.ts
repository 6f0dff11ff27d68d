import path from 'node:path';
import { isTempFileName, removeQuietly } from './atomicWrite';
import { documentIdOfFolder, documentPaths, documentsRoot } from './documentPaths';
import { errorCode } from './fsPort';
import { relativeToData, type StoreContext } from './storeContext';
import { mapInBatches, READ_BATCH } from './mapInBatches';
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

/** Folders of the data folder that other main-process writers fill with atomic writes under the same lock (the assist's rejection files). */
const SHARED_WRITE_DIRS = ['assist'] as const;

/** Removes the store's temp files in one folder and says so (undefined when there were none). */
async function sweepFolder(ctx: StoreContext, { id, dir }: { id?: string; dir: string }): Promise<StoreNotice | undefined> {
  const stale = (await listOrEmpty(ctx, dir)).filter(isTempFileName);
  for (const name of stale) await removeQuietly(ctx.io.fs, path.join(dir, name));
  if (stale.length === 0) return undefined;
  return {
    code: 'stale-temp-removed',
    severity: 'info',
    ...(id === undefined ? {} : { documentId: id }),
    file: relativeToData(ctx, dir),
    message: `Removed ${stale.length} temporary file(s) of an interrupted save in ${relativeToData(ctx, dir)}; the saved annotations are unaffected.`,
  };
}

const found = (notices: Array<StoreNotice | undefined>): StoreNotice[] => notices.filter((n): n is StoreNotice => n !== undefined);

/** Removes temp files of interrupted writes in one document's folder and its colleagues' folder; run it inside that document's write queue, since a live save's temp file is not stale. */
export async function removeStaleDocumentTempFiles(ctx: StoreContext, id: string): Promise<StoreNotice[]> {
  const paths = documentPaths(ctx.dataDir, id);
  return found([await sweepFolder(ctx, { id, dir: paths.dir }), await sweepFolder(ctx, { id, dir: paths.colleaguesDir })]);
}

/** Removes temp files of interrupted writes in the folders other main-process writers share (one folder each, cheap enough for start-up). */
export async function removeStaleSharedTempFiles(ctx: StoreContext): Promise<StoreNotice[]> {
  return found(await Promise.all(SHARED_WRITE_DIRS.map((name) => sweepFolder(ctx, { dir: path.join(ctx.dataDir, name) }))));
}

/**
 * Removes temp files left by saves that were interrupted (crash, kill, power loss). Only the
 * store's own `<name>.<hex>.tmp` files in document and colleague folders and in the assist's
 * folder are touched; run it only while holding the store lock, since another writer's temp
 * file is not stale.
 */
export async function removeStaleTempFiles(ctx: StoreContext): Promise<StoreNotice[]> {
  const perDocument = await mapInBatches(await documentIds(ctx), READ_BATCH / 2, (id) => removeStaleDocumentTempFiles(ctx, id));
  return [...perDocument.flat(), ...(await removeStaleSharedTempFiles(ctx))];
}

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

/**
 * Removes temp files left by saves that were interrupted (crash, kill, power loss). Only the
 * store's own `<name>.<hex>.tmp` files in document and colleague folders and in the assist's
 * folder are touched; run it only while holding the store lock, since another writer's temp
 * file is not stale.
 */
export async function removeStaleTempFiles(ctx: StoreContext): Promise<StoreNotice[]> {
  const notices: StoreNotice[] = [];
  const dirs: Array<{ id?: string; dir: string }> = (await documentIds(ctx)).flatMap((id) => {
    const paths = documentPaths(ctx.dataDir, id);
    return [paths.dir, paths.colleaguesDir].map((dir) => ({ id, dir }));
  });
  dirs.push(...SHARED_WRITE_DIRS.map((name) => ({ dir: path.join(ctx.dataDir, name) })));
  const listed = await mapInBatches(dirs, READ_BATCH, async ({ id, dir }) => ({ id, dir, names: await listOrEmpty(ctx, dir) }));
  for (const { id, dir, names } of listed) {
    const stale = names.filter(isTempFileName);
    for (const name of stale) await removeQuietly(ctx.io.fs, path.join(dir, name));
    if (stale.length > 0) {
      notices.push({
        code: 'stale-temp-removed',
        severity: 'info',
        ...(id === undefined ? {} : { documentId: id }),
        file: relativeToData(ctx, dir),
        message: `Removed ${stale.length} temporary file(s) of an interrupted save in ${relativeToData(ctx, dir)}; the saved annotations are unaffected.`,
      });
    }
  }
  return notices;
}

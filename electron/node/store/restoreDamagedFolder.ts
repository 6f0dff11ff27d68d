import { createOffsetConverter } from '@shared/text/offsetConverter';
import { unlessMissing, writeFileAtomic } from './atomicWrite';
import { readMeta, readVerifiedText } from './documentFiles';
import { DocumentMetaSchema, toJsonFile, type DocumentMeta } from './documentMeta';
import { documentPaths } from './documentPaths';
import { quarantineFile } from './quarantine';
import { readAnnotationFile } from './readAnnotationFile';
import { relativeToData, type StoreContext } from './storeContext';
import { StoreError } from './storeError';
import type { IndexedDocument } from './storeIndexTypes';

/** What restoring wrote: the document's meta and the damaged file moved aside (relative to the data folder), if any. */
export interface RestoredFolder {
  readonly meta: DocumentMeta;
  readonly movedAside: string | null;
}

/** Moves a damaged file aside, if it is there at all (a missing meta.json has nothing to keep). */
async function asideIfPresent(ctx: StoreContext, file: string): Promise<string | null> {
  const present = await unlessMissing('inspect', file, () => ctx.io.fs.stat(file));
  return present === undefined ? null : relativeToData(ctx, await quarantineFile(ctx.io, file, ctx.clock()));
}

/**
 * Restores a damaged document folder from the copy the store kept, with the usual atomic
 * writes, moving the damaged file aside (never deleting it): meta.json from the last good meta
 * the summary index held (`entry.keptMeta`), annotations.json from `annotations.json.bak`. It
 * refuses with a StoreError, before anything is changed, when there is no such copy or the copy
 * is damaged too (a text is never kept twice, so a damaged text.txt cannot be restored). Call it
 * inside the document's queue.
 */
export async function restoreDamagedFolder(ctx: StoreContext, id: string, entry: IndexedDocument | undefined): Promise<RestoredFolder> {
  const paths = documentPaths(ctx.dataDir, id);
  const damage = entry?.damage ?? null;
  if (entry === undefined || damage === null) throw new StoreError('NOT_FOUND', `${id} is not a damaged document; nothing was changed.`, { documentId: id });
  if (damage.code === 'meta-missing' || damage.code === 'meta-damaged') {
    const kept = DocumentMetaSchema.safeParse(entry.keptMeta);
    if (entry.keptMeta == null || !kept.success || kept.data.id !== id) {
      throw new StoreError('CORRUPT', `No good copy of meta.json is kept for ${relativeToData(ctx, paths.dir)}; nothing was changed.`, { documentId: id });
    }
    const movedAside = await asideIfPresent(ctx, paths.meta);
    await writeFileAtomic(ctx.io, paths.meta, toJsonFile(kept.data));
    return { meta: kept.data, movedAside };
  }
  const meta = await readMeta(ctx, id);
  const text = await readVerifiedText(ctx, id);
  if (damage.code === 'text-damaged' || text === undefined || typeof meta !== 'object' || 'corrupt' in meta) {
    throw new StoreError('CORRUPT', `No copy of the text of ${relativeToData(ctx, paths.dir)} is kept; nothing was changed.`, { documentId: id });
  }
  const backup = await readAnnotationFile(ctx.io.fs, paths.backup, { documentId: id, text, converter: createOffsetConverter(text) });
  if (backup.kind !== 'ok') {
    const why = backup.kind === 'missing' ? 'there is no annotations.json.bak' : backup.kind === 'future' ? 'annotations.json.bak was written by a newer Tagwerk' : `annotations.json.bak is damaged too (${backup.message.slice(0, 300)})`;
    throw new StoreError('CORRUPT', `The annotations of "${meta.title}" cannot be restored: ${why}; nothing was changed.`, { documentId: id });
  }
  const movedAside = await asideIfPresent(ctx, paths.annotations);
  await writeFileAtomic(ctx.io, paths.annotations, backup.bytes);
  return { meta, movedAside };
}

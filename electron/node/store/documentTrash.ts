import path from 'node:path';
import { ioError, renameWithRetry } from './atomicWrite';
import { readMetaFile } from './documentFiles';
import type { DocumentMeta } from './documentMeta';
import { documentPaths, documentsRoot } from './documentPaths';
import { errorCode } from './fsPort';
import { fileTimestamp } from './quarantine';
import { relativeToData, type StoreContext } from './storeContext';
import { StoreError } from './storeError';
import type { StoreNotice } from './storeNotice';

/** A removed document folder waiting in the trash: `trash/<hex>-<timestamp>/`. */
export interface TrashedDocument {
  /** The folder name, the handle for restoring it. */
  readonly trashId: string;
  readonly meta: DocumentMeta;
  readonly removedAt: string;
}

const TRASH_ID = /^([0-9a-f]{64})-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/;

/** The folder holding removed documents, beside `documents/` (which the CLI export reads alone). */
export function trashRoot(dataDir: string): string {
  return path.join(dataDir, 'trash');
}

/** The document id and removal time a trash folder name stands for, or undefined for any other name. */
export function parseTrashId(trashId: string): { documentId: string; removedAt: string } | undefined {
  const match = TRASH_ID.exec(trashId);
  if (!match) return undefined;
  const [, hex, day, hh, mm, ss, ms] = match;
  return { documentId: `sha256:${hex}`, removedAt: `${day}T${hh}:${mm}:${ss}.${ms}Z` };
}

async function exists(ctx: StoreContext, target: string): Promise<boolean> {
  try {
    await ctx.io.fs.stat(target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw ioError('look at', target, error);
  }
}

async function listNames(ctx: StoreContext, dir: string): Promise<string[]> {
  try {
    return await ctx.io.fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw ioError('list', dir, error);
  }
}

async function moveFolder(ctx: StoreContext, from: string, to: string): Promise<void> {
  try {
    await renameWithRetry(ctx.io, from, to);
    await ctx.io.fs.fsyncDir(path.dirname(from));
    await ctx.io.fs.fsyncDir(path.dirname(to));
  } catch (error) {
    throw ioError('move', from, error);
  }
}

/** True when a document folder holds work of someone: my annotations (or their backup) or a colleague's set. */
async function holdsAnnotations(ctx: StoreContext, documentId: string): Promise<boolean> {
  const paths = documentPaths(ctx.dataDir, documentId);
  if ((await exists(ctx, paths.annotations)) || (await exists(ctx, paths.backup))) return true;
  return (await listNames(ctx, paths.colleaguesDir)).length > 0;
}

/**
 * Moves a document's whole folder (text, meta, annotations, backups, colleagues' sets) to
 * `trash/<hex>-<timestamp>/` in one rename, so removing is undoable and never deletes work.
 */
export async function moveDocumentToTrash(ctx: StoreContext, documentId: string): Promise<TrashedDocument> {
  const paths = documentPaths(ctx.dataDir, documentId);
  const meta = await readMetaFile(ctx, paths.meta, documentId);
  if (meta === 'missing') throw new StoreError('NOT_FOUND', `No stored document ${documentId}`, { documentId });
  if ('corrupt' in meta) throw new StoreError('CORRUPT', `meta.json of ${documentId} is damaged: ${meta.corrupt}`, { documentId });
  const trashId = await trashFolder(ctx, documentId);
  return { trashId, meta, removedAt: parseTrashId(trashId)?.removedAt ?? ctx.clock().toISOString() };
}

/** Renames a document folder into the trash under a fresh `<hex>-<timestamp>` name and returns that name. */
async function trashFolder(ctx: StoreContext, documentId: string): Promise<string> {
  const root = trashRoot(ctx.dataDir);
  try {
    await ctx.io.fs.mkdir(root);
  } catch (error) {
    throw ioError('create', root, error);
  }
  const stamp = fileTimestamp(ctx.clock());
  const hex = documentId.slice('sha256:'.length);
  let trashId = `${hex}-${stamp}`;
  for (let attempt = 2; await exists(ctx, path.join(root, trashId)); attempt++) trashId = `${hex}-${stamp}-${attempt}`;
  await moveFolder(ctx, documentPaths(ctx.dataDir, documentId).dir, path.join(root, trashId));
  return trashId;
}

/** Every readable document in the trash, most recently removed first; unreadable folders are reported, not touched. */
export async function listTrashedDocuments(ctx: StoreContext): Promise<{ documents: TrashedDocument[]; notices: StoreNotice[] }> {
  const root = trashRoot(ctx.dataDir);
  const documents: TrashedDocument[] = [];
  const notices: StoreNotice[] = [];
  for (const trashId of (await listNames(ctx, root)).sort()) {
    const parsed = parseTrashId(trashId);
    if (!parsed) continue;
    const meta = await readMetaFile(ctx, path.join(root, trashId, 'meta.json'), parsed.documentId);
    if (typeof meta === 'object' && !('corrupt' in meta)) {
      documents.push({ trashId, meta, removedAt: parsed.removedAt });
      continue;
    }
    const file = relativeToData(ctx, path.join(root, trashId));
    notices.push({ code: 'document-skipped', severity: 'warning', documentId: parsed.documentId, file, message: `The removed document in ${file} has no readable meta.json; it is not listed and was left untouched.` });
  }
  documents.sort((a, b) => b.removedAt.localeCompare(a.removedAt) || b.trashId.localeCompare(a.trashId));
  return { documents, notices };
}

/**
 * Moves a trashed document back to `documents/`. When the same text was opened again since,
 * the fresh copy is swapped into the trash if it holds no annotations; if it does, restoring
 * is refused (CONFLICT), since neither copy's work may be overwritten.
 */
export async function restoreTrashedDocument(ctx: StoreContext, trashId: string): Promise<DocumentMeta> {
  const parsed = parseTrashId(trashId);
  if (!parsed) throw new StoreError('INVALID_ID', `Not a trash entry: ${JSON.stringify(trashId.slice(0, 80))}`);
  const { documentId } = parsed;
  const from = path.join(trashRoot(ctx.dataDir), trashId);
  const meta = await readMetaFile(ctx, path.join(from, 'meta.json'), documentId);
  if (meta === 'missing') throw new StoreError('NOT_FOUND', 'This document is no longer in the trash.', { documentId });
  if ('corrupt' in meta) throw new StoreError('CORRUPT', `meta.json of the removed document is damaged: ${meta.corrupt}`, { documentId });
  const paths = documentPaths(ctx.dataDir, documentId);
  if (await exists(ctx, paths.dir)) {
    if (await holdsAnnotations(ctx, documentId)) {
      throw new StoreError(
        'CONFLICT',
        `“${meta.title}” is in the corpus again and has annotations there. Remove that copy first, then restore this one.`,
        { documentId },
      );
    }
    await trashFolder(ctx, documentId);
  }
  try {
    await ctx.io.fs.mkdir(documentsRoot(ctx.dataDir));
  } catch (error) {
    throw ioError('create', documentsRoot(ctx.dataDir), error);
  }
  await moveFolder(ctx, from, paths.dir);
  return meta;
}

import { createHash } from 'node:crypto';
import { documentIdOf } from '@shared/text/documentId';
import { ioError, unlessMissing, writeFileAtomic } from './atomicWrite';
import { DocumentMetaSchema, META_SCHEMA_VERSION, toJsonFile, type DocumentMeta, type DocumentMetaPatch } from './documentMeta';
import { documentPaths } from './documentPaths';
import { quarantineFile } from './quarantine';
import type { StoreContext } from './storeContext';
import { StoreError } from './storeError';
import { LIMITS } from '@shared/limits/limits';

/** A text to add to the store; `text` must already be canonical (NFC, LF, no BOM). */
export interface NewDocument {
  readonly text: string;
  readonly title: string;
  /** A file name or `builtin:…`; any directory part is dropped. */
  readonly source: string;
  readonly encoding: string;
  readonly language?: string;
  /** The file's bytes, kept as original.bin when the document is created so it can be decoded again with another encoding. */
  readonly original?: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** For text.txt: a leading U+FEFF is part of the text (its id was computed with it), not a BOM to drop. */
const exactUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What a new meta.json holds apart from its timestamps (checked before a new document is written). */
const NewMetaFieldsSchema = DocumentMetaSchema.omit({ createdAt: true, updatedAt: true, status: true });

function readOrUndefined(ctx: StoreContext, file: string): Promise<Uint8Array | undefined> {
  return unlessMissing('read', file, () => ctx.io.fs.readFile(file));
}

/** meta.json parsed and validated: 'missing', 'corrupt' (with reason) or the meta. */
export async function readMeta(ctx: StoreContext, id: string): Promise<DocumentMeta | 'missing' | { corrupt: string }> {
  return readMetaFile(ctx, documentPaths(ctx.dataDir, id).meta, id);
}

/** A meta.json file anywhere (a document folder, the trash) that must name document `id`. */
export async function readMetaFile(ctx: StoreContext, file: string, id: string): Promise<DocumentMeta | 'missing' | { corrupt: string }> {
  const bytes = await readOrUndefined(ctx, file);
  if (bytes === undefined) return 'missing';
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return { corrupt: error instanceof Error ? error.message : String(error) };
  }
  const parsed = DocumentMetaSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id) return { corrupt: parsed.success ? 'meta.json names another document' : parsed.error.message };
  return parsed.data;
}

/**
 * The stored canonical text, or undefined when text.txt is missing, not UTF-8 or not this
 * document's text. The id is the sha256 of the text's UTF-8 bytes, which are the file's bytes
 * when they decode strictly, so the file is hashed as read (natively: exports check every text).
 */
export async function readVerifiedText(ctx: StoreContext, id: string): Promise<string | undefined> {
  const bytes = await readOrUndefined(ctx, documentPaths(ctx.dataDir, id).text);
  if (bytes === undefined) return undefined;
  if (`sha256:${createHash('sha256').update(bytes).digest('hex')}` !== id) return undefined;
  try {
    return exactUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Adds a text as a document, or finds it: the id is the text's sha256, so the same text from
 * any file is the same document (`created: false`, meta kept). A damaged text.txt is rewritten
 * (the content is known from its hash); a damaged meta.json is moved aside and rebuilt.
 */
export async function putDocumentFiles(ctx: StoreContext, doc: NewDocument): Promise<{ meta: DocumentMeta; created: boolean }> {
  const id = documentIdOf(doc.text);
  const paths = documentPaths(ctx.dataDir, id);
  // Checked before anything is written: a document whose meta cannot be stored leaves no folder behind.
  const fields = NewMetaFieldsSchema.safeParse({
    schemaVersion: META_SCHEMA_VERSION,
    id,
    title: doc.title.slice(0, LIMITS.titleLength),
    source: (doc.source.split(/[\\/]/).pop() ?? '').slice(0, 500),
    encoding: doc.encoding,
    language: doc.language ?? 'de',
  });
  if (!fields.success) {
    const reasons = fields.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new StoreError('INVALID', `The document cannot be stored (${reasons}); nothing was written.`, { documentId: id });
  }
  try {
    await ctx.io.fs.mkdir(paths.dir);
  } catch (error) {
    throw ioError('create the folder of', paths.dir, error);
  }
  if ((await readVerifiedText(ctx, id)) === undefined) await writeFileAtomic(ctx.io, paths.text, doc.text);
  const existing = await readMeta(ctx, id);
  if (typeof existing === 'object' && !('corrupt' in existing)) return { meta: existing, created: false };
  if (existing !== 'missing') await quarantineFile(ctx.io, paths.meta, ctx.clock());
  const now = ctx.clock().toISOString();
  const meta: DocumentMeta = DocumentMetaSchema.parse({ ...fields.data, createdAt: now, updatedAt: now });
  if (doc.original !== undefined) await writeFileAtomic(ctx.io, paths.original, doc.original);
  await writeFileAtomic(ctx.io, paths.meta, toJsonFile(meta));
  return { meta, created: existing === 'missing' };
}

/** The bytes of the file a document was imported from, or undefined (built-in article, older imports). */
export async function readOriginalFile(ctx: StoreContext, id: string): Promise<Uint8Array | undefined> {
  return readOrUndefined(ctx, documentPaths(ctx.dataDir, id).original);
}

/** Whether the document keeps the bytes it was imported from: one stat, not a read of the file. */
export async function hasOriginalFile(ctx: StoreContext, id: string): Promise<boolean> {
  const file = documentPaths(ctx.dataDir, id).original;
  return (await unlessMissing('check', file, () => ctx.io.fs.stat(file))) !== undefined;
}

/** A stored document's meta and verified text; StoreError NOT_FOUND or CORRUPT otherwise. */
export async function getDocumentFiles(ctx: StoreContext, id: string): Promise<{ meta: DocumentMeta; text: string }> {
  const meta = await readMeta(ctx, id);
  if (meta === 'missing') throw new StoreError('NOT_FOUND', `No stored document ${id}`, { documentId: id });
  if ('corrupt' in meta) throw new StoreError('CORRUPT', `meta.json of ${id} is damaged: ${meta.corrupt}`, { documentId: id });
  const text = await readVerifiedText(ctx, id);
  if (text === undefined) throw new StoreError('CORRUPT', `text.txt of "${meta.title}" is missing or damaged`, { documentId: id });
  return { meta, text };
}

/** Changes a document's title, language or status; returns the new meta. */
export async function updateMetaFile(ctx: StoreContext, id: string, patch: DocumentMetaPatch): Promise<DocumentMeta> {
  const { meta } = await getDocumentFiles(ctx, id);
  const next = DocumentMetaSchema.parse({ ...meta, ...patch, updatedAt: ctx.clock().toISOString() });
  await writeFileAtomic(ctx.io, documentPaths(ctx.dataDir, id).meta, toJsonFile(next));
  return next;
}

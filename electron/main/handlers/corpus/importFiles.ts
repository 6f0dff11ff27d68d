import path from 'node:path';
import type { OpenedFile } from '@shared/ipc/methods/corpusMethods';
import { SUPPORTED_TEXT_EXTENSIONS, textFromFile } from '../../../node/files/extractText';
import { readRegularFile } from '../../../node/files/readRegularFile';
import { DEFAULT_MAX_TEXT_BYTES, refuseIfTooLarge } from '../../../node/files/refuseIfTooLarge';
import type { DocumentStore } from '../../../node/store/createDocumentStore';

/** What importing needs: the store (the trash is checked so a removed copy can be pointed out). */
export interface ImportDeps {
  store: DocumentStore;
}

function refused(name: string, code: string, message: string): OpenedFile {
  return { ok: false, name, code, message };
}

function hasSupportedExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && Object.hasOwn(SUPPORTED_TEXT_EXTENSIONS, name.slice(dot).toLowerCase());
}

const UNSUPPORTED = (name: string) =>
  refused(name, 'unsupported', `“${name}” was not opened. Tagwerk opens plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.`);

/**
 * Imports one file's bytes under its base name: decoded and canonicalised by textFromFile, then
 * stored with the original bytes (for "reopen with encoding…"). The same text again gives the
 * existing document with its annotations; a refusal says why in the user's terms.
 */
export async function importFileBytes(deps: ImportDeps, name: string, bytes: Uint8Array): Promise<OpenedFile> {
  const decoded = textFromFile(name, bytes);
  if (!decoded.ok) return refused(name, decoded.code, decoded.message);
  let stored: Awaited<ReturnType<DocumentStore['putDocument']>>;
  try {
    stored = await deps.store.putDocument({ text: decoded.text, title: decoded.title, source: name, encoding: decoded.encoding, language: 'de', original: bytes });
  } catch (error) {
    return refused(name, 'failed', `“${name}” could not be stored: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { meta, created } = stored;
  const trashedCopy = created && (await deps.store.listTrash()).documents.some((d) => d.meta.id === meta.id);
  return { ok: true, name, documentId: meta.id, title: meta.title, created, doubtful: decoded.warnings.length > 0, trashedCopy };
}

/** A file's bytes, after checking on the opened file that it is a regular file within the size cap (a FIFO or device is refused at once); or the refusal. */
async function readCapped(file: string, name: string): Promise<{ bytes: Uint8Array } | OpenedFile> {
  const read = await readRegularFile(file, { maxBytes: DEFAULT_MAX_TEXT_BYTES });
  if (read.ok) return { bytes: read.bytes };
  if (read.kind === 'not-regular') return refused(name, 'unreadable', `“${name}” was not opened: it ${read.reason}.`);
  const tooLarge = read.kind === 'too-large' ? refuseIfTooLarge(read.size) : null;
  if (tooLarge) return refused(name, tooLarge.code, `“${name}” was not opened. ${tooLarge.message}`);
  return refused(name, 'unreadable', `“${name}” could not be read: ${read.reason}`);
}

/**
 * Imports files main was given as paths (the open dialog, the OS): unsupported names are refused
 * before any disk access, sizes are checked with stat before reading, so a huge file is never
 * loaded; each file is reported on its own and one failure never stops the others.
 */
export async function importFilePaths(deps: ImportDeps, paths: readonly string[]): Promise<OpenedFile[]> {
  const results: OpenedFile[] = [];
  for (const file of paths) {
    const name = path.basename(file);
    if (!hasSupportedExtension(name)) {
      results.push(UNSUPPORTED(name));
      continue;
    }
    const read = await readCapped(file, name);
    results.push('bytes' in read ? await importFileBytes(deps, name, read.bytes) : read);
  }
  return results;
}

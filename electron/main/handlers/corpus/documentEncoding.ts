import { TEXT_ENCODING_IDS, type DocumentEncoding, type EncodingPreview, type TextEncodingId } from '@shared/ipc/methods/corpusMethods';
import { titleFromText } from '@shared/text/titleFromText';
import { TEXT_ENCODING_LABELS } from '../../../node/files/decodeResult';
import { textFromFile } from '../../../node/files/extractText';
import { IpcFailure } from '../../ipc/createIpcRouter';
import type { DocumentStore } from '../../../node/store/createDocumentStore';

const PREVIEW_LENGTH = 90;

/** Counts the characters that betray a doubtful decoding: U+FFFD and C1 controls (U+0080–U+009F). */
export function doubtfulCharacters(text: string): { replacementCharacters: number; c1Controls: number } {
  let replacementCharacters = 0;
  let c1Controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacementCharacters += 1;
    else if (code >= 0x80 && code <= 0x9f) c1Controls += 1;
  }
  return { replacementCharacters, c1Controls };
}

/** The open document's encoding, its doubtful characters, and whether its original bytes are kept. */
export async function describeEncoding(store: DocumentStore, documentId: string): Promise<DocumentEncoding> {
  const { meta, text } = await store.getDocument(documentId);
  return { encoding: meta.encoding, ...doubtfulCharacters(text), canReopen: await store.hasOriginal(documentId) };
}

async function originalOf(store: DocumentStore, documentId: string): Promise<{ source: string; text: string; bytes: Uint8Array }> {
  const { meta, text } = await store.getDocument(documentId);
  const bytes = await store.getOriginal(documentId);
  if (bytes === undefined) {
    throw new IpcFailure('not-found', `“${meta.title}” was not opened from a file Tagwerk kept, so it cannot be decoded again.`, { code: 'noOriginal', title: meta.title });
  }
  return { source: meta.source, text, bytes };
}

/** How the original file reads in each offered encoding: its first line, or why it cannot be read so. */
export async function previewEncodings(store: DocumentStore, documentId: string): Promise<EncodingPreview[]> {
  const { source, text, bytes } = await originalOf(store, documentId);
  return TEXT_ENCODING_IDS.map((encoding) => {
    const decoded = textFromFile(source, bytes, { encoding });
    // The dialog already names the file: keep only why this reading fails.
    if (!decoded.ok) return { ok: false, encoding, why: decoded.code, message: decoded.message.replace(/^“[^”]*” was not opened\. /, '') };
    return { ok: true, encoding, preview: titleFromText(decoded.text, PREVIEW_LENGTH), sameText: decoded.text === text, doubtful: decoded.warnings.length > 0 };
  });
}

/**
 * Decodes the original file again as `encoding`. The same text changes nothing; another text is
 * a new document (its id is the text's hash) and the old one, which has no annotations, goes to
 * the trash. Refused while the document has my or a colleague's annotations: they were made on
 * the current text and would not fit another.
 */
export async function reopenWithEncoding(store: DocumentStore, documentId: string, encoding: TextEncodingId): Promise<{ documentId: string; changed: boolean }> {
  const { source, text, bytes } = await originalOf(store, documentId);
  const decoded = textFromFile(source, bytes, { encoding });
  if (!decoded.ok) throw new IpcFailure('bad-request', decoded.message, { code: 'notDecodable', why: decoded.code });
  if (decoded.text === text) return { documentId, changed: false };
  const mine = (await store.loadAnnotations(documentId)).annotations.length;
  const theirs = (await store.listColleagueSets(documentId)).sets.length;
  if (mine > 0 || theirs > 0) {
    throw new IpcFailure(
      'conflict',
      `This document already has annotations. Read as ${TEXT_ENCODING_LABELS[encoding]}, its text would change and the annotations would no longer fit, so it stays as it is. Remove the annotations first, or open the file again as a separate document.`,
      { code: 'reopenAnnotated' },
    );
  }
  const { meta: current } = await store.getDocument(documentId);
  const { meta } = await store.putDocument({ text: decoded.text, title: current.title, source, encoding, language: current.language, original: bytes });
  await store.removeDocument(documentId);
  return { documentId: meta.id, changed: true };
}
